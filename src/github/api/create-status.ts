import type { GitHubClient, Repo } from '../client.js';

export interface CommitStatus {
  context: string;
  state: 'success' | 'failure' | 'pending' | 'error';
  description: string;
  targetUrl?: string;
}

/** GitHub cuts status descriptions at 140 characters; cut them ourselves, on a word. */
const MAX_DESCRIPTION = 140;

/** POST /repos/{owner}/{repo}/statuses/{sha}: the newest status per context is the one that counts. */
export async function createStatus(client: GitHubClient, repo: Repo, sha: string, status: CommitStatus): Promise<void> {
  const description = status.description.length <= MAX_DESCRIPTION ? status.description : `${status.description.slice(0, MAX_DESCRIPTION - 1).replace(/\s+\S*$/, '')}…`;
  await client.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...repo, sha, context: status.context, state: status.state, description, target_url: status.targetUrl });
}
