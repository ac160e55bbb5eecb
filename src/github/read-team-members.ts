import type { Review, TeamMembers } from '../rules/approvals.js';
import { canSeeTeam } from './api/get-team.js';
import { getTeamMembership } from './api/get-team-membership.js';
import type { GitHubClient } from './client.js';

/**
 * Membership of the listed teams, checked only for the reviewers who
 * approved (one request per team and approver, not per team member).
 * A team written `team` belongs to the repository owner's organisation.
 */
export async function readTeamMembers(client: GitHubClient, owner: string, teams: readonly string[], reviews: readonly Review[]): Promise<TeamMembers> {
  const approvers = [...new Set(reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user.toLowerCase()))];
  const members = new Map<string, Set<string> | 'unreadable'>();
  for (const team of new Set(teams)) {
    const [org, slug] = team.includes('/') ? (team.split('/', 2) as [string, string]) : [owner, team];
    const set = new Set<string>();
    const states = [];
    for (const login of approvers) {
      const state = await getTeamMembership(client, org, slug, login);
      states.push(state);
      if (state === 'unreadable') break;
      if (state === 'active') set.add(login);
    }
    // GitHub answers 404 both for "not a member" and for a token that cannot see the team
    // (GITHUB_TOKEN cannot): when no approver was found either way, ask whether the team is visible.
    const refused = states.includes('unreadable');
    const unsure = !refused && states.length > 0 && states.every((s) => s === 'unknown');
    members.set(team, refused || (unsure && !(await canSeeTeam(client, org, slug))) ? 'unreadable' : set);
  }
  return members;
}
