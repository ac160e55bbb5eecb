import type { Policy, SourceFile } from '../model/types.js';
import { renderMarkdown, COMMENT_MARKER, MAX_COMMENT_LENGTH } from '../render/markdown.js';
import type { JudgedApproval } from '../rules/approvals.js';
import { evaluate, type Evaluation } from '../rules/evaluate.js';
import { headDocumentTree } from '../rules/markdown-checks.js';
import { plural } from '../render/summary.js';
import { getPullRequest, type PullRequest } from './api/get-pull-request.js';
import { createStatus, type CommitStatus } from './api/create-status.js';
import { TooManyFilesError } from './api/list-changed-files.js';
import { requestReviewers } from './api/request-reviewers.js';
import { mayHaveHappened, type GitHubClient, type Repo } from './client.js';
import { explainError } from './explain-error.js';
import { countApprovals, readChanges } from './read-pull-request.js';
import { findDevelopmentTickets } from './find-development-tickets.js';
import { fitTickets, renderTicket } from '../render/ticket.js';
import { planTickets, type TicketContext } from '../rules/tickets.js';
import { syncLabels } from './sync-labels.js';
import { upsertComment } from './upsert-comment.js';

export const VALIDATION_CONTEXT = 'aws-requests/validation';
export const APPROVALS_CONTEXT = 'aws-requests/approvals';

/** Everything the pull-request flow needs from the run, gathered once by main.ts. */
export interface RunContext {
  client: GitHubClient;
  repo: Repo;
  policy: Policy;
  /** Where the policy is in the repository (the `policy` input), so a pull request that changes it is judged as a policy change. */
  policyPath: string;
  /** The base branch's request files, from the trusted checkout. */
  base: SourceFile[];
  /** Every path of the base checkout and the text of its Markdown pages, for documentation links. */
  repositoryFiles: { paths: string[]; markdown: Map<string, string> };
  defaultBranch: string;
  /** `https://github.com` or the GitHub Enterprise Server address, for links. */
  serverUrl: string;
  /** This workflow run's page, for status links and the full report. */
  runUrl: string;
  log: (message: string) => void;
}

export interface Judgement {
  pr: PullRequest;
  evaluation: Evaluation;
  approvals: JudgedApproval[];
  labels: string[];
  comment: string;
  statuses: CommitStatus[];
  /** The tickets the merge would file, as Markdown. */
  ticketPreview: { title: string; markdown: string }[];
  /** False when nothing was written (read-only token, or the head moved meanwhile). */
  wrote: boolean;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function approvalsStatus(approvals: JudgedApproval[], runUrl: string): CommitStatus {
  const missing = approvals.filter((a) => !a.satisfied);
  if (missing.length === 0) {
    const who = approvals.map((a) => `${a.name} (${a.approvedBy.join(', ')})`).join('; ');
    return { context: APPROVALS_CONTEXT, state: 'success', description: approvals.length ? `Approved: ${who}` : 'No approval needed.', targetUrl: runUrl };
  }
  const unreadable = missing.some((a) => a.notes.some((n) => n.includes('cannot be confirmed')));
  const description = `Waiting: ${missing.map((a) => `${a.name}: 0 of 1 approvals`).join('; ')}${unreadable ? ' (team membership unreadable)' : ''}`;
  return { context: APPROVALS_CONTEXT, state: 'pending', description, targetUrl: runUrl };
}

function validationStatus(evaluation: Evaluation, runUrl: string): CommitStatus {
  const errors = evaluation.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error');
  const files = new Set(errors.map((f) => f.path)).size;
  const checked = [plural(evaluation.requests.length, 'request'), ...(evaluation.pages ? [plural(evaluation.pages, 'page')] : [])].join(' and ');
  return evaluation.ok
    ? { context: VALIDATION_CONTEXT, state: 'success', description: `Valid: ${checked} checked.`, targetUrl: runUrl }
    : { context: VALIDATION_CONTEXT, state: 'failure', description: `${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: see the pull-request comment.`, targetUrl: runUrl };
}

/** Ask for the reviews still missing, never again from someone already asked or already counted. */
async function requestMissingReviewers(ctx: RunContext, pr: PullRequest, approvals: JudgedApproval[]): Promise<void> {
  const asked = new Set(pr.requestedUsers.map((u) => u.toLowerCase()));
  const askedTeams = new Set(pr.requestedTeams.map((t) => t.toLowerCase()));
  const counted = new Set(approvals.flatMap((a) => a.approvedBy.map((u) => u.toLowerCase())));
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const approval of approvals.filter((a) => !a.satisfied)) {
    for (const user of approval.users) {
      const key = user.toLowerCase();
      if (key !== pr.author.toLowerCase() && !asked.has(key) && !counted.has(key)) users.add(user);
    }
    for (const team of approval.teams) {
      // Only teams of the repository's own organisation can be asked to review.
      const [org, slug] = team.includes('/') ? (team.split('/', 2) as [string, string]) : [ctx.repo.owner, team];
      if (org.toLowerCase() === ctx.repo.owner.toLowerCase() && !askedTeams.has(slug.toLowerCase())) teams.add(slug);
    }
  }
  if (users.size === 0 && teams.size === 0) return;
  try {
    await askOnce(ctx, pr.number, [...users], [...teams]);
  } catch (error) {
    if (!isRefused(error)) throw error;
    // GitHub refuses the whole request for one name it cannot ask (someone who is not a collaborator, a team
    // without access): ask the others one by one, so that one name does not leave the pull request unasked.
    const refused: string[] = [];
    for (const [names, ask] of [
      [[...teams], (team: string) => askOnce(ctx, pr.number, [], [team])],
      [[...users], (user: string) => askOnce(ctx, pr.number, [user], [])],
    ] as const) {
      for (const name of names) {
        try {
          await ask(name);
        } catch (one) {
          if (!isRefused(one)) throw one;
          refused.push(name);
        }
      }
    }
    if (refused.length > 0) ctx.log(`Could not request reviews from ${refused.join(', ')}: GitHub asks only collaborators and teams with access to the repository (${(error as Error).message}).`);
  }
}

/** 422: GitHub will not ask this reviewer (not a collaborator, no such team); anything else is a failure. */
const isRefused = (error: unknown): boolean => (error as { status?: number }).status === 422;

/** Ask for reviews; after a lost answer, ask again only those GitHub has not asked. */
async function askOnce(ctx: RunContext, number: number, users: string[], teams: string[]): Promise<void> {
  try {
    await requestReviewers(ctx.client, ctx.repo, number, users, teams);
  } catch (error) {
    if (!mayHaveHappened(error)) throw error;
    const now = await getPullRequest(ctx.client, ctx.repo, number);
    const left = (names: string[], asked: string[]): string[] => names.filter((n) => !asked.some((a) => a.toLowerCase() === n.toLowerCase()));
    const [usersLeft, teamsLeft] = [left(users, now.requestedUsers), left(teams, now.requestedTeams)];
    if (usersLeft.length + teamsLeft.length > 0) await requestReviewers(ctx.client, ctx.repo, number, usersLeft, teamsLeft);
  }
}

/**
 * Judge one open pull request end to end: read its changed files through
 * the API (as data), evaluate them with the base branch's policy, count the
 * reviews, then set labels, reviewers, the comment and the two statuses.
 */
export async function judgePullRequest(ctx: RunContext, pr: PullRequest, options: { readOnly: boolean; expectedHeadSha?: string }): Promise<Judgement> {
  if (options.expectedHeadSha && options.expectedHeadSha !== pr.headSha) {
    throw new Error(`The relayed review was for commit ${options.expectedHeadSha.slice(0, 7)}, but pull request #${pr.number} is now at ${pr.headSha.slice(0, 7)}; its own run judges the new commit.`);
  }
  try {
    return await judgeAndWrite(ctx, pr, options.readOnly);
  } catch (error) {
    // Fail closed: a pull request that could not be judged whole must not keep a green status from an earlier run.
    if (!options.readOnly) await markNotJudged(ctx, pr.headSha, error);
    throw error;
  }
}

/** Best effort: when the statuses cannot be written either, the failed job is the only signal left. */
async function markNotJudged(ctx: RunContext, sha: string, error: unknown): Promise<void> {
  const reason = error instanceof TooManyFilesError ? error.message : `Not judged: ${explainError(error)}`;
  try {
    await createStatus(ctx.client, ctx.repo, sha, { context: VALIDATION_CONTEXT, state: 'error', description: reason, targetUrl: ctx.runUrl });
    await createStatus(ctx.client, ctx.repo, sha, { context: APPROVALS_CONTEXT, state: 'pending', description: 'Not judged: see the run; re-run it to judge again.', targetUrl: ctx.runUrl });
  } catch (statusError) {
    ctx.log(`Could not mark commit ${sha.slice(0, 7)} as not judged: ${explainError(statusError)}`);
  }
}

async function judgeAndWrite(ctx: RunContext, pr: PullRequest, readOnly: boolean): Promise<Judgement> {
  const { client, repo, policy } = ctx;
  const number = pr.number;
  const changes = await readChanges(client, repo, pr, pr.headSha, ctx.policyPath);
  const pullRequest = { repository: `${repo.owner}/${repo.repo}`, number };
  const documents = headDocumentTree(ctx.repositoryFiles.paths, ctx.repositoryFiles.markdown, changes, { repository: pullRequest.repository, defaultBranch: ctx.defaultBranch, serverUrl: ctx.serverUrl });
  let evaluation = evaluate({ policy, base: ctx.base, changes, pullRequest, documents, policyPath: ctx.policyPath });
  // Promotions need their development tickets: to date them against the testing period, and to cite them.
  const promoted = evaluation.requests.filter((r) => r.change === 'promoted').map((r) => r.id);
  const development = await findDevelopmentTickets(client, repo, policy, promoted);
  if (promoted.length > 0 && policy.promotion.minimumDays > 0) {
    const developmentSince = new Map([...development].map(([id, t]) => [id, t.createdAt]));
    evaluation = evaluate({ policy, base: ctx.base, changes, pullRequest, documents, developmentSince, now: new Date().toISOString(), policyPath: ctx.policyPath });
  }
  const approvals = await countApprovals(client, repo, pr, evaluation.approvals);
  const ticketContext: TicketContext = {
    pullRequest: { ...pullRequest, url: pr.htmlUrl, headSha: pr.headSha },
    approvals,
    developmentTickets: new Map([...development].map(([id, t]) => [id, t.issue])),
  };
  const ticketPreview = evaluation.ok ? fitTickets(policy, planTickets(policy, evaluation, ticketContext), ticketContext).map((t) => ({ title: t.title, markdown: renderTicket(policy, t, ticketContext, 'markdown') })) : [];

  const securityLabel = policy.labels.securityApprovalRequired.name;
  const securityDone = approvals.some((a) => a.group === 'security' && a.satisfied);
  const labels = evaluation.labels.filter((l) => !(securityDone && l === securityLabel));
  const link = (path: string, line: number): string => `${ctx.serverUrl}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/${encodePath(path)}#L${line}`;
  const comment = renderMarkdown({ ...evaluation, labels }, {
    link,
    approvals,
    marker: true,
    maxLength: MAX_COMMENT_LENGTH,
    fullReportUrl: ctx.runUrl,
    footer: `Judged commit ${pr.headSha.slice(0, 7)} with the policy on ${pr.baseRef}. This comment is updated on every push and review.`,
    tickets: ticketPreview,
  });
  const statuses = [validationStatus(evaluation, ctx.runUrl), approvalsStatus(approvals, ctx.runUrl)];
  const judgement: Judgement = { pr, evaluation, approvals, labels, comment, statuses, ticketPreview, wrote: false };
  if (readOnly) return judgement;

  await syncLabels(client, repo, number, pr.labels, labels, Object.values(policy.labels));
  if (!pr.draft) await requestMissingReviewers(ctx, pr, approvals);
  await upsertComment(client, repo, number, COMMENT_MARKER, comment);
  // A status on an old commit could mark it approved after the head moved: re-read the head first.
  const now = await getPullRequest(client, repo, number);
  if (now.headSha !== pr.headSha) {
    ctx.log(`Pull request #${number} moved to ${now.headSha.slice(0, 7)} while it was judged; its own run will set the statuses.`);
    return judgement;
  }
  for (const status of statuses) await createStatus(client, repo, pr.headSha, status);
  return { ...judgement, wrote: true };
}
