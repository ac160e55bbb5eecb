/**
 * Event payloads for the Action, built from GitHub's real webhook examples
 * (@octokit/webhooks-examples) and patched to our repository, pull request,
 * SHAs and people. None of the examples is merged or approved; these
 * builders make them so when asked.
 *
 * Every builder takes `repo` (defaults to the fake's default repository);
 * a FakeGitHub's `state` fits it: `pullRequestEvent('opened', {...}, github.state)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { DEFAULT_OWNER, DEFAULT_REPO, type FakeGitHub } from './fake-github.js';
import { fakeSha, isoSeconds, stableId, userId } from './render.js';
import type { FakeRepoRef } from './state.js';

export type PullRequestEvent = WebhookDefinition<'pull_request'>['examples'][number];
export type PullRequestReviewEvent = WebhookDefinition<'pull_request_review'>['examples'][number];
export type WorkflowRunEvent = WebhookDefinition<'workflow_run'>['examples'][number];
export type WorkflowDispatchEvent = WebhookDefinition<'workflow_dispatch'>['examples'][number];

/** The repository an event is about. FakeState has this shape. */
export interface EventRepo {
  owner: string;
  repo: string;
  /** Default: the id the fake gives the same repository. */
  repoId?: number;
  defaultBranch?: string;
}

const DEFAULT_EVENT_REPO: EventRepo = { owner: DEFAULT_OWNER, repo: DEFAULT_REPO };

export interface PullRequestEventOptions {
  number: number;
  headSha: string;
  baseSha: string;
  /** Login of the pull request's author. */
  author: string;
  title?: string;
  body?: string | null;
  headRef?: string;
  baseRef?: string;
  draft?: boolean;
  /** Only meaningful with action `closed`. */
  merged?: boolean;
  mergeCommitSha?: string;
  /** Who merged (default: `octocat`). */
  mergedBy?: string;
  /** The head lives in a fork owned by this login (default: the author) instead of the base repository. */
  headRepoFork?: boolean | FakeRepoRef;
  labels?: string[];
  /** `synchronize`: the previous head SHA. */
  before?: string;
  /** Who triggered the event (default: the author; the merger for a merge). */
  sender?: string;
}

export type PullRequestAction = 'opened' | 'synchronize' | 'reopened' | 'edited' | 'ready_for_review' | 'closed' | 'converted_to_draft' | 'labeled' | 'unlabeled';

export interface ReviewEventOptions extends PullRequestEventOptions {
  reviewer: string;
  /** The review's state; webhooks spell it in lower case, either case is accepted here. */
  state: 'approved' | 'changes_requested' | 'commented' | 'dismissed' | 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  reviewId?: number;
  /** The SHA the review was given on (default: `headSha`). */
  commitId?: string;
  reviewBody?: string | null;
}

export interface WorkflowRunEventOptions {
  /** The triggering run's title; for a pull_request_review run GitHub uses the PR's title. */
  displayTitle: string;
  headSha: string;
  headBranch?: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  /** The event that triggered the watched workflow. */
  event: string;
  workflowName?: string;
  runId?: number;
  /**
   * The pull requests GitHub lists on the run. GitHub leaves this EMPTY when
   * the head is in a fork, which is the case the Action must survive.
   */
  pullRequests?: Array<{ number: number; headSha: string; headRef: string; baseSha: string; baseRef: string }>;
  /** Where the head lives (default: the base repository). */
  headRepo?: FakeRepoRef;
  sender?: string;
}

export interface WorkflowDispatchEventOptions {
  inputs: Record<string, string>;
  ref?: string;
  workflowPath?: string;
  sender?: string;
}

type Json = Record<string, unknown>;

let definitions: Array<{ name: string; examples: Json[] }> | undefined;

/** A deep copy of the first example of `name` matching `pick` (the examples file is read once). */
function example(name: string, pick: (e: Json) => boolean): Json {
  definitions ??= JSON.parse(
    readFileSync(join(import.meta.dirname, '../../node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as Array<{ name: string; examples: Json[] }>;
  const found = definitions.find((d) => d.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example matching the builder's choice`);
  return structuredClone(found);
}

/** The object at `key`, which the examples always have. */
function child(o: Json, key: string): Json {
  const value = o[key];
  if (value === null || typeof value !== 'object') throw new Error(`webhook example has no object at ${key}`);
  return value as Json;
}

/** Point a user object (and its URLs) at another login. */
function retargetUser(user: Json, login: string, type?: 'Organization'): void {
  const old = String(user.login);
  for (const [key, value] of Object.entries(user)) {
    if (typeof value === 'string' && key.endsWith('url')) user[key] = value.replaceAll(`/${old}`, `/${encodeURIComponent(login)}`);
  }
  user.login = login;
  user.id = userId(login);
  user.node_id = `U_${Buffer.from(login).toString('base64url')}`;
  user.type = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
}

/** Point a repository object (and its URLs) at another repository. */
function retargetRepo(repo: Json, owner: string, name: string, id: number, fork: boolean, defaultBranch: string): void {
  const oldFull = String(repo.full_name);
  for (const [key, value] of Object.entries(repo)) {
    if (typeof value === 'string') repo[key] = value.replaceAll(oldFull, `${owner}/${name}`);
  }
  repo.name = name;
  repo.full_name = `${owner}/${name}`;
  repo.id = id;
  repo.node_id = `R_${Buffer.from(`${owner}/${name}`).toString('base64url')}`;
  repo.fork = fork;
  repo.private = false;
  if ('default_branch' in repo) repo.default_branch = defaultBranch;
  retargetUser(child(repo, 'owner'), owner, fork ? undefined : 'Organization');
}

function ownRepo(target: EventRepo): { owner: string; name: string; id: number; defaultBranch: string } {
  return {
    owner: target.owner,
    name: target.repo,
    id: target.repoId ?? stableId(`repo:${target.owner}/${target.repo}`),
    defaultBranch: target.defaultBranch ?? 'main',
  };
}

function headRepoOf(o: PullRequestEventOptions, target: EventRepo): FakeRepoRef {
  if (o.headRepoFork === true) return { owner: o.author, name: target.repo };
  if (o.headRepoFork) return o.headRepoFork;
  return { owner: target.owner, name: target.repo };
}

/** Patch a webhook `pull_request` object in place. */
function patchPull(pr: Json, o: PullRequestEventOptions, target: EventRepo, closed: boolean): void {
  const own = ownRepo(target);
  const oldNumber = Number(pr.number);
  const oldFull = String(child(child(pr, 'base'), 'repo').full_name);
  const newFull = `${own.owner}/${own.name}`;
  // URLs name the repository and the number: rewrite both everywhere in the object.
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replaceAll(oldFull, newFull).replace(new RegExp(`/(pulls?|issues)/${oldNumber}(?=$|[/#?.])`, 'g'), `/$1/${o.number}`);
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) (value as Json)[k] = rewrite(v);
    }
    return value;
  };
  rewrite(pr);
  const created = isoSeconds(new Date());
  pr.number = o.number;
  pr.id = stableId(`pull:${o.number}`);
  pr.title = o.title ?? `Pull request #${o.number}`;
  pr.body = o.body ?? null;
  pr.draft = o.draft ?? false;
  pr.state = closed ? 'closed' : 'open';
  pr.labels = (o.labels ?? []).map((name) => ({ id: stableId(`label:${name}`), node_id: `LA_${name}`, url: `https://api.github.com/repos/${newFull}/labels/${encodeURIComponent(name)}`, name, color: 'ededed', default: false, description: null }));
  pr.statuses_url = `https://api.github.com/repos/${newFull}/statuses/${o.headSha}`;
  pr.requested_reviewers = [];
  pr.requested_teams = [];
  pr.assignees = [];
  pr.assignee = null;
  retargetUser(child(pr, 'user'), o.author);
  const merged = closed && (o.merged ?? false);
  if ('merged' in pr || closed) {
    pr.merged = merged;
    pr.merged_at = merged ? created : null;
    pr.closed_at = closed ? created : null;
    pr.merge_commit_sha = merged ? (o.mergeCommitSha ?? fakeSha(`merge-${o.number}`)) : null;
    if (merged) {
      const by = structuredClone(child(pr, 'user'));
      retargetUser(by, o.mergedBy ?? 'octocat');
      pr.merged_by = by;
    } else pr.merged_by = null;
  }

  const headRepo = headRepoOf(o, target);
  const fork = headRepo.owner !== own.owner || headRepo.name !== own.name;
  const head = child(pr, 'head');
  head.sha = o.headSha;
  head.ref = o.headRef ?? `request-${o.number}`;
  head.label = `${headRepo.owner}:${String(head.ref)}`;
  retargetUser(child(head, 'user'), headRepo.owner, fork ? undefined : 'Organization');
  retargetRepo(child(head, 'repo'), headRepo.owner, headRepo.name, fork ? stableId(`repo:${headRepo.owner}/${headRepo.name}`) : own.id, fork, own.defaultBranch);

  const base = child(pr, 'base');
  base.sha = o.baseSha;
  base.ref = o.baseRef ?? own.defaultBranch;
  base.label = `${own.owner}:${String(base.ref)}`;
  retargetUser(child(base, 'user'), own.owner, 'Organization');
  retargetRepo(child(base, 'repo'), own.owner, own.name, own.id, false, own.defaultBranch);
}

/** Repository, sender and organization of any payload. */
function patchEnvelope(payload: Json, target: EventRepo, sender: string): void {
  const own = ownRepo(target);
  retargetRepo(child(payload, 'repository'), own.owner, own.name, own.id, false, own.defaultBranch);
  retargetUser(child(payload, 'sender'), sender);
  if (payload.organization && typeof payload.organization === 'object') {
    const org = payload.organization as Json;
    const old = String(org.login);
    for (const [key, value] of Object.entries(org)) if (typeof value === 'string' && key.endsWith('url')) org[key] = value.replaceAll(`/${old}`, `/${own.owner}`);
    org.login = own.owner;
    org.id = userId(own.owner);
  }
  // The examples carry a real installation of someone else's app; the Action's token is not tied to it.
  delete payload.installation;
}

/** A `pull_request` (or `pull_request_target`) payload. */
export function pullRequestEvent(action: PullRequestAction, options: PullRequestEventOptions, repo: EventRepo = DEFAULT_EVENT_REPO): PullRequestEvent {
  // The `opened` example without organization/installation is the plainest; its shape serves every action.
  const payload = example('pull_request', (e) => e.action === 'opened');
  payload.action = action;
  payload.number = options.number;
  patchPull(child(payload, 'pull_request'), options, repo, action === 'closed');
  const merged = action === 'closed' && (options.merged ?? false);
  patchEnvelope(payload, repo, options.sender ?? (merged ? (options.mergedBy ?? 'octocat') : options.author));
  if (action === 'synchronize') {
    payload.before = options.before ?? fakeSha(`before-${options.number}`);
    payload.after = options.headSha;
  }
  return payload as unknown as PullRequestEvent;
}

/** A `pull_request_review` payload (`submitted`, `dismissed` or `edited`). */
export function reviewEvent(action: 'submitted' | 'dismissed' | 'edited', options: ReviewEventOptions, repo: EventRepo = DEFAULT_EVENT_REPO): PullRequestReviewEvent {
  const payload = example('pull_request_review', (e) => e.action === (action === 'dismissed' ? 'dismissed' : 'submitted'));
  payload.action = action;
  patchPull(child(payload, 'pull_request'), options, repo, false);
  const review = child(payload, 'review');
  const own = ownRepo(repo);
  const id = options.reviewId ?? stableId(`review:${options.number}:${options.reviewer}`);
  const html = `https://github.com/${own.owner}/${own.name}/pull/${options.number}#pullrequestreview-${id}`;
  review.id = id;
  review.node_id = `PRR_${id}`;
  review.state = options.state.toLowerCase();
  review.commit_id = options.commitId ?? options.headSha;
  review.body = options.reviewBody ?? null;
  review.submitted_at = isoSeconds(new Date());
  review.html_url = html;
  review.pull_request_url = `https://api.github.com/repos/${own.owner}/${own.name}/pulls/${options.number}`;
  review._links = { html: { href: html }, pull_request: { href: review.pull_request_url } };
  retargetUser(child(review, 'user'), options.reviewer);
  patchEnvelope(payload, repo, options.sender ?? options.reviewer);
  return payload as unknown as PullRequestReviewEvent;
}

/** A `workflow_run` `completed` payload, as the privileged workflow behind a review run receives it. */
export function workflowRunEvent(options: WorkflowRunEventOptions, repo: EventRepo = DEFAULT_EVENT_REPO): WorkflowRunEvent {
  const payload = example('workflow_run', (e) => e.action === 'completed');
  const own = ownRepo(repo);
  const run = child(payload, 'workflow_run');
  const runId = options.runId ?? 4242;
  const oldRunId = String(run.id);
  for (const [key, value] of Object.entries(run)) if (typeof value === 'string') run[key] = value.replaceAll(oldRunId, String(runId));
  run.id = runId;
  run.name = options.workflowName ?? 'aws-requests review';
  run.display_title = options.displayTitle;
  run.event = options.event;
  run.status = 'completed';
  run.conclusion = options.conclusion;
  run.head_sha = options.headSha;
  run.head_branch = options.headBranch ?? 'request';
  const headCommit = child(run, 'head_commit');
  headCommit.id = options.headSha;
  run.pull_requests = (options.pullRequests ?? []).map((p) => ({
    id: stableId(`pull:${p.number}`),
    number: p.number,
    url: `https://api.github.com/repos/${own.owner}/${own.name}/pulls/${p.number}`,
    head: { ref: p.headRef, sha: p.headSha, repo: { id: own.id, name: own.name, url: `https://api.github.com/repos/${own.owner}/${own.name}` } },
    base: { ref: p.baseRef, sha: p.baseSha, repo: { id: own.id, name: own.name, url: `https://api.github.com/repos/${own.owner}/${own.name}` } },
  }));
  retargetRepo(child(run, 'repository'), own.owner, own.name, own.id, false, own.defaultBranch);
  const head = options.headRepo ?? { owner: own.owner, name: own.name };
  const fork = head.owner !== own.owner || head.name !== own.name;
  retargetRepo(child(run, 'head_repository'), head.owner, head.name, fork ? stableId(`repo:${head.owner}/${head.name}`) : own.id, fork, own.defaultBranch);
  const workflow = child(payload, 'workflow');
  workflow.name = run.name;
  patchEnvelope(payload, repo, options.sender ?? 'octocat');
  return payload as unknown as WorkflowRunEvent;
}

/** A `workflow_dispatch` payload with the given inputs (all strings, as GitHub sends them). */
export function workflowDispatchEvent(options: WorkflowDispatchEventOptions, repo: EventRepo = DEFAULT_EVENT_REPO): WorkflowDispatchEvent {
  const payload = example('workflow_dispatch', () => true);
  const own = ownRepo(repo);
  payload.inputs = { ...options.inputs };
  payload.ref = options.ref ?? `refs/heads/${own.defaultBranch}`;
  payload.workflow = options.workflowPath ?? '.github/workflows/aws-requests.yml';
  patchEnvelope(payload, repo, options.sender ?? 'octocat');
  return payload as unknown as WorkflowDispatchEvent;
}

/**
 * A `pull_request` payload for a pull request seeded in the fake, so the
 * event and the API agree on number, SHAs, author, draft, merge and fork.
 */
export function pullRequestEventFor(github: FakeGitHub, action: PullRequestAction, number: number, overrides: Partial<PullRequestEventOptions> = {}): PullRequestEvent {
  const pull = github.pull(number);
  const { state } = github;
  const fork = pull.head.repo.owner !== state.owner || pull.head.repo.name !== state.repo;
  return pullRequestEvent(
    action,
    {
      number,
      headSha: pull.head.sha,
      baseSha: pull.base.sha,
      author: pull.user.login,
      title: pull.title,
      body: pull.body,
      headRef: pull.head.ref,
      baseRef: pull.base.ref,
      draft: pull.draft,
      merged: pull.merged,
      ...(pull.merge_commit_sha ? { mergeCommitSha: pull.merge_commit_sha } : {}),
      ...(pull.merged_by ? { mergedBy: pull.merged_by.login } : {}),
      headRepoFork: fork ? pull.head.repo : false,
      labels: pull.labels,
      ...overrides,
    },
    state,
  );
}

/** A `pull_request_review` payload for a seeded pull request and one of its seeded reviews (by id). */
export function reviewEventFor(github: FakeGitHub, action: 'submitted' | 'dismissed' | 'edited', number: number, reviewId: number): PullRequestReviewEvent {
  const pull = github.pull(number);
  const review = pull.reviews.find((r) => r.id === reviewId);
  if (!review) throw new Error(`pull request #${number} has no review ${reviewId}`);
  const { state } = github;
  const fork = pull.head.repo.owner !== state.owner || pull.head.repo.name !== state.repo;
  return reviewEvent(
    action,
    {
      number,
      headSha: pull.head.sha,
      baseSha: pull.base.sha,
      author: pull.user.login,
      title: pull.title,
      headRef: pull.head.ref,
      baseRef: pull.base.ref,
      draft: pull.draft,
      headRepoFork: fork ? pull.head.repo : false,
      labels: pull.labels,
      reviewer: review.user.login,
      state: review.state === 'PENDING' ? 'commented' : review.state,
      reviewId: review.id,
      ...(review.commit_id ? { commitId: review.commit_id } : {}),
      reviewBody: review.body || null,
    },
    state,
  );
}
