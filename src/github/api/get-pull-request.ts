import type { GitHubClient, Repo } from '../client.js';

/** What the Action needs to know about a pull request. */
export interface PullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  author: string;
  draft: boolean;
  state: string;
  merged: boolean;
  mergeCommitSha: string | null;
  mergedAt: string | null;
  /** True when the head branch lives in another repository. */
  fromFork: boolean;
  labels: string[];
  /** How many files the pull request changes, as GitHub counts them. */
  changedFiles: number;
  requestedUsers: string[];
  requestedTeams: string[];
  htmlUrl: string;
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} */
export async function getPullRequest(client: GitHubClient, repo: Repo, number: number): Promise<PullRequest> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
  return {
    number: data.number,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    author: data.user.login,
    draft: data.draft ?? false,
    state: data.state,
    merged: data.merged,
    mergeCommitSha: data.merge_commit_sha,
    mergedAt: data.merged_at,
    fromFork: data.head.repo?.full_name !== data.base.repo.full_name,
    labels: data.labels.map((l) => l.name),
    changedFiles: data.changed_files,
    requestedUsers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
    htmlUrl: data.html_url,
  };
}
