import type { GitHubClient } from '../client.js';

/**
 * GET /orgs/{org}/teams/{team_slug}/memberships/{username}: `active`,
 * `pending`, `unknown` (404: not a member, or a token that may not see the
 * team: GitHub answers both alike), or `unreadable` (401/403).
 */
export async function getTeamMembership(client: GitHubClient, org: string, team: string, username: string): Promise<'active' | 'pending' | 'unknown' | 'unreadable'> {
  try {
    const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: team, username });
    return data.state === 'active' ? 'active' : 'pending';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return 'unknown';
    if (status === 403 || status === 401) return 'unreadable';
    throw error;
  }
}
