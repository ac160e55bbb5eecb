import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, readSourceFile } from './shell/disk.js';
import { renderMarkdown } from './render/markdown.js';
import { evaluate } from './rules/evaluate.js';
import { loadPolicy } from './rules/load-policy.js';
import { REQUESTS_DIR } from './rules/paths.js';
import { getInputs } from './github/inputs.js';

const CHECKOUT_HINT = `Check out the base branch first:

  - uses: actions/checkout@v5
    with:
      persist-credentials: false`;

/**
 * The Action's entry. For now it judges the checked-out inventory and
 * reports; pull-request handling (labels, comment, statuses) builds on this.
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const policyFile = join(inputs.workspace, inputs.policyPath);
    if (!existsSync(policyFile)) throw new Error(`${inputs.policyPath} not found in ${inputs.workspace}. ${CHECKOUT_HINT}`);
    const loaded = loadPolicy(inputs.policyPath, new Uint8Array(readFileSync(policyFile)));
    if (!loaded.ok) throw new Error(`${inputs.policyPath} is not valid: ${loaded.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`).join('; ')}`);
    const dir = join(inputs.workspace, REQUESTS_DIR);
    const files = existsSync(dir) ? listFiles(inputs.workspace, dir) : [];
    const evaluation = evaluate({
      policy: loaded.policy,
      base: [],
      changes: files.map((path) => ({ path, status: 'added' as const, file: readSourceFile(inputs.workspace, path) })),
      mode: 'inventory',
    });
    for (const file of evaluation.files) {
      for (const f of file.findings) {
        const annotate = f.severity === 'error' ? core.error : core.warning;
        annotate(f.message, { file: f.path, startLine: f.line, startColumn: f.column, title: f.rule });
      }
    }
    await core.summary.addRaw(renderMarkdown(evaluation)).write();
    core.setOutput('valid', String(evaluation.ok));
    core.setOutput('labels', JSON.stringify(evaluation.labels));
    if (!evaluation.ok) core.setFailed('The request inventory has errors; see the annotations.');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
