/**
 * The request corpus (test/corpus/): every hostile or mistaken file in it is
 * judged the way a pull request is (shipped policy, sample inventory as the
 * base) and must give exactly the findings its manifest entry lists, at the
 * listed line and column. Entries marked `inert` are also rendered (comment,
 * job summary, tickets) and must stay inert. Entries marked `knownBug` show a
 * bug in src/: they are expected to fail until it is fixed.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/types.js';
import { allFindings, corpusFiles, filesOf, judgeEntry, loadManifest, mismatches, type CorpusEntry } from './corpus/corpus.js';
import { inertProblems, renderAll } from './corpus/inert.js';
import { shippedPolicy } from './helpers.js';

const manifest = loadManifest();
const shipped = shippedPolicy();

/** Findings must point inside the file they name (a finding on the line after the last is allowed: end of file). */
function locationProblems(findings: Finding[], lineCounts: ReadonlyMap<string, number>): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    const lines = lineCounts.get(f.path);
    const inside = f.line >= 1 && f.column >= 1 && (lines === undefined || f.line <= lines + 1);
    if (!inside) problems.push(`finding outside its file (${lines ?? '?'} lines): ${f.rule} ${f.path}:${f.line}:${f.column}`);
  }
  return problems;
}

/** Everything wrong with one entry's result; empty when it is exactly as the manifest says. */
function check(entry: CorpusEntry): string[] {
  const { evaluation, policy, changed } = judgeEntry(entry, shipped);
  const lineCounts = new Map(changed.map((f) => [f.path, new TextDecoder().decode(f.bytes).split(/\r\n|\r|\n/).length]));
  const problems = [...mismatches(entry, evaluation), ...locationProblems(allFindings(evaluation), lineCounts)];
  if (entry.inert) {
    for (const p of inertProblems(renderAll(policy, evaluation))) problems.push(`not inert (${p.kind}) in the ${p.where}: ${p.detail}`);
  }
  return problems;
}

describe('the corpus manifest', () => {
  it('has an entry for every corpus file, and every file it names exists', () => {
    const files = corpusFiles();
    const named = new Set(manifest.entries.flatMap(filesOf));
    expect(files.filter((f) => !named.has(f)), 'corpus files without a manifest entry').toEqual([]);
    expect([...named].filter((f) => !files.includes(f)), 'manifest entries naming missing files').toEqual([]);
  });

  it('gives each entry a unique id, content, a requests/ path and something to expect', () => {
    const ids = manifest.entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
    for (const entry of manifest.entries) {
      expect(entry.path.startsWith('requests/'), entry.id).toBe(true);
      expect(entry.status === 'removed' || (entry.file === undefined) !== (entry.generate === undefined), `${entry.id}: exactly one of file and generate`).toBe(true);
      expect(entry.rule !== undefined || entry.expect !== undefined, `${entry.id}: no expectation`).toBe(true);
    }
  });

  it('holds at least 60 request files and generates the large ones', () => {
    const generated = manifest.entries.filter((e) => e.generate !== undefined).length;
    expect(corpusFiles().length + generated).toBeGreaterThanOrEqual(60);
    expect(generated).toBeGreaterThan(0);
  });
});

describe('the request corpus', () => {
  for (const entry of manifest.entries) {
    const test = entry.knownBug ? it.fails : it;
    test(`${entry.id}${entry.knownBug ? ' (known bug)' : ''}`, () => {
      expect(check(entry)).toEqual([]);
    });
  }
});
