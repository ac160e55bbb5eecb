import { escapeInline } from '../render/escape.js';
import { fitTickets, missingApprovals, renderTicket, renderTicketIssue, ticketMarker } from '../render/ticket.js';
import type { JudgedApproval } from '../rules/approvals.js';
import { evaluate, type Evaluation } from '../rules/evaluate.js';
import { planTickets, type Ticket, type TicketContext } from '../rules/tickets.js';
import { closeIssue } from './api/close-issue.js';
import { createIssue } from './api/create-issue.js';
import type { PullRequest } from './api/get-pull-request.js';
import { listIssuesSince, type IssueSummary } from './api/list-issues-since.js';
import { mayHaveHappened } from './client.js';
import { findDevelopmentTickets } from './find-development-tickets.js';
import type { RunContext } from './judge-pull-request.js';
import { countApprovals, filesBefore, readChanges } from './read-pull-request.js';
import { upsertComment } from './upsert-comment.js';

/** The hidden first line of the merged pull request's comment that lists its tickets. */
export const TICKETS_MARKER = '<!-- aws-requests:tickets -->';

export interface FiledTicket {
  ticket: Ticket;
  issue: number;
  markdown: string;
  text: string;
}

export interface Filing {
  pr: PullRequest;
  evaluation: Evaluation;
  approvals: JudgedApproval[];
  tickets: FiledTicket[];
}

function ticketComment(pr: PullRequest, filed: FiledTicket[], evaluation: Evaluation, missing: string[]): string {
  const lines = [TICKETS_MARKER, '## aws-requests: tickets', ''];
  if (missing.length > 0 && filed.length > 0) {
    lines.push(`> [!CAUTION]\n> Merged without the approval of ${missing.map(escapeInline).join(' and ')}. The tickets below say so at the top: they should confirm here before anything is built.`, '');
  }
  if (!evaluation.ok) {
    lines.push(`This pull request was merged with errors, so no ticket was opened. Fix them in a follow-up pull request; its merge opens the tickets.`);
  } else if (filed.length === 0) {
    lines.push('Nothing to send to IT services: this pull request changes no resource, project or group.');
  } else {
    lines.push(`Merged as ${(pr.mergeCommitSha ?? '').slice(0, 7)}. Tickets:`, '');
    for (const f of filed) lines.push(`- #${f.issue}: ${escapeInline(f.ticket.title)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * On merge: judge what the pull request changed (base to merge commit), plan
 * the tickets, and file one issue per ticket, found again by a hidden marker
 * so reruns find them instead of duplicating; then list them on the pull request.
 */
export async function fileTickets(ctx: RunContext, pr: PullRequest): Promise<Filing> {
  const { client, repo, policy } = ctx;
  const number = pr.number;
  if (!pr.merged || !pr.mergeCommitSha) throw new Error(`Pull request #${number} is not merged, so it has no tickets.`);
  const changes = await readChanges(client, repo, pr, pr.mergeCommitSha, ctx.policyPath);
  // The checkout is the base branch after the merge; the judged base is the state before it.
  const base = await filesBefore(client, repo, ctx.base, changes, pr.baseSha);
  const pullRequest = { repository: `${repo.owner}/${repo.repo}`, number };
  const promoted = evaluate({ policy, base, changes, pullRequest, policyPath: ctx.policyPath }).requests.filter((r) => r.change === 'promoted').map((r) => r.id);
  const development = await findDevelopmentTickets(client, repo, policy, promoted);
  // The testing period is judged at the moment of the merge, as it was at review.
  const developmentSince = new Map([...development].map(([id, t]) => [id, t.createdAt]));
  const evaluation = evaluate({ policy, base, changes, pullRequest, developmentSince, now: pr.mergedAt ?? new Date().toISOString(), policyPath: ctx.policyPath });
  const approvals = await countApprovals(client, repo, pr, evaluation.approvals);
  const context: TicketContext = {
    pullRequest: { ...pullRequest, url: pr.htmlUrl, headSha: pr.headSha, mergeCommitSha: pr.mergeCommitSha },
    approvals,
    developmentTickets: new Map([...development].map(([id, t]) => [id, t.issue])),
  };
  const tickets = evaluation.ok ? fitTickets(policy, planTickets(policy, evaluation, context), context) : [];

  // Only issues touched since the merge can be this pull request's tickets.
  const existing = tickets.length ? await listIssuesSince(client, repo, { since: pr.mergedAt ?? undefined }) : [];
  const filed: FiledTicket[] = [];
  let created = 0;
  for (const ticket of tickets) {
    const body = renderTicketIssue(policy, ticket, context);
    const marker = ticketMarker(number, ticket.key);
    const [found] = copiesOf(existing, marker);
    let issue: number;
    if (found) {
      // Filed by an earlier run: IT services may have edited it since (a reference on top, notes below), so it is left as it is.
      issue = found.number;
    } else {
      const labels = ticket.type === 'its' ? [...policy.tickets.labels, ...(ticket.useCase ? [policy.labels[ticket.useCase].name] : [])] : [...policy.tickets.checklistLabels];
      issue = await openIssue(ctx, { title: ticket.title, body, labels, assignees: ticket.assignees }, marker, pr.mergedAt ?? undefined);
      created++;
    }
    filed.push({ ticket, issue, markdown: renderTicket(policy, ticket, context, 'markdown'), text: renderTicket(policy, ticket, context, 'text') });
  }
  // A run racing this one, or an earlier run that failed half-way, may have opened a copy: keep one of each.
  const now = created > 0 ? await listIssuesSince(client, repo, { since: pr.mergedAt ?? undefined }) : existing;
  for (const f of filed) {
    const [keep, ...copies] = copiesOf(now, ticketMarker(number, f.ticket.key));
    for (const copy of copies.filter((c) => c.open)) await closeIssue(client, repo, copy.number);
    if (keep) f.issue = keep.number;
  }
  await upsertComment(client, repo, number, TICKETS_MARKER, ticketComment(pr, filed, evaluation, missingApprovals(approvals)));
  return { pr, evaluation, approvals, tickets: filed };
}

/**
 * The issues filed for one ticket, the one to keep first: open before closed
 * (a handler may have closed it), then the oldest. The marker is looked for
 * anywhere in the body: IT services may have written above it.
 */
function copiesOf(issues: IssueSummary[], marker: string): IssueSummary[] {
  return issues.filter((i) => i.byBot && i.body.includes(marker)).sort((a, b) => Number(b.open) - Number(a.open) || a.number - b.number);
}

type NewIssue = Parameters<typeof createIssue>[2];

/**
 * Open a ticket's issue exactly once: after a failure GitHub may have acted
 * on (a lost answer), look for the issue by its marker before sending again.
 */
async function openIssue(ctx: RunContext, issue: NewIssue, marker: string, since: string | undefined): Promise<number> {
  try {
    return await createAssigned(ctx, issue);
  } catch (error) {
    if (!mayHaveHappened(error)) throw error;
    const [found] = copiesOf(await listIssuesSince(ctx.client, ctx.repo, { since }), marker);
    return found ? found.number : createAssigned(ctx, issue);
  }
}

async function createAssigned(ctx: RunContext, issue: NewIssue): Promise<number> {
  try {
    return await createIssue(ctx.client, ctx.repo, issue);
  } catch (error) {
    // GitHub refuses the whole issue when one assignee cannot be assigned (no access): file it unassigned.
    if ((error as { status?: number }).status !== 422 || issue.assignees.length === 0) throw error;
    ctx.log(`Could not assign ${issue.assignees.join(', ')} to "${issue.title}"; it is filed unassigned: ${(error as Error).message}`);
    return createIssue(ctx.client, ctx.repo, { ...issue, assignees: [] });
  }
}
