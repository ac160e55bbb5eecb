import type { FileChange } from '../../rules/evaluate.js';
import type { GitHubClient, Repo } from '../client.js';

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

/** Thrown when GitHub cannot list every changed file, so the PR cannot be judged safely. */
export class TooManyFilesError extends Error {}

const STATUS: Record<string, FileChange['status']> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
};

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, every page of 100; `expected` is the pull request's `changed_files`. */
export async function listChangedFiles(client: GitHubClient, repo: Repo, number: number, expected?: number): Promise<Omit<FileChange, 'file'>[]> {
  if (expected !== undefined && expected > MAX_LISTED_FILES) {
    throw new TooManyFilesError(`The pull request changes ${expected} files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be judged. Split it into smaller pull requests.`);
  }
  const changes: Omit<FileChange, 'file'>[] = [];
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: number, per_page: 100, page });
    for (const f of data) {
      changes.push(f.status === 'renamed' && f.previous_filename ? { path: f.filename, status: 'renamed', previousPath: f.previous_filename } : { path: f.filename, status: STATUS[f.status] ?? 'modified' });
    }
    // The pull request says how many files it changes: no empty last page to ask for.
    if (data.length < 100 || (expected !== undefined && changes.length >= expected)) break;
    if (changes.length >= MAX_LISTED_FILES) {
      throw new TooManyFilesError(`The pull request changes more than ${MAX_LISTED_FILES} files, the most GitHub lists, so it cannot be judged. Split it into smaller pull requests.`);
    }
  }
  return changes;
}
