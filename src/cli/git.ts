import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { SourceFile } from '../model/types.js';
import type { FileChange } from '../rules/evaluate.js';

/** A failure the user can fix (not a bug): printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Run git in `repo` and return stdout; throws UsageError with git's own words on failure. */
export function git(repo: string, args: string[], input?: string): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8', input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) {
    // spawn reports a working folder that is not there as if git itself were missing.
    if (!statSync(repo, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${repo} is not a folder: pass --repo the folder of a requests repository`);
    throw new UsageError(`could not run git: ${result.error.message}`);
  }
  if (result.status !== 0) throw new UsageError(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}

/** True when `ref` names a commit in `repo`. */
export function refExists(repo: string, ref: string): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: repo }).status === 0;
}

/** The top of the work tree that contains `dir`. */
export function repoRoot(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']).trim();
}

const TYPE_BY_MODE: Record<string, SourceFile['type']> = { '100644': 'file', '100755': 'file', '120000': 'symlink', '160000': 'submodule' };

/**
 * Every file under `prefix` at `ref`, with content, read through two git
 * processes (ls-tree, then one cat-file --batch) whatever the file count.
 */
export function readTree(repo: string, ref: string, prefix: string): SourceFile[] {
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref, '--', prefix]);
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', , sha = ''] = line.slice(0, tab).split(' ');
      return { path: line.slice(tab + 1), type: TYPE_BY_MODE[mode] ?? 'other', sha };
    });
  const blobs = entries.filter((e) => e.type === 'file');
  const contents = catBlobs(repo, blobs.map((b) => b.sha));
  return entries.map((e) => ({ path: e.path, type: e.type, bytes: e.type === 'file' ? contents.get(e.sha)! : new Uint8Array() }));
}

/** Read many blobs at once with `git cat-file --batch`. */
function catBlobs(repo: string, shas: string[]): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>();
  if (shas.length === 0) return map;
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: repo, input: `${shas.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const [sha = '', , size = '0'] = out.subarray(offset, newline).toString('latin1').split(' ');
    const start = newline + 1;
    const end = start + Number(size);
    map.set(sha, new Uint8Array(out.subarray(start, end)));
    offset = end + 1;
  }
  return map;
}

/** The content of one file at a ref, or undefined when it does not exist there. */
export function readFileAt(repo: string, ref: string, path: string): Uint8Array | undefined {
  const result = spawnSync('git', ['show', `${ref}:${path}`], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? new Uint8Array(result.stdout) : undefined;
}

/**
 * What the working tree changes against `base`: committed and uncommitted
 * edits of tracked files (renames detected) plus untracked, non-ignored files.
 */
export function workingTreeChanges(repo: string, base: string): Omit<FileChange, 'file'>[] {
  const changes: Omit<FileChange, 'file'>[] = [];
  const fields = git(repo, ['diff', '--name-status', '-z', '-M', base, '--']).split('\0');
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    if (status.startsWith('R')) {
      const previousPath = fields[i++]!;
      changes.push({ status: 'renamed', previousPath, path: fields[i++]! });
    } else {
      const path = fields[i++]!;
      changes.push({ status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', path });
    }
  }
  for (const path of git(repo, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean)) {
    changes.push({ status: 'added', path });
  }
  return changes;
}

/** Every file of the working tree that git would commit: tracked and untracked, ignored ones left out. */
export function workingTreePaths(repo: string): string[] {
  return git(repo, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
}

/** `owner/repo` of the `origin` remote on GitHub (or a GitHub Enterprise Server), when there is one. */
export function originRepository(repo: string): { serverUrl: string; repository: string } | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: repo, encoding: 'utf8' });
  const url = result.status === 0 ? result.stdout.trim() : '';
  const match = /^(?:https?:\/\/(?:[^@/]+@)?([^/]+)\/|git@([^:]+):)([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url);
  if (!match) return undefined;
  return { serverUrl: `https://${match[1] ?? match[2]}`, repository: `${match[3]}/${match[4]}` };
}
