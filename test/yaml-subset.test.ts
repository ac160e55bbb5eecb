// The fast reader for plain YAML must be invisible: whenever it reads a file,
// the value and every location are the full loader's, and whatever it declines
// the full loader reads and reports on as before.
import fc from 'fast-check';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInventory } from '../scripts/bench-inventory.js';
import { DEFAULT_LIMITS, loadYaml, loadYamlQuick, type LoadLimits } from '../src/model/load-yaml.js';
import { readYamlSubset } from '../src/model/yaml-subset.js';
import { CORPUS_DIR, corpusFiles } from './corpus/corpus.js';
import { fuzzInputArbitrary, materialise } from './corpus/fuzz-property.js';
import { sampleInventory } from './helpers.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Every pointer with its value's and key's `line:column`. */
function positions(locations: ReadonlyMap<string, { value: { line: number; column: number }; key?: { line: number; column: number } }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [pointer, found] of locations) out[pointer] = `${found.value.line}:${found.value.column}${found.key ? ` key ${found.key.line}:${found.key.column}` : ''}`;
  return out;
}

/**
 * Whether the fast reader took the file with its locations. When it did, its
 * answer must be the full loader's (value, key order, every location). Read
 * without locations (the base branch's quick path), it must give js-yaml's value.
 */
function expectSameAsFullLoader(text: string, limits: LoadLimits = DEFAULT_LIMITS): boolean {
  const bytes = encoder.encode(text);
  const fast = loadYaml('requests/x/file.yml', bytes, limits);
  const full = loadYaml('requests/x/file.yml', bytes, limits, { subset: false });
  expect(fast).toEqual(full.ok ? { ok: true, value: full.value, locations: expect.anything(), text: full.text } : full);
  if (fast.ok && full.ok) {
    expect(JSON.stringify(fast.value)).toBe(JSON.stringify(full.value));
    expect(positions(fast.locations)).toEqual(positions(full.locations));
  }
  const quick = readYamlSubset(text, limits);
  if (quick !== undefined) {
    expect(quick).toStrictEqual(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
    expect(loadYamlQuick(bytes, limits)?.value).toStrictEqual(quick);
  }
  return readYamlSubset(text, limits, () => {}) !== undefined;
}

describe('the fast reader for plain YAML', () => {
  it('reads every shipped sample request and every generated benchmark file, as the full loader does', () => {
    const samples = sampleInventory().filter((f) => /\.ya?ml$/.test(f.path));
    for (const sample of samples) expect(expectSameAsFullLoader(decoder.decode(sample.bytes)), sample.path).toBe(true);
    const { files, changedFiles } = generateInventory(300, 30);
    for (const f of [...files, ...changedFiles]) expect(expectSameAsFullLoader(decoder.decode(f.bytes)), f.path).toBe(true);
  });

  it('agrees with the full loader on every corpus file, hostile ones included', () => {
    let taken = 0;
    for (const name of corpusFiles()) if (expectSameAsFullLoader(readFileSync(join(CORPUS_DIR, name), 'utf8'))) taken += 1;
    // Some corpus files are plain enough to be read fast; the hostile ones never are.
    expect(taken).toBeGreaterThan(0);
  });

  it('declines what it does not read exactly, and the full loader reports it as before', () => {
    const declined = [
      'kind: project\r\nname: x\r\n',
      'kind: project\nname:\tx\n',
      'kind: project\nname: &a x\nother: *a\n',
      'kind: project\n<<: {a: 1}\n',
      'kind: project\nname: yes\n',
      'kind: project\ncode: 0123\n',
      'kind: project\nwhen: 2024-01-02\n',
      'kind: project\nkind: bucket\n',
      'kind: project\n__proto__: {a: 1}\n',
      'kind: project\nconstructor: x\n',
      'true: project\n',
      'kind: project\n---\nkind: project\n',
      'kind: project\nname: a # comment\n',
      'kind: project\nname: a: b\n',
      'kind: project\nname: "a\\"b"\n',
      "kind: project\nname: 'it''s'\n",
      'kind: project\nname:\nnext: 1\n',
      'kind: project\nname: first line\n  second line\n',
      'kind: project\ntext: >-\n  one\n\n  two\n',
      'kind: project\ntext: >-\n  one\n    more indented\n',
      'kind: project\ntext: >+\n  one\n',
      'kind: project\ntext: >\n  one',
      'kind: project\nlist:\n  -\n  - a\n',
      'kind: project\nlist:\n  - - a\n',
      'kind: project\nmap: {a: 1,}\n',
      'kind: project\nmap: {a: 1\n  , b: 2}\n',
      'kind: project\nsmile: "😀"\n',
      '  kind: project\n',
      '# only a comment\n',
      '',
    ];
    for (const text of declined) {
      expect(expectSameAsFullLoader(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('declines files over the size, node and depth limits, so the full loader says which limit', () => {
    const large = `kind: project\nname: ${'x'.repeat(300)}\n`;
    const tooLarge = loadYaml('requests/x/file.yml', encoder.encode(large), { ...DEFAULT_LIMITS, maxBytes: 100 });
    expect(tooLarge.ok ? [] : tooLarge.findings.map((f) => f.rule)).toEqual(['yaml-too-large']);
    expect(loadYamlQuick(encoder.encode(large), { ...DEFAULT_LIMITS, maxBytes: 100 })).toBeUndefined();
    const text = 'kind: project\na:\n  b:\n    c: {d: [1, 2]}\n';
    expect(readYamlSubset(text, { maxDepth: 4, maxNodes: 100 })).toBeUndefined();
    // 13 nodes: the root, 5 keys, their 5 values and 2 list items.
    expect(readYamlSubset(text, { maxDepth: 5, maxNodes: 12 })).toBeUndefined();
    expect(readYamlSubset(text, { maxDepth: 5, maxNodes: 13 })).toBeDefined();
    expect(loadYaml('requests/x/file.yml', encoder.encode(text), { maxBytes: 1000, maxDepth: 5, maxNodes: 13 }, { subset: false }).ok).toBe(true);
    for (const limits of [{ maxBytes: 1000, maxDepth: 4, maxNodes: 100 }, { maxBytes: 1000, maxDepth: 5, maxNodes: 12 }]) {
      const result = loadYaml('requests/x/file.yml', encoder.encode(text), limits);
      expect(result.ok ? [] : result.findings.map((f) => f.rule)).toEqual([limits.maxDepth === 4 ? 'yaml-too-deep' : 'yaml-too-many-nodes']);
    }
  });

  it('agrees with the full loader on mutated sample requests (property)', () => {
    fc.assert(
      fc.property(fuzzInputArbitrary, (input) => {
        expectSameAsFullLoader(decoder.decode(materialise(input).bytes));
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('reads every short unquoted value as js-yaml does: text, numbers, booleans and null', () => {
    // Every value of up to 4 characters from digits, signs, number letters and the null and boolean words' letters,
    // plus whole numbers around 15 digits and 2^53: the reader resolves the common ones itself.
    const alphabet = ['0', '1', '9', '_', '.', '-', '+', 'e', 'x', 'o', 't', 'T', 'r', 'u', 'f', 'F', 'a', 'l', 's', 'n', 'N', '~'];
    let values = [''];
    const all: string[] = [];
    for (let length = 1; length <= 4; length += 1) {
      values = values.flatMap((v) => alphabet.map((c) => v + c));
      for (const v of values) all.push(v);
    }
    all.push('1'.repeat(15), '9'.repeat(15), '9'.repeat(16), '9007199254740993', '0'.repeat(15), '100000000000000');
    // Every casing of the null and boolean words (only three casings of each are not text), and words next to them.
    for (const word of ['null', 'true', 'false', 'nulls', 'tru', 'fals', 'falsy']) {
      for (let mask = 0; mask < 2 ** word.length; mask += 1) all.push([...word].map((c, i) => (mask & (1 << i) ? c.toUpperCase() : c)).join(''));
    }
    const disagreements: string[] = [];
    let read = 0;
    for (const value of all) {
      const text = `v: ${value}\n`;
      const quick = readYamlSubset(text, DEFAULT_LIMITS);
      if (quick === undefined) continue;
      read += 1;
      if (!Object.is(quick.v, (yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { v: unknown }).v)) disagreements.push(value);
    }
    expect(disagreements).toEqual([]);
    expect(read).toBeGreaterThan(10_000);
  });

  it('agrees with the full loader on generated YAML of every shape it reads and many it does not (property)', () => {
    let taken = 0;
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        if (expectSameAsFullLoader(text)) taken += 1;
      }),
      { numRuns: 2000, seed: 11292026 },
    );
    // The property must exercise the reader, not only its refusals.
    expect(taken).toBeGreaterThan(200);
  });
});

// ---- a generator of YAML near the subset: every construct it reads, and near misses --------

/** Mostly what request files hold, sometimes a near miss: the reader must take the first and never misread the second. */
const GOOD_KEYS = ['kind', 'name', 'a', 'b-c', 'x_y', 'on', 'yes', 'Key9', 'tag', 'project', 'software', 'port', 'from', 'why', 'owners', 'members'];
const TRICKY_KEYS = ['true', 'null', 'constructor', '__proto__', '<<', '"quoted"', '1', 'a b', 'a.b'];
const GOOD_SCALARS = [
  'project', 'R', 't3.large', '10.0.0.0/8', 'research team', 'a  b', 'api.worldbank.org', '(x)', '+1', '-1', '~', 'null', 'true', 'False', '0', '7',
  '42', '1e3', '1.5', '.5', '"quoted"', "'single'", '""', "''", '"0123"', "'yes'", 'héllo wörld', '$HOME', '~user', 'a,b', 'a [b] c', 'a & b', 'trailing   ',
];
const TRICKY_SCALARS = [
  'yes', 'off', 'y', '0123', '0x1F', '0o17', '.inf', '.NaN', '12345678901234567890', '1:30', '2024-01-02', '1_000', 'a#b', 'a # b', 'a:b', 'a: b',
  '"a\\"b"', "'it''s'", '"x" y', '😀', '[x]', '{y}', '&anchor', '*alias', '!tag x', '|', '>', '- x', '?', ':', '%x', '@x', '`x`', '',
];
const weighted = (good: string[], tricky: string[]): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.constantFrom(...tricky), weight: 1 });

const scalarArbitrary = weighted(GOOD_SCALARS, TRICKY_SCALARS);
const keyArbitrary = weighted(GOOD_KEYS, TRICKY_KEYS);
const flowArbitrary: fc.Arbitrary<string> = fc.letrec<{ flow: string }>((tie) => ({
  flow: fc.oneof(
    { depthSize: 'small' },
    fc.uniqueArray(fc.tuple(keyArbitrary, fc.oneof(scalarArbitrary, tie('flow')), fc.constantFrom(', ', ',', ' , ')), { maxLength: 3, selector: ([key]) => key }).map(
      (pairs) => `{${pairs.map(([k, v, sep], i) => `${i ? sep : ''}${k}: ${v}`).join('')}}`,
    ),
    fc.array(fc.oneof(scalarArbitrary, tie('flow')), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    weighted(['{}', '[]', '{ }', '[ ]'], ['{a: 1,}', '[a, ]', '{a}', '[a: 1]', '{a: 1', '[a']),
  ),
})).flow;

const blockScalarArbitrary = fc
  .tuple(weighted(['>', '>-', '|', '|-'], ['>+', '|2', '> # c']), fc.array(weighted(['one line', 'two  words', '# hash', 'key: value'], ['', '  more', 'tail ']), { minLength: 1, maxLength: 4 }))
  .map(([header, lines]) => ({ header, lines }));

type Node = { type: 'scalar'; text: string } | { type: 'block'; header: string; lines: string[] } | { type: 'map'; entries: [string, Node][] } | { type: 'seq'; items: Node[] };

const nodeArbitrary: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(scalarArbitrary, flowArbitrary).map((text): Node => ({ type: 'scalar', text })),
    blockScalarArbitrary.map((b): Node => ({ type: 'block', ...b })),
    fc.uniqueArray(fc.tuple(keyArbitrary, tie('node')), { minLength: 1, maxLength: 4, selector: ([key]) => key }).map((entries): Node => ({ type: 'map', entries })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items): Node => ({ type: 'seq', items })),
  ),
})).node;

interface Style {
  step: number;
  compact: boolean;
  comments: boolean;
}

function renderMapping(entries: [string, Node][], indent: number, style: Style, out: string[], firstPrefix?: string): void {
  entries.forEach(([key, value], i) => {
    const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    if (style.comments && i > 0) out.push(`${' '.repeat(indent)}# note`);
    if (value.type === 'scalar') out.push(`${lead}${key}: ${value.text}`);
    else if (value.type === 'block') {
      out.push(`${lead}${key}: ${value.header}`);
      for (const line of value.lines) out.push(line === '' ? '' : `${' '.repeat(indent + style.step)}${line}`);
    } else if (value.type === 'map') {
      out.push(`${lead}${key}:`);
      renderMapping(value.entries, indent + style.step, style, out);
    } else {
      out.push(`${lead}${key}:`);
      renderSequence(value.items, style.compact ? indent : indent + style.step, style, out);
    }
  });
}

function renderSequence(items: Node[], indent: number, style: Style, out: string[]): void {
  const dash = `${' '.repeat(indent)}- `;
  for (const item of items) {
    if (item.type === 'scalar') out.push(`${dash}${item.text}`);
    else if (item.type === 'block') out.push(`${dash}${item.header}`, ...item.lines.map((l) => `${' '.repeat(indent + 2)}${l}`));
    else if (item.type === 'map') renderMapping(item.entries, indent + 2, style, out, dash);
    else {
      out.push(`${' '.repeat(indent)}-`);
      renderSequence(item.items, indent + 2, style, out);
    }
  }
}

const documentArbitrary = fc
  .tuple(
    fc.uniqueArray(fc.tuple(keyArbitrary, nodeArbitrary), { minLength: 1, maxLength: 5, selector: ([key]) => key }),
    fc.record({ step: fc.constantFrom(2, 2, 4, 1), compact: fc.boolean(), comments: fc.boolean() }),
    fc.constantFrom('\n', '', '\n\n', '\n# end\n'),
    fc.constantFrom('', '# header\n', '\n'),
  )
  .map(([entries, style, ending, heading]) => {
    const out: string[] = [];
    renderMapping(entries, 0, style, out);
    return `${heading}${out.join('\n')}${ending}`;
  });
