import type { Policy } from '../model/types.js';
import type { Ticket, TicketContext } from '../rules/tickets.js';
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

/** The issue body: hidden markers, then the Markdown ticket. */
export function renderTicketIssue(policy: Policy, ticket: Ticket, context: TicketContext): string {
  const markers = [ticketMarker(context.pullRequest?.number ?? 0, ticket.key), ...ticket.requests.filter((r) => r.environment).map((r) => requestMarker(r.id, r.environment!))];
  return `${markers.join('\n')}\n${renderTicket(policy, ticket, context, 'markdown')}`;
}
