import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from './client.js';
import { explainError } from './explain-error.js';
import { getInputs } from './inputs.js';
import { getPullRequest } from './api/get-pull-request.js';
import { fileTickets, type Filing } from './file-tickets.js';
import { judgePullRequest, type Judgement, type RunContext } from './judge-pull-request.js';
import type { ActionEvent, Route } from './router.js';
import { escapeInline } from '../render/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import { missingApprovals } from '../render/ticket.js';
import { loadPolicy } from '../rules/load-policy.js';
import { readRepositoryFiles, readRequestTree } from '../shell/disk.js';
import type { Policy } from '../model/types.js';

/** GitHub shows at most this many annotations of each level per step. */
const MAX_ANNOTATIONS = 10;

const CHECKOUT_HINT = `Check out the base branch (never the pull request's head) before this step:

  - uses: actions/checkout@v5
    with:
      ref: \${{ github.event.pull_request.base.ref || github.event.repository.default_branch }}
      persist-credentials: false`;

function readPolicy(workspace: string, path: string): Policy {
  const file = join(workspace, path);
  if (!existsSync(file)) throw new Error(`${path} was not found in the workspace. ${CHECKOUT_HINT}`);
  const loaded = loadPolicy(path, new Uint8Array(readFileSync(file)));
  if (!loaded.ok) throw new Error(`${path} on the base branch is not valid: ${loaded.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`).join('; ')}`);
  return loaded.policy;
}

function annotate(judgement: { evaluation: Judgement['evaluation'] }): void {
  const all = judgement.evaluation.files.flatMap((f) => f.findings);
  for (const severity of ['error', 'warning'] as const) {
    const list = all.filter((f) => f.severity === severity);
    const write = severity === 'error' ? core.error : core.warning;
    for (const f of list.slice(0, MAX_ANNOTATIONS)) write(f.message, { file: f.path, startLine: f.line, startColumn: f.column, title: `aws-requests: ${f.rule}` });
    if (list.length > MAX_ANNOTATIONS) core.info(`${list.length - MAX_ANNOTATIONS} more ${severity}s are not annotated; the comment and the job summary list them all.`);
  }
}

async function reportJudgement(judgement: Judgement, readOnly: boolean): Promise<void> {
  const { evaluation, approvals, labels } = judgement;
  annotate(judgement);
  await core.summary.addRaw(renderMarkdown({ ...evaluation, labels }, { approvals, tickets: judgement.ticketPreview })).write();
  core.setOutput('use-case', evaluation.useCase ?? '');
  core.setOutput('labels', JSON.stringify(labels));
  core.setOutput('valid', String(evaluation.ok));
  core.setOutput('approvals-satisfied', String(approvals.every((a) => a.satisfied)));
  if (readOnly) core.notice('This run has a read-only token, so it reports here only: labels, comment and statuses are written by a run with write access.');
  if (!evaluation.ok) core.setFailed(`Pull request #${judgement.pr.number} has invalid requests; see the annotations and the comment.`);
}

async function reportFiling(filing: Filing): Promise<void> {
  annotate(filing);
  const summary = filing.tickets.map((t) => `<details open><summary>#${t.issue}: ${escapeInline(t.ticket.title)}</summary>\n\n${t.markdown}\n</details>`).join('\n\n');
  await core.summary.addRaw(summary || 'No tickets: the merged pull request changes no resource, project or group.').write();
  core.setOutput('use-case', filing.evaluation.useCase ?? '');
  core.setOutput('valid', String(filing.evaluation.ok));
  core.setOutput('tickets', JSON.stringify(filing.tickets.map((t) => ({ key: t.ticket.key, type: t.ticket.type, title: t.ticket.title, issue: t.issue, markdown: t.markdown, text: t.text, tags: t.ticket.requests.map((r) => ({ id: r.id, action: r.action, tags: r.tags, changes: r.changes })) }))));
  core.setOutput('ticket-issues', JSON.stringify(filing.tickets.map((t) => t.issue)));
  if (!filing.evaluation.ok) core.setFailed(`Pull request #${filing.pr.number} was merged with invalid requests, so no ticket was opened; fix them in a follow-up pull request.`);
  const missing = missingApprovals(filing.approvals);
  if (filing.tickets.length > 0 && missing.length > 0) {
    core.setFailed(`Pull request #${filing.pr.number} was merged without the approval of ${missing.join(' and ')}. Its tickets are filed and say so at the top: ${missing.join(' and ')} should confirm on the pull request before anything is built.`);
  }
}

/**
 * Carry out a route: read the inputs, make the client, then judge the pull
 * request or file its tickets. Every failure ends here as one plain message.
 */
export async function runRoute(route: Exclude<Route, { kind: 'ignore' }>, event: ActionEvent): Promise<void> {
  try {
    const inputs = getInputs(event);
    const ctx: RunContext = {
      client: createClient(inputs.token),
      repo: inputs.repo,
      policy: readPolicy(inputs.workspace, inputs.policyPath),
      policyPath: inputs.policyPath,
      base: readRequestTree(inputs.workspace),
      repositoryFiles: readRepositoryFiles(inputs.workspace),
      defaultBranch: inputs.defaultBranch,
      serverUrl: inputs.serverUrl,
      runUrl: inputs.runUrl,
      log: (message) => core.notice(message),
    };
    const pr = await getPullRequest(ctx.client, ctx.repo, route.number);
    if (pr.state === 'closed' && !pr.merged) {
      core.notice(`Pull request #${pr.number} was closed without merging: nothing to judge and no tickets.`);
      return;
    }
    if (pr.merged) {
      // A review or an edit after the merge must not rewrite the merged pull request's labels, comment or statuses.
      if (route.kind === 'judge') {
        core.notice(`Pull request #${pr.number} is already merged: its tickets were filed at the merge, so this ${route.why} changes nothing.`);
        return;
      }
      // Tickets get things built: only a merge into the branch the inventory lives on files them.
      if (pr.baseRef !== ctx.defaultBranch) {
        core.notice(`Pull request #${pr.number} was merged into ${pr.baseRef}, not ${ctx.defaultBranch}: no tickets. They are filed when the change is merged into ${ctx.defaultBranch}.`);
        return;
      }
      core.info(`Filing the tickets of pull request #${pr.number} (${route.why}).`);
      await reportFiling(await fileTickets(ctx, pr));
      return;
    }
    if (route.kind === 'tickets') throw new Error(`Pull request #${pr.number} is not merged, so it has no tickets.`);
    core.info(`Judging pull request #${pr.number} (${route.why}).`);
    const options = route.kind === 'judge' ? { readOnly: route.readOnly, expectedHeadSha: route.expectedHeadSha } : { readOnly: false };
    await reportJudgement(await judgePullRequest(ctx, pr, options), options.readOnly);
  } catch (error) {
    core.setFailed(explainError(error));
  }
}
