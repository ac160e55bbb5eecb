import { SEND_ONCE, type GitHubClient, type Repo } from '../client.js';

/** POST /repos/{owner}/{repo}/issues; returns the new issue's number. */
export async function createIssue(client: GitHubClient, repo: Repo, issue: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<number> {
  const { data } = await client.request('POST /repos/{owner}/{repo}/issues', { ...repo, ...issue, ...SEND_ONCE });
  return data.number;
}
