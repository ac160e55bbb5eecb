import type { Ec2InstanceRequest, S3BucketRequest, SoftwareItem } from '../model/requests.js';
import { closestMatch } from '../model/suggest.js';
import type { Policy } from '../model/types.js';
import { parseCidr, rangeWithin, type Range } from './cidr.js';
import { findingAt, type ParsedRequest } from './parsed-request.js';

export type UseCase = 'computation' | 'application';

/** Why a request got its verdict, pointing at the line that decided it. */
export interface Reason {
  path: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface Classification {
  useCase: UseCase;
  reasons: Reason[];
}

/** The policy's lookups, built once per evaluation rather than once per request. */
export interface PolicyIndex {
  standard: Set<string>;
  preApproved: Map<string, string>;
  languageSources: Set<string>;
  internal: Range[];
  /** The catalogue's and the pre-approved list's names as policy.yml writes them, for suggestions. */
  names: string[];
}

/** Index the policy's catalogue and networks for fast, case-insensitive lookups. */
export function indexPolicy(policy: Policy): PolicyIndex {
  return {
    standard: new Set(policy.software.standard.map((s) => s.toLowerCase())),
    preApproved: new Map(policy.software.preApproved.map((p) => [p.name.toLowerCase(), p.note])),
    languageSources: new Set(policy.software.languageSources.map((s) => s.toLowerCase())),
    internal: policy.networks.internal.map((cidr) => parseCidr(cidr)).filter((r): r is Range => r !== undefined),
    names: [...policy.software.standard, ...policy.software.preApproved.map((p) => p.name)],
  };
}

/** A software item's name, whether written as a name or as `{name, source, why}`. */
export function softwareName(item: SoftwareItem): string {
  return typeof item === 'string' ? item : item.name;
}

/** Why one software item is standard, or undefined when it is not. */
export function standardSoftwareReason(index: PolicyIndex, item: SoftwareItem): string | undefined {
  const name = softwareName(item).toLowerCase();
  const source = typeof item === 'string' ? 'redhat' : (item.source ?? 'redhat').toLowerCase();
  if (index.languageSources.has(source)) return `a ${source} package`;
  // Pre-approval names the software, however it is installed (Stata comes as a licensed download).
  if (index.preApproved.has(name)) return 'pre-approved in policy.yml';
  if (source === 'redhat' && index.standard.has(name)) return 'in the Red Hat catalogue';
  return undefined;
}

/**
 * The catalogue or pre-approved name a non-standard package name was probably
 * meant to be (`python` for `python3`), or undefined. Only for packages from
 * the Red Hat repositories: a download named on purpose is not a typo.
 */
export function catalogueSuggestion(index: PolicyIndex, item: SoftwareItem): string | undefined {
  if (typeof item !== 'string' && (item.source ?? 'redhat').toLowerCase() !== 'redhat') return undefined;
  if (standardSoftwareReason(index, item)) return undefined;
  const name = softwareName(item);
  const guess = closestMatch(name, index.names);
  // `python3.13` is not a typo of `python3.11`, nor `java-11-openjdk` of `java-17-openjdk`: another version is not in the catalogue.
  const withoutVersion = (text: string): string => text.toLowerCase().replace(/[0-9.]+/g, '');
  if (guess && /\d/.test(name) && /\d/.test(guess) && withoutVersion(name) === withoutVersion(guess)) return undefined;
  return guess;
}

/** True when a CIDR lies wholly inside one of the policy's internal networks. */
export function isInternal(index: PolicyIndex, cidr: string): boolean {
  const range = parseCidr(cidr);
  return range !== undefined && index.internal.some((net) => rangeWithin(range, net));
}

/** A reason before it is located: locating can cost a re-parse, so it waits until a verdict is shown. */
interface Draft {
  pointer: string;
  rule: string;
  message: string;
}

interface DraftClassification {
  useCase: UseCase;
  drafts: Draft[];
}

function classifyInstance(index: PolicyIndex, data: Ec2InstanceRequest): DraftClassification {
  const application: Draft[] = [];
  data.software.forEach((item, i) => {
    if (standardSoftwareReason(index, item)) return;
    const how = typeof item === 'string' || !item.source ? '' : ` (installed from ${item.source})`;
    const guess = catalogueSuggestion(index, item);
    const typo = guess ? ` Did you mean \`${guess}\`, which is?` : '';
    application.push({ pointer: `/software/${i}`, rule: 'non-standard-software', message: `\`${softwareName(item)}\`${how} is not standard software: it is neither in the Red Hat catalogue nor pre-approved.${typo}` });
  });
  data.inbound.forEach((rule, i) => {
    if (isInternal(index, rule.from)) return;
    const ports = rule.toPort && rule.toPort !== rule.port ? `${rule.port}-${rule.toPort}` : String(rule.port);
    application.push({ pointer: `/inbound/${i}/from`, rule: 'public-inbound', message: `Inbound ${rule.protocol}/${ports} from \`${rule.from}\` comes from outside the internal networks.` });
  });
  if (application.length > 0) return { useCase: 'application', drafts: application };
  const standard = data.software.map((item) => `\`${softwareName(item)}\` (${standardSoftwareReason(index, item)})`);
  return {
    useCase: 'computation',
    drafts: [
      { pointer: '/software', rule: 'standard-software', message: standard.length ? `All software is standard: ${standard.join(', ')}.` : 'No software beyond the operating system.' },
      { pointer: '/inbound', rule: 'internal-inbound', message: data.inbound.length ? 'All inbound traffic comes from internal networks.' : 'No inbound traffic.' },
    ],
  };
}

function classifyBucket(data: S3BucketRequest): DraftClassification {
  return data.publicAccess
    ? { useCase: 'application', drafts: [{ pointer: '/publicAccess', rule: 'public-bucket', message: 'The bucket allows public access from the internet.' }] }
    : { useCase: 'computation', drafts: [{ pointer: '/publicAccess', rule: 'private-bucket', message: 'The bucket is private.' }] };
}

function draftClassification(index: PolicyIndex, request: ParsedRequest): DraftClassification | undefined {
  if (!request.valid) return undefined;
  if (request.data.kind === 'ec2-instance') return classifyInstance(index, request.data);
  if (request.data.kind === 's3-bucket') return classifyBucket(request.data);
  return undefined;
}

/**
 * Only the verdict, without its reasons: for comparisons with the base branch
 * and a project's resources. The same tests as {@link classifyRequest}, but
 * stopping at the first that decides and writing no message, since a whole
 * inventory asks it of every resource.
 */
export function useCaseOf(index: PolicyIndex, request: ParsedRequest): UseCase | undefined {
  if (!request.valid) return undefined;
  const data = request.data;
  if (data.kind === 'ec2-instance') {
    const application = data.software.some((item) => !standardSoftwareReason(index, item)) || data.inbound.some((rule) => !isInternal(index, rule.from));
    return application ? 'application' : 'computation';
  }
  if (data.kind === 's3-bucket') return data.publicAccess ? 'application' : 'computation';
  return undefined;
}

/**
 * Decide whether a resource request is computation or application, with the
 * reasons that decided it. Only resources have a use case of their own:
 * projects and security groups return undefined.
 */
export function classifyRequest(index: PolicyIndex, request: ParsedRequest): Classification | undefined {
  const draft = draftClassification(index, request);
  if (!draft) return undefined;
  const reasons = draft.drafts.map(({ pointer, rule, message }) => {
    const { path, line, column } = findingAt(request, pointer, rule, message);
    return { path, line, column, rule, message };
  });
  return { useCase: draft.useCase, reasons };
}
