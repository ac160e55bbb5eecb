import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import * as core from '@actions/core';

type Octokit = ReturnType<typeof getOctokit>;

/**
 * The only two Octokit methods the Action uses. Helpers take this narrow
 * type, so a test can hand them a small fake.
 */
export interface GitHubClient {
  request: Octokit['request'];
  graphql: Octokit['graphql'];
}

/** How often a throttled or failed request is tried again before giving up. */
const MAX_RETRIES = 3;

/**
 * One client for the whole run: retries server errors, waits out primary and
 * secondary rate limits (honouring `retry-after`), and talks to
 * `GITHUB_API_URL` (GitHub Enterprise Server) through the runner's proxy
 * settings, which @actions/github applies.
 */
export function createClient(token: string): GitHubClient {
  return getOctokit(
    token,
    {
      retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`Rate limited on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < MAX_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`Secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < MAX_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

/** Owner and name of the repository the run belongs to. */
export interface Repo {
  owner: string;
  repo: string;
}
