import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMENT_MARKER } from '../src/render/markdown.js';
import { pullRequestEventFor } from './harness/events.js';
import { FULL_ACCESS, secondaryRateLimit, serverError, startFakeGitHub, type FakeGitHub, type FaultResponse, type LoggedRequest, type PullFileSeed } from './harness/fake-github.js';
import { runAction, type ActionResult } from './harness/run-action.js';
import { ROOT } from './helpers.js';

// Every GitHub call the Action makes fails in turn, in every way GitHub fails. Each case is
// judged by what a maintainer would see: the run completes as if nothing had failed, or it
// fails with one plain message; either way no comment, issue or reviewer request is doubled,
// no success status is unearned, and a plain rerun ends exactly where a clean run ends.
//
// Octokit spaces writes a second apart and a hung request is abandoned after 20 s, so cases
// run concurrently, each against its own fake GitHub.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000, maxConcurrency: 12 });

const ORG = 'octo-org';
const AUTHOR = 'maria-researcher';
const BOT = 'github-actions[bot]';
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';
const GROUP = 'requests/groups/WBGMaster-DIME-EX-Admin.yml';
const sample = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const bigger = (): PullFileSeed => ({ filename: INSTANCE, status: 'modified', baseText: sample(INSTANCE), text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150') });
const scraper = (): PullFileSeed => ({
  filename: 'requests/ex/ex-roads-scraper.yml',
  status: 'added',
  text: sample(DASHBOARD).replace('purpose: A public Shiny server showing the market-access dashboard.', 'purpose: Scrapes market prices.'),
});
const newMember = (): PullFileSeed => ({ filename: GROUP, status: 'modified', baseText: sample(GROUP), text: sample(GROUP).replace('members: [c123456, c234567, c345678]', 'members: [c123456, c234567, c345678, c456789]') });

interface Scenario {
  name: string;
  number: number;
  /** Seed the fake and the base checkout; returns the event that starts the run. */
  seed(github: FakeGitHub, workspace: string): { eventName: string; payload: unknown };
  /** The calls a clean run makes, by operation, in first-use order: the matrix's rows. */
  operations: string[];
}

function teams(github: FakeGitHub): void {
  github.setTeam(`${ORG}/dime-analytics`, { analyst: 'active' });
  github.setTeam(`${ORG}/ois-reviewers`, { 'ois-officer': 'active' });
}

const SCENARIOS: Scenario[] = [
  {
    name: 'the first run on an application pull request',
    number: 7,
    seed(github) {
      github.addPull({ number: 7, user: AUTHOR, files: [scraper()], reviews: [{ user: 'analyst', state: 'APPROVED' }] });
      return { eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'opened', 7) };
    },
    operations: [
      'pulls/get',
      'pulls/list-files',
      'graphql',
      'pulls/list-reviews',
      'teams/get-membership-for-user-in-org',
      'teams/get-by-name',
      'issues/list-labels-for-repo',
      'issues/create-label',
      'issues/add-labels',
      'pulls/request-reviewers',
      'issues/list-comments',
      'issues/create-comment',
      'repos/create-commit-status',
    ],
  },
  {
    name: 'a rerun that corrects a stale label and comment',
    number: 8,
    seed(github) {
      github.addPull({ number: 8, user: AUTHOR, files: [bigger()], labels: ['invalid'], requested_reviewers: { teams: ['dime-analytics'] } });
      github.addComment(8, { body: `${COMMENT_MARKER}\nAn old verdict.`, user: BOT });
      github.addComment(8, { body: `${COMMENT_MARKER}\nA racing run's copy.`, user: BOT });
      return { eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'synchronize', 8) };
    },
    operations: ['issues/remove-label', 'issues/update-comment', 'issues/delete-comment'],
  },
  {
    name: 'a merge that files tickets',
    number: 9,
    seed(github, workspace) {
      const files = [bigger(), scraper(), newMember()];
      const pull = github.addPull({ number: 9, user: AUTHOR, merged: true, files, reviews: ['analyst', 'ois-officer', 'alex-analyst'].map((user) => ({ user, state: 'APPROVED' as const })) });
      for (const f of files) {
        github.addCommit(pull.merge_commit_sha!, { [f.filename]: f.text! });
        mkdirSync(dirname(join(workspace, f.filename)), { recursive: true });
        writeFileSync(join(workspace, f.filename), f.text!);
      }
      // A stale copy of the first ticket and a racing run's duplicate: updated, and closed.
      for (const body of ['An old text.', 'A racing copy.']) {
        github.addIssue({ title: 'old', body: `<!-- aws-requests:ticket pr=9 ticket=its-production -->\n${body}`, labels: ['its-ticket'], user: BOT });
      }
      return { eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'closed', 9) };
    },
    operations: ['issues/list-for-repo', 'issues/update', 'issues/create', 'issues/create-comment'],
  },
];

interface Fault {
  name: string;
  responses: FaultResponse[];
  afterProcessing?: boolean;
  /** Which requests it is realistic for. */
  on: 'any' | 'reads' | 'writes';
}

const notFound: FaultResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
const unprocessable: FaultResponse = { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'custom', message: 'injected' }], status: '422' } };

const FAULTS: Fault[] = [
  { name: '500', responses: [serverError(500)], on: 'any' },
  { name: '502', responses: [serverError(502)], on: 'any' },
  { name: '403 secondary rate limit', responses: [secondaryRateLimit(1)], on: 'any' },
  // A write GitHub refuses with 404 has no target: that is not a fault of GitHub's but a run that must fail.
  { name: '404 replication lag', responses: [notFound], on: 'reads' },
  { name: '422', responses: [unprocessable], on: 'any' },
  { name: 'timeout', responses: ['hang'], on: 'any' },
  { name: 'connection reset', responses: ['reset'], on: 'any' },
  // The write happened, but the answer was lost: sending it again would double it.
  { name: '502 after the write', responses: [serverError(502)], afterProcessing: true, on: 'writes' },
  { name: 'timeout after the write', responses: ['hang'], afterProcessing: true, on: 'writes' },
  { name: 'reset after the write', responses: ['reset'], afterProcessing: true, on: 'writes' },
];

/**
 * Cases where the run rightly succeeds in a state other than a clean run's,
 * because GitHub's answer means something: which parts of what people see
 * may differ after the faulty run, and after a plain rerun.
 */
const TOLERATED: Record<string, { why: string; differs: (keyof Outcome)[]; afterRerun: (keyof Outcome)[] }> = {
  'pulls/request-reviewers 422': { why: 'a reviewer GitHub refuses (not a collaborator) must not hide the verdict; the rerun asks again', differs: ['reviewers'], afterRerun: [] },
  'issues/create-label 422': { why: 'a label that cannot be created with its colour is added without it', differs: [], afterRerun: [] },
  'teams/get-membership-for-user-in-org 404 replication lag': {
    why: 'GitHub answers 404 for "not a member": the approval waits for the next run, and the team, asked meanwhile, stays asked',
    differs: ['comments', 'statuses', 'reviewers'],
    afterRerun: ['reviewers'],
  },
  'teams/get-by-name 404 replication lag': { why: 'GitHub answers 404 for a team the token cannot see: the approval waits for the next run', differs: ['comments', 'statuses'], afterRerun: [] },
};

/** An outcome without the parts a tolerated case may change. */
const without = (o: Outcome, keys: (keyof Outcome)[]): Partial<Outcome> => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as keyof Outcome)));

const isRead = (op: string): boolean => op === 'graphql' || /\/(get|list)/.test(op);

let workspaceTemplate: string;
beforeAll(() => {
  workspaceTemplate = mkdtempSync(join(tmpdir(), 'aws-requests-faults-'));
  cpSync(join(ROOT, 'policy.yml'), join(workspaceTemplate, 'policy.yml'));
  cpSync(join(ROOT, 'requests'), join(workspaceTemplate, 'requests'), { recursive: true });
});
afterAll(() => rmSync(workspaceTemplate, { recursive: true, force: true }));

interface World {
  github: FakeGitHub;
  workspace: string;
  event: { eventName: string; payload: unknown };
  run(): Promise<ActionResult>;
  close(): Promise<void>;
}

async function world(scenario: Scenario): Promise<World> {
  const github = await startFakeGitHub({ tokens: { 'test-token': FULL_ACCESS } });
  teams(github);
  const workspace = mkdtempSync(join(tmpdir(), 'aws-requests-fault-'));
  cpSync(workspaceTemplate, workspace, { recursive: true });
  const event = scenario.seed(github, workspace);
  return {
    github,
    workspace,
    event,
    run: () => runAction({ ...event, github, workspace }),
    async close() {
      rmSync(workspace, { recursive: true, force: true });
      await github.close();
    },
  };
}

/** What people see of a run: the pull request's labels, bot comments, reviewers and statuses, and the issues. */
function outcome(github: FakeGitHub, number: number) {
  const pull = github.pull(number);
  return {
    labels: github.labelsOn(number).map((l) => l.toLowerCase()).sort(),
    comments: github.commentsOn(number).filter((c) => c.user.login === BOT).map((c) => c.body),
    reviewers: pull.requested_reviewers,
    statuses: Object.fromEntries(Object.entries(github.latestStatuses(pull.head.sha)).map(([context, s]) => [context, `${s.state}: ${s.description}`])),
    issues: github.state.issues.map((i) => ({ title: i.title, state: i.state, labels: [...i.labels].sort(), assignees: i.assignees, body: i.body })),
  };
}

type Outcome = ReturnType<typeof outcome>;

/** The operations of the requests a run made, each once, in first-use order. */
const operationsOf = (requests: readonly LoggedRequest[]): string[] => [...new Set(requests.map((r) => r.operationId ?? `${r.method} ${r.path}`))];

const counts = (keys: string[]): Map<string, number> => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

/** Each reviewer named by a review request GitHub carried out, with how often. */
function reviewerRequests(requests: readonly LoggedRequest[]): Map<string, number> {
  const asked = requests.filter((q) => q.operationId === 'pulls/request-reviewers' && q.processed).map((r) => r.body as { reviewers?: string[]; team_reviewers?: string[] });
  return counts(asked.flatMap((body) => [...(body.reviewers ?? []), ...(body.team_reviewers ?? []).map((t) => `team ${t}`)]));
}

/** Copies beyond the first: of each bot comment, of each open ticket issue, of each ticket issue ever; and the most review requests to one reviewer. */
function duplicates(github: FakeGitHub, number: number) {
  const extra = (keys: string[]): number => keys.length - new Set(keys).size;
  const firstLine = (text: string | null): string => (text ?? '').split('\n', 1)[0]!;
  const tickets = github.state.issues.filter((i) => firstLine(i.body).startsWith('<!-- aws-requests:ticket'));
  return {
    comments: extra(github.commentsOn(number).filter((c) => c.user.login === BOT).map((c) => firstLine(c.body))),
    openIssues: extra(tickets.filter((i) => i.state === 'open').map((i) => firstLine(i.body))),
    issues: extra(tickets.map((i) => firstLine(i.body))),
    reviewRequests: Math.max(0, ...reviewerRequests(github.requests).values()),
    // A copy deleted afterwards still notified everyone watching.
    commentPosts: Math.max(0, ...counts(github.requests.filter((r) => r.operationId === 'issues/create-comment' && r.processed).map((r) => `${r.path} ${firstLine((r.body as { body: string }).body)}`)).values()),
  };
}
type Duplicates = ReturnType<typeof duplicates>;

/** A run may leave what was seeded, but adds no copy; a run that succeeded leaves none. */
function expectNoNewDuplicates(seen: Duplicates, seeded: Duplicates, succeeded: boolean): void {
  expect(seen.comments, 'copies of a comment').toBeLessThanOrEqual(succeeded ? 0 : seeded.comments);
  expect(seen.openIssues, 'open copies of a ticket').toBeLessThanOrEqual(succeeded ? 0 : seeded.openIssues);
  expect(seen.issues, 'copies of a ticket, closed or open').toBeLessThanOrEqual(seeded.issues);
  expect(seen.reviewRequests, 'review requests to one reviewer').toBeLessThanOrEqual(1);
  expect(seen.commentPosts, 'posts of one comment').toBeLessThanOrEqual(1);
}

const clean = new Map<string, { outcome: Outcome; operations: string[] }>();
const tally = { completed: 0, failedWithMessage: 0 };
afterAll(() => {
  // The figures for the record; the assertions above are what the suite checks.
  console.log(`fault matrix: ${tally.completed + tally.failedWithMessage} cases; ${tally.completed} completed despite the fault, ${tally.failedWithMessage} failed with one message; every rerun ended as a clean run`);
});

describe.each(SCENARIOS)('$name', (scenario) => {
  // The calls a scenario makes that no earlier scenario made: each call is faulted where it first appears.
  beforeAll(async () => {
    const w = await world(scenario);
    try {
      const seeded = duplicates(w.github, scenario.number);
      const result = await w.run();
      expect(result.code, result.stdout).toBe(0);
      w.github.expectNoViolations();
      expectNoNewDuplicates(duplicates(w.github, scenario.number), seeded, true);
      clean.set(scenario.name, { outcome: outcome(w.github, scenario.number), operations: operationsOf(w.github.requests) });
    } finally {
      await w.close();
    }
  });

  it('makes the calls the matrix lists (a new call must join the matrix)', () => {
    const made = clean.get(scenario.name)!.operations;
    const listed = SCENARIOS.slice(0, SCENARIOS.indexOf(scenario) + 1).flatMap((s) => s.operations);
    expect(made.filter((op) => !listed.includes(op)), 'made but not faulted').toEqual([]);
    expect(scenario.operations.filter((op) => !made.includes(op)), 'listed but not made').toEqual([]);
  });

  const cases = scenario.operations.flatMap((op) =>
    FAULTS.filter((f) => f.on === 'any' || (f.on === 'reads') === isRead(op)).map((fault) => ({ op, fault, label: `${op} ${fault.name}` })),
  );

  it.concurrent.each(cases)('$label', async ({ op, fault }) => {
    const reference = clean.get(scenario.name)!;
    const w = await world(scenario);
    try {
      const seeded = duplicates(w.github, scenario.number);
      w.github.failNext({ operationId: op }, fault.responses, { afterProcessing: fault.afterProcessing });
      const first = await w.run();
      const output = first.stdout + first.stderr;
      expect(w.github.pendingFaults(), 'the fault struck').toBe(0);
      expect(output, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
      expectNoNewDuplicates(duplicates(w.github, scenario.number), seeded, first.code === 0);
      const seen = outcome(w.github, scenario.number);
      for (const [context, status] of Object.entries(seen.statuses)) {
        if (status.startsWith('success')) expect(status, `${context}: success only where a clean run earns it`).toBe(reference.outcome.statuses[context]);
      }
      const tolerated = TOLERATED[`${op} ${fault.name}`];
      if (first.code !== 0) {
        const errors = first.annotations.filter((a) => a.level === 'error');
        expect(errors, output).toHaveLength(1);
        expect(errors[0]!.message).toMatch(/GitHub answered \d{3} to (GET|POST|PATCH|DELETE) \/|no answer within|The token may not/);
      } else {
        expect(without(seen, tolerated?.differs ?? []), 'a run that succeeds ends as a clean run').toEqual(without(reference.outcome, tolerated?.differs ?? []));
      }
      tally[first.code === 0 ? 'completed' : 'failedWithMessage']++;
      // Nothing lost: a rerun without faults ends exactly where a clean run ends.
      const again = await w.run();
      expect(again.code, again.stdout).toBe(0);
      expectNoNewDuplicates(duplicates(w.github, scenario.number), seeded, true);
      expect(without(outcome(w.github, scenario.number), tolerated?.afterRerun ?? [])).toEqual(without(reference.outcome, tolerated?.afterRerun ?? []));
      w.github.expectNoViolations();
    } finally {
      await w.close();
    }
  });
});
