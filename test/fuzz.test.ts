/**
 * Property-based fuzzing inside `npm test`: a small fixed-seed run of the
 * properties in test/corpus/fuzz-property.ts (mutated sample requests through
 * evaluate -> comment -> tickets -> text -> JSON). `npm run fuzz` runs the
 * same properties 10,000 times and more. Bugs the fuzzer found are kept below
 * with their counterexamples: as `it.fails` while a bug is open (so the suite
 * stays green and the bug visible), as plain regression tests once fixed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/rules/evaluate.js';
import { applyMutation, checkFile, fuzzProperty, KNOWN_BUG_KINDS, materialise } from './corpus/fuzz-property.js';
import { inertProblems, LIVE_MENTION, renderAll } from './corpus/inert.js';
import { added, file, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const policy = shippedPolicy();
const base = sampleInventory();
const PROJECT = 'requests/ex/ex-nutrition.yml';
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';

/** A sample with one exact edit, as a modification or as a new file. */
function edited(path: string, from: string, to: string, as = path) {
  const text = sampleText(path);
  expect(text).toContain(from);
  return file(as, text.replace(from, to));
}

describe('the fuzzing harness', () => {
  it('starts from templates that mention nobody: no @name in the ticket templates or in the rendered samples', () => {
    for (const template of [policy.tickets.markdown, policy.tickets.checklist]) expect(template).not.toMatch(LIVE_MENTION);
    const evaluation = evaluate({ policy, base: [], changes: base.map(added), mode: 'inventory' });
    const rendered = renderAll(policy, evaluation);
    expect(rendered.tickets.length).toBeGreaterThan(0);
    for (const text of [rendered.comment, rendered.summary, ...rendered.tickets.flatMap((t) => [t.issue, t.markdown])]) expect(text).not.toMatch(LIVE_MENTION);
    expect(inertProblems(rendered)).toEqual([]);
  });

  it('applies each kind of mutation where it says', () => {
    const text = 'kind: project\nname: x\nlist:\n  - a: 1\n';
    expect(applyMutation(text, { op: 'delete-line', at: 1 })).toBe('kind: project\nlist:\n  - a: 1\n');
    expect(applyMutation(text, { op: 'duplicate-line', at: 6 })).toBe('kind: project\nname: x\nname: x\nlist:\n  - a: 1\n');
    expect(applyMutation(text, { op: 'retype', at: 1, value: '007' })).toBe('kind: project\nname: 007\nlist:\n  - a: 1\n');
    expect(applyMutation(text, { op: 'replace-value', at: 2, text: '"@x"' })).toBe('kind: project\nname: x\nlist:\n  - a: "@x"\n');
    expect(applyMutation(text, { op: 'insert', at: 4, text: '\u202e' })).toBe('kind\u202e: project\nname: x\nlist:\n  - a: 1\n');
  });

  it('passes the unmutated samples', () => {
    for (let sample = 0; sample < base.length; sample++) {
      expect(checkFile(materialise({ sample, asNew: false, mutations: [{ op: 'insert', at: 0, text: '' }] }), policy, base).problems).toEqual([]);
    }
  });
});

describe('fuzzing mutated sample requests (fixed seed, 300 runs)', () => {
  it('never throws, locates every finding inside its file, keeps request text inert and the comment short, and judges deterministically', () => {
    fc.assert(fuzzProperty(policy, base), { seed: 20_240_601, numRuns: 300 });
  });

  it('has no open known bug set aside from the property', () => {
    expect([...KNOWN_BUG_KINDS]).toEqual([]);
  });
});

describe('bugs the fuzzer found (fixed; kept as regression tests)', () => {
  // Fuzz counterexample (npm run fuzz, seed 7): {"sample":1,"asNew":true,"mutations":[{"op":"insert","at":338948,"text":">"},{"op":"insert","at":90072,"text":"```"}]}
  // -- two software items of different shapes, both wrong: `pyth>on3.11` and `{name:``` pandas, ...}`.
  const mixedItems = (): ReturnType<typeof file> =>
    file('requests/ex/fuzz-ex-nutrition-analysis.yml', sampleText(INSTANCE).replace('  - python3.11\n', '  - pyth>on3.11\n').replace('{name: pandas', '{name:``` pandas'));

  it('src/rules/schema-findings.ts: evaluate does not throw when two list items fail different anyOf branches (it threw a TypeError in request-rules)', () => {
    expect(() => evaluate({ policy, base, changes: [added(mixedItems())] })).not.toThrow();
    const rules = evaluate({ policy, base, changes: [added(mixedItems())] }).files.flatMap((f) => f.findings).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['schema-pattern']));
  });

  it('src/rules/schema-findings.ts: two wrong software items of different shapes each keep their schema finding (both were pruned, so the file passed)', () => {
    const bad = edited(INSTANCE, '  - python3.11\n', '  - "<b>bad name</b>"\n', 'requests/ex/ex-fuzz-bypass.yml');
    const text = new TextDecoder().decode(bad.bytes).replace('{name: pandas, source: pip', '{name: pandas, source: nonsense');
    const evaluation = evaluate({ policy, base, changes: [added(file(bad.path, text))] });
    expect(evaluation.files.flatMap((f) => f.findings).map((f) => f.rule)).toEqual(expect.arrayContaining(['schema-pattern', 'schema-enum']));
  });

  // Fuzz counterexample (seed 7): {"sample":2,"asNew":false,"mutations":[{"op":"replace-value","at":999991,"text":"\"\u0456 <!-- aws-requests:comment -->\""}]}
  it('src/render/markdown.ts: a changed value holding the comment marker is not copied verbatim (it was, in a code span) into the comment', () => {
    const changed = edited(PROJECT, 'name: School Meals and Child Nutrition impact evaluation', 'name: "\u0456 <!-- aws-requests:comment -->"');
    expect(checkFile(changed, policy, base).problems).toEqual([]);
  });

  // Fuzz counterexample (seed 7): {"sample":2,"asNew":false,"mutations":[{"op":"replace-value","at":551445,"text":"\"<details><summary>x … | a | b | …\""}]}
  it('src/render/markdown.ts: a `|` in a changed value stays inside its diff-table cell (it ended the cell, leaving the rest live HTML)', () => {
    const changed = edited(PROJECT, 'name: School Meals and Child Nutrition impact evaluation', 'name: "<details><summary>x | a | b |"');
    expect(checkFile(changed, policy, base).problems).toEqual([]);
  });
});

describe('web addresses in request text', () => {
  it('make no link in the comment or a ticket (a link to an issue would post a cross-reference on it), and show as code', () => {
    const changed = edited(INSTANCE, 'purpose: Runs the cleaning and analysis scripts in Python and R.', 'purpose: As asked in https://github.com/octo/other/issues/7, and see www.example.org/help.');
    const { problems, evaluation } = checkFile(changed, policy, base);
    expect(problems).toEqual([]);
    const rendered = renderAll(policy, evaluation);
    expect(rendered.comment).toContain('`https://github.com/octo/other/issues/7`');
    expect(rendered.tickets[0]!.markdown).toContain('As asked in `https://github.com/octo/other/issues/7`, and see `www.example.org/help`.');
  });

  // Fuzz counterexample (seed 603748802): {"sample":1,"asNew":false,"mutations":[{"op":"insert","at":586321,"text":"https://github.com/octo/repo/issues/1"}]}
  it('src/render/escape.ts: an address right after a digit makes no link either (GitHub links it; a word boundary missed it)', () => {
    const changed = edited(INSTANCE, 'storage: {rootGiB: 100,', 'storage: {rootGiB: 1https://github.com/octo/repo/issues/100,');
    expect(checkFile(changed, policy, base).problems).toEqual([]);
  });

  it('are found by the check that the outputs stay inert', () => {
    const live = renderAll(policy, evaluate({ policy, base, changes: [] }));
    live.comment += '\nSee https://github.com/octo/other/issues/7\n';
    expect(inertProblems(live).map((p) => p.kind)).toEqual(['link']);
  });
});
