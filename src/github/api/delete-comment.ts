import type { GitHubClient, Repo } from '../client.js';

/** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}; already gone is fine. */
export async function deleteComment(client: GitHubClient, repo: Repo, id: number): Promise<void> {
  try {
    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}
