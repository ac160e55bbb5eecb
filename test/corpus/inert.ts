/**
 * Render everything a pull request produces (comment, job summary, ticket
 * issues, CLI text and JSON) and check that request text stays inert in the
 * GitHub-flavoured Markdown: no live @mention, no second hidden marker, no
 * fence left open, no raw HTML tag, the comment under GitHub's limit.
 */
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Policy } from '../../src/model/types.js';
import { renderJson } from '../../src/render/json.js';
import { COMMENT_MARKER, MAX_COMMENT_LENGTH, renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { renderTicket, renderTicketIssue } from '../../src/render/ticket.js';
import type { Evaluation } from '../../src/rules/evaluate.js';
import { planTickets, type TicketContext } from '../../src/rules/tickets.js';

export interface Rendered {
  comment: string;
  summary: string;
  tickets: { issue: string; markdown: string; text: string }[];
  text: string;
  json: string;
}

export const TICKET_CONTEXT: TicketContext = {
  pullRequest: { repository: 'org/requests', number: 12, url: 'https://github.com/org/requests/pull/12', headSha: '0123456789abcdef0123456789abcdef01234567' },
  approvals: [],
};

/** Render an evaluation every way the Action and the CLI do. */
export function renderAll(policy: Policy, evaluation: Evaluation, context: TicketContext = TICKET_CONTEXT): Rendered {
  const planned = planTickets(policy, evaluation, context);
  const tickets = planned.map((t) => ({
    issue: renderTicketIssue(policy, t, context),
    markdown: renderTicket(policy, t, context, 'markdown'),
    text: renderTicket(policy, t, context, 'text'),
  }));
  const previews = planned.map((t, i) => ({ title: t.title, markdown: tickets[i]!.markdown }));
  const comment = renderMarkdown(evaluation, {
    marker: true,
    maxLength: MAX_COMMENT_LENGTH,
    // As the Action links lines: each path segment URI-encoded.
    link: (path, line) => `https://github.com/org/requests/blob/0123456/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
    fullReportUrl: 'https://github.com/org/requests/actions/runs/1',
    footer: 'Judged commit 0123456 with the policy on main.',
    tickets: previews,
  });
  const summary = renderMarkdown(evaluation, { tickets: previews });
  return { comment, summary, tickets, text: renderText(evaluation), json: renderJson(evaluation) };
}

/**
 * The line with its code spans blanked out (CommonMark: a run of n backticks
 * opens a span that the next run of exactly n closes; backslash escapes
 * count only outside spans). Code spans cannot cross lines in our renders,
 * which flatten request text to one line, so working per line is stricter.
 */
export function outsideCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line[i + 1]!)) {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i += 1;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    const n = j - i;
    let close = -1;
    for (let k = j; k < line.length; ) {
      if (line[k] !== '`') {
        k++;
        continue;
      }
      let m = k;
      while (line[m] === '`') m++;
      if (m - k === n) {
        close = k;
        break;
      }
      k = m;
    }
    if (close === -1) {
      // No closing run: the backticks are literal text.
      out += line.slice(i, j);
      i = j;
    } else {
      out += ' ';
      i = close + n;
    }
  }
  return out;
}

/** `@` followed by what GitHub reads as a user or team name. */
export const LIVE_MENTION = /@[A-Za-z0-9-]/;

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Our own HTML in the comment and summary: the marker, the ticket previews' folds, the footer. */
function withoutOwnHtml(markdown: string): string {
  return markdown
    .replace(/^<!-- aws-requests:comment -->$/m, '')
    .replace(/^<details><summary>Ticket preview: (.*)<\/summary>$/gm, '$1')
    .replace(/^<\/details>$/gm, '')
    .replace(/^<sub>(.*)<\/sub>$/gm, '$1');
}

/** Our own hidden lines at the top of a ticket issue (an HTML comment ends at the first `-->`). */
function withoutTicketMarkers(issue: string): string {
  return issue.replace(/^(?:<!-- aws-requests:(?:ticket|request) (?:(?!-->)[^\n])* -->\n)+/, '');
}

/**
 * `marker`: a hidden marker that GitHub would read as HTML (outside code);
 * `marker-copy`: the marker's text copied into a code span, inert on GitHub
 * but a second marker for anything that searches the body for it;
 * `table-cell`: request text that escapes its cell in a GFM table (a `|`
 * inside a code span still ends the cell), found by parsing like GitHub.
 */
export type Problem = { kind: 'mention' | 'marker' | 'marker-copy' | 'fence' | 'html' | 'table-cell' | 'length' | 'link'; where: string; detail: string };

/** The links our own renderers write: lines of the head commit, the run, the pull request itself. */
const OWN_LINK = /^https:\/\/github\.com\/org\/requests\/(?:blob\/0123456\/|actions\/runs\/1$|pull\/12$)/;

/** The HTML our own renderers write: hidden markers, the ticket previews' folds, the footer. */
const OWN_HTML = [
  /^<!-- aws-requests:comment -->$/,
  /^<!-- aws-requests:(?:ticket|request) (?:(?!-->)[^\n])* -->$/,
  /^<details><summary>Ticket preview: [^<>]*<\/summary>$/,
  /^<\/details>$/,
  /^<\/?sub>$/,
];

/**
 * Parse the Markdown as GitHub does (CommonMark + GFM) and report what request
 * text could make live: HTML that is not ours, fenced or indented code blocks
 * (nothing we write has one), and @mentions in text.
 */
export function parsedProblems(where: string, markdown: string): Problem[] {
  const problems: Problem[] = [];
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const visit = (node: Nodes, inTable: boolean): void => {
    const kind = inTable ? 'table-cell' : 'html';
    if (node.type === 'html' && !OWN_HTML.some((pattern) => pattern.test(node.value))) {
      problems.push({ kind, where, detail: `raw HTML ${JSON.stringify(node.value.slice(0, 80))}` });
    } else if (node.type === 'code') {
      problems.push({ kind: inTable ? 'table-cell' : 'fence', where, detail: `a code block ${JSON.stringify(node.value.slice(0, 80))}` });
    } else if (node.type === 'link' && !OWN_LINK.test(node.url)) {
      // A link to an issue or pull request posts a cross-reference on it; request text makes no links at all.
      problems.push({ kind: 'link', where, detail: `a link to ${JSON.stringify(node.url.slice(0, 80))}` });
    } else if (node.type === 'text' && LIVE_MENTION.test(node.value)) {
      problems.push({ kind: inTable ? 'table-cell' : 'mention', where, detail: `a mention in ${JSON.stringify(node.value.slice(0, 80))}` });
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, inTable || node.type === 'table');
  };
  visit(tree, false);
  return problems;
}

/** What makes one Markdown text unsafe to post; `markers` is how many comment markers it may hold. */
export function markdownProblems(where: string, markdown: string, ownHtml: (text: string) => string, markers: number): Problem[] {
  const problems: Problem[] = [];
  const copies = count(markdown, COMMENT_MARKER);
  // Our own HTML (and the hidden comments, where nothing is live) aside, nothing may mention anyone.
  const body = ownHtml(markdown);
  const mention = LIVE_MENTION.exec(body);
  if (mention) problems.push({ kind: 'mention', where, detail: JSON.stringify(body.slice(Math.max(0, mention.index - 30), mention.index + 30)) });
  let runs = 0;
  let live = 0;
  for (const line of body.split('\n')) {
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) problems.push({ kind: 'fence', where, detail: `a line opens a code fence: ${JSON.stringify(line.slice(0, 80))}` });
    const outside = outsideCodeSpans(line);
    runs += (outside.match(/(?<![\\`])`{3,}/g) ?? []).length;
    live += count(outside, '<!-- aws-requests:');
    const tag = /<[A-Za-z!/?]/.exec(outside);
    if (tag) problems.push({ kind: 'html', where, detail: `raw HTML outside code: ${JSON.stringify(outside.slice(Math.max(0, tag.index - 20), tag.index + 40))}` });
  }
  if (live > 0) problems.push({ kind: 'marker', where, detail: `${live} live hidden markers besides our own` });
  else if (copies > markers) problems.push({ kind: 'marker-copy', where, detail: `${copies} copies of the comment marker (the extra ones inside code spans)` });
  if (runs % 2 !== 0) problems.push({ kind: 'fence', where, detail: `${runs} runs of three or more backticks outside code spans (odd)` });
  return problems;
}

/** Every way the rendered outputs could let request text act. */
export function inertProblems(rendered: Rendered): Problem[] {
  const problems: Problem[] = [];
  if (!rendered.comment.startsWith(`${COMMENT_MARKER}\n`)) problems.push({ kind: 'marker', where: 'comment', detail: 'the comment does not start with its marker' });
  if (rendered.comment.length > MAX_COMMENT_LENGTH) problems.push({ kind: 'length', where: 'comment', detail: `${rendered.comment.length} characters` });
  problems.push(...markdownProblems('comment', rendered.comment, withoutOwnHtml, 1), ...parsedProblems('comment', rendered.comment));
  // The summary is the comment without the marker and the length cap: the lexical checks suffice.
  problems.push(...markdownProblems('summary', rendered.summary, withoutOwnHtml, 0));
  rendered.tickets.forEach((t, i) => {
    problems.push(...markdownProblems(`ticket ${i + 1} issue`, t.issue, withoutTicketMarkers, 0), ...parsedProblems(`ticket ${i + 1} issue`, t.issue));
    if (withoutTicketMarkers(t.issue).includes('<!--')) problems.push({ kind: 'marker', where: `ticket ${i + 1} issue`, detail: 'an HTML comment after the hidden lines' });
    // The issue is the hidden lines plus this Markdown, parsed above.
    problems.push(...markdownProblems(`ticket ${i + 1} markdown`, t.markdown, (x) => x, 0));
  });
  return problems;
}
