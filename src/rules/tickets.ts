import type { Ec2InstanceRequest, ProjectRequest, S3BucketRequest, SecurityGroupRequest } from '../model/requests.js';
import type { Policy } from '../model/types.js';
import type { JudgedApproval, RequiredApproval } from './approvals.js';
import { indexPolicy, softwareName, standardSoftwareReason, type UseCase } from './classify.js';
import type { Evaluation, RequestVerdict } from './evaluate.js';
import { resourceTags, type TagChange } from './resource-tags.js';
import type { Retag } from './retags.js';

/**
 * What a merge asks of people, as plain data: IT-services tickets (one per
 * AWS account touched, by new or changed resources or by existing ones
 * whose tags change, one for directory groups and project tags) and owner
 * checklists (one per group whose owners or members change). Rendering and
 * filing are elsewhere.
 */

export type TicketAction = 'create' | 'change' | 'decommission' | 'promote' | 'retag';

export interface TicketRequest {
  id: string;
  kind: string;
  path: string;
  action: TicketAction;
  /** The action in words, for titles and templates. */
  actionText: string;
  isCreate: boolean;
  isChange: boolean;
  isDecommission: boolean;
  isPromotion: boolean;
  /** A resource the change does not touch whose tags change with its project or group. */
  isRetag: boolean;
  /** For a retag: why, in words ("its project ex-nutrition changes"). */
  retagReason: string | null;
  useCase: string | null;
  environment: string | null;
  account: string | null;
  specs: { label: string; value: string }[];
  software: { name: string; source: string; standard: boolean; note: string; why: string }[];
  hasNonStandardSoftware: boolean;
  inbound: string[];
  internetAccess: string[];
  project: {
    id: string;
    name: string;
    tag: string;
    contact: string;
    ttl: string;
    unit: string;
    unitManager: string;
    useCase: string;
    classification: string;
    sizeGB: number;
    codeDevelopment: string;
    access: string[];
    securityGroup: string;
    chargeCode: string;
  } | null;
  supportGroupApplied: boolean;
  changes: { field: string; before: string; after: string }[];
  hasChanges: boolean;
  tags: { key: string; value: string }[];
  testedInDevelopment: string | null;
  /** For a promotion: the development ticket's issue, when known (`#12`). */
  developmentTicket: string | null;
  /** For a group: its owners and members. */
  group: { name: string; team: string; owners: string[]; members: string[]; chargeCodes: string[] } | null;
}

export interface Ticket {
  /** Stable per pull request: `its-production`, `its-development`, `its-directory`, `owners-<group>`. */
  key: string;
  type: 'its' | 'checklist';
  title: string;
  account: string | null;
  region: string;
  organisation: string;
  useCase: UseCase | null;
  requests: TicketRequest[];
  approvals: { name: string; by: string; commit: string }[];
  /** For checklists: who must act (GitHub logins of the group's owners). */
  assignees: string[];
  checklist: { group: string; add: string[]; remove: string[]; addOwners: string[]; removeOwners: string[] } | null;
}

export interface TicketContext {
  /** `owner/repo`, number and commits of the merged pull request; absent for a CLI preview. */
  pullRequest?: { repository: string; number: number; url: string; headSha: string; mergeCommitSha?: string };
  approvals: readonly (RequiredApproval | JudgedApproval)[];
  /** Development ticket issues by request id, for promotions (`#12`). */
  developmentTickets?: ReadonlyMap<string, string>;
}

/** GitHub caps issue titles at 256 characters. */
export const MAX_TITLE = 256;

const ACTION_TEXT: Record<TicketAction, string> = {
  create: 'create',
  change: 'change',
  decommission: 'decommission',
  promote: 'create in production (promotion)',
  retag: 'update tags',
};

function instanceSpecs(data: Ec2InstanceRequest): { label: string; value: string }[] {
  const specs = [
    { label: 'Memory (RAM)', value: `${data.requirements.memoryGiB} GiB` },
    { label: 'vCPUs', value: String(data.requirements.vcpus) },
  ];
  if (data.requirements.gpus) specs.push({ label: 'GPUs', value: String(data.requirements.gpus) });
  specs.push({ label: 'Instance type', value: data.instanceType ?? 'IT services to choose from the requirements' });
  specs.push({ label: 'Operating system', value: data.os });
  specs.push({ label: 'System disk', value: `${data.storage.rootGiB} GiB ${data.storage.type ?? 'gp3'}` });
  if (data.storage.dataGiB) specs.push({ label: 'Data disk', value: `${data.storage.dataGiB} GiB ${data.storage.type ?? 'gp3'}` });
  specs.push({ label: 'Stop automatically when idle', value: data.autoStop ? 'yes' : 'no' });
  if (data.purpose) specs.push({ label: 'Purpose', value: data.purpose });
  return specs;
}

function bucketSpecs(data: S3BucketRequest): { label: string; value: string }[] {
  const specs = [
    { label: 'Bucket name', value: data.bucket },
    { label: 'Expected size', value: `${data.expectedSizeGB} GB` },
    { label: 'Versioning', value: data.versioning ? 'on' : 'off' },
    { label: 'Public access', value: data.publicAccess ? 'allowed (public)' : 'blocked' },
  ];
  for (const rule of data.lifecycle ?? []) specs.push({ label: 'Lifecycle', value: `delete objects under ${rule.prefix || '(all)'} after ${rule.expireDays} days` });
  if (data.purpose) specs.push({ label: 'Purpose', value: data.purpose });
  return specs;
}

function projectView(project: ProjectRequest | null, group: SecurityGroupRequest | null, id: string): TicketRequest['project'] {
  if (!project) return null;
  const charge = group ? (project.chargeCode ? group.chargeCodes.find((c) => c.tag === project.chargeCode) : group.chargeCodes.length === 1 ? group.chargeCodes[0] : undefined) : undefined;
  return {
    id,
    name: project.name,
    tag: project.tag,
    contact: `${project.contact.name} <${project.contact.email}>`,
    ttl: project.ttl.name,
    unit: project.ttl.unit,
    unitManager: project.ttl.unitManager,
    useCase: project.useCase,
    classification: project.data.classification,
    sizeGB: project.data.sizeGB,
    codeDevelopment: project.codeDevelopment,
    access: project.access.map((a) => `${a.who} (${a.type}, ${a.device})`),
    securityGroup: project.securityGroup,
    chargeCode: charge ? (group && group.chargeCodes.length > 1 ? `${charge.code} (${charge.tag})` : charge.code) : '',
  };
}

/** A tag that moves, as a row of a ticket's changes. */
const tagRow = (c: TagChange, field: string): TicketRequest['changes'][number] => ({ field, before: c.before || '(none)', after: c.after || '(removed)' });

/** A request on a ticket with what it is and where, and nothing else filled in yet. */
function bareRequest(
  fields: Pick<TicketRequest, 'id' | 'kind' | 'path' | 'useCase' | 'environment' | 'account' | 'changes' | 'tags'>,
  action: TicketAction,
): TicketRequest {
  return {
    ...fields,
    action,
    actionText: ACTION_TEXT[action],
    isCreate: action === 'create',
    isChange: action === 'change',
    isDecommission: action === 'decommission',
    isPromotion: action === 'promote',
    isRetag: action === 'retag',
    retagReason: null,
    specs: [],
    software: [],
    hasNonStandardSoftware: false,
    inbound: [],
    internetAccess: [],
    project: null,
    supportGroupApplied: true,
    hasChanges: fields.changes.length > 0,
    testedInDevelopment: null,
    developmentTicket: null,
    group: null,
  };
}

function ticketRequest(policy: Policy, verdict: RequestVerdict, context: TicketContext): TicketRequest {
  const index = indexPolicy(policy);
  const action: TicketAction = verdict.change === 'created' ? 'create' : verdict.change === 'removed' ? 'decommission' : verdict.change === 'promoted' ? 'promote' : 'change';
  const data = verdict.request;
  // IT services sets tags, so the tags that move (a moved file's RequestFile, say) are changes too.
  const changes = [
    ...verdict.diff.map((d) => ({ field: d.field, before: d.before ?? '(none)', after: d.after ?? '(removed)' })),
    ...verdict.tagChanges.map((c) => tagRow(c, `tag ${c.key}`)),
  ];
  const base = bareRequest({ id: verdict.id, kind: verdict.kind, path: verdict.path, useCase: verdict.useCase, environment: verdict.environment, account: verdict.account, changes, tags: verdict.tags }, action);
  base.developmentTicket = context.developmentTickets?.get(verdict.id) ?? null;
  if (!data) return base;
  if (data.kind === 'ec2-instance' || data.kind === 's3-bucket') {
    base.project = projectView(verdict.project, verdict.group, data.project);
    base.supportGroupApplied = data.dimeAnalyticsAccess !== false;
    base.testedInDevelopment = data.testedInDevelopment ?? null;
    // The tags ITS applies carry the approvers, known only once the reviews are in.
    const approvers = [...new Set(context.approvals.flatMap((a) => a.approvedBy))];
    if (verdict.project && verdict.group && verdict.useCase && verdict.environment && verdict.account && action !== 'decommission') {
      base.tags = resourceTags(policy, {
        project: verdict.project,
        group: verdict.group,
        useCase: verdict.useCase,
        environment: verdict.environment,
        account: verdict.account,
        requestFile: verdict.path,
        requestId: context.pullRequest ? `${context.pullRequest.repository}/pull/${context.pullRequest.number}` : undefined,
        approvers,
      }).tags;
    }
  }
  if (data.kind === 'ec2-instance') {
    base.specs = instanceSpecs(data);
    base.software = data.software.map((item) => {
      const reason = standardSoftwareReason(index, item);
      return {
        name: softwareName(item),
        source: typeof item === 'string' ? 'redhat' : (item.source ?? 'redhat'),
        standard: reason !== undefined,
        note: reason ?? 'non-standard',
        why: typeof item === 'string' ? '' : (item.why ?? ''),
      };
    });
    base.hasNonStandardSoftware = base.software.some((s) => !s.standard);
    base.inbound = data.inbound.map((r) => `${r.protocol}/${r.toPort && r.toPort !== r.port ? `${r.port}-${r.toPort}` : r.port} from ${r.from}${r.why ? ` (${r.why})` : ''}`);
    base.internetAccess = data.internetAccess;
  } else if (data.kind === 's3-bucket') {
    base.specs = bucketSpecs(data);
  } else if (data.kind === 'project') {
    base.project = projectView(data, verdict.group, verdict.id);
  } else {
    base.group = {
      name: data.name,
      team: `${data.team.name} (${data.team.code})`,
      owners: data.owners.map((o) => `${o.name} (${o.cAccount}${o.role === policy.supportGroup.ownerRole ? `, ${policy.reviewers.support.name}` : ''}${o.displayed ? ', displayed' : ''})`),
      members: data.members,
      chargeCodes: data.chargeCodes.map((c) => `${c.code} (${c.tag})`),
    };
  }
  return base;
}

/** An existing resource's tag update: the tags that change are its whole content (the other tags stay). */
function retagRequest(retag: Retag): TicketRequest {
  const changes = retag.changes.map((c) => tagRow(c, c.key));
  const { id, kind, path, useCase, environment, account } = retag;
  return { ...bareRequest({ id, kind, path, useCase, environment, account, changes, tags: [] }, 'retag'), retagReason: retag.because };
}

/**
 * The same ticket cut into parts, one per list of its requests, for an issue
 * GitHub would find too long: keys `<key>-part-<i>` and titles ending
 * `(part i of n)`, so reruns find each part again.
 */
export function splitTicket(ticket: Ticket, parts: TicketRequest[][]): Ticket[] {
  if (parts.length <= 1) return [ticket];
  const where = ticket.key === 'its-directory' ? ' (directory groups and project tags)' : ticket.account ? ` in ${ticket.account}` : '';
  const prefix = ticket.type === 'checklist' ? 'Group membership' : 'ITS';
  return parts.map((requests, i) => ({
    ...ticket,
    key: `${ticket.key}-part-${i + 1}`,
    title: title(prefix, requests, `${where} (part ${i + 1} of ${parts.length})`),
    requests,
  }));
}

function title(prefix: string, requests: TicketRequest[], where: string): string {
  const parts = requests.map((r) => `${r.action === 'promote' ? 'promote' : r.action} ${r.kind} ${r.id}`);
  let text = `${prefix}: ${parts.join(', ')}${where}`;
  for (let shown = parts.length - 1; text.length > MAX_TITLE && shown > 0; shown--) {
    text = `${prefix}: ${parts.slice(0, shown).join(', ')} and ${parts.length - shown} more${where}`;
  }
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

function approvalsView(context: TicketContext): Ticket['approvals'] {
  const commit = context.pullRequest?.headSha.slice(0, 7) ?? '';
  return context.approvals.map((a) => ({ name: a.name, by: a.approvedBy.length ? a.approvedBy.join(', ') : 'not yet approved', commit }));
}

/** The same items, in any order. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  const key = (items: readonly unknown[]): string => JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
  return a.length === b.length && key(a) === key(b);
}

function membershipDiff(before: SecurityGroupRequest, after: SecurityGroupRequest): NonNullable<Ticket['checklist']> {
  const owners = (g: SecurityGroupRequest): string[] => g.owners.map((o) => o.cAccount);
  return {
    group: after.name,
    add: after.members.filter((m) => !before.members.includes(m)),
    remove: before.members.filter((m) => !after.members.includes(m)),
    addOwners: owners(after).filter((o) => !owners(before).includes(o)),
    removeOwners: owners(before).filter((o) => !owners(after).includes(o)),
  };
}

/**
 * Group what a merged change asks for into tickets: one IT-services ticket
 * per AWS account touched by resources, one for directory groups and
 * project tags, and one owner checklist per existing group whose owners or
 * members change. Docs and policy changes ask for nothing.
 */
export function planTickets(policy: Policy, evaluation: Evaluation, context: TicketContext): Ticket[] {
  const common = { region: policy.region, organisation: policy.organisation, approvals: approvalsView(context) };
  const byAccount = new Map<string, TicketRequest[]>();
  const directory: TicketRequest[] = [];
  const checklists: Ticket[] = [];
  for (const verdict of evaluation.requests) {
    const request = ticketRequest(policy, verdict, context);
    if ((verdict.kind === 'ec2-instance' || verdict.kind === 's3-bucket') && verdict.account) {
      const key = verdict.environment === 'development' ? 'development' : 'production';
      byAccount.set(key, [...(byAccount.get(key) ?? []), request]);
    } else if (verdict.kind === 'security-group' && verdict.change === 'changed' && verdict.previous?.kind === 'security-group' && verdict.request?.kind === 'security-group') {
      const diff = membershipDiff(verdict.previous, verdict.request);
      if (diff.add.length + diff.remove.length + diff.addOwners.length + diff.removeOwners.length > 0) {
        checklists.push({
          ...common,
          key: `owners-${verdict.id}`,
          type: 'checklist',
          title: title('Group membership', [request], ''),
          account: null,
          useCase: null,
          requests: [request],
          // The owners the directory has now apply the change: an owner being added cannot yet, one being removed still can.
          assignees: verdict.previous.owners.map((o) => o.github).filter((g): g is string => Boolean(g)),
          checklist: diff,
        });
      }
      // Charge codes, the displayed owner (the group's contact in the directory) and other group fields are IT services'
      // business too; the order of the charge codes or units is not.
      const displayed = (g: SecurityGroupRequest): string | undefined => g.owners.find((o) => o.displayed)?.cAccount;
      const [before, after] = [verdict.previous, verdict.request];
      const reordered = (field: string): boolean => (field === 'chargeCodes' || field === 'units') && sameItems(before[field], after[field]);
      if (verdict.diff.some((d) => !/^(owners|members)$/.test(d.field) && !reordered(d.field)) || displayed(before) !== displayed(after)) directory.push(request);
    } else if (verdict.kind !== 'project' || verdict.change !== 'changed' || verdict.diff.length > 0) {
      // A project moved to another folder, its content as it was, asks nothing of IT services (projects carry no tags).
      directory.push(request);
    }
  }
  // Resources already built keep their tags in step with their project and group: the account's ticket updates them.
  for (const retag of evaluation.retags) byAccount.set(retag.environment, [...(byAccount.get(retag.environment) ?? []), retagRequest(retag)]);
  const tickets: Ticket[] = [];
  for (const key of ['production', 'development'] as const) {
    const requests = byAccount.get(key);
    if (!requests) continue;
    const account = policy.accounts[key];
    const useCase: UseCase = requests.some((r) => r.useCase === 'application') ? 'application' : 'computation';
    tickets.push({ ...common, key: `its-${key}`, type: 'its', title: title('ITS', requests, ` in ${account}`), account, useCase, requests, assignees: [...policy.tickets.handlers], checklist: null });
  }
  if (directory.length > 0) {
    tickets.push({ ...common, key: 'its-directory', type: 'its', title: title('ITS', directory, ' (directory groups and project tags)'), account: null, useCase: null, requests: directory, assignees: [...policy.tickets.handlers], checklist: null });
  }
  return [...tickets, ...checklists];
}
