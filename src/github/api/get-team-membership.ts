import type { GitHubClient } from '../client.js';

/**
 * GET /orgs/{org}/teams/{team_slug}/memberships/{username}: `active`,
 * `pending`, `none` (404: not a member), or `unreadable` when the token may
 * not read team membership (403, or 404 for the team itself being hidden).
 */
export async function getTeamMembership(client: GitHubClient, org: string, team: string, username: string): Promise<'active' | 'pending' | 'none' | 'unreadable'> {
  try {
    const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: team, username });
    return data.state === 'active' ? 'active' : 'pending';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return 'none';
    if (status === 403 || status === 401) return 'unreadable';
    throw error;
  }
}
