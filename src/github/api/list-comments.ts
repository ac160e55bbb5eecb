import type { GitHubClient, Repo } from '../client.js';

export interface IssueComment {
  id: number;
  body: string;
  /** True for bots and apps: only they can have written the Action's comment. */
  byBot: boolean;
}


/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments, every page of 100. */
export async function listComments(client: GitHubClient, repo: Repo, number: number): Promise<IssueComment[]> {
  const comments: IssueComment[] = [];
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, per_page: 100, page });
    for (const c of data) comments.push({ id: Number(c.id), body: c.body ?? '', byBot: c.user?.type === 'Bot' || c.performed_via_github_app != null });
    if (data.length < 100) return comments;
  }
}
