import * as core from '@actions/core';
import { HttpClient } from '@actions/http-client';
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';

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
 * How long one request may take. GitHub ends its own work after 10 seconds;
 * without a limit, a connection that never answers would hold the job until
 * its timeout, with no message.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * The runner's proxy-aware fetch, with a deadline per attempt. A timeout
 * surfaces as a network error, which Octokit reports as a 500 that the retry
 * plugin tries again (an abort error it would pass through untried).
 */
function fetchWithTimeout(fetch: Fetch, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      return await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
    } catch (error) {
      if (deadline.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s`, { cause: error });
      throw error;
    }
  };
}

/**
 * What `getOctokit` of @actions/github sets up, without its thousand REST
 * method wrappers (the Action calls `request` and `graphql` only, and the
 * wrappers were a twentieth of its bundle): `GITHUB_API_URL` (GitHub
 * Enterprise Server), the runner's proxy settings (`https_proxy`,
 * `no_proxy`) for both Node's agent and fetch, and the orchestration id in
 * the user agent.
 */
function runnerOptions(token: string): { auth: string; baseUrl: string; userAgent?: string; request: { agent: unknown; fetch: Fetch } } {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const proxy = new HttpClient();
  const dispatcher = proxy.getAgentDispatcher(baseUrl);
  const fetch = ((url: string, init?: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as Fetch;
  const orchestration = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return {
    auth: `token ${token}`,
    baseUrl,
    ...(orchestration ? { userAgent: `actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
    request: { agent: proxy.getAgent(baseUrl), fetch },
  };
}

const GitHubOctokit = Octokit.plugin(retry, throttling);

/**
 * One client for the whole run: retries server errors, timeouts and reset
 * connections, waits out primary and secondary rate limits (honouring
 * `retry-after`), and talks to `GITHUB_API_URL` (GitHub Enterprise Server)
 * through the runner's proxy settings.
 */
export function createClient(token: string, options: { timeoutMs?: number } = {}): GitHubClient {
  const runner = runnerOptions(token);
  const client = new GitHubOctokit({
    ...runner,
    request: { ...runner.request, fetch: fetchWithTimeout(runner.request.fetch, options.timeoutMs ?? REQUEST_TIMEOUT_MS) },
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
  });
  client.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions);
    } catch (error) {
      if (!isReplicationLag(error, requestOptions)) throw error;
      // Just after a push or a merge, a read can reach a replica that has not caught up yet.
      core.info(`GitHub answered 404 to ${requestOptions.method} ${requestOptions.url}; trying once more in ${REPLICA_WAIT_MS / 1000}s.`);
      await new Promise((resolve) => setTimeout(resolve, REPLICA_WAIT_MS));
      return request(requestOptions);
    }
  });
  return client;
}

/** How long to wait before reading again what a replica did not have yet. */
const REPLICA_WAIT_MS = 1000;

/**
 * A 404 on a read of something the event says exists. Team reads are left
 * out: there a 404 is GitHub's answer ("not a member", "cannot see the team").
 */
function isReplicationLag(error: unknown, options: { method: string; url: string }): boolean {
  const read = options.method === 'GET' || options.url === '/graphql';
  return (error as { status?: number }).status === 404 && read && !options.url.includes('/teams/');
}

/**
 * A failure after which GitHub may or may not have done the write: a server
 * error, a timeout or a reset connection (Octokit reports the last two as
 * 500). Writes that would repeat themselves if simply sent again (a comment,
 * an issue, a review request) are sent once and, after such a failure, looked
 * for before being sent again.
 */
export function mayHaveHappened(error: unknown): boolean {
  return ((error as { status?: number }).status ?? 0) >= 500;
}

/** Request options for a write that must not be sent twice by the retry plugin; see `mayHaveHappened`. */
export const SEND_ONCE = { request: { retries: 0 } } as const;

/** Owner and name of the repository the run belongs to. */
export interface Repo {
  owner: string;
  repo: string;
}
