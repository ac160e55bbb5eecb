import type { GitHubClient, Repo } from '../client.js';

/** DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}; already gone is fine. */
export async function removeLabel(client: GitHubClient, repo: Repo, number: number, name: string): Promise<void> {
  try {
    await client.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...repo, issue_number: number, name });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}
