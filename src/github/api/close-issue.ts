import type { GitHubClient, Repo } from '../client.js';

/** PATCH /repos/{owner}/{repo}/issues/{issue_number} to closed, not planned: how a duplicate ticket is retired. */
export async function closeIssue(client: GitHubClient, repo: Repo, number: number): Promise<void> {
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: number, state: 'closed', state_reason: 'not_planned' });
}
