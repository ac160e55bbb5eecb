import type { GitHubClient, Repo } from '../client.js';

/** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} */
export async function updateComment(client: GitHubClient, repo: Repo, id: number, body: string): Promise<void> {
  await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
}
