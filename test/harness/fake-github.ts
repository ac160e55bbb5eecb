/**
 * A local GitHub for end-to-end tests: a `node:http` server on 127.0.0.1
 * that serves the REST operations the Action uses (and GraphQL), keeps
 * state, paginates like GitHub, and holds every request and every response
 * to GitHub's own descriptions (the OpenAPI subset and the GraphQL schema).
 *
 *   const github = await startFakeGitHub();
 *   github.addPull({ number: 7, user: 'alice', files: [{ filename: 'requests/x.yml', status: 'added', text }] });
 *   ... run the Action with GITHUB_API_URL = github.url ...
 *   github.expectNoViolations();
 *   await github.close();
 *
 * A request GitHub would reject is answered the way GitHub answers it (400,
 * 404, 422) and recorded in `violations`; a response of the fake's own that
 * breaks the description is recorded too (a harness bug) but still sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { executeGraphQL, type GraphQLRequest } from './graphql.js';
import { MAX_PER_PAGE, OpenApi, type Operation } from './openapi.js';
import * as render from './render.js';
import type {
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakePull,
  FakePullFile,
  FakeRepoRef,
  FakeReview,
  FakeState,
  FakeStatus,
  GitFile,
  GitMode,
  MembershipState,
  ReviewState,
  StatusState,
} from './state.js';

export type * from './state.js';
export { fakeSha, gitBlobSha } from './render.js';

/** Repository the fake plays unless told otherwise (events.ts uses the same). */
export const DEFAULT_OWNER = 'octo-org';
export const DEFAULT_REPO = 'cloud-requests';
/** The token every fake accepts unless `tokens` says otherwise. */
export const DEFAULT_TOKEN = 'test-token';
/** The login a token acts as unless it names one: the Actions bot, as with GITHUB_TOKEN. */
export const DEFAULT_LOGIN = 'github-actions[bot]';

/** One permission of a GitHub App / GITHUB_TOKEN. */
export type Access = 'none' | 'read' | 'write';

/** What a token may do, in GitHub's permission names. Missing = `none`. */
export interface TokenPermissions {
  /** Who the token acts as: the author of comments, issues and statuses it creates. */
  login?: string;
  issues?: Access;
  pull_requests?: Access;
  statuses?: Access;
  /** Repository contents; GraphQL git object reads need `read`. Defaults to `read`. */
  contents?: Access;
  /** Organization members (team membership reads). */
  members?: boolean;
  /**
   * What a team-membership read without `members` gets: GITHUB_TOKEN sees
   * 404 Not Found (default); a GitHub App without the permission gets 403.
   */
  membersDenied?: 403 | 404;
}

/** Everything a workflow's token can be given. */
export const FULL_ACCESS: TokenPermissions = { issues: 'write', pull_requests: 'write', statuses: 'write', contents: 'read', members: true };
/** The token a fork's pull request gets: reads only, no org access. */
export const READ_ONLY: TokenPermissions = { issues: 'read', pull_requests: 'read', statuses: 'read', contents: 'read', members: false };

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  repoId?: number;
  private?: boolean;
  defaultBranch?: string;
  /** token -> permissions. Default: `{ 'test-token': FULL_ACCESS }`. */
  tokens?: Record<string, TokenPermissions>;
  /** Web URL used in `html_url`s. Default `https://github.com`. */
  serverUrl?: string;
  /** Clock for timestamps. Default: the real one. */
  now?: () => Date;
  /**
   * Play GitHub Enterprise Server: REST under `/api/v3` (`url` ends with it)
   * and GraphQL at `/api/graphql`, where Octokit sends it for such a base URL.
   */
  enterprise?: boolean;
}

/** One request as the fake saw it. */
export interface LoggedRequest {
  method: string;
  /**
   * Path without query, as github.com spells it: `/repos/{owner}/{repo}/...`
   * even when sent as `/repositories/{id}/...`, and without `/api/v3` on an
   * enterprise fake.
   */
  path: string;
  /** Path exactly as sent (without query). */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body; the raw text when it was not JSON; undefined when empty. */
  body: unknown;
  /** Status sent; 0 when the connection was reset. */
  status: number;
  /** The OpenAPI operationId, `graphql` for POST /graphql, null when unknown. */
  operationId: string | null;
  token: string | null;
  /** Answered by `failNext` rather than by the fake's logic. */
  fault: boolean;
  /** The fake's logic carried the request out (2xx), whatever answer the client got. */
  processed: boolean;
}

/** Something GitHub would not accept (or not send): each makes `expectNoViolations` throw. */
export interface Violation {
  kind: 'route' | 'path' | 'query' | 'body' | 'response' | 'graphql';
  method: string;
  path: string;
  operationId: string | null;
  message: string;
}

/**
 * An injected answer: a status with optional headers and body (objects sent
 * as JSON), a reset connection, or no answer at all (`hang`: the socket stays
 * open until the client gives up or the fake closes).
 */
export type FaultResponse = { status: number; headers?: Record<string, string>; body?: unknown } | 'reset' | 'hang';

/** When a fault strikes: instead of the request (GitHub never saw it), or after GitHub did it and the answer was lost. */
export interface FaultOptions {
  /** Carry the request out, then answer with the fault: a write that happened though the client saw it fail. */
  afterProcessing?: boolean;
}

/** Which requests a fault applies to; every given field must match. */
export interface RequestMatcher {
  method?: string;
  /** Compared with the canonical path (no query): exact string, or RegExp test. */
  path?: string | RegExp;
  operationId?: string;
}

/** A file of a seeded pull request; `text`/`baseText` also seed the git content at head/base. */
export interface PullFileSeed {
  filename: string;
  status?: FakePullFile['status'];
  previous_filename?: string;
  /** Content at the head commit (not for removed files). */
  text?: string;
  /** Content at the base commit, under `previous_filename` when renamed. */
  baseText?: string;
  mode?: GitMode;
  additions?: number;
  deletions?: number;
  patch?: string;
  sha?: string | null;
}

export interface ReviewSeed {
  user: string;
  state: ReviewState;
  /** Default: the pull request's current head SHA. */
  commit_id?: string | null;
  submitted_at?: string;
  body?: string;
}

/** A pull request to seed; everything has a sensible default. */
export interface PullSeed {
  number?: number;
  title?: string;
  body?: string | null;
  /** Author login. Default `octocat`. */
  user?: string;
  head?: { sha?: string; ref?: string; repo?: FakeRepoRef };
  base?: { sha?: string; ref?: string };
  draft?: boolean;
  state?: 'open' | 'closed';
  merged?: boolean;
  merge_commit_sha?: string | null;
  merged_by?: string | null;
  labels?: string[];
  assignees?: string[];
  files?: PullFileSeed[];
  reviews?: ReviewSeed[];
  requested_reviewers?: { users?: string[]; teams?: string[] };
  commits?: number;
}

export interface IssueSeed {
  number?: number;
  title: string;
  body?: string | null;
  user?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
}

export interface StatusSeed {
  sha: string;
  context?: string;
  state: StatusState;
  description?: string | null;
  target_url?: string | null;
  creator?: string;
}

/** The handle a test holds on a running fake. */
export interface FakeGitHub {
  /** Base URL for GITHUB_API_URL (`http://127.0.0.1:PORT`, or `.../api/v3` for `enterprise`; no trailing slash). */
  readonly url: string;
  /** `${url}/graphql` (`.../api/graphql` for `enterprise`), for GITHUB_GRAPHQL_URL. */
  readonly graphqlUrl: string;
  /** Web URL in `html_url`s, for GITHUB_SERVER_URL. */
  readonly serverUrl: string;
  /** The live state: seed it before the Action runs, inspect it after. */
  readonly state: FakeState;
  /** Every request since start or the last `resetLog()`. */
  readonly requests: readonly LoggedRequest[];
  /** Every violation since start or the last `clearViolations()`. */
  readonly violations: readonly Violation[];
  /** Forget logged requests (state is kept). */
  resetLog(): void;
  /** Forget violations, returning them (for tests that provoke some on purpose). */
  clearViolations(): Violation[];
  /** Throw, listing them, if any request or response broke GitHub's descriptions. */
  expectNoViolations(): void;
  /** `METHOD /path` of each logged request (query left out), for compact assertions. */
  calls(): string[];
  /**
   * The next `responses.length` requests matching `matcher` get these
   * answers in order (after their violations are recorded), then normal service.
   */
  failNext(matcher: RequestMatcher, responses: FaultResponse[], options?: FaultOptions): void;
  /** Injected answers not yet used. */
  pendingFaults(): number;
  addPull(seed?: PullSeed): FakePull;
  addIssue(seed: IssueSeed): FakeIssue;
  addLabel(seed: { name: string; color?: string; description?: string | null }): FakeLabel;
  addComment(issueNumber: number, seed: { body: string; user?: string }): FakeComment;
  /** Adds a submitted review; like GitHub, it removes the reviewer from the requested reviewers. */
  addReview(pullNumber: number, seed: ReviewSeed): FakeReview;
  addStatus(seed: StatusSeed): FakeStatus;
  /** Git content at a commit (merged into what is already there); strings are regular files. */
  addCommit(sha: string, files: Record<string, string | GitFile>): void;
  /** Team `org/slug` and its members (replacing any previous list). */
  setTeam(team: string, members: Record<string, MembershipState>): void;
  pull(number: number): FakePull;
  /** Label names on an issue or pull request. */
  labelsOn(number: number): string[];
  commentsOn(number: number): FakeComment[];
  /** The combined view of a commit's statuses: the newest per context. */
  latestStatuses(sha: string): Record<string, FakeStatus>;
  close(): Promise<void>;
}

/** GitHub's 403 for a secondary rate limit, exactly as its body reads; Octokit's throttling plugin keys on it. */
export function secondaryRateLimit(retryAfterSeconds = 1): FaultResponse {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4990' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000 and timestamp 2025-01-01 00:00:00 UTC.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** GitHub's 403 for an exhausted primary rate limit (`x-ratelimit-remaining: 0`), resetting after `resetInSeconds`. */
export function primaryRateLimit(resetInSeconds = 1): FaultResponse {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
    },
    body: {
      message:
        'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000 and timestamp 2025-01-01 00:00:00 UTC.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    },
  };
}

/** A 5xx as GitHub's front end sends it. */
export function serverError(status = 502): FaultResponse {
  return { status, body: { message: 'Server Error' } };
}

/** Start a fake on a random port of 127.0.0.1. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new Fake(options);
  await fake.listen();
  return fake;
}

/** A non-2xx answer with GitHub's error body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

type Area = 'issues' | 'pull_requests' | 'statuses' | 'contents';

/** What a handler gets: the validated request. */
interface Call {
  operation: Operation;
  path: Record<string, string | number>;
  query: Record<string, string | number | boolean>;
  rawQuery: URLSearchParams;
  canonicalPath: string;
  body: Record<string, unknown>;
  token: { value: string; permissions: TokenPermissions; login: string } | null;
}

type Handler = (call: Call) => Reply;

const GITHUB_LIMITS = { commentBody: 65536, issueBody: 65536, labelName: 50, labelDescription: 100, statusDescription: 140, statusesPerContext: 1000, pullFiles: 3000 };

/** The bundled implementation behind FakeGitHub. */
class Fake implements FakeGitHub {
  url = '';
  graphqlUrl = '';
  readonly serverUrl: string;
  readonly state: FakeState;
  requests: LoggedRequest[] = [];
  violations: Violation[] = [];
  private readonly api = new OpenApi();
  private readonly server: Server;
  private readonly tokens: Record<string, TokenPermissions>;
  private readonly now: () => Date;
  private readonly faults: Array<{ matcher: RequestMatcher; responses: FaultResponse[]; afterProcessing: boolean }> = [];
  private readonly handlers: Record<string, Handler>;
  private readonly rateUsed = new Map<string, { core: number; graphql: number }>();
  private readonly rateReset: Date;
  private nextId = 1_000_001;
  private requestCounter = 0;
  private readonly enterprise: boolean;

  constructor(options: FakeGitHubOptions) {
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/$/, '');
    this.enterprise = options.enterprise ?? false;
    this.tokens = options.tokens ?? { [DEFAULT_TOKEN]: FULL_ACCESS };
    this.now = options.now ?? (() => new Date());
    this.rateReset = new Date(this.now().getTime() + 3600_000);
    const owner = options.owner ?? DEFAULT_OWNER;
    const repo = options.repo ?? DEFAULT_REPO;
    this.state = {
      owner,
      repo,
      repoId: options.repoId ?? render.stableId(`repo:${owner}/${repo}`),
      private: options.private ?? false,
      defaultBranch: options.defaultBranch ?? 'main',
      blobTextLimit: 512_000,
      pulls: [],
      issues: [],
      labels: [],
      comments: [],
      statuses: [],
      commits: {},
      refs: {},
      teams: {},
      collaborators: null,
    };
    this.handlers = this.createHandlers();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // A bug in the fake: answer 500 and make the test fail.
        this.violation('response', req.method ?? '', req.url ?? '', null, `fake GitHub crashed: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
    // Every handler must have an operation in the subset, and every operation a handler.
    for (const operation of this.api.operations) {
      if (!this.handlers[operation.operationId]) throw new Error(`fake GitHub has no handler for ${operation.operationId}`);
    }
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    this.url = this.enterprise ? `${origin}/api/v3` : origin;
    this.graphqlUrl = this.enterprise ? `${origin}/api/graphql` : `${origin}/graphql`;
  }

  async close(): Promise<void> {
    // Clients keep connections alive; without this, close() waits for them to time out.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  // ---- log, violations, faults ------------------------------------------

  resetLog(): void {
    this.requests = [];
  }

  clearViolations(): Violation[] {
    const out = this.violations;
    this.violations = [];
    return out;
  }

  expectNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `  [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.message}`);
    throw new Error(`fake GitHub saw ${this.violations.length} violation(s) of GitHub's API description:\n${lines.join('\n')}`);
  }

  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  failNext(matcher: RequestMatcher, responses: FaultResponse[], options: FaultOptions = {}): void {
    this.faults.push({ matcher, responses: [...responses], afterProcessing: options.afterProcessing ?? false });
  }

  pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.responses.length, 0);
  }

  private takeFault(method: string, path: string, operationId: string | null): { response: FaultResponse; afterProcessing: boolean } | undefined {
    for (const fault of this.faults) {
      const { matcher } = fault;
      if (fault.responses.length === 0) continue;
      if (matcher.method && matcher.method.toUpperCase() !== method) continue;
      if (matcher.operationId && matcher.operationId !== operationId) continue;
      if (typeof matcher.path === 'string' && matcher.path !== path) continue;
      if (matcher.path instanceof RegExp && !matcher.path.test(path)) continue;
      const response = fault.responses.shift();
      return response === undefined ? undefined : { response, afterProcessing: fault.afterProcessing };
    }
    return undefined;
  }

  private violation(kind: Violation['kind'], method: string, path: string, operationId: string | null, message: string): void {
    this.violations.push({ kind, method, path, operationId, message });
  }

  // ---- seeding -----------------------------------------------------------

  private timestamp(): string {
    return render.isoSeconds(this.now());
  }

  private id(): number {
    return this.nextId++;
  }

  private nextNumber(): number {
    return Math.max(0, ...this.state.pulls.map((p) => p.number), ...this.state.issues.map((i) => i.number)) + 1;
  }

  addPull(seed: PullSeed = {}): FakePull {
    const number = seed.number ?? this.nextNumber();
    if (this.state.pulls.some((p) => p.number === number) || this.state.issues.some((i) => i.number === number)) {
      throw new Error(`number ${number} is already an issue or pull request`);
    }
    const created = this.timestamp();
    const merged = seed.merged ?? false;
    const closed = merged || seed.state === 'closed';
    const headSha = seed.head?.sha ?? render.fakeSha(`head-${number}`);
    const baseSha = seed.base?.sha ?? render.fakeSha(`base-${number}`);
    const pull: FakePull = {
      number,
      title: seed.title ?? `Pull request #${number}`,
      body: seed.body ?? null,
      user: { login: seed.user ?? 'octocat' },
      head: { sha: headSha, ref: seed.head?.ref ?? `request-${number}`, repo: seed.head?.repo ?? { owner: this.state.owner, name: this.state.repo } },
      base: { sha: baseSha, ref: seed.base?.ref ?? this.state.defaultBranch },
      draft: seed.draft ?? false,
      state: closed ? 'closed' : 'open',
      merged,
      merge_commit_sha: seed.merge_commit_sha !== undefined ? seed.merge_commit_sha : merged ? render.fakeSha(`merge-${number}`) : null,
      merged_by: merged ? { login: seed.merged_by ?? 'octocat' } : null,
      created_at: created,
      updated_at: created,
      closed_at: closed ? created : null,
      merged_at: merged ? created : null,
      labels: [],
      assignees: seed.assignees ?? [],
      files: [],
      reviews: [],
      requested_reviewers: { users: seed.requested_reviewers?.users ?? [], teams: seed.requested_reviewers?.teams ?? [] },
      commits: seed.commits ?? 1,
    };
    this.state.commits[headSha] ??= {};
    this.state.commits[baseSha] ??= {};
    if (pull.merge_commit_sha) this.state.commits[pull.merge_commit_sha] ??= {};
    for (const f of seed.files ?? []) pull.files.push(this.seedFile(pull, f));
    for (const name of seed.labels ?? []) pull.labels.push(this.ensureLabel(name).name);
    this.state.pulls.push(pull);
    for (const r of seed.reviews ?? []) this.addReview(number, r);
    return pull;
  }

  private seedFile(pull: FakePull, f: PullFileSeed): FakePullFile {
    const status = f.status ?? (f.baseText === undefined ? 'added' : 'modified');
    const mode = f.mode ?? '100644';
    if (f.text !== undefined && status !== 'removed') (this.state.commits[pull.head.sha] ??= {})[f.filename] = { mode, text: f.text };
    if (f.baseText !== undefined) (this.state.commits[pull.base.sha] ??= {})[f.previous_filename ?? f.filename] = { mode, text: f.baseText };
    const counted = lineDiff(status === 'removed' ? undefined : f.text, f.baseText);
    const additions = f.additions ?? counted.additions;
    const deletions = f.deletions ?? counted.deletions;
    return {
      filename: f.filename,
      status,
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
      additions,
      deletions,
      changes: additions + deletions,
      ...(f.sha !== undefined ? { sha: f.sha } : {}),
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
    };
  }

  addIssue(seed: IssueSeed): FakeIssue {
    const number = seed.number ?? this.nextNumber();
    if (this.state.pulls.some((p) => p.number === number) || this.state.issues.some((i) => i.number === number)) {
      throw new Error(`number ${number} is already an issue or pull request`);
    }
    const created = this.timestamp();
    const closed = seed.state === 'closed';
    const issue: FakeIssue = {
      number,
      title: seed.title,
      body: seed.body ?? null,
      user: { login: seed.user ?? DEFAULT_LOGIN },
      labels: (seed.labels ?? []).map((name) => this.ensureLabel(name).name),
      assignees: seed.assignees ?? [],
      state: closed ? 'closed' : 'open',
      state_reason: closed ? 'completed' : null,
      created_at: created,
      updated_at: created,
      closed_at: closed ? created : null,
    };
    this.state.issues.push(issue);
    return issue;
  }

  addLabel(seed: { name: string; color?: string; description?: string | null }): FakeLabel {
    if (render.findLabel(this.state, seed.name)) throw new Error(`label ${seed.name} already exists`);
    const label: FakeLabel = { id: this.id(), name: seed.name, color: seed.color ?? 'ededed', description: seed.description ?? null, default: false };
    this.state.labels.push(label);
    return label;
  }

  /** The repository label for `name`, created the way GitHub does when an issue is labelled with a new name. */
  private ensureLabel(name: string): FakeLabel {
    return render.findLabel(this.state, name) ?? this.addLabel({ name });
  }

  addComment(issueNumber: number, seed: { body: string; user?: string }): FakeComment {
    const created = this.timestamp();
    const comment: FakeComment = { id: this.id(), issue_number: issueNumber, body: seed.body, user: { login: seed.user ?? DEFAULT_LOGIN }, created_at: created, updated_at: created };
    this.state.comments.push(comment);
    return comment;
  }

  addReview(pullNumber: number, seed: ReviewSeed): FakeReview {
    const pull = this.pull(pullNumber);
    const review: FakeReview = {
      id: this.id(),
      user: { login: seed.user },
      state: seed.state,
      commit_id: seed.commit_id !== undefined ? seed.commit_id : pull.head.sha,
      submitted_at: seed.submitted_at ?? this.timestamp(),
      body: seed.body ?? '',
    };
    pull.reviews.push(review);
    pull.requested_reviewers.users = pull.requested_reviewers.users.filter((login) => login !== seed.user);
    return review;
  }

  addStatus(seed: StatusSeed): FakeStatus {
    const created = this.timestamp();
    const status: FakeStatus = {
      id: this.id(),
      sha: seed.sha,
      context: seed.context ?? 'default',
      state: seed.state,
      description: seed.description ?? null,
      target_url: seed.target_url ?? null,
      creator: { login: seed.creator ?? DEFAULT_LOGIN },
      created_at: created,
      updated_at: created,
    };
    this.state.statuses.push(status);
    return status;
  }

  addCommit(sha: string, files: Record<string, string | GitFile>): void {
    const tree = (this.state.commits[sha] ??= {});
    for (const [path, file] of Object.entries(files)) tree[path] = typeof file === 'string' ? { mode: '100644', text: file } : file;
  }

  setTeam(team: string, members: Record<string, MembershipState>): void {
    if (!/^[^/]+\/[^/]+$/.test(team)) throw new Error(`team must be "org/slug", got ${team}`);
    this.state.teams[team] = { ...members };
  }

  pull(number: number): FakePull {
    const pull = this.state.pulls.find((p) => p.number === number);
    if (!pull) throw new Error(`no pull request #${number} in the fake`);
    return pull;
  }

  labelsOn(number: number): string[] {
    const item = this.state.pulls.find((p) => p.number === number) ?? this.state.issues.find((i) => i.number === number);
    if (!item) throw new Error(`no issue or pull request #${number} in the fake`);
    return [...item.labels];
  }

  commentsOn(number: number): FakeComment[] {
    return this.state.comments.filter((c) => c.issue_number === number);
  }

  latestStatuses(sha: string): Record<string, FakeStatus> {
    const out: Record<string, FakeStatus> = {};
    // Ids grow with time, so the largest id per context is the newest; contexts compare case-insensitively.
    for (const s of this.state.statuses.filter((x) => x.sha === sha).sort((a, b) => a.id - b.id)) {
      const existing = Object.keys(out).find((k) => k.toLowerCase() === s.context.toLowerCase());
      if (existing) delete out[existing];
      out[s.context] = s;
    }
    return out;
  }

  // ---- HTTP --------------------------------------------------------------

  private ctx(): render.RenderContext {
    return { api: this.url, web: this.serverUrl, state: this.state };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = url.pathname;
    const path = this.canonicalPath(this.stripPrefix(rawPath));
    const { value: token, problem: authProblem } = this.authenticate(req.headers.authorization);

    let body: unknown;
    let bodyIsJson = true;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        bodyIsJson = false;
      }
    }
    const entry: LoggedRequest = {
      method,
      path,
      rawPath,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
      operationId: null,
      token: token?.value ?? null,
      fault: false,
      processed: false,
    };
    this.requests.push(entry);
    this.requestCounter++;

    // A fault that strikes after processing replaces the answer the fake's logic produced.
    let lostAnswer: FaultResponse | undefined;
    const deliver = (injected: FaultResponse): void => {
      entry.fault = true;
      if (injected === 'reset') {
        req.socket.destroy();
      } else if (injected === 'hang') {
        entry.status = 0;
      } else {
        entry.status = injected.status;
        this.write(res, { status: injected.status, body: injected.body, headers: injected.headers ?? {} }, token?.value ?? null, path === '/graphql' ? 'graphql' : 'core');
      }
    };
    const send = (reply: Reply, validate?: Operation): void => {
      if (lostAnswer !== undefined) return deliver(lostAnswer);
      entry.status = reply.status;
      if (validate) {
        for (const p of this.api.response(validate, reply.status, reply.body)) this.violation('response', method, path, validate.operationId, p.message);
      }
      this.write(res, reply, token?.value ?? null, path === '/graphql' ? 'graphql' : 'core');
    };
    const fault = (operationId: string | null): boolean => {
      const injected = this.takeFault(method, path, operationId);
      if (!injected) return false;
      if (injected.afterProcessing) {
        lostAnswer = injected.response;
        return false;
      }
      deliver(injected.response);
      return true;
    };

    if (path === '/graphql' && method === 'POST') {
      entry.operationId = 'graphql';
      if (!bodyIsJson) this.violation('graphql', method, path, 'graphql', 'body is not JSON');
      if (fault('graphql')) return;
      send(await this.graphql(method, path, body, bodyIsJson, token, authProblem));
      return;
    }

    const match = this.api.match(method, path);
    if (match.kind !== 'operation') {
      const message =
        match.kind === 'method-not-modelled'
          ? `${method} ${match.template} is not in the OpenAPI subset (add it to scripts/gen-openapi-subset.mjs and give the fake a handler)`
          : `no operation of the OpenAPI subset matches ${method} ${path}`;
      this.violation('route', method, path, null, message);
      if (fault(null)) return;
      send({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });
      return;
    }
    const { operation } = match;
    entry.operationId = operation.operationId;
    const params = this.api.parameters(operation, match.rawParams, url.searchParams);
    for (const p of params.problems) this.violation(p.where === 'path' ? 'path' : 'query', method, path, operation.operationId, p.message);
    const bodyProblems = !bodyIsJson ? [] : method === 'GET' || method === 'DELETE' ? [] : this.api.requestBody(operation, body);
    if (!bodyIsJson) this.violation('body', method, path, operation.operationId, 'request body is not JSON');
    for (const p of bodyProblems) this.violation('body', method, path, operation.operationId, p.message);
    if (fault(operation.operationId)) return;

    const error = (status: number, message: string, extra: Record<string, unknown> = {}): void =>
      send({ status, body: { message, documentation_url: operation.documentationUrl, ...extra, status: String(status) } }, operation);
    // The order GitHub checks things in: route, credentials, body.
    if (params.problems.some((p) => p.where === 'path')) return error(404, 'Not Found');
    if (authProblem) return error(401, authProblem);
    if (!bodyIsJson) return error(400, 'Problems parsing JSON');
    if (bodyProblems.length) return error(422, bodyProblems[0]?.githubMessage ?? 'Invalid request.');
    // GitHub ignores most bad query values (the default applies, as here), but refuses values outside an enum.
    const enumProblem = params.problems.find((p) => p.where === 'query' && p.keyword === 'enum');
    if (enumProblem) return error(422, 'Validation Failed', { errors: [{ field: enumProblem.parameter, code: 'invalid' }] });

    const call: Call = {
      operation,
      path: params.path,
      query: params.query,
      rawQuery: url.searchParams,
      canonicalPath: path,
      body: body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {},
      token,
    };
    let reply: Reply;
    try {
      if ('owner' in call.path && !this.isOwnRepo(call)) throw new HttpError(404, 'Not Found');
      const handler = this.handlers[operation.operationId];
      if (!handler) throw new HttpError(404, 'Not Found');
      reply = handler(call);
      entry.processed = reply.status < 300;
    } catch (caught) {
      if (!(caught instanceof HttpError)) throw caught;
      reply = {
        status: caught.status,
        headers: caught.headers,
        body: { message: caught.message, ...caught.extra, documentation_url: operation.documentationUrl, status: String(caught.status) },
      };
    }
    send(reply, operation);
  }

  private write(res: ServerResponse, reply: Reply, token: string | null, resource: 'core' | 'graphql'): void {
    const used = this.rateUsed.get(token ?? '') ?? { core: 0, graphql: 0 };
    used[resource]++;
    this.rateUsed.set(token ?? '', used);
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requestCounter.toString(16).toUpperCase()}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used[resource])),
      'x-ratelimit-used': String(used[resource]),
      'x-ratelimit-reset': String(Math.floor(this.rateReset.getTime() / 1000)),
      'x-ratelimit-resource': resource,
      ...lowerKeys(reply.headers ?? {}),
    };
    let payload = '';
    if (reply.body !== undefined) {
      payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      headers['content-type'] ??= typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  /**
   * Enterprise paths to github.com ones: `/api/v3/x` -> `/x`, `/api/graphql`
   * -> `/graphql`. Anything else on an enterprise fake stays unmatched.
   */
  private stripPrefix(path: string): string {
    if (!this.enterprise) return path;
    if (path === '/api/graphql') return '/graphql';
    if (path.startsWith('/api/v3/')) return path.slice('/api/v3'.length);
    return `/not-under-api-v3${path}`;
  }

  /** `/repositories/{id}/x` (GitHub's pagination links) -> `/repos/{owner}/{repo}/x`. */
  private canonicalPath(path: string): string {
    const m = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
    if (m && Number(m[1]) === this.state.repoId) return `/repos/${this.state.owner}/${this.state.repo}${m[2] ?? ''}`;
    return path;
  }

  private isOwnRepo(call: Call): boolean {
    return String(call.path.owner).toLowerCase() === this.state.owner.toLowerCase() && String(call.path.repo).toLowerCase() === this.state.repo.toLowerCase();
  }

  /** `authorization: token X` or `Bearer X`; a missing header is anonymous, an unknown token 401. */
  private authenticate(header: string | undefined): { value: Call['token']; problem?: string } {
    if (!header) return { value: null };
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    const permissions = m?.[1] !== undefined ? this.tokens[m[1]] : undefined;
    if (!m?.[1] || !permissions) return { value: null, problem: 'Bad credentials' };
    return { value: { value: m[1], permissions, login: permissions.login ?? DEFAULT_LOGIN } };
  }

  /** Throw GitHub's answer unless the token has `level` on one of `areas`. */
  private need(call: Call, areas: Area[], level: 'read' | 'write'): void {
    if (!call.token) {
      if (level === 'write') throw new HttpError(401, 'Requires authentication');
      if (this.state.private) throw new HttpError(404, 'Not Found');
      return;
    }
    const permissions = call.token.permissions;
    const ok = areas.some((area) => {
      const access = permissions[area] ?? (area === 'contents' ? 'read' : 'none');
      return access === 'write' || (access === 'read' && level === 'read');
    });
    if (!ok) throw new HttpError(403, 'Resource not accessible by integration');
  }

  /** The issue or pull request `number`, with the permission its kind needs. */
  private target(call: Call, level: 'read' | 'write'): FakeIssue | FakePull {
    const number = Number(call.path.issue_number);
    const pull = this.state.pulls.find((p) => p.number === number);
    // Issue endpoints on a pull request accept either permission; on an issue, only `issues`.
    this.need(call, pull ? ['issues', 'pull_requests'] : ['issues'], level);
    const item = pull ?? this.state.issues.find((i) => i.number === number);
    if (!item) throw new HttpError(404, 'Not Found');
    return item;
  }

  private pullOf(call: Call, level: 'read' | 'write'): FakePull {
    this.need(call, ['pull_requests'], level);
    const pull = this.state.pulls.find((p) => p.number === Number(call.path.pull_number));
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }

  /**
   * One page of `items` with GitHub's Link header. Links point at
   * `/repositories/{id}/...` as GitHub's do, keep the request's other query
   * parameters in order, and come in GitHub's order: prev, next, last, first.
   */
  private page<T>(call: Call, items: T[], cap = Infinity): { items: T[]; headers: Record<string, string> } {
    const requested = typeof call.query.per_page === 'number' ? call.query.per_page : 30;
    const perPage = requested < 1 ? 30 : Math.min(MAX_PER_PAGE, requested);
    const page = typeof call.query.page === 'number' && call.query.page >= 1 ? call.query.page : 1;
    const total = Math.min(items.length, cap);
    const last = Math.max(1, Math.ceil(total / perPage));
    const slice = items.slice((page - 1) * perPage, Math.min(page * perPage, total));
    const headers: Record<string, string> = {};
    const linkPath = call.canonicalPath.replace(`/repos/${this.state.owner}/${this.state.repo}`, `/repositories/${this.state.repoId}`);
    const link = (n: number, rel: string): string => {
      const params = new URLSearchParams(call.rawQuery);
      params.set('page', String(n));
      return `<${this.url}${linkPath}?${params.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) headers.link = links.join(', ');
    return { items: slice, headers };
  }

  private async graphql(method: string, path: string, body: unknown, bodyIsJson: boolean, token: Call['token'], authProblem: string | undefined): Promise<Reply> {
    const docs = 'https://docs.github.com/graphql';
    if (authProblem) return { status: 401, body: { message: authProblem, documentation_url: docs } };
    if (!token) return { status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: `${docs}/guides/forming-calls-with-graphql#authenticating-with-graphql` } };
    if (!bodyIsJson) return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: docs } };
    const request = body as Partial<GraphQLRequest> | null;
    if (typeof request?.query !== 'string') {
      this.violation('graphql', method, path, 'graphql', 'no query string in the body');
      return { status: 200, body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } };
    }
    // GitHub's rateLimit already counts the query asking (one point here); write() records it.
    const used = (this.rateUsed.get(token.value)?.graphql ?? 0) + 1;
    const rateLimit = { limit: 5000, used, resetAt: this.rateReset };
    const outcome = await executeGraphQL({ ...this.ctx(), canReadContents: (token.permissions.contents ?? 'read') !== 'none', rateLimit }, request as GraphQLRequest);
    for (const message of outcome.invalid) this.violation('graphql', method, path, 'graphql', message);
    // GitHub answers GraphQL errors, even invalid queries, with 200.
    return { status: 200, body: outcome.body };
  }

  // ---- REST handlers, by operationId --------------------------------------

  private createHandlers(): Record<string, Handler> {
    const ctx = () => this.ctx();
    const now = () => this.timestamp();
    const validationFailed = (resource: string, field: string, code: string, message?: string): HttpError =>
      new HttpError(422, 'Validation Failed', { errors: [{ resource, code, field, ...(message ? { message } : {}) }] });
    const located = (status: number, body: unknown, location: string): Reply => ({ status, body, headers: { location } });
    const repoApi = () => `${this.url}/repos/${this.state.owner}/${this.state.repo}`;
    const labelNames = (raw: unknown): string[] =>
      (Array.isArray(raw) ? raw : []).map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((n) => n !== '');
    const checkLength = (resource: string, field: string, value: unknown, max: number): void => {
      if (typeof value === 'string' && [...value].length > max) throw validationFailed(resource, field, 'custom', `${field} is too long (maximum is ${max} characters)`);
    };
    // Creation order is number order (numbers are handed out in sequence), which also breaks timestamp ties.
    const sortItems = <T extends { created_at: string; updated_at: string; number: number }>(items: T[], call: Call, defaultDirection: (sort: string) => 'asc' | 'desc'): T[] => {
      const sort = String(call.query.sort ?? 'created');
      const direction = String(call.query.direction ?? defaultDirection(sort));
      const key = (i: T): string | number => (sort === 'updated' ? `${i.updated_at}#${String(i.number).padStart(9, '0')}` : i.number);
      const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      return direction === 'asc' ? sorted : sorted.reverse();
    };
    const knownSha = (sha: string): boolean =>
      sha in this.state.commits ||
      Object.values(this.state.refs).includes(sha) ||
      this.state.pulls.some((p) => p.head.sha === sha || p.base.sha === sha || p.merge_commit_sha === sha);

    return {
      'pulls/list': (call) => {
        this.need(call, ['pull_requests'], 'read');
        const state = String(call.query.state ?? 'open');
        const head = call.query.head === undefined ? undefined : String(call.query.head);
        const base = call.query.base === undefined ? undefined : String(call.query.base);
        const pulls = this.state.pulls.filter((p) => {
          if (state !== 'all' && p.state !== state) return false;
          if (head !== undefined) {
            // GitHub expects `owner:branch`; a bare branch name is read as the base repository's owner.
            const [owner, ref] = head.includes(':') ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)] : [this.state.owner, head];
            if (p.head.repo.owner.toLowerCase() !== owner.toLowerCase() || p.head.ref !== ref) return false;
          }
          return base === undefined || p.base.ref === base;
        });
        // Pulls: newest first when sorted by creation, else ascending (GitHub's documented defaults).
        const { items, headers } = this.page(call, sortItems(pulls, call, (sort) => (sort === 'created' ? 'desc' : 'asc')));
        return { status: 200, body: items.map((p) => render.pullRequest(ctx(), p, false)), headers };
      },

      'pulls/get': (call) => ({ status: 200, body: render.pullRequest(ctx(), this.pullOf(call, 'read'), true) }),

      'pulls/list-files': (call) => {
        const pull = this.pullOf(call, 'read');
        // GitHub lists at most 3000 files, whatever the pagination asks for.
        const { items, headers } = this.page(call, pull.files, GITHUB_LIMITS.pullFiles);
        return { status: 200, body: items.map((f) => render.diffEntry(ctx(), pull, f)), headers };
      },

      'pulls/list-reviews': (call) => {
        const pull = this.pullOf(call, 'read');
        // A pending review is visible to its author only.
        const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user.login === call.token?.login);
        const { items, headers } = this.page(call, visible);
        return { status: 200, body: items.map((r) => render.review(ctx(), pull.number, r)), headers };
      },

      'pulls/list-requested-reviewers': (call) => {
        const pull = this.pullOf(call, 'read');
        return {
          status: 200,
          body: {
            users: pull.requested_reviewers.users.map((login) => render.simpleUser(ctx(), login)),
            teams: pull.requested_reviewers.teams.map((slug) => render.team(ctx(), this.state.owner, slug)),
          },
        };
      },

      'pulls/request-reviewers': (call) => {
        const pull = this.pullOf(call, 'write');
        const users = Array.isArray(call.body.reviewers) ? (call.body.reviewers as string[]) : [];
        const teams = Array.isArray(call.body.team_reviewers) ? (call.body.team_reviewers as string[]) : [];
        if (users.some((u) => u.toLowerCase() === pull.user.login.toLowerCase())) {
          throw new HttpError(422, 'Review cannot be requested from pull request author.');
        }
        const unknownUser = this.state.collaborators !== null && users.some((u) => !this.state.collaborators?.some((c) => c.toLowerCase() === u.toLowerCase()));
        const unknownTeam = teams.some((slug) => !Object.keys(this.state.teams).some((t) => t.toLowerCase() === `${this.state.owner}/${slug}`.toLowerCase()));
        if (unknownUser || unknownTeam) {
          throw new HttpError(
            422,
            `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${this.state.owner}/${this.state.repo} repository.`,
          );
        }
        for (const u of users) if (!pull.requested_reviewers.users.includes(u)) pull.requested_reviewers.users.push(u);
        for (const t of teams) if (!pull.requested_reviewers.teams.includes(t)) pull.requested_reviewers.teams.push(t);
        return { status: 201, body: render.pullRequest(ctx(), pull, false) };
      },

      'issues/list-labels-for-repo': (call) => {
        this.need(call, ['issues', 'pull_requests'], 'read');
        const sorted = [...this.state.labels].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
        const { items, headers } = this.page(call, sorted);
        return { status: 200, body: items.map((l) => render.label(ctx(), l)), headers };
      },

      'issues/create-label': (call) => {
        this.need(call, ['issues', 'pull_requests'], 'write');
        const name = String(call.body.name);
        if (render.findLabel(this.state, name)) throw validationFailed('Label', 'name', 'already_exists');
        checkLength('Label', 'name', name, GITHUB_LIMITS.labelName);
        checkLength('Label', 'description', call.body.description, GITHUB_LIMITS.labelDescription);
        const color = call.body.color === undefined ? render.fakeSha(name).slice(0, 6) : String(call.body.color);
        if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid');
        const label = this.addLabel({ name, color: color.toLowerCase(), description: typeof call.body.description === 'string' ? call.body.description : null });
        return located(201, render.label(ctx(), label), `${repoApi()}/labels/${encodeURIComponent(name)}`);
      },

      'issues/list-labels-on-issue': (call) => {
        const item = this.target(call, 'read');
        const { items, headers } = this.page(call, item.labels.flatMap((n) => render.findLabel(this.state, n) ?? []));
        return { status: 200, body: items.map((l) => render.label(ctx(), l)), headers };
      },

      'issues/add-labels': (call) => {
        const item = this.target(call, 'write');
        // GitHub creates a label that does not exist yet in the repository.
        for (const name of labelNames(call.body.labels)) {
          const label = this.ensureLabel(name);
          if (!item.labels.some((n) => n.toLowerCase() === label.name.toLowerCase())) item.labels.push(label.name);
        }
        item.updated_at = now();
        return { status: 200, body: item.labels.flatMap((n) => render.findLabel(this.state, n) ?? []).map((l) => render.label(ctx(), l)) };
      },

      'issues/remove-label': (call) => {
        const item = this.target(call, 'write');
        const name = String(call.path.name).toLowerCase();
        const index = item.labels.findIndex((n) => n.toLowerCase() === name);
        if (index < 0) throw new HttpError(404, 'Label does not exist');
        item.labels.splice(index, 1);
        item.updated_at = now();
        return { status: 200, body: item.labels.flatMap((n) => render.findLabel(this.state, n) ?? []).map((l) => render.label(ctx(), l)) };
      },

      'issues/list-comments': (call) => {
        const item = this.target(call, 'read');
        const since = call.query.since === undefined ? undefined : String(call.query.since);
        const comments = this.commentsOn(item.number).filter((c) => since === undefined || c.updated_at >= since);
        const { items, headers } = this.page(call, comments);
        return { status: 200, body: items.map((c) => render.comment(ctx(), c)), headers };
      },

      'issues/create-comment': (call) => {
        const item = this.target(call, 'write');
        checkLength('IssueComment', 'body', call.body.body, GITHUB_LIMITS.commentBody);
        const comment = this.addComment(item.number, { body: String(call.body.body), user: call.token?.login ?? DEFAULT_LOGIN });
        return located(201, render.comment(ctx(), comment), `${repoApi()}/issues/comments/${comment.id}`);
      },

      'issues/update-comment': (call) => {
        const comment = this.state.comments.find((c) => c.id === Number(call.path.comment_id));
        this.need(call, comment && !this.state.pulls.some((p) => p.number === comment.issue_number) ? ['issues'] : ['issues', 'pull_requests'], 'write');
        if (!comment) throw new HttpError(404, 'Not Found');
        checkLength('IssueComment', 'body', call.body.body, GITHUB_LIMITS.commentBody);
        comment.body = String(call.body.body);
        comment.updated_at = now();
        return { status: 200, body: render.comment(ctx(), comment) };
      },

      'issues/delete-comment': (call) => {
        const index = this.state.comments.findIndex((c) => c.id === Number(call.path.comment_id));
        const comment = this.state.comments[index];
        this.need(call, comment && !this.state.pulls.some((p) => p.number === comment.issue_number) ? ['issues'] : ['issues', 'pull_requests'], 'write');
        if (!comment) throw new HttpError(404, 'Not Found');
        this.state.comments.splice(index, 1);
        return { status: 204 };
      },

      'repos/create-commit-status': (call) => {
        this.need(call, ['statuses'], 'write');
        const sha = String(call.path.sha);
        if (!knownSha(sha)) throw new HttpError(422, `No commit found for SHA: ${sha}`);
        const context = typeof call.body.context === 'string' ? call.body.context : 'default';
        checkLength('Status', 'description', call.body.description, GITHUB_LIMITS.statusDescription);
        const existing = this.state.statuses.filter((s) => s.sha === sha && s.context.toLowerCase() === context.toLowerCase()).length;
        if (existing >= GITHUB_LIMITS.statusesPerContext) throw new HttpError(422, 'This SHA and context has reached the maximum number of statuses.');
        const status = this.addStatus({
          sha,
          context,
          state: call.body.state as StatusState,
          description: typeof call.body.description === 'string' ? call.body.description : null,
          target_url: typeof call.body.target_url === 'string' ? call.body.target_url : null,
          creator: call.token?.login ?? DEFAULT_LOGIN,
        });
        return located(201, render.status(ctx(), status), `${repoApi()}/statuses/${sha}`);
      },

      'repos/list-commit-statuses-for-ref': (call) => {
        this.need(call, ['statuses'], 'read');
        const ref = String(call.path.ref);
        const sha = this.state.refs[ref] ?? this.state.refs[ref.replace(/^(refs\/)?(heads|tags)\//, '')] ?? ref;
        if (!knownSha(sha)) throw new HttpError(404, `No commit found for SHA: ${ref}`);
        // Newest first, as GitHub lists them.
        const statuses = this.state.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
        const { items, headers } = this.page(call, statuses);
        return { status: 200, body: items.map((s) => render.status(ctx(), s)), headers };
      },

      'teams/get-by-name': (call) => {
        if (!call.token) throw new HttpError(401, 'Requires authentication');
        // Like GITHUB_TOKEN, a token without organisation read sees no team at all.
        if (!call.token.permissions.members) throw new HttpError(404, 'Not Found');
        const org = String(call.path.org);
        const slug = String(call.path.team_slug);
        const key = Object.keys(this.state.teams).find((t) => t.toLowerCase() === `${org}/${slug}`.toLowerCase());
        if (!key) throw new HttpError(404, 'Not Found');
        return { status: 200, body: render.teamFull(ctx(), org, slug, Object.keys(this.state.teams[key]!).length) };
      },

      'teams/get-membership-for-user-in-org': (call) => {
        if (!call.token) throw new HttpError(401, 'Requires authentication');
        if (!call.token.permissions.members) {
          throw (call.token.permissions.membersDenied ?? 404) === 403 ? new HttpError(403, 'Resource not accessible by integration') : new HttpError(404, 'Not Found');
        }
        const org = String(call.path.org);
        const slug = String(call.path.team_slug);
        const key = Object.keys(this.state.teams).find((t) => t.toLowerCase() === `${org}/${slug}`.toLowerCase());
        const login = String(call.path.username);
        const members = key ? this.state.teams[key] : undefined;
        const memberKey = members && Object.keys(members).find((m) => m.toLowerCase() === login.toLowerCase());
        const membership = memberKey ? members?.[memberKey] : undefined;
        if (!membership) throw new HttpError(404, 'Not Found');
        return { status: 200, body: render.teamMembership(ctx(), org, slug, login, membership) };
      },

      'issues/create': (call) => {
        this.need(call, ['issues'], 'write');
        checkLength('Issue', 'body', call.body.body, GITHUB_LIMITS.issueBody);
        const title = String(call.body.title);
        if (title.trim() === '') throw validationFailed('Issue', 'title', 'missing_field');
        const issue = this.addIssue({
          title,
          body: typeof call.body.body === 'string' ? call.body.body : null,
          user: call.token?.login ?? DEFAULT_LOGIN,
          labels: labelNames(call.body.labels),
          assignees: Array.isArray(call.body.assignees) ? (call.body.assignees as string[]) : [],
        });
        return located(201, render.issue(ctx(), issue), `${repoApi()}/issues/${issue.number}`);
      },

      'issues/update': (call) => {
        const item = this.target(call, 'write');
        const b = call.body;
        checkLength('Issue', 'body', b.body, GITHUB_LIMITS.issueBody);
        if (b.title !== undefined && b.title !== null) item.title = String(b.title);
        if (b.body !== undefined) item.body = typeof b.body === 'string' ? b.body : null;
        if (Array.isArray(b.labels)) item.labels = labelNames(b.labels).map((n) => this.ensureLabel(n).name);
        if (Array.isArray(b.assignees)) item.assignees = labelNames(b.assignees);
        if (b.state === 'closed' && item.state === 'open') {
          item.state = 'closed';
          item.closed_at = now();
          if (!('head' in item)) item.state_reason = (b.state_reason as FakeIssue['state_reason']) ?? 'completed';
        } else if (b.state === 'open' && item.state === 'closed') {
          item.state = 'open';
          item.closed_at = null;
          if (!('head' in item)) item.state_reason = 'reopened';
        }
        item.updated_at = now();
        return { status: 200, body: render.issue(ctx(), item) };
      },

      'issues/list-for-repo': (call) => {
        this.need(call, ['issues'], 'read');
        const q = call.query;
        const state = String(q.state ?? 'open');
        const wanted = q.labels === undefined ? [] : String(q.labels).split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
        // The issues API lists pull requests too; clients tell them apart by `pull_request`.
        const all: Array<FakeIssue | FakePull> = [...this.state.issues, ...this.state.pulls];
        const matching = all.filter((i) => {
          if (state !== 'all' && i.state !== state) return false;
          if (!wanted.every((w) => i.labels.some((n) => n.toLowerCase() === w))) return false;
          if (q.creator !== undefined && i.user.login.toLowerCase() !== String(q.creator).toLowerCase()) return false;
          if (q.assignee === 'none' && i.assignees.length > 0) return false;
          if (q.assignee === '*' && i.assignees.length === 0) return false;
          if (q.assignee !== undefined && q.assignee !== 'none' && q.assignee !== '*' && !i.assignees.includes(String(q.assignee))) return false;
          return q.since === undefined || i.updated_at >= String(q.since);
        });
        const { items, headers } = this.page(call, sortItems(matching, call, () => 'desc'));
        return { status: 200, body: items.map((i) => render.issue(ctx(), i)), headers };
      },
    };
  }
}

/** Lines added and removed between two texts, counted as multisets (enough for GitHub's counters). */
function lineDiff(after: string | undefined, before: string | undefined): { additions: number; deletions: number } {
  const lines = (t: string | undefined): string[] => (t === undefined || t === '' ? [] : t.replace(/\n$/, '').split('\n'));
  const a = lines(after);
  const b = lines(before);
  const remaining = new Map<string, number>();
  for (const line of b) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of a) {
    const n = remaining.get(line) ?? 0;
    if (n > 0) remaining.set(line, n - 1);
    else additions++;
  }
  let deletions = 0;
  for (const n of remaining.values()) deletions += n;
  return { additions, deletions };
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
