// API requests per event: the committed dist/index.js against the local GitHub
// of test/harness, bundled and run by scripts/bench.mjs. Prints one JSON line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pullRequestEventFor, reviewEventFor } from '../test/harness/events.js';
import { FULL_ACCESS, fakeSha, startFakeGitHub, type PullFileSeed } from '../test/harness/fake-github.js';
import { ROOT, runAction } from '../test/harness/run-action.js';

const AUTHOR = 'maria-researcher';
const SYNCHRONIZE_SIZES = [1, 10, 100, 1000];
const MERGE_SIZES = [1, 50];

const github = await startFakeGitHub({ tokens: { 'test-token': FULL_ACCESS } });
github.setTeam('octo-org/dime-analytics', { analyst: 'active' });
github.setTeam('octo-org/ois-reviewers', { 'ois-officer': 'active' });
// The base checkout the Action runs in: the shipped policy and sample inventory.
const workspace = mkdtempSync(join(tmpdir(), 'aws-requests-bench-api-'));
cpSync(join(ROOT, 'policy.yml'), join(workspace, 'policy.yml'));
cpSync(join(ROOT, 'requests'), join(workspace, 'requests'), { recursive: true });

/** `count` new, valid and distinct buckets of the sample project, as the end-to-end tests make them. */
function newBuckets(name: string, count: number): PullFileSeed[] {
  const sample = readFileSync(join(ROOT, 'requests/ex/dime-ex-nutrition-raw.yml'), 'utf8');
  return Array.from({ length: count }, (_, i) => ({
    filename: `requests/bulk/dime-${name}-${i}.yml`,
    status: 'added',
    text: sample.replace('bucket: dime-ex-nutrition-raw', `bucket: dime-${name}-${i}`),
  }));
}

/** The HTTP requests (REST and GraphQL) of one event, or why the Action failed on it. */
type Figure = { requests: number } | { failed: string };

async function requestsFor(eventName: string, payload: unknown): Promise<Figure> {
  github.resetLog();
  // Writes are spaced a second apart by Octokit's throttling: a big first run takes a while.
  const result = await runAction({ eventName, payload, github, workspace, timeoutMs: 600_000 });
  // A request GitHub would refuse makes the count meaningless, even if the Action carried on.
  const refused = github.clearViolations()[0]?.message;
  if (result.code === 0 && !refused) return { requests: github.requests.length };
  return { failed: result.annotations.find((a) => a.level === 'error')?.message ?? refused ?? `exit code ${result.code}` };
}

const synchronize: Record<number, { first: Figure; push: Figure; rerun: Figure }> = {};
for (const size of SYNCHRONIZE_SIZES) {
  const pull = github.addPull({ number: size, user: AUTHOR, files: newBuckets(`sync-${size}`, size) });
  const first = await requestsFor('pull_request_target', pullRequestEventFor(github, 'opened', size));
  // A push: the same files at a new head, so statuses are posted again while labels and comment stay.
  const pushed = fakeSha(`push-${size}`);
  github.addCommit(pushed, github.state.commits[pull.head.sha]!);
  pull.head.sha = pushed;
  const push = await requestsFor('pull_request_target', pullRequestEventFor(github, 'synchronize', size));
  const rerun = await requestsFor('pull_request_target', pullRequestEventFor(github, 'synchronize', size));
  synchronize[size] = { first, push, rerun };
}

const approval = github.addReview(1, { user: 'analyst', state: 'APPROVED' });
const review = await requestsFor('pull_request_review', reviewEventFor(github, 'submitted', 1, approval.id));

const merge: Record<number, Figure> = {};
for (const size of MERGE_SIZES) {
  const number = 10_000 + size;
  const files = newBuckets(`merge-${size}`, size);
  const pull = github.addPull({ number, user: AUTHOR, merged: true, files });
  github.addReview(number, { user: 'analyst', state: 'APPROVED' });
  // After the merge, the base checkout and the merge commit hold the new files.
  for (const f of files) {
    github.addCommit(pull.merge_commit_sha!, { [f.filename]: f.text! });
    mkdirSync(dirname(join(workspace, f.filename)), { recursive: true });
    writeFileSync(join(workspace, f.filename), f.text!);
  }
  merge[size] = await requestsFor('pull_request_target', pullRequestEventFor(github, 'closed', number));
}

rmSync(workspace, { recursive: true, force: true });
await github.close();
process.stdout.write(`${JSON.stringify({ synchronize, review, merge })}\n`);
