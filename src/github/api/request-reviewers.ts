import { SEND_ONCE, type GitHubClient, type Repo } from '../client.js';

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers */
export async function requestReviewers(client: GitHubClient, repo: Repo, number: number, users: string[], teams: string[]): Promise<void> {
  await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { ...repo, pull_number: number, reviewers: users, team_reviewers: teams, ...SEND_ONCE });
}
