import { instanceTypeSpecs, isInstanceType, suggestInstanceType } from '../model/instance-types.js';
import type { Ec2InstanceRequest, ProjectRequest, Request, S3BucketRequest, SecurityGroupRequest } from '../model/requests.js';
import { closestMatch, describeLookAlikes, editDistance } from '../model/suggest.js';
import type { Finding, Policy } from '../model/types.js';
import { bucketNameProblems } from './bucket-name.js';
import { parseCidr } from './cidr.js';
import { findingAt, type ParsedRequest } from './parsed-request.js';

const compiled = new Map<string, RegExp>();

/** Test a policy pattern, compiling each distinct pattern once for the whole run. */
function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}

/**
 * Each key that repeats an earlier one, as [its index, the earlier one's
 * index]. The rules run for every file of an inventory and a request's lists
 * are short (the schemas cap them at a few hundred), so scanning the keys so
 * far costs less than building a map for each list.
 */
function repeats(keys: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 1; i < keys.length; i++) {
    const first = keys.indexOf(keys[i]!);
    if (first < i) found.push([i, first]);
  }
  return found;
}

// Each rule below adds its findings to `out`, in the order they are reported:
// they run for every file of the inventory and most files have none, so
// there is one list per file, not one per rule.

function projectRules(policy: Policy, request: ParsedRequest, data: ProjectRequest, out: Finding[]): void {
  if (!matches(policy.patterns.projectTag, data.tag)) {
    // Tags usually start with the organisation's name: `wawater` is one prefix away from `dimewawater`.
    const organisation = policy.organisation.toLowerCase();
    const prefixed = `${organisation}${data.tag}`;
    // A tag that starts with the organisation's name, or a typo of it (`diem...`), lacks something else.
    const hasPrefix = editDistance(data.tag.slice(0, organisation.length).toLowerCase(), organisation, 2) <= 2;
    const advice = !hasPrefix && matches(policy.patterns.projectTag, prefixed) ? `did you mean \`${prefixed}\`?` : 'use lower-case letters and digits as IT services will tag it.';
    out.push(findingAt(request, '/tag', 'project-tag', `Project tag \`${data.tag}\` does not match the organisation's pattern \`${policy.patterns.projectTag}\`: ${advice}`));
  }
  if (!policy.dataClassifications.includes(data.data.classification)) {
    const guess = closestMatch(data.data.classification, policy.dataClassifications);
    out.push(findingAt(request, '/data/classification', 'data-classification', `Unknown data classification \`${data.data.classification}\`: use one of ${policy.dataClassifications.map((c) => `\`${c}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`));
  }
}

function supportOptOut(policy: Policy, request: ParsedRequest, optedIn: boolean | undefined, out: Finding[]): void {
  if (optedIn === false) {
    out.push(findingAt(request, '/dimeAnalyticsAccess', 'support-opt-out', `This resource opts out of the ${policy.supportGroup.name} group: ${policy.reviewers.support.name} will be able to help less with it. Remove \`dimeAnalyticsAccess: false\` unless you mean it.`, 'warning'));
  }
}

function between(request: ParsedRequest, pointer: string, label: string, value: number, range: { min: number; max: number }, out: Finding[]): void {
  if (value < range.min || value > range.max) out.push(findingAt(request, pointer, 'volume-size', `${label} must be between ${range.min} and ${range.max} GiB (policy.yml); it is ${value}.`));
}

function instanceRules(policy: Policy, request: ParsedRequest, data: Ec2InstanceRequest, out: Finding[]): void {
  const { memoryGiB, vcpus } = data.requirements;
  if (memoryGiB > policy.limits.memoryGiB.max) out.push(findingAt(request, '/requirements/memoryGiB', 'requirements-limit', `No instance offers ${memoryGiB} GiB of memory; the most is ${policy.limits.memoryGiB.max} GiB.`));
  if (vcpus > policy.limits.vcpus.max) out.push(findingAt(request, '/requirements/vcpus', 'requirements-limit', `No instance offers ${vcpus} vCPUs; the most is ${policy.limits.vcpus.max}.`));
  if (data.instanceType !== undefined) {
    if (!isInstanceType(data.instanceType)) {
      const guess = suggestInstanceType(data.instanceType);
      const lookAlikes = describeLookAlikes(data.instanceType);
      const advice = guess ? `: did you mean \`${guess}\`?` : '. Remove `instanceType` and let IT services choose from your requirements, or use a name like `r6i.xlarge`.';
      out.push(findingAt(request, '/instanceType', 'instance-type', `\`${data.instanceType}\` is not an EC2 instance type${advice}${lookAlikes ? ` ${lookAlikes}` : ''}`));
    } else {
      const specs = instanceTypeSpecs(data.instanceType);
      if (!specs) {
        out.push(findingAt(request, '/instanceType', 'instance-type-unchecked', `The memory and vCPUs of \`${data.instanceType}\` are not known here, so whether it gives ${vcpus} vCPUs and ${memoryGiB} GiB cannot be checked: IT services will confirm it, or remove \`instanceType\` and let them choose.`, 'warning'));
      } else if (specs.memoryGiB < memoryGiB || specs.vcpus < vcpus) {
        out.push(findingAt(request, '/instanceType', 'instance-type-too-small', `\`${data.instanceType}\` has ${specs.vcpus} vCPUs and ${specs.memoryGiB} GiB, less than the ${vcpus} vCPUs and ${memoryGiB} GiB required: choose a larger type or remove \`instanceType\`.`));
      } else if (specs.memoryGiB >= 2 * memoryGiB || specs.vcpus >= 2 * vcpus) {
        out.push(findingAt(request, '/instanceType', 'instance-type-oversized', `\`${data.instanceType}\` (${specs.vcpus} vCPUs, ${specs.memoryGiB} GiB) is at least twice what the requirements need (${vcpus} vCPUs, ${memoryGiB} GiB); a smaller type costs less.`, 'warning'));
      }
    }
  }
  between(request, '/storage/rootGiB', 'The system disk', data.storage.rootGiB, policy.limits.rootVolumeGiB, out);
  if (data.storage.dataGiB !== undefined) between(request, '/storage/dataGiB', 'The data disk', data.storage.dataGiB, policy.limits.dataVolumeGiB, out);

  const names = data.software.map((item) => (typeof item === 'string' ? item : item.name).toLowerCase());
  for (const [i, first] of repeats(names)) {
    out.push(findingAt(request, `/software/${i}`, 'duplicate-software', `\`${names[i]}\` is listed twice (items ${first + 1} and ${i + 1}): remove one.`));
  }
  for (let i = 0; i < data.inbound.length; i++) {
    const rule = data.inbound[i]!;
    if (!parseCidr(rule.from)) out.push(findingAt(request, `/inbound/${i}/from`, 'cidr', `\`${rule.from}\` is not a valid address range: write it like \`10.0.0.0/8\` (or \`0.0.0.0/0\` for the whole internet).`));
    if (rule.toPort !== undefined && rule.toPort < rule.port) out.push(findingAt(request, `/inbound/${i}/toPort`, 'port-range', `\`toPort\` (${rule.toPort}) is below \`port\` (${rule.port}): a range runs from port up to toPort.`));
  }
  supportOptOut(policy, request, data.dimeAnalyticsAccess, out);
}

function bucketRules(policy: Policy, request: ParsedRequest, data: S3BucketRequest, out: Finding[]): void {
  const problems = bucketNameProblems(data.bucket);
  if (problems.length > 0) {
    out.push(findingAt(request, '/bucket', 'bucket-name', `Bucket name \`${data.bucket}\` ${problems.join('; ')}.`));
  } else {
    const prefix = `${policy.organisation.toLowerCase()}-`;
    if (!data.bucket.startsWith(prefix)) {
      out.push(findingAt(request, '/bucket', 'bucket-name-collision', `Bucket names are shared by every AWS customer in the world; \`${data.bucket}\` may already be taken. Start it with \`${prefix}\` and the team code.`, 'warning'));
    }
  }
  if (data.expectedSizeGB > policy.limits.bucketSizeGB.max) out.push(findingAt(request, '/expectedSizeGB', 'bucket-size', `${data.expectedSizeGB} GB is more than the policy allows for one bucket (${policy.limits.bucketSizeGB.max} GB): split the data or talk to the support team.`));
  const prefixes = (data.lifecycle ?? []).map((rule) => rule.prefix);
  for (const [i, first] of repeats(prefixes)) {
    out.push(findingAt(request, `/lifecycle/${i}/prefix`, 'duplicate-lifecycle', `Two lifecycle rules have the prefix \`${prefixes[i]}\` (rules ${first + 1} and ${i + 1}): keep one.`));
  }
  supportOptOut(policy, request, data.dimeAnalyticsAccess, out);
}

function groupRules(policy: Policy, request: ParsedRequest, data: SecurityGroupRequest, out: Finding[]): void {
  if (data.name !== request.id) out.push(findingAt(request, '/name', 'group-file-name', `The group's name \`${data.name}\` must match its file name \`${request.id}\`: rename the file or the group.`));
  if (!matches(policy.patterns.securityGroup, data.name)) out.push(findingAt(request, '/name', 'group-name', `\`${data.name}\` does not follow the directory's naming pattern \`${policy.patterns.securityGroup}\`.`));
  const supportRole = policy.supportGroup.ownerRole;
  const supportOwners = data.owners.filter((o) => o.role === supportRole);
  const teamOwners = data.owners.filter((o) => o.role !== supportRole);
  if (supportOwners.length !== 1) {
    const pointer = supportOwners.length > 1 ? `/owners/${data.owners.indexOf(supportOwners[1]!)}/role` : '/owners';
    out.push(findingAt(request, pointer, 'group-owners', `A group has exactly one owner with \`role: ${supportRole}\` (from ${policy.reviewers.support.name}); this one has ${supportOwners.length}.`, 'error', supportOwners.length > 1 ? 'value' : 'key'));
  }
  if (teamOwners.length < 1) out.push(findingAt(request, '/owners', 'group-owners', 'A group needs at least one owner from the team itself: add one with `displayed: true`.', 'error', 'key'));
  const displayed = data.owners.map((o, i) => [o, i] as const).filter(([o]) => o.displayed);
  for (const [owner, i] of displayed) {
    if (owner.role === supportRole) out.push(findingAt(request, `/owners/${i}/displayed`, 'group-displayed-owner', `The displayed owner must be a team owner, not the ${policy.reviewers.support.name} owner.`));
  }
  if (displayed.length > 1) out.push(findingAt(request, `/owners/${displayed[1]![1]}/displayed`, 'group-displayed-owner', 'Only one owner can be displayed: remove `displayed: true` from all but one.'));
  // Without a team owner the message above already asks for one, displayed.
  if (displayed.length === 0 && teamOwners.length > 0) {
    out.push(findingAt(request, '/owners', 'group-displayed-owner', `The directory shows one team owner as the group's contact: add \`displayed: true\` to one of the team owners (for example ${teamOwners[0]!.name}).`, 'error', 'key'));
  }
  const cAccount = (pointer: string, value: string): void => {
    if (!matches(policy.patterns.cAccount, value)) out.push(findingAt(request, pointer, 'c-account', `\`${value}\` is not a cloud account: write \`c\` followed by the person's UPI digits (pattern \`${policy.patterns.cAccount}\`).`));
  };
  data.owners.forEach((o, i) => cAccount(`/owners/${i}/cAccount`, o.cAccount));
  data.members.forEach((m, i) => cAccount(`/members/${i}`, m));
  const accounts = data.owners.map((o) => o.cAccount);
  for (const [i] of repeats(accounts)) {
    out.push(findingAt(request, `/owners/${i}/cAccount`, 'duplicate-owner', `\`${accounts[i]}\` is listed as an owner twice: remove one.`));
  }
  for (const field of ['code', 'tag'] as const) {
    const values = data.chargeCodes.map((c) => c[field]);
    for (const [i, first] of repeats(values)) {
      out.push(findingAt(request, `/chargeCodes/${i}/${field}`, 'duplicate-charge-code', `${field === 'code' ? 'Charge code' : 'Charge-code tag'} \`${values[i]}\` appears twice (items ${first + 1} and ${i + 1}): each must be unique.`));
    }
  }
}

/**
 * The policy-dependent rules of one schema-valid request, on its own (no
 * other file consulted): names, patterns, limits, catalogue look-ups.
 * `data` is the request's document, for a caller that holds it while the
 * request itself would have to read it again.
 */
export function requestRules(policy: Policy, request: ParsedRequest, data: Request = request.data): Finding[] {
  if (!request.valid) return [];
  const findings: Finding[] = [];
  if (!matches(policy.patterns.requestId, request.id)) {
    findings.push({ path: request.path, line: 1, column: 1, rule: 'request-id', message: `The file name \`${request.id}\` is not a valid request id (pattern \`${policy.patterns.requestId}\`): rename the file using letters, digits and hyphens.`, severity: 'error' });
  }
  switch (data.kind) {
    case 'project':
      projectRules(policy, request, data, findings);
      break;
    case 'ec2-instance':
      instanceRules(policy, request, data, findings);
      break;
    case 's3-bucket':
      bucketRules(policy, request, data, findings);
      break;
    case 'security-group':
      groupRules(policy, request, data, findings);
      break;
  }
  return findings;
}
