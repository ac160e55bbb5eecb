import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pullRequestEventFor, reviewEventFor, workflowDispatchEvent } from './harness/events.js';
import { FULL_ACCESS, startFakeGitHub, type FakeGitHub, type PullFileSeed } from './harness/fake-github.js';
import { runAction } from './harness/run-action.js';
import { ROOT } from './helpers.js';

// Octokit's throttling spaces writes a second apart, as GitHub asks of integrations.
vi.setConfig({ testTimeout: 120_000 });

const ORG = 'octo-org';
const AUTHOR = 'maria-researcher';
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';
const GROUP = 'requests/groups/WBGMaster-DIME-EX-Admin.yml';
const sample = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

let github: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  github = await startFakeGitHub({ tokens: { 'test-token': FULL_ACCESS, 'no-issues-token': { ...FULL_ACCESS, issues: 'read' } } });
  github.setTeam(`${ORG}/dime-analytics`, { analyst: 'active' });
  github.setTeam(`${ORG}/ois-reviewers`, { 'ois-officer': 'active' });
  workspace = mkdtempSync(join(tmpdir(), 'aws-requests-merge-'));
  cpSync(join(ROOT, 'policy.yml'), join(workspace, 'policy.yml'));
  cpSync(join(ROOT, 'requests'), join(workspace, 'requests'), { recursive: true });
});

afterEach(async () => {
  rmSync(workspace, { recursive: true, force: true });
  try {
    github.expectNoViolations();
  } finally {
    await github.close();
  }
});

const bigger = (): PullFileSeed => ({ filename: INSTANCE, status: 'modified', baseText: sample(INSTANCE), text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150') });
const scraper = (): PullFileSeed => ({
  filename: 'requests/ex/ex-roads-scraper.yml',
  status: 'added',
  text: sample(DASHBOARD).replace('purpose: A public Shiny server showing the market-access dashboard.', 'purpose: Scrapes market prices.'),
});

/** A merged pull request: its files at head and merge commit, and the base checkout after the merge. */
function merge(number: number, files: PullFileSeed[], approvers: string[]) {
  const pull = github.addPull({ number, user: AUTHOR, merged: true, files });
  const mergeSha = pull.merge_commit_sha!;
  for (const f of files) {
    const target = join(workspace, f.filename);
    if (f.status === 'removed') {
      unlinkSync(target);
    } else if (f.text !== undefined) {
      github.addCommit(mergeSha, { [f.filename]: f.text });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.text);
    }
  }
  for (const user of approvers) github.addReview(number, { user, state: 'APPROVED' });
  return pull;
}

async function fileTickets(number: number, payload?: unknown, token?: string) {
  return runAction({ eventName: payload ? 'workflow_dispatch' : 'pull_request_target', payload: payload ?? pullRequestEventFor(github, 'closed', number), github, workspace, token });
}

function ticketIssues() {
  return github.state.issues.map((i) => ({ number: i.number, title: i.title, labels: i.labels, assignees: i.assignees, state: i.state, body: i.body ?? '' }));
}

describe('a merged pull request', () => {
  it('opens one issue per ticket with title, body, labels and assignees, and links them on the pull request', async () => {
    const scraper = sample(DASHBOARD).replace('purpose: A public Shiny server showing the market-access dashboard.', 'purpose: Scrapes market prices.');
    merge(40, [
      { filename: INSTANCE, status: 'modified', baseText: sample(INSTANCE), text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150') },
      { filename: 'requests/ex/ex-roads-scraper.yml', status: 'added', text: scraper },
      { filename: GROUP, status: 'modified', baseText: sample(GROUP), text: sample(GROUP).replace('members: [c123456, c234567, c345678]', 'members: [c123456, c234567, c345678, c456789]') },
    ], ['analyst', 'ois-officer', 'alex-analyst']);
    const result = await fileTickets(40);
    expect(result.code, result.stdout).toBe(0);
    const issues = ticketIssues();
    expect(issues.map((i) => [i.title, i.labels.sort(), i.assignees])).toEqual([
      ['ITS: change ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ', ['computation', 'its-ticket'], []],
      ['ITS: create ec2-instance ex-roads-scraper in WBG AWS DIME DEV PDMZ', ['application', 'its-ticket'], []],
      ['Group membership: change security-group WBGMaster-DIME-EX-Admin', ['group-membership'], ['alex-analyst', 'maria-researcher']],
    ]);
    expect(issues[0]!.body).toMatch(/^<!-- aws-requests:ticket pr=40 ticket=its-production -->\n/);
    expect(issues[0]!.body).toContain('| storage.rootGiB | 100 | 150 |');
    expect(issues[1]!.body).toContain('<!-- aws-requests:request id=ex-roads-scraper environment=development -->');
    expect(issues[1]!.body).toContain('Office of Information Security (OIS): ois-officer');
    expect(issues[2]!.body).toContain('- [ ] Add member c456789');
    const comment = github.commentsOn(40).find((c) => c.body.startsWith('<!-- aws-requests:tickets -->'))!;
    for (const issue of issues) expect(comment.body).toContain(`#${issue.number}:`);
    expect(JSON.parse(result.outputs['ticket-issues']!)).toEqual(issues.map((i) => i.number));
    const tickets = JSON.parse(result.outputs.tickets!) as { key: string; text: string }[];
    expect(tickets.map((t) => t.key)).toEqual(['its-production', 'its-development', 'owners-WBGMaster-DIME-EX-Admin']);
    expect(tickets[0]!.text).toContain('Changed storage.rootGiB: 100 -> 150');
    expect(result.summary).toContain('ITS: change ec2-instance ex-nutrition-analysis');
  });

  it('keeps one issue per ticket over ten reruns and a manual recovery run', async () => {
    merge(41, [{ filename: INSTANCE, status: 'modified', baseText: sample(INSTANCE), text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150') }], ['analyst']);
    for (let i = 0; i < 10; i++) expect((await fileTickets(41)).code).toBe(0);
    expect((await fileTickets(41, workflowDispatchEvent({ inputs: { 'pull-request': '41' } }))).code).toBe(0);
    expect(ticketIssues().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
    expect(github.commentsOn(41).filter((c) => c.body.startsWith('<!-- aws-requests:tickets -->'))).toHaveLength(1);
  });

  it('leaves a filed ticket as IT services edited it when the merge is run again', async () => {
    merge(49, [bigger(), scraper()], ['analyst', 'ois-officer']);
    expect((await fileTickets(49)).code).toBe(0);
    const [first, second] = github.state.issues;
    first!.body = `ITS ref RITM0012345\n\n${first!.body}`;
    second!.body = `${second!.body}\n\nITS: built on 2026-11-30.`;
    const edited = ticketIssues();
    expect((await fileTickets(49)).code).toBe(0);
    expect(ticketIssues()).toEqual(edited);
  });

  it('names the missing `issues: write` without a stack trace, and a rerun with it files the tickets', async () => {
    merge(44, [{ filename: INSTANCE, status: 'modified', baseText: sample(INSTANCE), text: sample(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150') }], ['analyst']);
    const denied = await fileTickets(44, undefined, 'no-issues-token');
    expect(denied.code).toBe(1);
    expect(denied.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringContaining('give the workflow job `issues: write`')]);
    expect(denied.stdout + denied.stderr).not.toMatch(/\n\s+at /);
    expect(ticketIssues()).toEqual([]);
    expect((await fileTickets(44)).code).toBe(0);
    expect(ticketIssues().map((i) => i.title)).toEqual(['ITS: change ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ']);
  });

  it('keeps one open issue per ticket and one comment when three runs of a merge race', async () => {
    merge(45, [bigger(), scraper()], ['analyst', 'ois-officer']);
    const results = await Promise.all([fileTickets(45), fileTickets(45), fileTickets(45)]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    const open = ticketIssues().filter((i) => i.state === 'open');
    expect(open.map((i) => i.title).sort()).toEqual(['ITS: change ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ', 'ITS: create ec2-instance ex-roads-scraper in WBG AWS DIME DEV PDMZ']);
    // Racing runs may each open a copy before they see the others'; every copy but the oldest is closed.
    expect(ticketIssues().filter((i) => i.state === 'closed').every((i) => open.some((o) => o.title === i.title && o.number < i.number))).toBe(true);
    expect(github.commentsOn(45).filter((c) => c.body.startsWith('<!-- aws-requests:tickets -->'))).toHaveLength(1);
  });

  it('files a ticket too long for one issue in parts, each under GitHub\'s limit, and finds them again on a rerun', async () => {
    const raw = sample('requests/ex/dime-ex-nutrition-raw.yml');
    const files: PullFileSeed[] = Array.from({ length: 120 }, (_, i) => ({ filename: `requests/bulk/dime-bulk-${i}.yml`, status: 'added', text: raw.replace(/dime-ex-nutrition-raw/g, `dime-bulk-${i}`) }));
    merge(46, files, ['analyst']);
    const result = await fileTickets(46);
    expect(result.code, result.stdout).toBe(0);
    const parts = ticketIssues();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((i) => i.title)).toEqual(parts.map((_, n) => expect.stringMatching(new RegExp(`^ITS: create s3-bucket dime-bulk-.* in WBG AWS DIME PDMZ \\(part ${n + 1} of ${parts.length}\\)$`))));
    for (const part of parts) expect(part.body.length).toBeLessThanOrEqual(65_536);
    expect(parts.map((i) => i.body.match(/id=dime-bulk-\d+/g)!.length).reduce((a, b) => a + b)).toBe(120);
    expect((await fileTickets(46)).code).toBe(0);
    expect(ticketIssues()).toEqual(parts);
  });

  it("updates the tags of a project's existing resources when its charge code changes", async () => {
    const PROJECT = 'requests/ex/ex-nutrition.yml';
    merge(44, [{ filename: PROJECT, status: 'modified', baseText: sample(PROJECT), text: sample(PROJECT).replace('chargeCode: ex-nutrition', 'chargeCode: ex-roads') }], ['analyst']);
    const result = await fileTickets(44);
    expect(result.code, result.stdout).toBe(0);
    const issues = ticketIssues();
    expect(issues.map((i) => i.title)).toEqual([
      'ITS: retag s3-bucket dime-ex-nutrition-raw, retag ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ',
      'ITS: change project ex-nutrition (directory groups and project tags)',
    ]);
    expect(issues[0]!.body).toContain('| ChargeCode | 1234567 | 7654321 |');
    const output = JSON.parse(result.outputs.tickets!) as { key: string; tags: { id: string; action: string; tags: unknown[]; changes: unknown[] }[] }[];
    expect(output[0]!.tags.map((r) => [r.id, r.action, r.tags, r.changes])).toEqual(
      ['dime-ex-nutrition-raw', 'ex-nutrition-analysis'].map((id) => [id, 'retag', [], [{ field: 'ChargeCode', before: '1234567', after: '7654321' }, { field: 'ChargeCodeTag', before: 'ex-nutrition', after: 'ex-roads' }]]),
    );
  });

  it('leaves a merged pull request as it is when a review or an edit arrives after the merge', async () => {
    merge(47, [scraper()], ['analyst', 'ois-officer']);
    expect((await fileTickets(47)).code).toBe(0);
    const before = { labels: github.labelsOn(47), comments: github.commentsOn(47).map((c) => c.body) };
    const writes = github.requests.length;
    const late = github.addReview(47, { user: 'someone', state: 'COMMENTED' });
    const review = await runAction({ eventName: 'pull_request_review', payload: reviewEventFor(github, 'submitted', 47, late.id), github, workspace });
    const edit = await runAction({ eventName: 'pull_request_target', payload: pullRequestEventFor(github, 'edited', 47), github, workspace });
    for (const result of [review, edit]) {
      expect(result.code, result.stdout).toBe(0);
      expect(result.annotations.map((a) => a.message)).toEqual([expect.stringContaining('is already merged: its tickets were filed at the merge')]);
    }
    expect(github.requests.slice(writes).filter((r) => r.method !== 'GET')).toEqual([]);
    expect({ labels: github.labelsOn(47), comments: github.commentsOn(47).map((c) => c.body) }).toEqual(before);
  });

  it('files no tickets for a merge into another branch than the default one', async () => {
    github.addPull({ number: 48, user: AUTHOR, merged: true, files: [bigger()], base: { ref: 'develop' } });
    const result = await fileTickets(48);
    expect(result.code, result.stdout).toBe(0);
    expect(result.annotations.map((a) => a.message)).toEqual([expect.stringContaining('was merged into develop, not main: no tickets')]);
    expect(ticketIssues()).toEqual([]);
  });

  it('files the tickets of a merge that went without a required approval, says so on top of each, and fails the run', async () => {
    // Branch protection bypassed: an application merged with DIME Analytics' approval only.
    merge(50, [scraper()], ['analyst']);
    const result = await fileTickets(50);
    expect(result.code).toBe(1);
    const [ticket] = ticketIssues();
    expect(ticket!.body).toContain('\n> [!CAUTION]\n> This pull request was merged without the approval of Office of Information Security (OIS). Do not act on this ticket until they have confirmed it on the pull request.\n');
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringContaining('was merged without the approval of Office of Information Security (OIS). Its tickets are filed and say so at the top')]);
    expect(github.commentsOn(50)[0]!.body).toContain('Merged without the approval of Office of Information Security (OIS).');
  });

  it('opens no ticket for a documentation-only merge', async () => {
    merge(42, [{ filename: 'docs/how-to-request.md', status: 'modified', text: '# How to request\n', baseText: '# How\n' }], ['analyst']);
    const result = await fileTickets(42);
    expect(result.code).toBe(0);
    expect(ticketIssues()).toEqual([]);
    expect(github.commentsOn(42)[0]!.body).toContain('Nothing to send to IT services');
  });

  it('cites the development ticket when an application is promoted', async () => {
    github.addIssue({ title: 'ITS: create ec2-instance ex-roads-dashboard in WBG AWS DIME DEV PDMZ', body: '<!-- aws-requests:ticket pr=3 ticket=its-development -->\n<!-- aws-requests:request id=ex-roads-dashboard environment=development -->\n', labels: ['its-ticket'], user: 'github-actions[bot]' });
    const devIssue = github.state.issues[0]!.number;
    const promoted = sample(DASHBOARD).replace('environment: development', 'environment: production\ntestedInDevelopment: Ran for two weeks with partners.');
    merge(43, [{ filename: DASHBOARD, status: 'modified', baseText: sample(DASHBOARD), text: promoted }], ['analyst', 'ois-officer']);
    const result = await fileTickets(43);
    expect(result.code, result.stdout).toBe(0);
    const ticket = ticketIssues().find((i) => i.title.startsWith('ITS: promote'))!;
    expect(ticket.body).toContain(`(development ticket #${devIssue})`);
  });
});
