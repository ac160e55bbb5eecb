import type { GitHubClient, Repo } from '../client.js';

/** POST /repos/{owner}/{repo}/issues/{issue_number}/labels: adds, never replaces. */
export async function addLabels(client: GitHubClient, repo: Repo, number: number, labels: string[]): Promise<void> {
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...repo, issue_number: number, labels });
}
