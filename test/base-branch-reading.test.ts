/**
 * Base-branch files are read on a fast path that keeps only what the rules
 * across the inventory need, and reads a document or its locations again
 * when a verdict or a finding asks. Whatever is read that way must judge a
 * change exactly as reading every file in full does.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/model/types.js';
import { evaluate, type Evaluation, type FileChange } from '../src/rules/evaluate.js';
import { file, modified, removed, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const policy = shippedPolicy();
const base = sampleInventory();
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';
const BUCKET = 'requests/ex/dime-ex-nutrition-raw.yml';
const PROJECT = 'requests/ex/ex-nutrition.yml';

/** The change as given, and the same change with every other base file "modified" to itself, so read in full. */
function bothWays(changes: FileChange[], baseFiles: SourceFile[] = base): [Evaluation, Evaluation] {
  const changed = new Set(changes.map((c) => c.path));
  const rereadAll = baseFiles.filter((f) => !changed.has(f.path)).map(modified);
  return [evaluate({ policy, base: baseFiles, changes }), evaluate({ policy, base: baseFiles, changes: [...changes, ...rereadAll] })];
}

function edited(path: string, from: string, to: string): FileChange {
  const text = sampleText(path);
  expect(text).toContain(from);
  return modified(file(path, text.replace(from, to)));
}

describe('base-branch files read on the fast path', () => {
  it('give a changed resource its project and group as they are on the base branch', () => {
    const [fast, full] = bothWays([edited(INSTANCE, 'purpose: Runs', 'purpose: Still runs')]);
    expect(fast.requests).toHaveLength(1);
    expect(fast.requests[0]!.project).not.toBeNull();
    expect(fast.requests[0]!.group).not.toBeNull();
    expect(fast.requests).toEqual(full.requests);
  });

  it("give a changed project the use case of its untouched resources", () => {
    const [fast, full] = bothWays([edited(PROJECT, 'name: School Meals', 'name: School Lunches')]);
    expect(fast.requests.map((r) => [r.path, r.useCase])).toEqual([[PROJECT, 'computation']]);
    expect(fast.requests).toEqual(full.requests);
  });

  it('describe a removed resource with the project it had', () => {
    const [fast] = bothWays([removed(BUCKET)]);
    const verdict = fast.requests.find((r) => r.path === BUCKET)!;
    expect(verdict.change).toBe('removed');
    expect(verdict.request).toMatchObject({ kind: 's3-bucket', bucket: 'dime-ex-nutrition-raw' });
    expect(verdict.project).toMatchObject({ kind: 'project', tag: 'dimeexnutrition' });
  });

  it('locate an old problem in an untouched file exactly where reading it in full does', () => {
    const broken = base.map((f) => (f.path === INSTANCE ? file(INSTANCE, sampleText(INSTANCE).replace('rootGiB: 100', 'rootGiB: 4')) : f));
    const fast = evaluate({ policy, base: broken, changes: [edited(DASHBOARD, 'autoStop: false', 'autoStop: true')] });
    const full = evaluate({ policy, base: [], changes: [modified(broken.find((f) => f.path === INSTANCE)!)], mode: 'files' });
    const old = fast.files.find((f) => f.path === INSTANCE)!.findings;
    const located = full.files.find((f) => f.path === INSTANCE)!.findings.filter((f) => f.rule === 'volume-size');
    expect(located).toHaveLength(1);
    expect(old).toEqual([{ ...located[0]!, severity: 'warning', message: `Already on the base branch: ${located[0]!.message}` }]);
  });
});
