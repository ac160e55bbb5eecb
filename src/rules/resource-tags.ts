import type { ProjectRequest, SecurityGroupRequest } from '../model/requests.js';
import type { Policy } from '../model/types.js';
import type { UseCase } from './classify.js';
import { resolveChargeCode } from './cross-file.js';
import { MAX_TAGS, tagProblems } from './tags.js';

/** What a resource's tags are filled from. */
export interface TagContext {
  project: ProjectRequest;
  group: SecurityGroupRequest;
  useCase: UseCase;
  environment: string;
  account: string;
  requestFile: string;
  /** `owner/repo/pull/N`; unknown before the pull request exists. */
  requestId?: string;
  approvers?: string[];
}

/** A tag AWS would refuse: what is wrong, and where its value comes from (`from` in policy.yml; `policy` for the tag list itself). */
export interface TagProblem {
  text: string;
  from: string;
}

export interface TagResult {
  tags: { key: string; value: string }[];
  problems: TagProblem[];
}

function sourceValue(from: string, context: TagContext): string | undefined {
  const charge = resolveChargeCode(context.project, context.group);
  switch (from) {
    case 'project.tag':
      return context.project.tag;
    case 'chargeCode.code':
      return charge?.code;
    case 'chargeCode.tag':
      // Only meaningful when the group has several codes; with one, ITS needs no tag to tell them apart.
      return context.group.chargeCodes.length > 1 ? charge?.tag : undefined;
    case 'securityGroup':
      return context.project.securityGroup;
    case 'useCase':
      return context.useCase;
    case 'environment':
      return context.environment;
    case 'dataClassification':
      return context.project.data.classification;
    case 'requestId':
      return context.requestId;
    case 'requestFile':
      return context.requestFile;
    case 'approvers':
      return context.approvers?.length ? context.approvers.join(' ') : undefined;
    case 'account':
      return context.account;
    default:
      return undefined;
  }
}

/**
 * Fill every tag the policy lists for one resource and check it against
 * AWS's tag limits, so a value that cannot be a tag fails at PR time.
 */
export function resourceTags(policy: Policy, context: TagContext): TagResult {
  const tags: { key: string; value: string }[] = [];
  const problems: TagProblem[] = [];
  for (const spec of policy.tags) {
    const value = spec.from === 'literal' ? spec.value : sourceValue(spec.from, context);
    if (value === undefined || value === '') {
      // Values that only exist once the PR is open or approved are filled in later, not failed now.
      if (!spec.optional && !(spec.from === 'requestId' && context.requestId === undefined)) {
        problems.push({ text: `tag \`${spec.key}\` has no value (from \`${spec.from}\`)`, from: spec.from });
      }
      continue;
    }
    for (const problem of tagProblems(spec.key, value)) problems.push({ text: `\`${spec.key}\`: ${problem}`, from: spec.from });
    tags.push({ key: spec.key, value });
  }
  if (tags.length > MAX_TAGS) problems.push({ text: `${tags.length} tags is more than AWS allows on one resource (${MAX_TAGS})`, from: 'policy' });
  return { tags, problems };
}

/** One tag whose value differs between two fillings; `before` or `after` is empty when one side lacks it. */
export interface TagChange {
  key: string;
  before: string;
  after: string;
}

/** The tags whose values differ between two fillings of one resource's tags, keys in order of first appearance. */
export function tagChanges(before: readonly { key: string; value: string }[], after: readonly { key: string; value: string }[]): TagChange[] {
  const [was, is] = [new Map(before.map((t) => [t.key, t.value])), new Map(after.map((t) => [t.key, t.value]))];
  const keys = [...new Set([...was.keys(), ...is.keys()])];
  return keys.filter((key) => was.get(key) !== is.get(key)).map((key) => ({ key, before: was.get(key) ?? '', after: is.get(key) ?? '' }));
}
