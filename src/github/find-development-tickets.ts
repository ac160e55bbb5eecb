import type { Policy } from '../model/types.js';
import { listIssuesSince } from './api/list-issues-since.js';
import type { GitHubClient, Repo } from './client.js';

export interface DevelopmentTicket {
  issue: string;
  createdAt: string;
}

const REQUEST_MARKER = /<!-- aws-requests:request id=([A-Za-z0-9-]+) environment=development -->/g;

/**
 * The IT-services tickets that created development resources, by request
 * id, from the hidden markers the Action writes into its own ticket issues.
 * The oldest ticket of a request dates when it entered development.
 */
export async function findDevelopmentTickets(client: GitHubClient, repo: Repo, policy: Policy, ids: readonly string[]): Promise<Map<string, DevelopmentTicket>> {
  const found = new Map<string, DevelopmentTicket>();
  if (ids.length === 0) return found;
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const label = policy.tickets.labels[0];
  for (const issue of await listIssuesSince(client, repo, label ? { labels: label } : {})) {
    if (!issue.byBot) continue;
    for (const match of issue.body.matchAll(REQUEST_MARKER)) {
      const id = match[1]!.toLowerCase();
      const known = found.get(id);
      if (wanted.has(id) && (!known || issue.createdAt < known.createdAt)) found.set(id, { issue: `#${issue.number}`, createdAt: issue.createdAt });
    }
  }
  return found;
}
