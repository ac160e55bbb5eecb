/**
 * The request corpus: hostile and mistaken request files, each with the
 * exact findings the checker must give. The manifest (manifest.json) says,
 * per entry, which file (or generated content) is judged as which repository
 * path, on top of which base inventory, and what must come out. Large inputs
 * (5 MB scalars, alias bombs, 5,000-deep nesting) are generated here at run
 * time so the committed corpus stays small.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding, Policy, SourceFile } from '../../src/model/types.js';
import { evaluate, type Evaluation, type FileChange } from '../../src/rules/evaluate.js';
import { ROOT, sampleInventory, shippedPolicy } from '../helpers.js';

/** From the repository root (not `import.meta`), so that bundles of this file find it too. */
export const CORPUS_DIR = join(ROOT, 'test', 'corpus');

/** One finding an entry must produce. */
export interface Expectation {
  rule: string;
  line: number;
  column: number;
  /** A fragment the message must contain. */
  message: string;
  /** A fragment the message must not contain (to pin down a wrong message). */
  notMessage?: string;
  /** Defaults to `error`. */
  severity?: 'error' | 'warning';
  /** The finding's path; defaults to the entry's `path`. */
  path?: string;
}

/** Content built at run time: the parts are concatenated as bytes. */
export type GeneratedPart =
  | { text: string }
  | { bytes: number[] }
  /** `unit` repeated `count` times. */
  | { repeat: string; count: number }
  /** `unit` repeated `count` times with `{i}` replaced by 1, 2, ... and `{fill}` by `fill.text` repeated `fill.times` times. */
  | { repeatIndexed: string; count: number; fill?: { text: string; times: number } }
  /** Text encoded as UTF-16 (little or big endian), without a byte-order mark. */
  | { utf16: string; endian: 'le' | 'be' }
  /** A billion-laughs alias bomb, `levels` anchors deep, each `width` aliases wide. */
  | { aliasBomb: { levels: number; width: number } };

export interface Generated {
  parts: GeneratedPart[];
  /** What the generated file is, for people reading the manifest. */
  note?: string;
}

/** A file laid into the base inventory or into the change, from the corpus. */
export interface CorpusFileRef {
  file?: string;
  generate?: Generated;
  path: string;
}

export interface CorpusEntry {
  /** A unique, readable name: the test's title. */
  id: string;
  /** The corpus file (relative to test/corpus/) judged as `path`; or `generate`. */
  file?: string;
  generate?: Generated;
  /** The repository path the file is judged as (under requests/). */
  path: string;
  /** How the file arrives; default `modified` when the base has the path, else `added`. */
  status?: 'added' | 'modified' | 'renamed' | 'removed';
  /** For `renamed`: the base path the file moves from. */
  previousPath?: string;
  /** Extra files on the base branch, on top of the shipped sample inventory. */
  base?: CorpusFileRef[];
  /** Other changes in the same pull request. */
  also?: (CorpusFileRef & { status: 'added' | 'modified' | 'removed' })[];
  /** Top-level policy fields replaced for this entry (e.g. `tags`). */
  policy?: Record<string, unknown>;
  /** Literal tags appended to the policy's tags (to break AWS's 50-tag limit). */
  policyExtraTags?: number;
  /** A single expectation can be written inline ... */
  rule?: string;
  line?: number;
  column?: number;
  message?: string;
  severity?: 'error' | 'warning';
  /** ... or several as a list. An empty list means: no finding at all. */
  expect?: Expectation[];
  /** Every finding of the evaluation must be expected (default true). */
  exhaustive?: boolean;
  /** Render the comment, summary and tickets and check that request text stays inert. */
  inert?: boolean;
  /** The strictest use case of the change, when it matters. */
  useCase?: 'computation' | 'application' | null;
  /** A bug in src/ this entry shows: the entry is expected to fail until it is fixed. */
  knownBug?: string;
  /** Why the entry exists, for people reading the manifest. */
  note?: string;
}

export interface Manifest {
  description?: string;
  entries: CorpusEntry[];
}

export function loadManifest(): Manifest {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every request-like file committed under test/corpus/, relative to it. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const absolute = join(dir, name);
      if (statSync(absolute).isDirectory()) walk(absolute);
      else if (/\.ya?ml$/i.test(name)) out.push(relative(CORPUS_DIR, absolute).split('\\').join('/'));
    }
  };
  walk(CORPUS_DIR);
  return out.sort();
}

/** The corpus files an entry uses. */
export function filesOf(entry: CorpusEntry): string[] {
  return [entry.file, ...(entry.base ?? []).map((b) => b.file), ...(entry.also ?? []).map((a) => a.file)].filter((f): f is string => f !== undefined);
}

/** The entry's expectations, inline or listed. */
export function expectationsOf(entry: CorpusEntry): Expectation[] {
  const list = [...(entry.expect ?? [])];
  if (entry.rule !== undefined) {
    list.unshift({ rule: entry.rule, line: entry.line ?? 1, column: entry.column ?? 1, message: entry.message ?? '', severity: entry.severity });
  }
  return list.map((e) => ({ ...e, severity: e.severity ?? 'error', path: e.path ?? entry.path }));
}

function aliasBomb(levels: number, width: number): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const encoder = new TextEncoder();

/** The bytes a generator describes. */
export function generate(spec: Generated): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of spec.parts) {
    if ('text' in part) chunks.push(encoder.encode(part.text));
    else if ('bytes' in part) chunks.push(Uint8Array.from(part.bytes));
    else if ('repeat' in part) chunks.push(encoder.encode(part.repeat.repeat(part.count)));
    else if ('repeatIndexed' in part) {
      const fill = part.fill ? part.fill.text.repeat(part.fill.times) : '';
      const unit = part.repeatIndexed.replace(/\{fill\}/g, () => fill);
      chunks.push(encoder.encode(Array.from({ length: part.count }, (_, i) => unit.replace(/\{i\}/g, String(i + 1))).join('')));
    }
    else if ('utf16' in part) {
      const bytes = new Uint8Array(part.utf16.length * 2);
      for (let i = 0; i < part.utf16.length; i++) {
        const unit = part.utf16.charCodeAt(i);
        const [first, second] = part.endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
        bytes[2 * i] = first;
        bytes[2 * i + 1] = second;
      }
      chunks.push(bytes);
    } else chunks.push(encoder.encode(aliasBomb(part.aliasBomb.levels, part.aliasBomb.width)));
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The bytes of a corpus file or generator. */
export function contentOf(ref: { file?: string; generate?: Generated }): Uint8Array {
  if (ref.file !== undefined) return new Uint8Array(readFileSync(join(CORPUS_DIR, ref.file)));
  if (ref.generate !== undefined) return generate(ref.generate);
  throw new Error('a corpus entry needs `file` or `generate`');
}

const sourceFile = (path: string, bytes: Uint8Array): SourceFile => ({ path, type: 'file', bytes });

/** The policy an entry is judged with: the shipped one, with the entry's replacements. */
export function policyFor(entry: CorpusEntry, shipped: Policy = shippedPolicy()): Policy {
  if (!entry.policy && !entry.policyExtraTags) return shipped;
  const policy = { ...shipped, ...(entry.policy ?? {}) } as Policy;
  if (entry.policyExtraTags) {
    const extra = Array.from({ length: entry.policyExtraTags }, (_, i) => ({ key: `Extra${i + 1}`, from: 'literal', value: 'x' }));
    policy.tags = [...policy.tags, ...extra] as Policy['tags'];
  }
  return policy;
}

export interface Judged {
  evaluation: Evaluation;
  policy: Policy;
  /** Every file of the change, for line-count checks. */
  changed: SourceFile[];
}

export const PULL_REQUEST = { repository: 'org/requests', number: 12 };

/** Judge one entry the way the Action judges a pull request: base inventory plus the change. */
export function judgeEntry(entry: CorpusEntry, shipped?: Policy): Judged {
  const policy = policyFor(entry, shipped);
  const base = [...sampleInventory(), ...(entry.base ?? []).map((b) => sourceFile(b.path, contentOf(b)))];
  const changes: FileChange[] = [];
  const changed: SourceFile[] = [];
  const status = entry.status ?? (base.some((f) => f.path === entry.path) ? 'modified' : 'added');
  if (status === 'removed') changes.push({ path: entry.path, status });
  else {
    const file = sourceFile(entry.path, contentOf(entry));
    changed.push(file);
    changes.push({ path: entry.path, status, file, ...(entry.previousPath ? { previousPath: entry.previousPath } : {}) });
  }
  for (const other of entry.also ?? []) {
    if (other.status === 'removed') changes.push({ path: other.path, status: 'removed' });
    else {
      const file = sourceFile(other.path, contentOf(other));
      changed.push(file);
      changes.push({ path: other.path, status: other.status, file });
    }
  }
  const evaluation = evaluate({ policy, base, changes, pullRequest: PULL_REQUEST });
  return { evaluation, policy, changed };
}

export const allFindings = (evaluation: Evaluation): Finding[] => evaluation.files.flatMap((f) => f.findings);

/** Does a finding meet an expectation? */
export function meets(finding: Finding, expected: Expectation): boolean {
  return (
    finding.path === expected.path &&
    finding.rule === expected.rule &&
    finding.line === expected.line &&
    finding.column === expected.column &&
    finding.severity === (expected.severity ?? 'error') &&
    finding.message.includes(expected.message) &&
    (expected.notMessage === undefined || !finding.message.includes(expected.notMessage))
  );
}

/** What is wrong with an entry's result, as sentences; empty when it is as expected. */
export function mismatches(entry: CorpusEntry, evaluation: Evaluation): string[] {
  const problems: string[] = [];
  const findings = allFindings(evaluation);
  const expected = expectationsOf(entry);
  const show = (f: Finding): string => `${f.severity} ${f.rule} ${f.path}:${f.line}:${f.column} ${JSON.stringify(f.message.slice(0, 200))}`;
  for (const e of expected) {
    if (!findings.some((f) => meets(f, e))) {
      const without = e.notMessage === undefined ? '' : ` and not ${JSON.stringify(e.notMessage)}`;
      problems.push(`missing: ${e.severity} ${e.rule} ${e.path}:${e.line}:${e.column} containing ${JSON.stringify(e.message)}${without}`);
    }
  }
  if (entry.exhaustive !== false) {
    for (const f of findings) if (!expected.some((e) => meets(f, e))) problems.push(`unexpected: ${show(f)}`);
  }
  if (entry.useCase !== undefined && evaluation.useCase !== entry.useCase) problems.push(`use case: expected ${entry.useCase}, got ${evaluation.useCase}`);
  return problems;
}
