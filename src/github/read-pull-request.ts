import type { SourceFile } from '../model/types.js';
import { judgeApprovals, latestReviews, type JudgedApproval, type RequiredApproval } from '../rules/approvals.js';
import type { FileChange } from '../rules/evaluate.js';
import { isMarkdownPath, isPolicyFile, pathRole } from '../rules/paths.js';
import type { PullRequest } from './api/get-pull-request.js';
import { listChangedFiles } from './api/list-changed-files.js';
import { listReviews } from './api/list-reviews.js';
import { readFilesAt } from './api/read-files-at.js';
import type { GitHubClient, Repo } from './client.js';
import { readTeamMembers } from './read-team-members.js';

/** The paths whose content the core reads: requests, a proposed policy, and Markdown pages (for their links). */
export function needsContent(path: string, policyPath: string): boolean {
  return pathRole(path) === 'request' || path === policyPath || isPolicyFile(path) || isMarkdownPath(path);
}

/**
 * The pull request's changed files with the content of those the core reads,
 * at `sha` (the head for judging, the merge commit for tickets). Listed but
 * absent there means the ref moved while we read: such a file is judged as
 * unreadable, never as valid.
 */
export async function readChanges(client: GitHubClient, repo: Repo, pr: PullRequest, sha: string, policyPath: string): Promise<FileChange[]> {
  const listed = await listChangedFiles(client, repo, pr.number, pr.changedFiles);
  const wanted = listed.filter((c) => c.status !== 'removed' && needsContent(c.path, policyPath)).map((c) => c.path);
  const contents = await readFilesAt(client, repo, sha, wanted);
  const wantedSet = new Set(wanted);
  return listed.map((c) => (wantedSet.has(c.path) ? { ...c, file: contents.get(c.path) ?? { path: c.path, type: 'other', bytes: new Uint8Array() } } : c));
}

/**
 * The base files as they were before the change, rebuilt from a checkout
 * taken after it: each changed path gets its content at `baseSha` back (or
 * goes, when the change added it).
 */
export async function filesBefore(client: GitHubClient, repo: Repo, after: SourceFile[], changes: FileChange[], baseSha: string): Promise<SourceFile[]> {
  const touched = new Set<string>();
  const previous: string[] = [];
  for (const change of changes) {
    touched.add(change.path);
    if (change.previousPath) touched.add(change.previousPath);
    const old = change.status === 'renamed' ? change.previousPath : change.status === 'added' ? undefined : change.path;
    if (old && pathRole(old) === 'request') previous.push(old);
  }
  const contents = await readFilesAt(client, repo, baseSha, previous);
  return [...after.filter((f) => !touched.has(f.path)), ...contents.values()];
}

/** Count the reviews against the required groups, reading team membership only for approvers who need it. */
export async function countApprovals(client: GitHubClient, repo: Repo, pr: PullRequest, required: RequiredApproval[]): Promise<JudgedApproval[]> {
  const reviews = await listReviews(client, repo, pr.number);
  const latest = [...latestReviews(reviews).values()].filter((r) => r.commitId === pr.headSha && r.user.toLowerCase() !== pr.author.toLowerCase());
  const needTeams = required.filter((a) => a.teams.length > 0 && latest.some((r) => r.state === 'APPROVED' && !a.users.some((u) => u.toLowerCase() === r.user.toLowerCase())));
  const teams = needTeams.length ? await readTeamMembers(client, repo.owner, needTeams.flatMap((a) => a.teams), latest) : new Map();
  return judgeApprovals(required, reviews, { author: pr.author, headSha: pr.headSha, teams });
}
