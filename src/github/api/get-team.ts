import type { GitHubClient } from '../client.js';

/**
 * GET /orgs/{org}/teams/{team_slug}: whether the token can see the team at
 * all. GitHub hides a team it may not show behind the same 404 as "not a
 * member", so this tells the two apart.
 */
export async function canSeeTeam(client: GitHubClient, org: string, team: string): Promise<boolean> {
  try {
    await client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: team });
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 403 || status === 401) return false;
    throw error;
  }
}
