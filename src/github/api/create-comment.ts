import { SEND_ONCE, type GitHubClient, type Repo } from '../client.js';

/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments */
export async function createComment(client: GitHubClient, repo: Repo, number: number, body: string): Promise<number> {
  const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body, ...SEND_ONCE });
  return Number(data.id);
}
