import type { ProjectRequest, SecurityGroupRequest } from '../model/requests.js';
import type { Policy } from '../model/types.js';
import { useCaseOf, type PolicyIndex } from './classify.js';
import type { Inventory } from './cross-file.js';
import { resourceTags } from './resource-tags.js';

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
  changes: { key: string; before: string; after: string }[];
}

/** A resource's project and that project's group, when both are valid on that side. */
function contextOf(inventory: Inventory, projectId: string): { project: ProjectRequest; group: SecurityGroupRequest } | undefined {
  const project = inventory.lookup(projectId, 'project');
  if (!project?.valid) return undefined;
  const group = inventory.lookup((project.data as ProjectRequest).securityGroup, 'security-group');
  return group?.valid ? { project: project.data as ProjectRequest, group: group.data as SecurityGroupRequest } : undefined;
}

/**
 * The existing resources whose tags change because projects or security
 * groups change: `changedIds` are the lower-cased ids of the projects and
 * groups whose content changes, `isTouched` tells the files the change
 * itself edits (those resources have verdicts of their own, with their new
 * tags). Only resources valid on both sides, with a valid project and group
 * on both sides, are listed; anything broken is reported as a finding.
 */
export function retagsOf(policy: Policy, index: PolicyIndex, base: Inventory, head: Inventory, changedIds: ReadonlySet<string>, isTouched: (path: string) => boolean): Retag[] {
  if (changedIds.size === 0) return [];
  const retags: Retag[] = [];
  // An unchanged project names the same group on both sides, so the head says which group it is.
  const cause = (projectId: string): string | undefined => {
    if (changedIds.has(projectId.toLowerCase())) return `its project ${projectId} changes`;
    const project = head.lookup(projectId, 'project')?.summary;
    if (project?.kind === 'project' && changedIds.has(project.securityGroup.toLowerCase())) return `its project's security group ${project.securityGroup} changes`;
    return undefined;
  };
  for (const resource of head.requests) {
    const summary = resource.summary;
    if (!summary || (summary.kind !== 'ec2-instance' && summary.kind !== 's3-bucket') || isTouched(resource.path)) continue;
    const because = cause(summary.project);
    if (!because) continue;
    const [before, after] = [contextOf(base, summary.project), contextOf(head, summary.project)];
    const useCase = useCaseOf(index, resource);
    const data = resource.data;
    if (!before || !after || !useCase || (data.kind !== 'ec2-instance' && data.kind !== 's3-bucket')) continue;
    // The pull request that built the resource, and who approved it, are not this change's to say: those tags stay.
    const tagsOf = (side: typeof before): Map<string, string> => {
      const filled = resourceTags(policy, { ...side, useCase, environment: data.environment, account: policy.accounts[data.environment], requestFile: resource.path });
      return new Map(filled.tags.map((t) => [t.key, t.value]));
    };
    const [was, is] = [tagsOf(before), tagsOf(after)];
    const keys = [...new Set([...was.keys(), ...is.keys()])];
    const changes = keys.filter((key) => was.get(key) !== is.get(key)).map((key) => ({ key, before: was.get(key) ?? '', after: is.get(key) ?? '' }));
    if (changes.length === 0) continue;
    retags.push({ id: resource.id, kind: data.kind, path: resource.path, useCase, environment: data.environment, account: policy.accounts[data.environment], because, changes });
  }
  return retags;
}
