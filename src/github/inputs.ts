import * as core from '@actions/core';

/** Every input the Action reads, validated in one place. */
export interface Inputs {
  token: string;
  policyPath: string;
  workspace: string;
}

/** Read and check the Action's inputs and the runner's environment. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const policyPath = core.getInput('policy') || 'policy.yml';
  if (policyPath.startsWith('/') || policyPath.split(/[\\/]/).includes('..')) {
    throw new Error(`input policy must be a path inside the repository, not ${policyPath}`);
  }
  return {
    token: core.getInput('github-token'),
    policyPath,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}
