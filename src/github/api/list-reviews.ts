import type { Review } from '../../rules/approvals.js';
import type { GitHubClient, Repo } from '../client.js';

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews, every page of 100. */
export async function listReviews(client: GitHubClient, repo: Repo, number: number): Promise<Review[]> {
  const reviews: Review[] = [];
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: number, per_page: 100, page });
    for (const r of data) {
      if (!r.user || !r.commit_id) continue;
      reviews.push({ id: Number(r.id), user: r.user.login, state: r.state as Review['state'], commitId: r.commit_id });
    }
    if (data.length < 100) return reviews;
  }
}
