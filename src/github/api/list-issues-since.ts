import type { GitHubClient, Repo } from '../client.js';

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
  createdAt: string;
  open: boolean;
  /** True for bots and apps: only they can have filed the Action's tickets. */
  byBot: boolean;
}

/**
 * GET /repos/{owner}/{repo}/issues updated since a moment (and optionally
 * with a label), every page of 100; pull requests are left out. `since`
 * keeps the listing to what changed after a merge, however old the repository.
 */
export async function listIssuesSince(client: GitHubClient, repo: Repo, options: { since?: string; labels?: string }): Promise<IssueSummary[]> {
  const issues: IssueSummary[] = [];
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'all', per_page: 100, page, ...(options.since ? { since: options.since } : {}), ...(options.labels ? { labels: options.labels } : {}) });
    for (const issue of data) {
      if (issue.pull_request) continue;
      issues.push({ number: issue.number, title: issue.title, body: issue.body ?? '', createdAt: issue.created_at, open: issue.state === 'open', byBot: issue.user?.type === 'Bot' || issue.performed_via_github_app != null });
    }
    if (data.length < 100) return issues;
  }
}
