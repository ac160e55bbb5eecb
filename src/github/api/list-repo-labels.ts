import type { GitHubClient, Repo } from '../client.js';

/** GET /repos/{owner}/{repo}/labels, every page of 100: the names that exist. */
export async function listRepoLabels(client: GitHubClient, repo: Repo): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/labels', { ...repo, per_page: 100, page });
    for (const label of data) names.add(label.name.toLowerCase());
    if (data.length < 100) return names;
  }
}
