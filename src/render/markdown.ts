import type { JudgedApproval, RequiredApproval } from '../rules/approvals.js';
import type { Evaluation, RequestVerdict } from '../rules/evaluate.js';
import type { ImpactEntry } from '../rules/policy-impact.js';
import type { Retag } from '../rules/retags.js';
import { cellCode, escapeInline, escapeMessage, inlineCode } from './escape.js';
import { countFindings, plural, reviewerList } from './summary.js';

/** How to link a location: the Action links to the head commit's blob; the CLI prints plain locations. */
export type LineLink = (path: string, line: number) => string | undefined;

/** The hidden first line that finds the Action's own comment again. */
export const COMMENT_MARKER = '<!-- aws-requests:comment -->';

/** GitHub refuses comment bodies over 65,536 characters; stay clear of it. */
export const MAX_COMMENT_LENGTH = 65_000;

export interface MarkdownOptions {
  link?: LineLink;
  /** Approvals with reviews counted; without them the required approvals are listed as pending. */
  approvals?: readonly (RequiredApproval | JudgedApproval)[];
  /** Start with the hidden marker (the pull-request comment). */
  marker?: boolean;
  /** Cut the findings list to stay under this many characters, pointing at `fullReportUrl`. */
  maxLength?: number;
  fullReportUrl?: string;
  /** A closing line, e.g. which commits were judged. */
  footer?: string;
  /** Previews of the tickets the merge will file, shown folded. */
  tickets?: readonly { title: string; markdown: string }[];
}

function location(path: string, line: number, link?: LineLink, column?: number): string {
  const text = column === undefined ? `${path}:${line}` : `${path}:${line}:${column}`;
  const url = link?.(path, line);
  return url ? `[${inlineCode(text)}](${url})` : inlineCode(text);
}

function requestSection(r: RequestVerdict, link?: LineLink): string[] {
  const verdict = r.useCase ? ` — **${r.useCase}**` : '';
  const where = r.environment ? ` in ${escapeInline(r.environment)} (${escapeInline(r.account ?? '')})` : '';
  const out = [`### ${escapeInline(r.change)} ${escapeInline(r.kind)} ${inlineCode(r.id)}${verdict}${where}`, ''];
  for (const reason of r.reasons) out.push(`- ${escapeMessage(reason.message)} (${location(reason.path, reason.line, link)})`);
  if (r.diff.length + r.tagChanges.length > 0) {
    out.push('', '| field | before | after |', '|---|---|---|');
    for (const d of r.diff) out.push(`| ${cellCode(d.field)} | ${d.before === undefined ? '' : cellCode(d.before)} | ${d.after === undefined ? '' : cellCode(d.after)} |`);
    for (const c of r.tagChanges) out.push(`| tag ${cellCode(c.key)} | ${c.before ? cellCode(c.before) : ''} | ${c.after ? cellCode(c.after) : ''} |`);
  }
  out.push('');
  return out;
}

function retagLine(r: Retag, link?: LineLink): string {
  const tags = r.changes.map((c) => `${inlineCode(c.key)} ${c.before ? inlineCode(c.before) : '(none)'} → ${c.after ? inlineCode(c.after) : '(removed)'}`);
  return `- ${escapeInline(r.kind)} ${inlineCode(r.id)} in ${escapeInline(r.environment)} (${escapeInline(r.account)}), ${location(r.path, 1, link)}: ${escapeMessage(r.because)}. ${tags.join(', ')}`;
}

/** `ex-x`: computation → application, valid → invalid. */
export function impactLine(entry: ImpactEntry, code: (text: string) => string = inlineCode): string {
  const parts: string[] = [];
  if (entry.before.useCase !== entry.after.useCase) parts.push(`${entry.before.useCase ?? 'no use case'} → ${entry.after.useCase ?? 'no use case'}`);
  if (entry.before.valid !== entry.after.valid) parts.push(`${entry.before.valid ? 'valid' : 'invalid'} → ${entry.after.valid ? 'valid' : 'invalid'}`);
  return `${code(entry.id)} (${code(entry.path)}): ${parts.join(', ')}`;
}

function approvalLine(a: RequiredApproval | JudgedApproval): string[] {
  const who = a.approvedBy.length ? `approved by ${a.approvedBy.map(escapeInline).join(', ')}` : `waiting for ${escapeInline(reviewerList(a.users, a.teams))}`;
  const out = [`- [${a.satisfied ? 'x' : ' '}] **${escapeInline(a.name)}**: ${who}. ${a.reasons.map(escapeMessage).join(' ')}`];
  for (const note of 'notes' in a ? a.notes : []) out.push(`  - ${escapeMessage(note)}`);
  return out;
}

/**
 * The Markdown report: the pull-request comment, the job summary and the
 * CLI's `--format markdown`. All request text is escaped; the findings list
 * is cut, with a count of what was left out, to respect `maxLength`.
 */
export function renderMarkdown(evaluation: Evaluation, options: MarkdownOptions = {}): string {
  const { link } = options;
  const { errors, warnings } = countFindings(evaluation);
  const intro: string[] = [];
  if (options.marker) intro.push(COMMENT_MARKER);
  intro.push(
    `## aws-requests: ${evaluation.ok ? 'valid' : 'invalid'}`,
    '',
    `${plural(evaluation.requests.length, 'request')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Labels: ${evaluation.labels.length ? evaluation.labels.map(inlineCode).join(', ') : 'none'}.`,
    '',
  );
  const approvals = options.approvals ?? evaluation.approvals;
  const tail: string[] = [];
  if (approvals.length > 0) tail.push('### Approvals', '', ...approvals.flatMap(approvalLine), '');
  if (options.footer) tail.push(`<sub>${escapeMessage(options.footer)}</sub>`, '');

  // Requests first, then findings, until the budget is spent; the rest is counted, never silently dropped.
  let budget = (options.maxLength ?? Infinity) - intro.join('\n').length - tail.join('\n').length - 600;
  const fit = (blocks: string[]): { shown: string[]; left: number } => {
    const shown: string[] = [];
    for (const block of blocks) {
      if (block.length + 1 > budget) break;
      shown.push(block);
      budget -= block.length + 1;
    }
    return { shown, left: blocks.length - shown.length };
  };
  const where = options.fullReportUrl ? `[the job summary](${options.fullReportUrl})` : 'the job summary';
  const requests = fit(evaluation.requests.map((r) => requestSection(r, link).join('\n')));
  const retags = fit(evaluation.retags.map((r) => retagLine(r, link)));
  const findings = fit(evaluation.files.flatMap((file) => file.findings.map((f) => `- **${f.severity}** ${location(f.path, f.line, link, f.column)} ${escapeMessage(f.message)} (${inlineCode(f.rule)})`)));

  const impact = fit(evaluation.impact.map((entry) => [`- ${impactLine(entry)}`, ...entry.reasons.map((r) => `  - ${escapeMessage(r)}`)].join('\n')));
  const previews = fit((options.tickets ?? []).map((t) => `<details><summary>Ticket preview: ${escapeInline(t.title)}</summary>\n\n${t.markdown}\n</details>\n`));

  const body = [...intro, ...requests.shown];
  if (requests.left > 0) body.push(`… and ${plural(requests.left, 'more request')}: see ${where}.`, '');
  if (retags.shown.length + retags.left > 0) {
    body.push('### Existing resources whose tags change', '', 'These resources stay as they are, but their project or its group changes the values of their tags; the merge asks IT services to update them:', '', ...retags.shown);
    if (retags.left > 0) body.push(`- … and ${plural(retags.left, 'more resource')}: see ${where}.`);
    body.push('');
  }
  if (findings.shown.length + findings.left > 0) {
    body.push('### Findings', '', ...findings.shown);
    if (findings.left > 0) body.push(`- … and ${plural(findings.left, 'more finding')}: see ${where} for the full list.`);
    body.push('');
  }
  if (impact.shown.length + impact.left > 0) {
    body.push('### Policy impact', '', 'With the proposed policy.yml, these requests already in the inventory would be judged differently:', '', ...impact.shown);
    if (impact.left > 0) body.push(`- … and ${plural(impact.left, 'more request')}: see ${where}.`);
    body.push('');
  }
  if (previews.shown.length + previews.left > 0) {
    body.push('### What the merge will file', '', ...previews.shown);
    if (previews.left > 0) body.push(`… and ${plural(previews.left, 'more ticket')}: see ${where}.`, '');
  }
  body.push(...tail);
  return `${body.join('\n')}\n`;
}
