import type { LabelSpec } from '../../model/types.js';
import type { GitHubClient, Repo } from '../client.js';

/** POST /repos/{owner}/{repo}/labels; a label created meanwhile by another run is fine. */
export async function createLabel(client: GitHubClient, repo: Repo, label: LabelSpec): Promise<void> {
  try {
    await client.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: label.name, color: label.color, description: label.description });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
  }
}
