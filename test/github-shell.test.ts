import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../src/github/client.js';
import { explainError } from '../src/github/explain-error.js';
import { routeEvent } from '../src/github/router.js';
import { syncLabels } from '../src/github/sync-labels.js';
import { upsertComment } from '../src/github/upsert-comment.js';
import { COMMENT_MARKER, MAX_COMMENT_LENGTH, renderMarkdown } from '../src/render/markdown.js';
import { evaluate } from '../src/rules/evaluate.js';
import { added, file, sampleInventory, shippedPolicy } from './helpers.js';

const repo = { owner: 'dime', repo: 'requests' };
const pr = (number: number, fork = false) => ({ number, head: { sha: 'a'.repeat(40), repo: { full_name: fork ? 'someone/requests' : 'dime/requests' } }, base: { repo: { full_name: 'dime/requests' } } });

describe('routeEvent', () => {
  it.each(['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review'])('judges pull_request_target %s', (action) => {
    expect(routeEvent({ name: 'pull_request_target', payload: { action, pull_request: pr(7, true) } })).toMatchObject({ kind: 'judge', number: 7, readOnly: false });
  });

  it('files tickets when a pull request is merged, and nothing when it is closed unmerged', () => {
    expect(routeEvent({ name: 'pull_request_target', payload: { action: 'closed', pull_request: { ...pr(7), merged: true } } })).toMatchObject({ kind: 'tickets', number: 7 });
    expect(routeEvent({ name: 'pull_request', payload: { action: 'closed', pull_request: { ...pr(7), merged: false } } })).toMatchObject({ kind: 'ignore' });
  });

  it('ignores other pull-request actions, such as its own label changes', () => {
    expect(routeEvent({ name: 'pull_request_target', payload: { action: 'labeled', pull_request: pr(7) } })).toMatchObject({ kind: 'ignore' });
  });

  it('judges a pull_request from a fork read-only', () => {
    expect(routeEvent({ name: 'pull_request', payload: { action: 'opened', pull_request: pr(7, true) } })).toMatchObject({ kind: 'judge', readOnly: true });
  });

  it('leaves fork reviews to the relay, and judges same-repository reviews', () => {
    expect(routeEvent({ name: 'pull_request_review', payload: { action: 'submitted', pull_request: pr(7, true) } })).toMatchObject({ kind: 'ignore', why: expect.stringContaining('read-only token') });
    expect(routeEvent({ name: 'pull_request_review', payload: { action: 'dismissed', pull_request: pr(7) } })).toMatchObject({ kind: 'judge', number: 7 });
  });

  it('takes only a checked number and head commit from the relay', () => {
    const run = (display_title: string, conclusion = 'success') => routeEvent({ name: 'workflow_run', payload: { workflow_run: { display_title, head_sha: 'b'.repeat(40), conclusion } } });
    expect(run('aws-requests review relay #12')).toMatchObject({ kind: 'judge', number: 12, expectedHeadSha: 'b'.repeat(40) });
    for (const title of ['aws-requests review relay #0', 'aws-requests review relay #-1', 'aws-requests review relay #12; rm -rf', 'something else #12', 'aws-requests review relay #99999999999']) {
      expect(run(title)).toMatchObject({ kind: 'ignore' });
    }
    expect(run('aws-requests review relay #12', 'failure')).toMatchObject({ kind: 'ignore' });
  });

  it('judges a manual run only with a valid pull-request number', () => {
    expect(routeEvent({ name: 'workflow_dispatch', payload: { inputs: { 'pull-request': '42' } } })).toMatchObject({ kind: 'recover', number: 42 });
    expect(routeEvent({ name: 'workflow_dispatch', payload: { inputs: { 'pull-request': '4 2' } } })).toMatchObject({ kind: 'ignore' });
  });

  it('does nothing on unrelated events', () => {
    expect(routeEvent({ name: 'push', payload: {} })).toEqual({ kind: 'ignore', why: 'aws-requests does nothing on push events.' });
  });
});

describe('explainError', () => {
  it('names the missing permission for a refused write', () => {
    const error = Object.assign(new Error('Resource not accessible by integration'), { status: 403, request: { method: 'POST', url: 'https://api.github.com/repos/dime/requests/statuses/abc' } });
    expect(explainError(error)).toBe('The token may not POST /repos/dime/requests/statuses/abc: give the workflow job `statuses: write`. (GitHub said: Resource not accessible by integration)');
  });
});

/** A fake that answers routes from a table and records every call. */
function fakeClient(handlers: Record<string, (params: Record<string, unknown>) => unknown>): { client: GitHubClient; calls: string[] } {
  const calls: string[] = [];
  const request = async (route: string, params: Record<string, unknown> = {}) => {
    calls.push(route);
    const handler = handlers[route];
    if (!handler) throw new Error(`unexpected ${route}`);
    return { data: handler(params) };
  };
  // The fake implements only the routes a test names; the cast is the price of Octokit's huge route types.
  return { client: { request, graphql: async () => ({}) } as unknown as GitHubClient, calls };
}

describe('upsertComment', () => {
  it('updates the bot comment in place and ignores a person who pasted the marker', async () => {
    const comments = [
      { id: 1, body: `${COMMENT_MARKER}\nforged`, user: { type: 'User' } },
      { id: 2, body: `${COMMENT_MARKER}\nold`, user: { type: 'Bot' } },
    ];
    const updated: unknown[] = [];
    const { client, calls } = fakeClient({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => comments,
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => updated.push(p),
    });
    expect(await upsertComment(client, repo, 5, COMMENT_MARKER, `${COMMENT_MARKER}\nnew`)).toBe(2);
    expect(calls).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']);
    expect(updated).toEqual([expect.objectContaining({ comment_id: 2, body: `${COMMENT_MARKER}\nnew` })]);
  });

  it('creates one comment, and deletes a twin another run created at the same time', async () => {
    const comments: { id: number; body: string; user: { type: string } }[] = [];
    const deleted: number[] = [];
    let lists = 0;
    const { client } = fakeClient({
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': () => {
        lists++;
        return [...comments];
      },
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (p) => {
        // The racing run's comment lands just before ours.
        comments.push({ id: 10, body: `${COMMENT_MARKER}\nother`, user: { type: 'Bot' } }, { id: 11, body: String(p.body), user: { type: 'Bot' } });
        return { id: 11 };
      },
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': () => ({}),
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (p) => deleted.push(Number(p.comment_id)),
    });
    expect(await upsertComment(client, repo, 5, COMMENT_MARKER, `${COMMENT_MARKER}\nmine`)).toBe(10);
    expect(deleted).toEqual([11]);
    expect(lists).toBe(2);
  });
});

describe('syncLabels', () => {
  const policy = shippedPolicy();
  const owned = Object.values(policy.labels);

  it('adds missing labels (creating them with colour first), removes stale owned ones, keeps others', async () => {
    const created: unknown[] = [];
    const removed: string[] = [];
    const { client } = fakeClient({
      'GET /repos/{owner}/{repo}/labels': () => [{ name: 'computation' }],
      'POST /repos/{owner}/{repo}/labels': (p) => created.push(p),
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': () => [],
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (p) => removed.push(String(p.name)),
    });
    const change = await syncLabels(client, repo, 5, ['computation', 'needs-coffee'], ['application', 'ois-approval-required'], owned);
    expect(change).toEqual({ added: ['application', 'ois-approval-required'], removed: ['computation'] });
    expect(created).toEqual([
      expect.objectContaining({ name: 'application', color: policy.labels.application.color }),
      expect.objectContaining({ name: 'ois-approval-required', color: policy.labels.securityApprovalRequired.color }),
    ]);
    expect(removed).toEqual(['computation']);
  });

  it('makes no call when the labels are already right', async () => {
    const { client, calls } = fakeClient({});
    await syncLabels(client, repo, 5, ['computation', 'x'], ['computation'], owned);
    expect(calls).toEqual([]);
  });
});

describe('the comment', () => {
  it('stays under GitHub\'s limit and says how much it left out', () => {
    const policy = shippedPolicy();
    const many = Array.from({ length: 3000 }, (_, i) => added(file(`requests/bulk/bulk-${i}.yml`, `kind: s3-bucket\nproject: nowhere-${i}\n`)));
    const evaluation = evaluate({ policy, base: sampleInventory(), changes: many });
    const body = renderMarkdown(evaluation, { marker: true, maxLength: MAX_COMMENT_LENGTH, fullReportUrl: 'https://example.org/run/1' });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/… and [\d,]+ more findings: see \[the job summary\]\(https:\/\/example\.org\/run\/1\) for the full list\./);
  });

  it('keeps request text inert', () => {
    const policy = shippedPolicy();
    const text = `kind: s3-bucket\nproject: "@dime/ois <!-- aws-requests:comment --> \`\`\` <img src=x>"\n`;
    const evaluation = evaluate({ policy, base: sampleInventory(), changes: [added(file('requests/x/evil.yml', text))] });
    const body = renderMarkdown(evaluation, { marker: true });
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    expect(body).not.toMatch(/@dime|<img|<!-- aws-requests:comment --> /);
  });
});
