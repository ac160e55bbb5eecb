import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, escapePointerToken, loadYaml, locate, pointerChild, type LoadLimits } from '../src/model/load-yaml.js';
import type { Finding, LocationMap, NodeLocation } from '../src/model/types.js';

const PATH = 'requests/ex/sample.yml';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function accept(text: string, limits?: LoadLimits): { value: Record<string, unknown>; locations: LocationMap } {
  const result = loadYaml(PATH, encode(text), limits);
  if (!result.ok) throw new Error(`expected the file to load, got ${JSON.stringify(result.findings, null, 2)}`);
  return result;
}

function refuseBytes(bytes: Uint8Array, limits?: LoadLimits): Finding[] {
  const result = loadYaml(PATH, bytes, limits);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.findings;
}

const refuse = (text: string, limits?: LoadLimits): Finding[] => refuseBytes(encode(text), limits);

/** The one finding a file produces, with its rule, line and column. */
function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  const finding = findings[0] as Finding;
  expect(finding.path).toBe(PATH);
  expect(finding.severity).toBe('error');
  return finding;
}

function expectFinding(findings: Finding[], rule: string, line: number, column: number, fragment: string | RegExp): void {
  const finding = only(findings);
  expect({ rule: finding.rule, line: finding.line, column: finding.column }).toEqual({ rule, line, column });
  expect(finding.message).toMatch(fragment);
}

/** `line:column` of a node, with `key` for the key's position. */
function at(locations: LocationMap, pointer: string, which: 'key' | 'value' = 'value'): string {
  const found: NodeLocation | undefined = locations.get(pointer);
  if (!found) throw new Error(`no location for ${JSON.stringify(pointer)}; have ${[...locations.keys()].join(', ')}`);
  const position = which === 'key' ? found.key : found.value;
  if (!position) throw new Error(`no key position for ${pointer}`);
  return `${position.line}:${position.column}`;
}

/** Every pointer in a parsed value, root included. */
function pointersOf(value: unknown, pointer = ''): string[] {
  const out = [pointer];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pointersOf(item, pointerChild(pointer, i))));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...pointersOf(item, pointerChild(pointer, key)));
  }
  return out;
}

describe('loadYaml: accepted files', () => {
  it('returns the value js-yaml reads, JSON-like, for a plain request', () => {
    const { value } = accept('kind: project\nname: ieConnect Kenya\nttl: 30\nratio: 1.5\nautoStop: true\nnote: ~\nlist: [a, "b"]\n');
    expect(value).toEqual({ kind: 'project', name: 'ieConnect Kenya', ttl: 30, ratio: 1.5, autoStop: true, note: null, list: ['a', 'b'] });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('accepts a leading `---` and a closing `...`', () => {
    expect(accept('---\na: 1\n...\n').value).toEqual({ a: 1 });
  });

  it('accepts a UTF-8 byte-order mark and does not count it as a column', () => {
    const result = loadYaml(PATH, new Uint8Array([0xef, 0xbb, 0xbf, ...encode('name: x\n')]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ name: 'x' });
    expect(at(result.locations, '/name')).toBe('1:7');
  });

  it('keeps `&`, `*`, `!` and `#` inside values', () => {
    expect(accept('a: "&x *y !z"\nb: x&y*z!w\nc: \'*\'\nd: a#b\n').value).toEqual({ a: '&x *y !z', b: 'x&y*z!w', c: '*', d: 'a#b' });
  });

  it('accepts tabs inside a block scalar body, where they are text', () => {
    expect(accept('script: |\n  \tindented with a tab\n  done\n').value).toEqual({ script: '\tindented with a tab\ndone\n' });
  });

  it('accepts quoted versions of every value it refuses unquoted', () => {
    const { value } = accept('a: "007"\nb: \'0x1F\'\nc: "2024-01-01"\nd: "yes"\ne: "1e400"\nf: ".inf"\ng: "12:30"\n');
    expect(value).toEqual({ a: '007', b: '0x1F', c: '2024-01-01', d: 'yes', e: '1e400', f: '.inf', g: '12:30' });
  });

  it('accepts exactly the configured depth and node count', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3, maxNodes: 10 };
    // Root mapping (1) > {b} (2) > {c} (3).
    expect(accept('a: {b: {c: 1}}', limits).value).toEqual({ a: { b: { c: 1 } } });
    // Root, key `a`, the list and its seven items: ten nodes.
    expect(accept('a: [1, 2, 3, 4, 5, 6, 7]', limits).value).toEqual({ a: [1, 2, 3, 4, 5, 6, 7] });
  });
});

describe('loadYaml: locations', () => {
  const GROUP = [
    '# yaml-language-server: $schema=../../schemas/security-group.schema.json',
    'kind: security-group',
    'name: WBGMaster-DIME-IC-Admin',
    'team: {code: IC, name: ieConnect}',
    'units: [DECIE]',
    '',
    '# who owns the group',
    'owners:',
    '  - {name: A. Analyst, cAccount: c000111, github: dime-analyst, role: dime-analytics}',
    '  - name: Jane Doe',
    '    cAccount: c123456',
    '    displayed: true',
    'members: [c123456,',
    '  c234567]',
    'chargeCodes:',
    '- {code: "1234567", tag: ic-kenya}',
    '',
  ].join('\n');

  it('locates keys and values in nested mappings, flow mappings and sequences', () => {
    const { locations } = accept(GROUP);
    expect(at(locations, '')).toBe('2:1');
    expect(at(locations, '/kind', 'key')).toBe('2:1');
    expect(at(locations, '/kind')).toBe('2:7');
    expect(at(locations, '/team', 'key')).toBe('4:1');
    expect(at(locations, '/team')).toBe('4:7');
    expect(at(locations, '/team/code', 'key')).toBe('4:8');
    expect(at(locations, '/team/code')).toBe('4:14');
    expect(at(locations, '/team/name', 'key')).toBe('4:18');
    expect(at(locations, '/team/name')).toBe('4:24');
    expect(at(locations, '/units/0')).toBe('5:9');
    expect(at(locations, '/owners', 'key')).toBe('8:1');
    expect(at(locations, '/owners')).toBe('9:3');
    expect(at(locations, '/owners/0')).toBe('9:5');
    expect(at(locations, '/owners/0/name', 'key')).toBe('9:6');
    expect(at(locations, '/owners/0/name')).toBe('9:12');
    expect(at(locations, '/owners/0/cAccount', 'key')).toBe('9:24');
    expect(at(locations, '/owners/0/cAccount')).toBe('9:34');
    expect(at(locations, '/owners/0/github')).toBe('9:51');
    expect(at(locations, '/owners/0/role', 'key')).toBe('9:65');
    expect(at(locations, '/owners/0/role')).toBe('9:71');
    expect(at(locations, '/owners/1')).toBe('10:5');
    expect(at(locations, '/owners/1/name', 'key')).toBe('10:5');
    expect(at(locations, '/owners/1/name')).toBe('10:11');
    expect(at(locations, '/owners/1/displayed')).toBe('12:16');
    expect(at(locations, '/members/1')).toBe('14:3');
    expect(at(locations, '/chargeCodes/0')).toBe('16:3');
    expect(at(locations, '/chargeCodes/0/code')).toBe('16:10');
    expect(at(locations, '/chargeCodes/0/tag')).toBe('16:26');
    // Sequence items sit under no key.
    expect(locations.get('/owners/0')?.key).toBeUndefined();
  });

  it('covers every node of the value', () => {
    const { value, locations } = accept(GROUP);
    expect([...locations.keys()].sort()).toEqual(pointersOf(value).sort());
  });

  it('gives the same lines and columns with CRLF line endings', () => {
    const lf = accept(GROUP);
    const crlf = accept(GROUP.replace(/\n/g, '\r\n'));
    expect(crlf.value).toEqual(lf.value);
    const positions = (map: typeof lf.locations) => [...map].map(([pointer, at]) => [pointer, at.value, at.key]);
    expect(positions(crlf.locations)).toEqual(positions(lf.locations));
  });

  it('places block scalars, empty values and values after comments', () => {
    const text = [
      'useCase: >-', // 1
      '  Cleaning and analysis of survey data', // 2
      '  that does not fit in memory.', // 3
      'chargeCode:', // 4
      '# a comment between keys', // 5
      '', // 6
      '  # an indented comment', // 7
      'notes: |', // 8
      '  line one', // 9
      'spare:    # nothing here', // 10
      'last: end   # trailing comment', // 11
    ].join('\n');
    const { value, locations } = accept(text);
    expect(value).toEqual({
      useCase: 'Cleaning and analysis of survey data that does not fit in memory.',
      chargeCode: null,
      notes: 'line one\n',
      spare: null,
      last: 'end',
    });
    expect(at(locations, '/useCase')).toBe('1:10');
    expect(at(locations, '/chargeCode', 'key')).toBe('4:1');
    // An empty value has no text: it is placed right after its colon.
    expect(at(locations, '/chargeCode')).toBe('4:12');
    expect(at(locations, '/notes', 'key')).toBe('8:1');
    expect(at(locations, '/notes')).toBe('8:8');
    expect(at(locations, '/spare')).toBe('10:7');
    expect(at(locations, '/last', 'key')).toBe('11:1');
    expect(at(locations, '/last')).toBe('11:7');
  });

  it('places a value written on the line after its key, and multi-line plain and quoted scalars', () => {
    const text = ['a:', '  first line', '  second line', '"quoted key": "two', '  lines"', "'it''s': [x]", 'b:', '    {c: 1}'].join('\n');
    const { value, locations } = accept(text);
    expect(value).toEqual({ a: 'first line second line', 'quoted key': 'two lines', "it's": ['x'], b: { c: 1 } });
    expect(at(locations, '/a')).toBe('2:3');
    expect(at(locations, '/quoted key', 'key')).toBe('4:1');
    expect(at(locations, '/quoted key')).toBe('4:15');
    expect(at(locations, "/it's", 'key')).toBe('6:1');
    expect(at(locations, "/it's/0")).toBe('6:11');
    expect(at(locations, '/b')).toBe('8:5');
    expect(at(locations, '/b/c')).toBe('8:9');
  });

  it('places compact nested sequences, empty items and mappings in sequences', () => {
    const text = ['list:', '- - x', '  - z', '-', '- # only a comment', '- k: v', '  l: w', '-   [1, 2]'].join('\n');
    const { value, locations } = accept(text);
    expect(value).toEqual({ list: [['x', 'z'], null, null, { k: 'v', l: 'w' }, [1, 2]] });
    expect(at(locations, '/list')).toBe('2:1');
    expect(at(locations, '/list/0')).toBe('2:3');
    expect(at(locations, '/list/0/0')).toBe('2:5');
    expect(at(locations, '/list/0/1')).toBe('3:5');
    // Empty items are placed at their dash.
    expect(at(locations, '/list/1')).toBe('4:1');
    expect(at(locations, '/list/2')).toBe('5:1');
    expect(at(locations, '/list/3')).toBe('6:3');
    expect(at(locations, '/list/3/l', 'key')).toBe('7:3');
    expect(at(locations, '/list/3/l')).toBe('7:6');
    expect(at(locations, '/list/4')).toBe('8:5');
    expect(at(locations, '/list/4/1')).toBe('8:9');
    expect([...locations.keys()].sort()).toEqual(pointersOf(value).sort());
  });

  it('counts columns in characters, not bytes or UTF-16 units', () => {
    // The emoji is two UTF-16 units and four bytes, but one column.
    const { locations } = accept('contact: {name: "😀 Zoe", email: z@example.org}\n');
    expect(at(locations, '/contact/email', 'key')).toBe('1:26');
    expect(at(locations, '/contact/email')).toBe('1:33');
  });

  it('escapes `/` and `~` in pointers', () => {
    const { locations } = accept('a/b: 1\nc~d: 2\n');
    expect(at(locations, '/a~1b')).toBe('1:6');
    expect(at(locations, '/c~0d')).toBe('2:6');
  });
});

describe('locate', () => {
  const { locations } = accept('owners:\n  - name: Jane\n    email: j@example.org\n');

  it('prefers the key or the value as asked', () => {
    expect(locate(locations, '/owners/0/name', 'key')).toEqual({ line: 2, column: 5 });
    expect(locate(locations, '/owners/0/name', 'value')).toEqual({ line: 2, column: 11 });
    // A sequence item has no key: its own position.
    expect(locate(locations, '/owners/0', 'key')).toEqual({ line: 2, column: 5 });
  });

  it('walks up to the nearest node present', () => {
    expect(locate(locations, '/owners/0/github', 'value')).toEqual({ line: 2, column: 5 });
    expect(locate(locations, '/owners/7/name', 'key')).toEqual({ line: 1, column: 1 });
    expect(locate(locations, '/missing', 'value')).toEqual({ line: 1, column: 1 });
    expect(locate(new Map(), '/a/b', 'key')).toEqual({ line: 1, column: 1 });
  });

  it('builds and escapes pointers', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerChild('/owners', 0)).toBe('/owners/0');
    expect(pointerChild('', 'a/b')).toBe('/a~1b');
  });
});

describe('loadYaml: refusals', () => {
  it('yaml-empty: an empty or comment-only file', () => {
    expectFinding(refuse(''), 'yaml-empty', 1, 1, /empty/);
    expectFinding(refuse('# only a comment\n\n   # another\n'), 'yaml-empty', 1, 1, /only comments/);
    expectFinding(refuse('---\n'), 'yaml-empty', 1, 1, /empty/);
  });

  it('yaml-root: a root that is not a mapping', () => {
    expectFinding(refuse('just words\n'), 'yaml-root', 1, 1, /a single value/);
    expectFinding(refuse('# list\n- a\n- b\n'), 'yaml-root', 2, 1, /a list/);
    expectFinding(refuse('\n\n  [1, 2]\n'), 'yaml-root', 3, 3, /a list/);
    expectFinding(refuse('~\n'), 'yaml-root', 1, 1, /null/);
  });

  it('yaml-multi-document: a second document, located where it starts', () => {
    expectFinding(refuse('a: 1\n---\nb: 2\n'), 'yaml-multi-document', 2, 1, /more than one YAML document/);
    expectFinding(refuse('a: 1\n...\n# next\n---\nb: 2\n'), 'yaml-multi-document', 4, 1, /one document per file/);
  });

  it('yaml-duplicate-key: located at the duplicate', () => {
    expectFinding(refuse('kind: project\nname: a\nname: b\n'), 'yaml-duplicate-key', 3, 1, /`name` appears twice/);
    expectFinding(refuse('contact: {name: a, email: b, name: c}\n'), 'yaml-duplicate-key', 1, 30, /`name` appears twice/);
    expectFinding(refuse('a:\n  b: 1\n  "b": 2\n'), 'yaml-duplicate-key', 3, 3, /twice/);
  });

  it('yaml-alias: anchors, aliases and merge keys', () => {
    expectFinding(refuse('a: &x 1\nb: *x\n'), 'yaml-alias', 1, 4, /write the values out in full/);
    expectFinding(refuse('a: 1\nb: *nowhere\n'), 'yaml-alias', 2, 4, /\*nowhere/);
    expectFinding(refuse('base: {a: 1}\n<<: {b: 2}\n'), 'yaml-alias', 2, 1, /merge keys/);
    expectFinding(refuse('list:\n  - &first\n    a: 1\n'), 'yaml-alias', 2, 5, /&first/);
  });

  it('yaml-alias: a billion-laughs bomb is refused at its first anchor', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [name, ref] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']] as const) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${ref}`).join(', ')}]`);
    }
    const bomb = lines.join('\n') + '\n';
    expect(bomb.length).toBeLessThan(1000);
    expectFinding(refuse(bomb), 'yaml-alias', 1, 4, /&a/);
  });

  it.each([
    ['!!binary aGVsbG8=', '!!binary'],
    ['!!js/function "function () {}"', '!!js/function'],
    ['!custom value', '!custom'],
    ['!!str 123', '!!str'],
    ['!<tag:yaml.org,2002:str> x', '!<tag:yaml.org,2002:str>'],
  ])('yaml-tag: %s', (value, tag) => {
    const findings = refuse(`name: x\nfield: ${value}\n`);
    expectFinding(findings, 'yaml-tag', 2, 8, /remove the tag/);
    expect(findings[0]?.message).toContain(tag);
  });

  it('yaml-tag: a tag on a block mapping', () => {
    expectFinding(refuse('a: !!map\n  b: 1\n'), 'yaml-tag', 1, 4, /remove the tag/);
  });

  it.each([
    ['007', /leading zero/],
    ['0123', /leading zero/],
    ['0o17', /the number 15/],
    ['0x1F', /the number 31/],
    ['0b101', /the number 5/],
    ['2024-01-01', /date/],
    ['2024-01-01T10:00:00Z', /date/],
    ['12345678901234567890', /too large/],
    ['1e400', /infinity/],
    ['.inf', /infinity/],
    ['-.inf', /infinity/],
    ['.nan', /not-a-number/],
    ['1_000', /read as a number/],
    ['+.5', /read as a number/],
    ['12:30', /base-60/],
    ['yes', /true or false/],
    ['No', /true or false/],
    ['on', /true or false/],
    ['OFF', /true or false/],
    ['y', /true or false/],
    ['n', /true or false/],
  ])('yaml-coerced: %s', (raw, reason) => {
    const findings = refuse(`kind: project\nvalue: ${raw}\n`);
    expectFinding(findings, 'yaml-coerced', 2, 8, /quote (this value|it)/);
    expect(findings[0]?.message).toMatch(reason);
    expect(findings[0]?.message).toContain(`"${raw}"`);
  });

  it('yaml-coerced: a number written another way is told how to write it plainly, since a number field refuses quotes', () => {
    const advice = (raw: string): string => refuse(`kind: project\nvalue: ${raw}\n`)[0]!.message.split('; ').slice(1).join('; ');
    expect(advice('0x1F')).toBe('if it is a number, write it plainly (31); if it is text, quote it ("0x1F").');
    expect(advice('007')).toBe('if it is a number, write it plainly (7); if it is text, quote it ("007").');
    expect(refuse('kind: project\nvalue: 007\n')[0]!.message).toContain('an octal number or text; if it is a number');
    expect(advice('.inf')).toBe('if it is a number, write one within range; if it is text, quote it (".inf").');
    expect(advice('yes')).toBe('quote this value ("yes") so it is read as written.');
  });

  it('yaml-coerced: a number with an exponent, which YAML 1.1 tools read as text, is told its plain digits', () => {
    const [finding] = refuse('kind: project\nvalue: 1e2\n');
    expect(finding!.message).toBe('`1e2` is written with an exponent, which some YAML tools read as text; if it is a number, write it plainly (100); if it is text, quote it ("1e2").');
    expect([finding!.line, finding!.column]).toEqual([2, 8]);
    expect(refuse('kind: project\nvalue: 1.5E-7\n')[0]!.message).toContain('write it plainly (0.00000015)');
    expect(accept('kind: project\nvalue: 1.5\n').value.value).toBe(1.5);
  });

  it('yaml-coerced: every ambiguous value is reported, in order, in blocks and flows', () => {
    const findings = refuse('a: [1, 007, ok]\nb: {c: yes, d: 2024-01-01}\ne:\n  - 0x10\n  - 1.5\nf: 32\n');
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'yaml-coerced 1:8',
      'yaml-coerced 2:8',
      'yaml-coerced 2:16',
      'yaml-coerced 4:5',
    ]);
  });

  it('yaml-tab: a tab in indentation', () => {
    expectFinding(refuse('a:\n\tb: 1\n'), 'yaml-tab', 2, 1, /indent with spaces/);
    // js-yaml also trips over this one; the tab is said first.
    expect(refuse('a: 1\n  \tb: 2\n').map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(['yaml-tab 2:3', 'yaml-syntax 2:5']);
    expectFinding(refuse('list:\n  - a\n\t- b\n'), 'yaml-tab', 3, 1, /indent with spaces/);
  });

  it('yaml-conflict: merge-conflict markers are named as such, at the first one', () => {
    const findings = refuse('kind: project\n<<<<<<< HEAD\nname: Nutrition\n=======\nname: School meals\n>>>>>>> other-branch\n');
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(['yaml-conflict 2:1']);
    expect(findings[0]!.message).toContain('This file still holds a merge conflict');
    // The same characters inside a value, or indented in a block of text, are text.
    const text = encode('kind: project\nname: a ======= b\nnote: |\n  =======\n  <<<<<<< not a marker\n');
    expect(loadYaml('requests/x/file.yml', text).ok).toBe(true);
    expect(loadYaml('requests/x/file.yml', text, DEFAULT_LIMITS, { subset: false }).ok).toBe(true);
  });

  it('yaml-forbidden-key: __proto__, constructor and prototype at any depth', () => {
    const findings = refuse('__proto__: {}\nok:\n  constructor: 1\nlist:\n  - {prototype: 2}\n');
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'yaml-forbidden-key 1:1',
      'yaml-forbidden-key 3:3',
      'yaml-forbidden-key 5:6',
    ]);
    expect(findings[0]?.message).toMatch(/`__proto__` is reserved/);
  });

  it('yaml-key-type: keys that are not words', () => {
    expectFinding(refuse('name: x\n1: one\n'), 'yaml-key-type', 2, 1, /Field names are words: `1` is read as a number/);
    expectFinding(refuse('true: x\n'), 'yaml-key-type', 1, 1, /a boolean/);
    expectFinding(refuse('~: x\n'), 'yaml-key-type', 1, 1, /null/);
    expectFinding(refuse('[a, b]: x\n'), 'yaml-key-type', 1, 1, /a list/);
    expectFinding(refuse('a: {{b: 1}: c}\n'), 'yaml-key-type', 1, 5, /a mapping/);
    expectFinding(refuse('? [a, b]\n: c\n'), 'yaml-key-type', 1, 1, /complex keys/);
    expectFinding(refuse('a: 1\n? b\n: c\n'), 'yaml-key-type', 2, 1, /complex keys/);
  });

  it('yaml-encoding: invalid UTF-8, located at the bad byte', () => {
    // "café" written in Latin-1: 0xE9 is not UTF-8.
    const bytes = new Uint8Array([...encode('a: 1\nb: caf'), 0xe9, ...encode('\n')]);
    expectFinding(refuseBytes(bytes), 'yaml-encoding', 2, 7, /not valid UTF-8 \(byte 0xE9/);
    // An overlong encoding of "/" after a valid multi-byte character.
    const overlong = new Uint8Array([...encode('é: '), 0xc0, 0xaf]);
    expectFinding(refuseBytes(overlong), 'yaml-encoding', 1, 4, /save it as UTF-8/);
  });

  it('yaml-encoding: UTF-16 and UTF-32 byte-order marks', () => {
    expectFinding(refuseBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00])), 'yaml-encoding', 1, 1, /UTF-16/);
    expectFinding(refuseBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61])), 'yaml-encoding', 1, 1, /UTF-16/);
    expectFinding(refuseBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x61, 0, 0, 0])), 'yaml-encoding', 1, 1, /UTF-32/);
    expectFinding(refuseBytes(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x61])), 'yaml-encoding', 1, 1, /UTF-32/);
  });

  it('yaml-encoding: a NUL byte and an invisible control character', () => {
    expectFinding(refuse('a: 1\nb: x\u0000y\n'), 'yaml-encoding', 2, 5, /NUL byte/);
    expectFinding(refuse('a: "x\u0007y"\n'), 'yaml-encoding', 1, 6, /control character/);
  });

  it('yaml-too-large: checked before anything else', () => {
    const text = `a: "${'x'.repeat(300 * 1024)}"\n`;
    const findings = refuse(text);
    expectFinding(findings, 'yaml-too-large', 1, 1, /307,206 bytes, over the 262,144-byte limit/);
    expectFinding(refuseBytes(new Uint8Array(11).fill(0xff), { ...DEFAULT_LIMITS, maxBytes: 10 }), 'yaml-too-large', 1, 1, /10-byte limit/);
  });

  it('yaml-too-deep: 5,000-deep flow nesting is refused without a stack overflow', () => {
    const text = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const finding = only(refuse(text));
    expect(finding.rule).toBe('yaml-too-deep');
    expect(finding.line).toBe(1);
    expect(finding.message).toMatch(/more than 32 levels/);
    expect(only(refuse(`a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}\n`)).rule).toBe('yaml-too-deep');
  });

  it('yaml-too-deep: one level over the limit, in block style, at the node that is too deep', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3 };
    expectFinding(refuse('a:\n  b:\n    c:\n      d: 1\n', limits), 'yaml-too-deep', 4, 7, /more than 3 levels/);
    expectFinding(refuse('a: [[[1]]]\n', limits), 'yaml-too-deep', 1, 6, /flatten/);
  });

  it('yaml-too-deep: never throws, even when the limit is too high for the stack', () => {
    const depth = 200_000;
    const text = `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const limits = { maxBytes: 10_000_000, maxDepth: 1_000_000, maxNodes: 10_000_000 };
    const result = loadYaml(PATH, encode(text), limits);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.map((f) => f.rule)).toEqual(['yaml-too-deep']);
  });

  it('yaml-too-many-nodes: over the node limit', () => {
    const limits = { ...DEFAULT_LIMITS, maxNodes: 10 };
    expectFinding(refuse('a: [1, 2, 3, 4, 5, 6, 7, 8]', limits), 'yaml-too-many-nodes', 1, 26, /more than 10 keys and values/);
    const many = `a: [${Array(25_000).fill('1').join(', ')}]\n`;
    expect(only(refuse(many)).rule).toBe('yaml-too-many-nodes');
  });

  it('yaml-syntax: js-yaml errors in plain words, with line and column', () => {
    expectFinding(refuse('a: 1\n b: 2\n'), 'yaml-syntax', 2, 3, /line 2, column 3: this line is not indented like the fields around it/);
    expectFinding(refuse('a:\n  - [1, 2]]\n'), 'yaml-syntax', 2, 11, /line 2, column 11/);
  });

  it('yaml-syntax: the usual mistakes named on their own line, not where the reader stopped', () => {
    // Each as a researcher writes it; the reader stops a line later, or at the end of the file.
    expectFinding(refuse('kind: ec2-instance\nos:rhel-9\nstorage:\n  rootGiB: 100\n'), 'yaml-syntax', 2, 4, 'A space is missing after the `:` of `os`: write `os: rhel-9`.');
    expectFinding(refuse('requirements:\n  memoryGiB:32\n  vcpus: 4\n'), 'yaml-syntax', 2, 13, 'write `memoryGiB: 32`');
    expectFinding(refuse('kind: ec2-instance\nautoStop:true'), 'yaml-syntax', 2, 10, 'write `autoStop: true`');
    expectFinding(refuse('kind: project\nname: "Water Access impact evaluation\ntag: dimewater\n'), 'yaml-syntax', 2, 7, 'The quote that starts here is never closed: end the value with `"` on this line.');
    expectFinding(refuse('a: [1, 2\n'), 'yaml-syntax', 1, 4, 'This `[` is never closed: end it with `]` on the same line.');
    expectFinding(refuse('access:\n  - {who: #ext partners, type: external}\n'), 'yaml-syntax', 2, 5, /A `#` after a space starts a comment, so the rest of this line, with its closing `\}`, is not read/);
    expectFinding(refuse('kind: project\nname: Water Access: impact evaluation\ntag: x\n'), 'yaml-syntax', 2, 7, 'put the whole value in quotes, `name: "Water Access: impact evaluation"`');
    expectFinding(refuse('software:\n  - {name: stata, source: download, why: regressions: main models}\n'), 'yaml-syntax', 2, 42, '`why: "regressions: main models"`');
    expectFinding(refuse('kind: ec2-instance\nos:\u00A0rhel-9\nstorage: {}\n'), 'yaml-syntax', 2, 4, /unusual space \(U\+00A0\), which YAML does not read as a space/);
    expectFinding(refuse('a:\n  b: 1\n\u00A0 c: 2\n'), 'yaml-syntax', 3, 1, /indented with a non-breaking or other unusual space \(U\+00A0\), which YAML reads as part of the field's name/);
    // A line no request has is left to the reader's own words (the patterns would take long on it).
    const long = `a: ${'x: '.repeat(20_000)}\n`;
    expect(only(refuse(long, { ...DEFAULT_LIMITS, maxBytes: 1_000_000 })).message).toMatch(/^The file is not valid YAML at line 1/);
  });

  it('yaml-syntax: says nothing it cannot prove, and never refuses valid YAML for a pasted space', () => {
    // Pasted bullet points and spaces inside text, quotes and comments are text: the file is valid.
    accept('kind: project\nuseCase: |\n  Steps:\n  -\u00A0first\n  \u00A0\u00A0sub point\nname: x\n');
    accept('purpose: "a long text\n  \u00A0continued"\nname: x # a\u00A0note\n');
    // A multi-line single-quoted value before an unclosed double quote: the double quote is blamed.
    expectFinding(refuse("kind: s3-bucket\npurpose: 'Raw survey data, kept\n  for five years'\nbucket: \"dime-ex-raw\nversioning: true\n"), 'yaml-syntax', 4, 9, 'The quote that starts here is never closed');
    // A multi-line list before an unclosed one, and a bracket in block text: the last one opened is blamed.
    expectFinding(refuse('software: [git,\n  make]\nautoStop: false\ninbound: [{port: 22, from: 10.0.0.0/8, why: x}\n'), 'yaml-syntax', 4, 10, 'This `[` is never closed');
    expectFinding(refuse('useCase: >-\n  Outputs are tables [aggregated only, as agreed\n  with the firm.\naccess: [{who: team, type: staff}\n'), 'yaml-syntax', 4, 9, 'This `[` is never closed');
    // A quoted non-breaking space on the line before a mis-indented one is not the mistake.
    expect(only(refuse('name: "School\u00A0Meals"\n  tag: dimeex\n')).message).toMatch(/^The file is not valid YAML/);
    // Block text and a drive letter hold a colon without a space, and are not the mistake either.
    expect(only(refuse('useCase: >-\n  Note:see the plan\n tag: x\n')).message).not.toContain('A space is missing');
    expect(only(refuse('software:\n  - C:\\tools\\x\n  bad: 1\n')).message).not.toContain('A space is missing');
  });

  it('stops at a fatal parse error but reports the tabs before it', () => {
    const findings = refuse('\tkey: 1\nother: [\n');
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(['yaml-tab 1:1', 'yaml-syntax 1:5']);
  });

  it('sorts findings by line then column and names the file', () => {
    const findings = refuse('b: {constructor: yes}\n__proto__: 007\n');
    expect(findings.map((f) => `${f.path} ${f.rule} ${f.line}:${f.column}`)).toEqual([
      `${PATH} yaml-forbidden-key 1:5`,
      `${PATH} yaml-coerced 1:18`,
      `${PATH} yaml-forbidden-key 2:1`,
      `${PATH} yaml-coerced 2:12`,
    ]);
  });
});
