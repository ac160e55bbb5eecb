import type { Policy, ReviewerGroup } from '../model/types.js';

/** A group whose approval the pull request needs, and why. */
export interface RequiredApproval {
  /** `support`, `security`, or `owners:<group name>`. */
  group: string;
  /** Display name, e.g. "DIME Analytics". */
  name: string;
  users: string[];
  teams: string[];
  reasons: string[];
  satisfied: boolean;
  /** Logins whose approval counts (filled once reviews are known). */
  approvedBy: string[];
}

/** Collects approval requirements, merging reasons for the same group. */
export class ApprovalSet {
  readonly #byGroup = new Map<string, RequiredApproval>();

  constructor(private readonly policy: Policy) {}

  /** Require the support or security reviewer group from policy. */
  requireRole(role: 'support' | 'security', reason: string): void {
    this.require(role, this.policy.reviewers[role], reason);
  }

  /** Require one of a security group's current owners. */
  requireOwners(groupName: string, logins: string[], reason: string): void {
    this.require(`owners:${groupName}`, { name: `Owners of ${groupName}`, users: logins, teams: [] }, reason);
  }

  private require(group: string, reviewers: ReviewerGroup, reason: string): void {
    const existing = this.#byGroup.get(group);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      return;
    }
    this.#byGroup.set(group, { group, name: reviewers.name, users: [...reviewers.users], teams: [...reviewers.teams], reasons: [reason], satisfied: false, approvedBy: [] });
  }

  /** Support first, then security, then owners by name: a stable order for comments and snapshots. */
  list(): RequiredApproval[] {
    const rank = (g: string): number => (g === 'support' ? 0 : g === 'security' ? 1 : 2);
    return [...this.#byGroup.values()].sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group));
  }
}
