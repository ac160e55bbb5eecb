import * as core from '@actions/core';
import { posix } from 'node:path';
import type { Repo } from './client.js';
import type { ActionEvent } from './router.js';

/** Every input and runner setting the Action reads, validated in one place. */
export interface Inputs {
  token: string;
  policyPath: string;
  workspace: string;
  repo: Repo;
  event: ActionEvent;
  serverUrl: string;
  runUrl: string;
  /** The repository's default branch, from the event (links to other branches are flagged). */
  defaultBranch: string;
}

/** Read and check the Action's inputs and the runner's environment. */
export function getInputs(event: ActionEvent, env: NodeJS.ProcessEnv = process.env): Inputs {
  const given = core.getInput('policy') || 'policy.yml';
  if (given.startsWith('/') || given.split(/[\\/]/).includes('..')) {
    throw new Error(`The policy input must be a path inside the repository, not ${given}.`);
  }
  // As Git names the file in a pull request's changes (`./policy.yml` is `policy.yml`), so a change to it is recognised.
  const policyPath = posix.normalize(given.replace(/\\/g, '/'));
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined) throw new Error('GITHUB_REPOSITORY is not set to owner/name: run aws-requests inside GitHub Actions.');
  const payload = event.payload;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  return {
    token: core.getInput('github-token'),
    policyPath,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    repo: { owner, repo },
    event,
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    defaultBranch: (payload.repository as { default_branch?: string } | undefined)?.default_branch ?? 'main',
  };
}
