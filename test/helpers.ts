import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Policy, SourceFile } from '../src/model/types.js';
import type { FileChange } from '../src/rules/evaluate.js';
import { loadPolicy } from '../src/rules/load-policy.js';
import { comparePaths } from '../src/rules/paths.js';

export const ROOT = join(import.meta.dirname, '..');

/** The shipped policy.yml, parsed the way the Action parses it. */
export function shippedPolicy(): Policy {
  const outcome = loadPolicy('policy.yml', new Uint8Array(readFileSync(join(ROOT, 'policy.yml'))));
  if (!outcome.ok) throw new Error(`shipped policy invalid: ${JSON.stringify(outcome.findings)}`);
  return outcome.policy;
}

/** A regular file with the given text. */
export function file(path: string, text: string): SourceFile {
  return { path, type: 'file', bytes: new TextEncoder().encode(text) };
}

/** Every file under the shipped requests/ folder. */
export function sampleInventory(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const absolute = join(dir, name);
      if (statSync(absolute).isDirectory()) walk(absolute);
      else out.push({ path: relative(ROOT, absolute), type: 'file', bytes: new Uint8Array(readFileSync(absolute)) });
    }
  };
  walk(join(ROOT, 'requests'));
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

/** The text of one sample request, for tests that edit it. */
export function sampleText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export const added = (f: SourceFile): FileChange => ({ path: f.path, status: 'added', file: f });
export const modified = (f: SourceFile): FileChange => ({ path: f.path, status: 'modified', file: f });
export const removed = (path: string): FileChange => ({ path, status: 'removed' });
