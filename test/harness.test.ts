import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  READ_ONLY,
  FULL_ACCESS,
  fakeSha,
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
} from './harness/fake-github.js';
import { pullRequestEvent, pullRequestEventFor, reviewEvent, reviewEventFor, workflowDispatchEvent, workflowRunEvent } from './harness/events.js';
import { nodeRuntimes, parseAnnotations, parseOutputFile, ROOT, runAction } from './harness/run-action.js';

const OWNER = 'octo-org';
const REPO = 'cloud-requests';

let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub({
    tokens: { 'test-token': FULL_ACCESS, 'fork-token': READ_ONLY, 'app-token': { ...FULL_ACCESS, members: false, membersDenied: 403 } },
  });
});

afterEach(async () => {
  // Every test leaves no violation behind: those that provoke some take them with clearViolations().
  try {
    github.expectNoViolations();
  } finally {
    await github.close();
  }
});

/** Plain fetch against the fake with a token. */
async function call(method: string, path: string, body?: unknown, token = 'test-token'): Promise<{ status: number; headers: Headers; json: unknown }> {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

function octokit(token = 'test-token') {
  return getOctokit(token, { baseUrl: github.url });
}

const repoPath = `/repos/${OWNER}/${REPO}`;

describe('pagination', () => {
  it('pages 250 files with GitHub-style Link headers', async () => {
    github.addPull({ number: 1, files: Array.from({ length: 250 }, (_, i) => ({ filename: `requests/f${i}.yml`, text: `n: ${i}\n` })) });
    const first = await call('GET', `${repoPath}/pulls/1/files?per_page=100`);
    const id = github.state.repoId;
    expect(first.status).toBe(200);
    expect((first.json as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toBe(
      `<${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=2>; rel="next", <${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=3>; rel="last"`,
    );
    const second = await fetch(`${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=2`, { headers: { authorization: 'token test-token' } });
    expect(second.headers.get('link')).toBe(
      [
        `<${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=1>; rel="prev"`,
        `<${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=3>; rel="next"`,
        `<${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=3>; rel="last"`,
        `<${github.url}/repositories/${id}/pulls/1/files?per_page=100&page=1>; rel="first"`,
      ].join(', '),
    );
    // The log shows the canonical path whichever form was requested.
    expect(github.requests.at(-1)?.path).toBe(`${repoPath}/pulls/1/files`);

    github.resetLog();
    const files = await octokit().paginate(octokit().rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 1, per_page: 100 });
    expect(files.map((f) => f.filename)).toEqual(Array.from({ length: 250 }, (_, i) => `requests/f${i}.yml`));
    expect(files[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(github.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('defaults to 30 per page, clamps per_page above 100 (and flags it), and stops at 3000 files', async () => {
    github.addPull({ number: 1, files: Array.from({ length: 3005 }, (_, i) => ({ filename: `f${i}`, status: 'modified' as const, additions: 1, deletions: 1 })) });
    expect(((await call('GET', `${repoPath}/pulls/1/files`)).json as unknown[]).length).toBe(30);
    const big = await call('GET', `${repoPath}/pulls/1/files?per_page=500`);
    expect((big.json as unknown[]).length).toBe(100);
    expect(github.clearViolations().map((v) => v.message)).toEqual(['per_page=500: GitHub serves at most 100 per page']);
    const all = await octokit().paginate(octokit().rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 1, per_page: 100 });
    expect(all).toHaveLength(3000);
    const pull = await octokit().rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 });
    expect(pull.data.changed_files).toBe(3005);
  });
});

describe('validation against the OpenAPI description', () => {
  it('rejects a status with an unknown state like GitHub and records the violation', async () => {
    const pull = github.addPull({ number: 1 });
    const response = await call('POST', `${repoPath}/statuses/${pull.head.sha}`, { state: 'bogus', context: 'x' });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({
      message: `Invalid request.\n\nFor 'properties/state', "bogus" is not a member of ["error", "failure", "pending", "success"].`,
      documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
    });
    await expect(octokit().request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: OWNER, repo: REPO, sha: pull.head.sha, context: 'x' } as never)).rejects.toMatchObject({
      status: 422,
    });
    expect(github.state.statuses).toEqual([]);
    const violations = github.clearViolations();
    expect(violations.map((v) => [v.kind, v.operationId])).toEqual([
      ['body', 'repos/create-commit-status'],
      ['body', 'repos/create-commit-status'],
    ]);
    expect(violations[1]?.message).toContain("must have required property 'state'");
    expect(() => github.expectNoViolations()).not.toThrow();
  });

  it('answers and flags what it does not model, bad JSON, bad path parameters and unknown query parameters', async () => {
    github.addPull({ number: 1 });
    expect((await call('PUT', `${repoPath}/issues/1/labels`, { labels: ['a'] })).status).toBe(404);
    expect((await call('GET', `${repoPath}/pulls/abc`)).status).toBe(404);
    const bad = await fetch(`${github.url}${repoPath}/issues/1/comments`, { method: 'POST', headers: { authorization: 'token test-token' }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect((await call('GET', `${repoPath}/pulls/1/files?perpage=100`)).status).toBe(200);
    expect(github.clearViolations().map((v) => v.kind)).toEqual(['route', 'path', 'body', 'query']);
  });

  it('makes expectNoViolations list what went wrong', async () => {
    await call('GET', '/user/repos');
    expect(() => github.expectNoViolations()).toThrow(/\[route\] GET \/user\/repos: no operation of the OpenAPI subset matches/);
    github.clearViolations();
  });

  it('checks the committed subset is current', () => {
    if (!existsSync(join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'))) return;
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-openapi-subset.mjs'), '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('GraphQL', () => {
  const sha = fakeSha('graphql');
  beforeEach(() => {
    github.addCommit(sha, {
      'requests/ic/a.yml': 'kind: project\nname: A\n',
      'requests/ic/b.yml': { mode: '100755', text: 'kind: project\n' },
      'requests/link.yml': { mode: '120000', text: 'ic/a.yml' },
      'vendor/sub': { mode: '160000', text: fakeSha('submodule') },
      'requests/bin.yml': 'a\0b',
      'README.md': '# hi\n',
    });
  });

  it('answers batched object lookups with aliases: text, size, binary, modes', async () => {
    const query = `query {
      repository(owner: "${OWNER}", name: "${REPO}") {
        f0: object(expression: "${sha}:requests/ic/a.yml") { __typename ... on Blob { text byteSize isBinary oid } }
        f1: object(expression: "${sha}:requests/bin.yml") { ... on Blob { text isBinary byteSize } }
        f2: object(expression: "${sha}:requests/missing.yml") { __typename }
        f3: object(expression: "${sha}:vendor/sub") { __typename }
        t0: object(expression: "${sha}:requests") { __typename ... on Tree { entries { name path mode type object { ... on Blob { text byteSize isBinary } } } } }
      }
      rateLimit { cost remaining }
    }`;
    const data = (await octokit().graphql(query)) as {
      repository: Record<string, { __typename?: string; text?: string | null; isBinary?: boolean; byteSize?: number; oid?: string; entries?: Array<{ name: string; mode: number; type: string; object: { text?: string } | null }> } | null>;
      rateLimit: { cost: number; remaining: number };
    };
    // The oid is git's own: `printf 'kind: project\nname: A\n' | git hash-object --stdin`.
    expect(data.repository.f0).toEqual({ __typename: 'Blob', text: 'kind: project\nname: A\n', byteSize: 22, isBinary: false, oid: '32cbcb4a0129373a522866f0f17bdc242d63cacd' });
    expect(data.repository.f1).toEqual({ text: null, isBinary: true, byteSize: 3 });
    expect(data.repository.f2).toBeNull();
    expect(data.repository.f3).toBeNull();
    expect(data.repository.t0?.entries?.map((e) => [e.name, e.mode, e.type])).toEqual([
      ['bin.yml', 33188, 'blob'],
      ['ic', 16384, 'tree'],
      ['link.yml', 40960, 'blob'],
    ]);
    expect(data.repository.t0?.entries?.[2]?.object).toEqual({ text: 'ic/a.yml', byteSize: 8, isBinary: false });
    expect(data.rateLimit.cost).toBe(1);
    expect(data.rateLimit.remaining).toBe(4999);
  });

  it('reports executable and submodule modes in a tree, and computes git object ids', async () => {
    const data = (await octokit().graphql(`query($o: String!, $n: String!, $e: String!) {
      repository(owner: $o, name: $n) { root: object(expression: $e) { ... on Tree { oid entries { path mode type oid } } } }
    }`, { o: OWNER, n: REPO, e: `${sha}:` })) as { repository: { root: { oid: string; entries: Array<{ path: string; mode: number; type: string; oid: string }> } } };
    expect(data.repository.root.entries.map((e) => [e.path, e.mode, e.type])).toEqual([
      ['README.md', 33188, 'blob'],
      ['requests', 16384, 'tree'],
      ['vendor', 16384, 'tree'],
    ]);
    const sub = (await octokit().graphql(`{ repository(owner: "${OWNER}", name: "${REPO}") { object(expression: "${sha}:vendor") { ... on Tree { entries { mode type oid object { __typename } } } } rateLimit: object(expression: "${sha}:requests/ic") { ... on Tree { entries { name mode } } } } }`)) as {
      repository: { object: { entries: Array<{ mode: number; type: string; oid: string; object: unknown }> }; rateLimit: { entries: Array<{ name: string; mode: number }> } };
    };
    expect(sub.repository.object.entries).toEqual([{ mode: 57344, type: 'commit', oid: fakeSha('submodule'), object: null }]);
    expect(sub.repository.rateLimit.entries).toEqual([
      { name: 'a.yml', mode: 33188 },
      { name: 'b.yml', mode: 33261 },
    ]);
    expect(data.repository.root.entries[0]?.oid).toBe('77ebc6577e3fc2c38b5bc7f233510fafba6822ac'); // git hash-object of "# hi\n"
    expect(data.repository.root.oid).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects a query GitHub would reject, with GitHub-shaped errors', async () => {
    const response = await call('POST', '/graphql', { query: `{ repository(owner: "${OWNER}", name: "${REPO}") { nope } }` });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      errors: [
        {
          message: "Field 'nope' doesn't exist on type 'Repository'",
          locations: [{ line: 1, column: 59 }],
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'nope' },
        },
      ],
    });
    await expect(octokit().graphql(`{ repository(owner: "${OWNER}", name: "${REPO}") { nope } }`)).rejects.toThrow(/doesn't exist on type 'Repository'/);
    expect(github.clearViolations().map((v) => v.kind)).toEqual(['graphql', 'graphql']);
  });

  it('answers an unknown repository with NOT_FOUND, and needs a token', async () => {
    const response = await call('POST', '/graphql', { query: '{ repository(owner: "x", name: "y") { name } }' });
    expect(response.json).toMatchObject({ data: { repository: null }, errors: [{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'x/y'." }] });
    const anonymous = await fetch(`${github.url}/graphql`, { method: 'POST', body: JSON.stringify({ query: '{ rateLimit { cost } }' }) });
    expect(anonymous.status).toBe(401);
  });
});

describe('fault injection', () => {
  it('serves a 502, then normal service; Octokit retries through it', async () => {
    github.addPull({ number: 1 });
    github.failNext({ method: 'GET', path: `${repoPath}/pulls/1` }, [serverError(502)]);
    const client = getOctokit('test-token', { baseUrl: github.url, retry: { retryAfterBaseValue: 1 } }, retry);
    const { data } = await client.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 });
    expect(data.number).toBe(1);
    expect(github.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [200, false],
    ]);
    expect(github.pendingFaults()).toBe(0);
  });

  it('sends a secondary rate limit that Octokit recognises, with retry-after', async () => {
    const pull = github.addPull({ number: 1 });
    github.failNext({ path: /\/statuses\// }, [secondaryRateLimit(1)]);
    const seen: number[] = [];
    const client = getOctokit(
      'test-token',
      {
        baseUrl: github.url,
        throttle: {
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            seen.push(retryAfter);
            return true;
          },
        },
      },
      throttling,
    );
    const raw = await call('POST', `${repoPath}/statuses/${pull.head.sha}`, { state: 'success' }).then(() => github.requests.at(-1));
    expect(raw?.status).toBe(403);
    expect(raw?.fault).toBe(true);
    github.failNext({ operationId: 'repos/create-commit-status' }, [secondaryRateLimit(1)]);
    const started = Date.now();
    await client.rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha: pull.head.sha, state: 'pending', context: 'c' });
    expect(seen).toEqual([1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    // Only the request that was not faulted created a status.
    expect(github.state.statuses.map((s) => s.state)).toEqual(['pending']);
  });

  it('sends an exhausted primary rate limit that Octokit waits out', async () => {
    github.addPull({ number: 1 });
    github.failNext({ method: 'GET' }, [primaryRateLimit(0)]);
    const waits: number[] = [];
    const client = getOctokit(
      'test-token',
      {
        baseUrl: github.url,
        throttle: {
          onRateLimit: (retryAfter: number) => {
            waits.push(retryAfter);
            return true;
          },
          onSecondaryRateLimit: () => false,
        },
      },
      throttling,
    );
    expect((await client.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })).data.number).toBe(1);
    expect(waits).toHaveLength(1);
    expect(github.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('resets the connection, then serves', async () => {
    github.addPull({ number: 1 });
    github.failNext({ path: `${repoPath}/pulls/1` }, ['reset']);
    await expect(fetch(`${github.url}${repoPath}/pulls/1`, { headers: { authorization: 'token test-token' } })).rejects.toThrow();
    expect((await call('GET', `${repoPath}/pulls/1`)).status).toBe(200);
    expect(github.requests.map((r) => r.status)).toEqual([0, 200]);
  });
});

describe('tokens', () => {
  it('refuses writes with a read-only token like GitHub', async () => {
    github.addPull({ number: 1 });
    const denied = await call('POST', `${repoPath}/issues/1/comments`, { body: 'hi' }, 'fork-token');
    expect(denied.status).toBe(403);
    expect(denied.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
    await expect(octokit('fork-token').rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: 1, labels: ['x'] })).rejects.toMatchObject({ status: 403 });
    expect((await call('GET', `${repoPath}/pulls/1`, undefined, 'fork-token')).status).toBe(200);
    expect((await call('GET', `${repoPath}/pulls/1`, undefined, 'nope')).status).toBe(401);
    expect(github.state.comments).toEqual([]);
    expect(github.state.labels).toEqual([]);
  });

  it('answers team membership only with the members permission', async () => {
    github.setTeam(`${OWNER}/dime-analytics`, { alice: 'active', bob: 'pending' });
    const ok = await octokit().rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'dime-analytics', username: 'alice' });
    expect(ok.data).toMatchObject({ state: 'active', role: 'member' });
    expect((await octokit().rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'dime-analytics', username: 'bob' })).data.state).toBe('pending');
    await expect(octokit().rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'dime-analytics', username: 'carol' })).rejects.toMatchObject({ status: 404 });
    // GITHUB_TOKEN has no org access: GitHub answers 404; an App without Members, 403.
    await expect(octokit('fork-token').rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'dime-analytics', username: 'alice' })).rejects.toMatchObject({ status: 404 });
    await expect(octokit('app-token').rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'dime-analytics', username: 'alice' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
  });
});

describe('state', () => {
  it('labels: issue labels create missing repo labels, duplicates are 422 already_exists, removing an absent one is 404', async () => {
    github.addPull({ number: 1 });
    github.addLabel({ name: 'Computation', color: '0e8a16' });
    const added = await octokit().rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: 1, labels: ['computation', 'invalid'] });
    expect(added.data.map((l) => l.name)).toEqual(['Computation', 'invalid']);
    expect(github.state.labels.map((l) => [l.name, l.color])).toEqual([
      ['Computation', '0e8a16'],
      ['invalid', 'ededed'],
    ]);
    await expect(octokit().rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'INVALID', color: 'ff0000' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
    });
    await expect(octokit().rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: 1, name: 'policy' })).rejects.toMatchObject({ status: 404 });
    const left = await octokit().rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: 1, name: 'Invalid' });
    expect(left.data.map((l) => l.name)).toEqual(['Computation']);
    expect(github.labelsOn(1)).toEqual(['Computation']);
    const created = await octokit().rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'ois-approval-required', color: 'b60205', description: 'OIS must approve' });
    expect(created.status).toBe(201);
    const repoLabels = await octokit().paginate(octokit().rest.issues.listLabelsForRepo, { owner: OWNER, repo: REPO });
    expect(repoLabels.map((l) => l.name)).toEqual(['Computation', 'invalid', 'ois-approval-required']);
  });

  it('comments: increasing ids and html_url, update and delete, body limit', async () => {
    github.addPull({ number: 4 });
    const a = await octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 4, body: 'first' });
    const b = await octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 4, body: 'second' });
    expect(b.data.id).toBeGreaterThan(a.data.id);
    expect(a.data.html_url).toBe(`https://github.com/${OWNER}/${REPO}/pull/4#issuecomment-${a.data.id}`);
    expect(a.data.user?.login).toBe('github-actions[bot]');
    expect(a.data.user?.type).toBe('Bot');
    await octokit().rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: a.data.id, body: 'edited' });
    await octokit().rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: b.data.id });
    expect(github.commentsOn(4).map((c) => c.body)).toEqual(['edited']);
    await expect(octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 4, body: 'x'.repeat(65537) })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] } },
    });
    await expect(octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 99, body: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  it('reviews and review requests: author cannot be requested; a review removes the request', async () => {
    const pull = github.addPull({ number: 2, user: 'alice' });
    github.setTeam(`${OWNER}/ois`, { olga: 'active' });
    await expect(octokit().rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: 2, reviewers: ['alice'] })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Review cannot be requested from pull request author.'),
    });
    await octokit().rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: 2, reviewers: ['bob'], team_reviewers: ['ois'] });
    await expect(octokit().rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: 2, team_reviewers: ['nobody'] })).rejects.toMatchObject({ status: 422 });
    const requested = await octokit().rest.pulls.listRequestedReviewers({ owner: OWNER, repo: REPO, pull_number: 2 });
    expect(requested.data.users.map((u) => u.login)).toEqual(['bob']);
    expect(requested.data.teams.map((t) => t.slug)).toEqual(['ois']);
    github.addReview(2, { user: 'bob', state: 'CHANGES_REQUESTED', commit_id: fakeSha('old') });
    github.addReview(2, { user: 'bob', state: 'APPROVED' });
    const reviews = await octokit().rest.pulls.listReviews({ owner: OWNER, repo: REPO, pull_number: 2 });
    expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ['bob', 'CHANGES_REQUESTED', fakeSha('old')],
      ['bob', 'APPROVED', pull.head.sha],
    ]);
    expect(github.pull(2).requested_reviewers.users).toEqual([]);
  });

  it('statuses: newest first, newest per context wins, unknown SHAs are 422', async () => {
    const sha = github.addPull({ number: 1 }).head.sha;
    for (const state of ['pending', 'failure'] as const) {
      await octokit().rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha, state, context: 'aws-requests/validation', description: state });
    }
    await octokit().rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha, state: 'pending', context: 'aws-requests/approvals' });
    const listed = await octokit().rest.repos.listCommitStatusesForRef({ owner: OWNER, repo: REPO, ref: sha });
    expect(listed.data.map((s) => [s.context, s.state])).toEqual([
      ['aws-requests/approvals', 'pending'],
      ['aws-requests/validation', 'failure'],
      ['aws-requests/validation', 'pending'],
    ]);
    expect(Object.fromEntries(Object.entries(github.latestStatuses(sha)).map(([c, s]) => [c, s.state]))).toEqual({ 'aws-requests/validation': 'failure', 'aws-requests/approvals': 'pending' });
    expect(listed.data[0]?.creator?.login).toBe('github-actions[bot]');
    await expect(octokit().rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha: fakeSha('nowhere'), state: 'success' })).rejects.toMatchObject({ status: 422 });
    await expect(octokit().rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha, state: 'success', description: 'd'.repeat(141) })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Status', field: 'description', code: 'custom' }] } },
    });
  });

  it('issues: numbered after pull requests, listed with pull requests, filtered by labels', async () => {
    github.addPull({ number: 7, labels: ['ticket'] });
    const created = await octokit().rest.issues.create({ owner: OWNER, repo: REPO, title: 'Create r6i.xlarge', body: '<!-- ticket -->', labels: ['ticket', 'new-label'] });
    expect(created.data.number).toBe(8);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const listed = await octokit().paginate(octokit().rest.issues.listForRepo, { owner: OWNER, repo: REPO, labels: 'ticket', state: 'all' });
    expect(listed.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [8, false],
      [7, true],
    ]);
    await octokit().rest.issues.update({ owner: OWNER, repo: REPO, issue_number: 8, state: 'closed' });
    expect(github.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect((await octokit().rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'new-label' })).data).toEqual([]);
  });

  it('lists pull requests by state and head', async () => {
    github.addPull({ number: 1, head: { ref: 'a' } });
    github.addPull({ number: 2, head: { ref: 'b' }, merged: true });
    github.addPull({ number: 3, head: { ref: 'b', repo: { owner: 'forker', name: REPO } } });
    const open = await octokit().rest.pulls.list({ owner: OWNER, repo: REPO });
    expect(open.data.map((p) => p.number)).toEqual([3, 1]);
    const byHead = await octokit().rest.pulls.list({ owner: OWNER, repo: REPO, state: 'all', head: `${OWNER}:b` });
    expect(byHead.data.map((p) => p.number)).toEqual([2]);
    const fork = await octokit().rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
    expect(fork.data.head.repo?.fork).toBe(true);
    expect(fork.data.head.repo?.full_name).toBe(`forker/${REPO}`);
    const merged = await octokit().rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 2 });
    expect(merged.data).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });
});

describe('GitHub Enterprise Server', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql, where Octokit sends them', async () => {
    const ghes = await startFakeGitHub({ enterprise: true });
    try {
      const sha = fakeSha('ghes');
      ghes.addPull({ number: 1, files: Array.from({ length: 40 }, (_, i) => ({ filename: `f${i}`, text: 'x\n' })), head: { sha } });
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const client = getOctokit('test-token', { baseUrl: ghes.url });
      expect(await client.paginate(client.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 1 })).toHaveLength(40);
      const data = (await client.graphql(`{ repository(owner: "${OWNER}", name: "${REPO}") { object(expression: "${sha}:f0") { ... on Blob { text } } } }`)) as { repository: { object: { text: string } } };
      expect(data.repository.object.text).toBe('x\n');
      expect(ghes.calls()).toEqual([`GET ${repoPath}/pulls/1/files`, `GET ${repoPath}/pulls/1/files`, 'POST /graphql']);
      expect(ghes.requests[1]?.rawPath).toBe(`/api/v3/repositories/${ghes.state.repoId}/pulls/1/files`);
      ghes.expectNoViolations();
    } finally {
      await ghes.close();
    }
  });
});

describe('event payloads', () => {
  it('patches pull_request examples to our repository, numbers and people', () => {
    const opened = pullRequestEvent('opened', { number: 12, headSha: fakeSha('h'), baseSha: fakeSha('b'), author: 'alice', headRepoFork: true });
    expect(opened.action).toBe('opened');
    expect(opened.number).toBe(12);
    expect(opened.repository.full_name).toBe(`${OWNER}/${REPO}`);
    expect(opened.pull_request.head).toMatchObject({ sha: fakeSha('h'), label: 'alice:request-12', repo: { full_name: `alice/${REPO}`, fork: true } });
    expect(opened.pull_request.base).toMatchObject({ sha: fakeSha('b'), ref: 'main', repo: { full_name: `${OWNER}/${REPO}`, fork: false } });
    expect(opened.pull_request.user.login).toBe('alice');
    expect(opened.pull_request.url).toBe(`https://api.github.com/repos/${OWNER}/${REPO}/pulls/12`);
    expect(opened.sender.login).toBe('alice');
    expect(JSON.stringify(opened)).not.toMatch(/Codertocat|Hello-World/);

    const closed = pullRequestEvent('closed', { number: 12, headSha: fakeSha('h'), baseSha: fakeSha('b'), author: 'alice', merged: true, mergedBy: 'maintainer' });
    expect(closed.pull_request).toMatchObject({ state: 'closed', merged: true, merged_by: { login: 'maintainer' } });
    expect(closed.pull_request.merge_commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(closed.sender.login).toBe('maintainer');

    const sync = pullRequestEvent('synchronize', { number: 12, headSha: fakeSha('h2'), baseSha: fakeSha('b'), author: 'alice', before: fakeSha('h') });
    expect(sync).toMatchObject({ before: fakeSha('h'), after: fakeSha('h2') });
  });

  it('builds review, workflow_run and workflow_dispatch payloads, and events from seeded state', () => {
    const review = reviewEvent('submitted', { number: 3, headSha: fakeSha('h'), baseSha: fakeSha('b'), author: 'alice', reviewer: 'bob', state: 'APPROVED' });
    expect(review.review).toMatchObject({ state: 'approved', commit_id: fakeSha('h'), user: { login: 'bob' } });
    expect(review.sender.login).toBe('bob');
    const dismissed = reviewEvent('dismissed', { number: 3, headSha: fakeSha('h'), baseSha: fakeSha('b'), author: 'alice', reviewer: 'bob', state: 'dismissed' });
    expect(dismissed.action).toBe('dismissed');

    const run = workflowRunEvent({ displayTitle: 'Add ic-kenya', headSha: fakeSha('h'), conclusion: 'success', event: 'pull_request_review', headRepo: { owner: 'alice', name: REPO } });
    expect(run.workflow_run).toMatchObject({ display_title: 'Add ic-kenya', head_sha: fakeSha('h'), conclusion: 'success', event: 'pull_request_review', status: 'completed', pull_requests: [] });
    expect(run.workflow_run.head_repository.full_name).toBe(`alice/${REPO}`);
    expect(run.repository.full_name).toBe(`${OWNER}/${REPO}`);

    const dispatch = workflowDispatchEvent({ inputs: { 'pull-request': '12' } });
    expect(dispatch.inputs).toEqual({ 'pull-request': '12' });
    expect(dispatch.ref).toBe('refs/heads/main');

    const pull = github.addPull({ number: 5, user: 'carol', draft: true, head: { repo: { owner: 'carol', name: REPO } } });
    const event = pullRequestEventFor(github, 'ready_for_review', 5);
    expect(event.pull_request).toMatchObject({ number: 5, draft: true, head: { sha: pull.head.sha, repo: { full_name: `carol/${REPO}` } }, base: { sha: pull.base.sha } });
    expect(event.repository.id).toBe(github.state.repoId);
    const r = github.addReview(5, { user: 'dave', state: 'APPROVED' });
    expect(reviewEventFor(github, 'submitted', 5, r.id).review).toMatchObject({ id: r.id, state: 'approved', commit_id: pull.head.sha });
  });
});

describe('runAction', () => {
  it('parses GITHUB_OUTPUT heredocs and annotation commands', () => {
    expect(parseOutputFile('a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=plain\n')).toEqual({ a: 'line 1\nline 2', b: 'plain' });
    expect(parseAnnotations('::error file=requests/a.yml,line=3,col=7,title=schema%3A type%2C x::bad%0Avalue\n::warning::w\nplain\n')).toEqual([
      { level: 'error', file: 'requests/a.yml', line: 3, col: 7, title: 'schema: type, x', message: 'bad\nvalue' },
      { level: 'warning', message: 'w' },
    ]);
  });

  const runtimes = nodeRuntimes();
  it('finds at least one Node runtime', () => {
    expect(runtimes.length).toBeGreaterThan(0);
  });

  it.each(runtimes.map((r) => [r.version, r.path] as const))('runs an Action against the fake on Node %s', async (_version, node) => {
    const workspace = mkdtempSync(join(tmpdir(), 'aws-requests-ws-'));
    try {
      const pull = github.addPull({ number: 9, title: 'Probe PR', files: [{ filename: 'requests/a.yml', text: 'kind: project\n' }] });
      const result = await runAction({
        bundle: 'test/harness/fixtures/probe-action.mjs',
        node,
        eventName: 'pull_request_target',
        payload: pullRequestEventFor(github, 'opened', 9),
        github,
        workspace,
        inputs: {},
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({
        title: 'Probe PR',
        multiline: 'first line\nsecond line',
        blob: 'kind: project\n',
        policy: 'policy.yml',
        proxy: 'false',
        event: `pull_request_target ${pull.base.sha} refs/heads/main`,
      });
      expect(result.outputs.node).toBe(_version);
      expect(result.env['INPUT_GITHUB-TOKEN']).toBe('test-token');
      expect(result.summary).toContain('<h1>Probe</h1>');
      expect(result.annotations).toEqual([
        { level: 'warning', message: 'just so you know' },
        { level: 'error', file: 'requests/a.yml', line: 3, col: 7, title: 'schema: type', message: 'bad value: 5, expected a string' },
      ]);
      expect(github.calls()).toEqual([`GET ${repoPath}/pulls/9`, `POST ${repoPath}/statuses/${pull.head.sha}`, 'POST /graphql']);
      expect(github.latestStatuses(pull.head.sha).probe?.state).toBe('pending');
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('reports failure through the exit code and an error annotation', async () => {
    github.addPull({ number: 9 });
    const result = await runAction({
      bundle: 'test/harness/fixtures/probe-action.mjs',
      eventName: 'pull_request_target',
      payload: pullRequestEventFor(github, 'opened', 9),
      github,
      workspace: tmpdir(),
      inputs: { fail: 'true' },
    });
    expect(result.code).toBe(1);
    expect(result.annotations.at(-1)).toEqual({ level: 'error', message: 'asked to fail' });
  });
});

describe('the no-spawn preload', () => {
  it('records and refuses every attempt to start a process, from CommonJS and ESM alike', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'no-spawn-')), 'log');
    writeFileSync(log, '');
    const script = "import('node:child_process').then((cp) => { try { cp.execFileSync('true'); } catch {} try { require('node:child_process').spawn('true'); } catch {} });";
    execFileSync(process.execPath, ['--require', join(ROOT, 'test/harness/no-spawn.cjs'), '-e', script], { env: { ...process.env, NO_SPAWN_LOG: log } });
    expect(readFileSync(log, 'utf8')).toBe('execFileSync\nspawn\n');
  });
});
