import type { GitHubClient, Repo } from '../client.js';

/** PATCH /repos/{owner}/{repo}/issues/{issue_number}: title and body only, so people's edits to labels and assignees stay. */
export async function updateIssue(client: GitHubClient, repo: Repo, number: number, issue: { title: string; body: string }): Promise<void> {
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: number, ...issue });
}
