import type { Evaluation, RequestVerdict } from '../rules/evaluate.js';
import { escapeInline, escapeMessage, inlineCode } from './escape.js';
import { countFindings, plural, reviewerList } from './summary.js';

/** How to link a location: the Action links to the head commit's blob; the CLI prints plain locations. */
export type LineLink = (path: string, line: number) => string | undefined;

function location(path: string, line: number, link?: LineLink): string {
  const text = `${path}:${line}`;
  const url = link?.(path, line);
  return url ? `[${inlineCode(text)}](${url})` : inlineCode(text);
}

function requestSection(r: RequestVerdict, link?: LineLink): string[] {
  const verdict = r.useCase ? ` — **${r.useCase}**` : '';
  const where = r.environment ? ` in ${escapeInline(r.environment)} (${escapeInline(r.account ?? '')})` : '';
  const out = [`### ${escapeInline(r.change)} ${escapeInline(r.kind)} ${inlineCode(r.id)}${verdict}${where}`, ''];
  for (const reason of r.reasons) out.push(`- ${escapeMessage(reason.message)} (${location(reason.path, reason.line, link)})`);
  if (r.diff.length > 0) {
    out.push('', '| field | before | after |', '|---|---|---|');
    for (const d of r.diff) out.push(`| ${inlineCode(d.field)} | ${d.before === undefined ? '' : inlineCode(d.before)} | ${d.after === undefined ? '' : inlineCode(d.after)} |`);
  }
  out.push('');
  return out;
}

/** The Markdown report: the same content as the text report, shaped for a pull-request comment. */
export function renderMarkdown(evaluation: Evaluation, link?: LineLink): string {
  const { errors, warnings } = countFindings(evaluation);
  const out: string[] = [
    `## aws-requests: ${evaluation.ok ? 'valid' : 'invalid'}`,
    '',
    `${plural(evaluation.requests.length, 'request')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Labels: ${evaluation.labels.length ? evaluation.labels.map(inlineCode).join(', ') : 'none'}.`,
    '',
  ];
  for (const r of evaluation.requests) out.push(...requestSection(r, link));
  const withFindings = evaluation.files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 0) {
    out.push('### Findings', '');
    for (const file of withFindings) {
      for (const f of file.findings) out.push(`- **${f.severity}** ${location(f.path, f.line, link)}:${f.column} ${escapeMessage(f.message)}`);
    }
    out.push('');
  }
  if (evaluation.approvals.length > 0) {
    out.push('### Approvals', '');
    for (const a of evaluation.approvals) {
      out.push(`- [${a.satisfied ? 'x' : ' '}] **${escapeInline(a.name)}** (${escapeInline(reviewerList(a.users, a.teams))}): ${a.reasons.map(escapeMessage).join(' ')}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
