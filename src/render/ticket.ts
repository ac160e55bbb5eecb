import type { Policy } from '../model/types.js';
import { splitTicket, type Ticket, type TicketContext, type TicketRequest } from '../rules/tickets.js';
import { escapeInline } from './escape.js';
import { renderTemplate, type TemplateValue } from '../model/mustache.js';

export type TicketFormat = 'markdown' | 'text';

/** The hidden first line of a ticket issue: finds it again on reruns, so there is one issue per ticket. */
export function ticketMarker(pullRequest: number, key: string): string {
  return `<!-- aws-requests:ticket pr=${pullRequest} ticket=${encodeURIComponent(key)} -->`;
}

/**
 * One hidden line per request, so a later promotion can find the development
 * ticket. Values are percent-encoded: an id holding `-->` must not end the
 * hidden comment and show the rest (valid ids are letters, digits and dashes,
 * which stay as they are).
 */
export function requestMarker(id: string, environment: string): string {
  return `<!-- aws-requests:request id=${encodeURIComponent(id)} environment=${encodeURIComponent(environment)} -->`;
}

/** The values a ticket template can use: the ticket, plus the pull request when there is one. */
export function ticketView(ticket: Ticket, context: TicketContext): TemplateValue {
  const pr = context.pullRequest;
  return {
    ...(JSON.parse(JSON.stringify(ticket)) as Record<string, TemplateValue>),
    pullRequest: pr ? { id: `${pr.repository}#${pr.number}`, url: pr.url } : null,
    mergeCommit: pr?.mergeCommitSha ? pr.mergeCommitSha.slice(0, 7) : '',
  };
}

/**
 * A ticket's text from the policy's templates: Markdown (escaped, for the
 * GitHub issue) or plain text (for an e-mail to IT services).
 */
export function renderTicket(policy: Policy, ticket: Ticket, context: TicketContext, format: TicketFormat): string {
  const template = ticket.type === 'checklist' ? policy.tickets.checklist : format === 'markdown' ? policy.tickets.markdown : policy.tickets.text;
  const escape = format === 'markdown' ? escapeInline : (text: string) => text;
  // Blank lines left by empty sections are folded, so the template can stay readable.
  const text = renderTemplate(template, ticketView(ticket, context), escape).replace(/\n{3,}/g, '\n\n').trim();
  return `${text}\n`;
}

/** GitHub refuses an issue body over 65,536 characters. */
export const MAX_ISSUE_BODY = 65_536;

const CUT_NOTE = '\n\n… The rest of this ticket is cut: GitHub limits an issue to 65,536 characters. The pull request has the whole change.\n';

/** The issue body: hidden markers, then the Markdown ticket; cut (and saying so) only if one request alone is too long. */
export function renderTicketIssue(policy: Policy, ticket: Ticket, context: TicketContext): string {
  const body = issueBody(policy, ticket, context);
  return body.length <= MAX_ISSUE_BODY ? body : `${body.slice(0, MAX_ISSUE_BODY - CUT_NOTE.length)}${CUT_NOTE}`;
}

function issueBody(policy: Policy, ticket: Ticket, context: TicketContext): string {
  // A tag update builds nothing: a later promotion must not take it for the ticket that built the development resource.
  const markers = [ticketMarker(context.pullRequest?.number ?? 0, ticket.key), ...ticket.requests.filter((r) => r.environment && !r.isRetag).map((r) => requestMarker(r.id, r.environment!))];
  return `${markers.join('\n')}\n${unapprovedWarning(context)}${renderTicket(policy, ticket, context, 'markdown')}`;
}

/**
 * The reviewers a merged pull request went without (branch protection
 * bypassed, or not set up). The ticket is filed all the same, so nothing is
 * lost, but whoever acts on it is told first, above the template's text.
 */
export function missingApprovals(approvals: TicketContext['approvals']): string[] {
  return approvals.filter((a) => 'satisfied' in a && !a.satisfied).map((a) => a.name);
}

function unapprovedWarning(context: TicketContext): string {
  const missing = missingApprovals(context.approvals);
  if (missing.length === 0) return '';
  return `> [!CAUTION]\n> This pull request was merged without the approval of ${missing.map(escapeInline).join(' and ')}. Do not act on this ticket until they have confirmed it on the pull request.\n\n`;
}

/**
 * Tickets as GitHub can take them: one whose issue would be over
 * GitHub's limit is split into parts of whole requests, in order, each as
 * full as fits (see `splitTicket`).
 */
export function fitTickets(policy: Policy, tickets: Ticket[], context: TicketContext, maxLength = MAX_ISSUE_BODY): Ticket[] {
  return tickets.flatMap((ticket) => {
    // Measured with room for the longer key and title a part will have.
    const fits = (requests: TicketRequest[]): boolean => issueBody(policy, { ...ticket, requests }, context).length <= maxLength - 200;
    if (fits(ticket.requests)) return [ticket];
    const parts: TicketRequest[][] = [];
    let part: TicketRequest[] = [];
    for (const request of ticket.requests) {
      if (part.length > 0 && !fits([...part, request])) {
        parts.push(part);
        part = [];
      }
      part.push(request);
    }
    parts.push(part);
    return splitTicket(ticket, parts);
  });
}
