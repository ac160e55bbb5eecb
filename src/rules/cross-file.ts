import type { ProjectRequest, SecurityGroupRequest } from '../model/requests.js';
import { closestMatch } from '../model/suggest.js';
import type { Finding, RequestKind } from '../model/types.js';
import { findingAt, type ParsedRequest, type RequestSummary, type ValidRequest } from './parsed-request.js';
import { requestIdOf } from './paths.js';

/**
 * One side's request files (the inventory as main holds it, or will),
 * indexed once by case-insensitive id for every cross-file look-up. An id
 * maps to its one request, or to a list only when several share it (an
 * error): thousands of one-item lists were most of what it kept.
 */
export class Inventory {
  readonly requests: ParsedRequest[] = [];
  /** Lower-cased ids of request files too broken to read: references to them are not reported again. */
  readonly unreadable = new Set<string>();
  readonly #byId = new Map<string, ParsedRequest | ParsedRequest[]>();

  /** Add one file and what reading it gave: files too broken to hold a request are remembered by id only. */
  add(path: string, request: ParsedRequest | undefined): void {
    if (!request) {
      this.unreadable.add(requestIdOf(path).toLowerCase());
      return;
    }
    this.requests.push(request);
    const key = request.id.toLowerCase();
    const found = this.#byId.get(key);
    if (found === undefined) this.#byId.set(key, request);
    else if (Array.isArray(found)) found.push(request);
    else this.#byId.set(key, [found, request]);
  }

  /** The first request with this id, ignoring case, of any kind. */
  first(id: string): ParsedRequest | undefined {
    const found = this.#byId.get(id.toLowerCase());
    return Array.isArray(found) ? found[0] : found;
  }

  /** The request with this id, ignoring case, and kind, if there is one. */
  lookup(id: string, kind: RequestKind): ParsedRequest | undefined {
    const found = this.#byId.get(id.toLowerCase());
    if (Array.isArray(found)) return found.find((r) => r.kind === kind);
    return found?.kind === kind ? found : undefined;
  }

  /** Every set of requests sharing one id. */
  *sharedIds(): Iterable<readonly ParsedRequest[]> {
    for (const found of this.#byId.values()) if (Array.isArray(found)) yield found;
  }
}

/** A kind with its article, as a sentence says it: "an ec2-instance", "a project". */
export function aKind(kind: RequestKind): string {
  return `${kind === 'ec2-instance' || kind === 's3-bucket' ? 'an' : 'a'} ${kind}`;
}

function idsOfKind(inventory: Inventory, kind: RequestKind): string[] {
  return inventory.requests.filter((r) => r.kind === kind).map((r) => r.id);
}

/** The charge code a project resolves to, once its group is known. */
export interface ChargeCode {
  code: string;
  tag: string;
}

/**
 * The group's charge code a project uses: the named tag, or the only code
 * when the group has just one. Undefined when it cannot be decided.
 */
export function resolveChargeCode(project: Pick<ProjectRequest, 'chargeCode'>, group: Pick<SecurityGroupRequest, 'chargeCodes'>): ChargeCode | undefined {
  if (project.chargeCode !== undefined) return group.chargeCodes.find((c) => c.tag === project.chargeCode);
  return group.chargeCodes.length === 1 ? group.chargeCodes[0] : undefined;
}

function referenceFinding(inventory: Inventory, from: ParsedRequest, pointer: string, target: string, kind: RequestKind, noun: string): Finding | undefined {
  const exact = inventory.lookup(target, kind);
  if (exact) {
    return exact.id === target ? undefined : findingAt(from, pointer, 'reference-case', `Write the ${noun} as \`${exact.id}\`, exactly as its file is named.`);
  }
  const other = inventory.first(target);
  if (other) return findingAt(from, pointer, 'reference-kind', `\`${target}\` is ${aKind(other.kind)}, not a ${noun}: name a ${noun} here, by its file's name.`);
  // Its own file is reported as unreadable; saying it does not exist would send people looking in the wrong place.
  if (inventory.unreadable.has(target.toLowerCase())) return undefined;
  const guess = closestMatch(target, idsOfKind(inventory, kind));
  return findingAt(from, pointer, 'reference', `No ${noun} \`${target}\` exists under requests/${guess ? `: did you mean \`${guess}\`?` : `: add its request in the same pull request, or fix the name.`}`);
}

/**
 * Rules that need the whole inventory: unique ids, bucket names and project
 * tags; references that resolve (resource -> project -> security group); the
 * charge-code rule. Only schema-valid requests are read.
 */
export function crossFileFindings(inventory: Inventory): Finding[] {
  const findings: Finding[] = [];
  for (const same of inventory.sharedIds()) {
    for (const request of same) {
      const others = same.filter((r) => r !== request).map((r) => r.path);
      findings.push({ path: request.path, line: 1, column: 1, rule: 'duplicate-id', message: `Another request has the same id (file name, ignoring case): ${others.join(', ')}. Rename one of them.`, severity: 'error' });
    }
  }

  const unique = (kind: RequestKind, pointer: string, value: (s: RequestSummary) => string, noun: string): void => {
    const seen = new Map<string, ValidRequest>();
    for (const request of inventory.requests) {
      if (!request.valid || request.kind !== kind) continue;
      const key = value(request.summary).toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, request);
        continue;
      }
      findings.push(findingAt(request, pointer, `duplicate-${noun.replace(/ /g, '-')}`, `${noun[0]!.toUpperCase()}${noun.slice(1)} \`${value(request.summary)}\` is already used by ${first.path}: choose another.`));
      findings.push(findingAt(first, pointer, `duplicate-${noun.replace(/ /g, '-')}`, `${noun[0]!.toUpperCase()}${noun.slice(1)} \`${value(first.summary)}\` is also used by ${request.path}: choose another.`));
    }
  };
  unique('s3-bucket', '/bucket', (s) => (s as { bucket: string }).bucket, 'bucket name');
  unique('project', '/tag', (s) => (s as { tag: string }).tag, 'project tag');

  for (const request of inventory.requests) {
    if (!request.valid) continue;
    const data = request.summary;
    if (data.kind === 'ec2-instance' || data.kind === 's3-bucket') {
      const problem = referenceFinding(inventory, request, '/project', data.project, 'project', 'project');
      if (problem) findings.push(problem);
    } else if (data.kind === 'project') {
      const problem = referenceFinding(inventory, request, '/securityGroup', data.securityGroup, 'security-group', 'security group');
      if (problem) {
        findings.push(problem);
        continue;
      }
      const groupRequest = inventory.lookup(data.securityGroup, 'security-group');
      if (!groupRequest?.valid || groupRequest.summary.kind !== 'security-group') continue;
      const group = groupRequest.summary;
      const tags = (): string => group.chargeCodes.map((c) => `\`${c.tag}\``).join(', ');
      if (data.chargeCode === undefined && group.chargeCodes.length > 1) {
        findings.push(findingAt(request, '/securityGroup', 'charge-code-required', `${group.name} has ${group.chargeCodes.length} charge codes: add \`chargeCode:\` with one of their tags (${tags()}).`, 'error', 'key'));
      } else if (data.chargeCode !== undefined && !resolveChargeCode(data, group)) {
        const guess = closestMatch(data.chargeCode, group.chargeCodes.map((c) => c.tag));
        findings.push(findingAt(request, '/chargeCode', 'charge-code', `${group.name} has no charge code tagged \`${data.chargeCode}\`${guess ? `: did you mean \`${guess}\`?` : `; its tags are ${tags()}.`}`));
      }
    }
  }
  return findings;
}

/** Requests (valid ones) that point at the given id, for "still referenced" errors on deletion. */
export function referrersOf(inventory: Inventory, id: string, kind: RequestKind): ParsedRequest[] {
  const key = id.toLowerCase();
  return inventory.requests.filter((r) => {
    if (!r.valid) return false;
    const d = r.summary;
    if (kind === 'project') return (d.kind === 'ec2-instance' || d.kind === 's3-bucket') && d.project.toLowerCase() === key;
    if (kind === 'security-group') return d.kind === 'project' && d.securityGroup.toLowerCase() === key;
    return false;
  });
}
