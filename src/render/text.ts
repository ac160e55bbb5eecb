import type { Evaluation, RequestVerdict } from '../rules/evaluate.js';
import type { TagChange } from '../rules/resource-tags.js';
import { impactLine } from './markdown.js';
import { countFindings, plural, reviewerList } from './summary.js';

const tagLine = (c: TagChange): string => `    ~ tag ${c.key}: ${c.before || '(none)'} -> ${c.after || '(removed)'}`;

function verdictLine(r: RequestVerdict): string {
  const parts = [`${r.change} ${r.kind} ${r.id}`];
  if (r.useCase) parts.push(r.useCase);
  if (r.environment) parts.push(`${r.environment} (${r.account})`);
  return parts.join(' · ');
}

/**
 * The CLI's text report. It reads like the pull-request comment: each
 * request's verdict with reasons, findings as `path:line:column`, labels and
 * the approvals needed.
 */
export function renderText(evaluation: Evaluation): string {
  const out: string[] = [];
  const { errors, warnings } = countFindings(evaluation);
  out.push(`aws-requests: ${plural(evaluation.requests.length, 'request')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);

  if (evaluation.requests.length > 0) {
    out.push('', 'Requests');
    for (const r of evaluation.requests) {
      out.push(`  ${verdictLine(r)}`, `    ${r.path}`);
      for (const reason of r.reasons) out.push(`    - ${reason.message} (line ${reason.line})`);
      for (const d of r.diff) out.push(`    ~ ${d.field}: ${d.before ?? '(none)'} -> ${d.after ?? '(removed)'}`);
      for (const c of r.tagChanges) out.push(tagLine(c));
    }
  }

  if (evaluation.retags.length > 0) {
    out.push('', 'Existing resources whose tags change (IT services will update them)');
    for (const r of evaluation.retags) {
      out.push(`  ${r.kind} ${r.id} · ${r.environment} (${r.account})`, `    ${r.path}`, `    - ${r.because}`);
      for (const c of r.changes) out.push(tagLine(c));
    }
  }

  const withFindings = evaluation.files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 0) {
    out.push('', 'Findings');
    for (const file of withFindings) {
      for (const f of file.findings) out.push(`  ${f.path}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`);
    }
  }

  if (evaluation.impact.length > 0) {
    out.push('', 'Policy impact (requests the proposed policy.yml would judge differently)');
    for (const entry of evaluation.impact) out.push(`  ${impactLine(entry, (t) => t)}`, ...entry.reasons.map((r) => `    - ${r}`));
  }

  out.push('', `Labels: ${evaluation.labels.length ? evaluation.labels.join(', ') : '(none)'}`);
  if (evaluation.approvals.length > 0) {
    out.push('', 'Approvals required');
    for (const a of evaluation.approvals) {
      out.push(`  ${a.satisfied ? '[x]' : '[ ]'} ${a.name} (${reviewerList(a.users, a.teams)})`);
      for (const reason of a.reasons) out.push(`      ${reason}`);
    }
  }
  out.push('', evaluation.ok ? 'Result: valid.' : `Result: invalid. Fix the ${plural(errors, 'error')} above and run the check again.`);
  return `${out.join('\n')}\n`;
}
