import type { Policy, ReviewerGroup } from '../model/types.js';
import { comparePaths } from './paths.js';

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
  readonly #reasons = new Map<string, Set<string>>();

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
    // A whole inventory gives one group thousands of reasons: a set keeps adding them linear.
    const seen = this.#reasons.get(group) ?? new Set<string>();
    if (seen.has(reason)) return;
    seen.add(reason);
    this.#reasons.set(group, seen);
    if (existing) existing.reasons.push(reason);
    else this.#byGroup.set(group, { group, name: reviewers.name, users: [...reviewers.users], teams: [...reviewers.teams], reasons: [reason], satisfied: false, approvedBy: [] });
  }

  /** Support first, then security, then owners by name: a stable order for comments and snapshots. */
  list(): RequiredApproval[] {
    const rank = (g: string): number => (g === 'support' ? 0 : g === 'security' ? 1 : 2);
    return [...this.#byGroup.values()].sort((a, b) => rank(a.group) - rank(b.group) || comparePaths(a.group, b.group));
  }
}

/** A pull-request review, as far as approval rules care. */
export interface Review {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was given on. */
  commitId: string;
  /** Reviews in the order GitHub lists them (oldest first); `id` breaks ties. */
  id: number;
}

/**
 * Who belongs to each listed team, keyed as policy.yml writes the team:
 * lower-cased logins of active members, or `unreadable` when the token
 * cannot read team membership.
 */
export type TeamMembers = ReadonlyMap<string, ReadonlySet<string> | 'unreadable'>;

export interface ApprovalContext {
  author: string;
  headSha: string;
  teams: TeamMembers;
}

/** One approval group after reviews are counted, with what it still needs. */
export interface JudgedApproval extends RequiredApproval {
  /** Why some approvals did not count, in plain words (stale commit, not a member, ...). */
  notes: string[];
}

/**
 * The state that counts per reviewer: their latest review that is not a
 * comment. An approval followed by "changes requested" is not an approval;
 * a dismissed review is nothing.
 */
export function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.toLowerCase(), review);
  }
  return latest;
}

/**
 * Count the reviews against each required group: an approval counts when it
 * is the reviewer's latest, was given on the current head commit, is not the
 * author's, and the reviewer is listed or an active member of a listed team.
 */
export function judgeApprovals(required: readonly RequiredApproval[], reviews: readonly Review[], context: ApprovalContext): JudgedApproval[] {
  const latest = latestReviews(reviews);
  const author = context.author.toLowerCase();
  return required.map((group) => {
    const approvedBy: string[] = [];
    const notes: string[] = [];
    const listed = new Set(group.users.map((u) => u.toLowerCase()));
    for (const [login, review] of latest) {
      if (review.state !== 'APPROVED') continue;
      const teams = group.teams.map((team) => context.teams.get(team));
      const member = listed.has(login) || teams.some((members) => members instanceof Set && members.has(login));
      if (!member) {
        if (teams.includes('unreadable')) notes.push(`${review.user}'s approval is not counted: their membership of ${group.teams.join(', ')} cannot be confirmed (the token cannot read the team, as GITHUB_TOKEN cannot; use a GitHub App token, or list reviewers under users in policy.yml).`);
        continue;
      }
      if (login === author) {
        notes.push(`${review.user} opened the pull request, so their own approval does not count.`);
        continue;
      }
      if (review.commitId !== context.headSha) {
        notes.push(`${review.user} approved an earlier commit (${review.commitId.slice(0, 7)}); the latest changes need a new approval.`);
        continue;
      }
      approvedBy.push(review.user);
    }
    return { ...group, satisfied: approvedBy.length > 0, approvedBy, notes };
  });
}
