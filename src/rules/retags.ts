import type { ProjectRequest, SecurityGroupRequest } from '../model/requests.js';
import type { Policy } from '../model/types.js';
import { useCaseOf, type PolicyIndex } from './classify.js';
import type { Inventory } from './cross-file.js';
import type { ParsedRequest } from './parsed-request.js';
import { resourceTags, tagChanges, type TagChange, type TagResult } from './resource-tags.js';

/**
 * A server or bucket the change does not touch whose AWS tags it changes
 * all the same: resources take their charge code, project tag, security
 * group and data classification from their project and its group, so
 * changing those changes the tags of every resource already built for them.
 */
export interface Retag {
  id: string;
  kind: 'ec2-instance' | 's3-bucket';
  path: string;
  useCase: 'computation' | 'application';
  environment: 'production' | 'development';
  account: string;
  /** What moves the tags, in words: "its project ex-nutrition changes". */
  because: string;
  /** Each tag whose value changes; `before` or `after` is empty when the tag is added or dropped. */
  changes: TagChange[];
}

/** A resource's project and that project's group, as one side of the change has them. */
export interface TagSource {
  project: ProjectRequest;
  group: SecurityGroupRequest;
}

/** A resource's project and that project's group, when both are valid on that side of the change. */
export function contextOf(inventory: Inventory, projectId: string): TagSource | undefined {
  const project = inventory.lookup(projectId, 'project');
  if (!project?.valid) return undefined;
  const group = inventory.lookup((project.data as ProjectRequest).securityGroup, 'security-group');
  return group?.valid ? { project: project.data as ProjectRequest, group: group.data as SecurityGroupRequest } : undefined;
}

/**
 * A resource's tags as one side of the change fills them, for comparing the
 * two sides: without the tags that record a pull request (which one built
 * the resource is not known here, and those tags stay as they are).
 * Undefined for a request that is not a server or bucket.
 */
function standingTags(policy: Policy, source: TagSource, resource: ParsedRequest, useCase: 'computation' | 'application'): TagResult | undefined {
  const data = resource.data;
  if (data.kind !== 'ec2-instance' && data.kind !== 's3-bucket') return undefined;
  return resourceTags(policy, { ...source, useCase, environment: data.environment, account: policy.accounts[data.environment], requestFile: resource.path });
}

function environmentOf(request: ParsedRequest): string | undefined {
  const data = request.data;
  return data.kind === 'ec2-instance' || data.kind === 's3-bucket' ? data.environment : undefined;
}

/**
 * How a changed resource's tags move: its base version's, filled from the
 * base's project and group, against its new ones. Empty when either side
 * cannot be filled (the new side's problems are errors of their own).
 */
export function tagsMoved(policy: Policy, index: PolicyIndex, base: Inventory, before: ParsedRequest, after: ParsedRequest, source: TagSource, useCase: 'computation' | 'application'): TagChange[] {
  const summary = before.summary;
  const was = summary?.kind === 'ec2-instance' || summary?.kind === 's3-bucket' ? contextOf(base, summary.project) : undefined;
  const wasUseCase = useCaseOf(index, before);
  // Filled from the same project and group, for the same use case, environment and file, the tags are the same.
  if (was && was.project === source.project && was.group === source.group && wasUseCase === useCase && before.path === after.path && environmentOf(before) === environmentOf(after)) return [];
  const [old, now] = [was && wasUseCase ? standingTags(policy, was, before, wasUseCase) : undefined, standingTags(policy, source, after, useCase)];
  return old && now && old.problems.length + now.problems.length === 0 ? tagChanges(old.tags, now.tags) : [];
}

/**
 * The existing resources whose tags change because projects or security
 * groups change: `changedIds` are the lower-cased ids of the projects and
 * groups whose content changes; `ownVerdict` tells the resources the change
 * itself creates or changes, whose verdicts carry their new tags already (a
 * file touched only in its comments has none, and is listed here).
 * Resources whose new tags cannot be filled are left out: the reason is an
 * error on the pull request. When the project or group was not valid on the
 * base branch, the old tags are not known, so every tag is listed.
 */
export function retagsOf(policy: Policy, index: PolicyIndex, base: Inventory, head: Inventory, changedIds: ReadonlySet<string>, ownVerdict: (path: string) => boolean): Retag[] {
  if (changedIds.size === 0) return [];
  const retags: Retag[] = [];
  // An unchanged project names the same group on both sides, so the head says which group it is.
  const cause = (projectId: string): string | undefined => {
    const project = head.lookup(projectId, 'project');
    if (changedIds.has(projectId.toLowerCase())) return `its project ${project?.id ?? projectId} changes`;
    const summary = project?.summary;
    if (summary?.kind === 'project' && changedIds.has(summary.securityGroup.toLowerCase())) return `its project's security group ${summary.securityGroup} changes`;
    return undefined;
  };
  for (const resource of head.requests) {
    const summary = resource.summary;
    if (!summary || (summary.kind !== 'ec2-instance' && summary.kind !== 's3-bucket') || ownVerdict(resource.path)) continue;
    const because = cause(summary.project);
    const after = because ? contextOf(head, summary.project) : undefined;
    if (!because || !after) continue;
    // Only now its document: a base request re-reads it when asked, and most resources are not moved.
    const useCase = useCaseOf(index, resource);
    const data = resource.data;
    const is = useCase ? standingTags(policy, after, resource, useCase) : undefined;
    if (!useCase || !is || is.problems.length > 0 || (data.kind !== 'ec2-instance' && data.kind !== 's3-bucket')) continue;
    const before = contextOf(base, summary.project);
    const was = before ? standingTags(policy, before, resource, useCase) : undefined;
    const known = was !== undefined && was.problems.length === 0;
    const changes = tagChanges(known ? was.tags : [], is.tags);
    if (changes.length === 0) continue;
    retags.push({
      id: resource.id,
      kind: data.kind,
      path: resource.path,
      useCase,
      environment: data.environment,
      account: policy.accounts[data.environment],
      because: known ? because : `${because}, and it was not valid before, so the resource's present tags are not known: every tag is listed`,
      changes,
    });
  }
  return retags;
}
