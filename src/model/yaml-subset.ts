/**
 * A fast reader for the plain YAML that request files are written in.
 *
 * js-yaml reads any YAML; with the listener that recovers positions it is
 * most of the time a pull request's check takes. Request files use a small
 * part of YAML: `name: value` lines, `- ` lists, one-line `{...}` and `[...]`,
 * plain or simply quoted values, and the occasional folded `>-` text. This
 * reads exactly that part, line by line, and gives up (`undefined`) on
 * anything else, so the caller reads the file with the full loader, which
 * also says what is wrong and where. Whenever it answers, its value and
 * offsets are those of the full loader (a property test holds it to that):
 * plain scalars are resolved by js-yaml's own core-schema types, and a value
 * the full loader would refuse as ambiguous is not accepted here.
 *
 * Pure: text in, value out; positions are reported as UTF-16 offsets.
 */
import yaml from 'js-yaml';
import { rememberedPointerChild } from './json-pointer.js';
import { coercion } from './scalar-coercion.js';

/** Called for every node read: its JSON pointer, where it starts, and where its key starts. */
export type RecordNode = (pointer: string, valueOffset: number, keyOffset: number | undefined) => void;

export interface SubsetLimits {
  maxDepth: number;
  maxNodes: number;
}

interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}

// js-yaml resolves an unquoted scalar by trying these in order (null, bool,
// int, float); using the same objects keeps the two readers in step. Without
// them (another js-yaml), the reader declines every file.
const IMPLICIT: readonly ImplicitType[] | undefined = (yaml.CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit;

/**
 * Anything outside printable text without tabs, carriage returns, byte-order
 * marks or surrogate pairs (so a column is an offset in its line). Lines that
 * start a directive or a document marker are declined as the lines are found.
 */
const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029]/;
/** Field names that would reach an object's prototype: refused by both readers. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Thrown to abandon the fast read; never escapes this module. */
const DECLINE = Symbol('decline');

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

const isKeyStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isKeyPart = (c: number): boolean => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
/** Characters an unquoted value may start with here: letters, digits and `_ . / ( + ~ $`. */
const isPlainStart = (c: number): boolean =>
  isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2f || c === 0x28 || c === 0x2b || c === 0x7e || c === 0x24;
/** Inside `[...]` and `{...}` these end an unquoted value. */
const isFlowIndicator = (c: number): boolean => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

class SubsetReader {
  /** Offsets where each line starts, and one past the end. */
  private readonly starts: number[] = [0];
  private readonly lineCount: number;
  private nodes = 0;
  /** Where the last read ended: the line after a block, the offset after an inline value. */
  private line = 0;
  private after = 0;

  constructor(
    private readonly text: string,
    private readonly limits: SubsetLimits,
    private readonly record: RecordNode | undefined,
  ) {
    if (startsMarker(text, 0)) throw DECLINE;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (startsMarker(text, i + 1)) throw DECLINE;
      this.starts.push(i + 1);
    }
    if (this.starts[this.starts.length - 1] !== text.length + 1) this.starts.push(text.length + 1);
    this.lineCount = this.starts.length - 1;
  }

  /** End of line `line`, before its line break. */
  lineEnd(line: number): number {
    return (this.starts[line + 1] as number) - 1;
  }

  indentOf(line: number): number {
    const start = this.starts[line] as number;
    let i = start;
    while (this.text.charCodeAt(i) === SPACE) i += 1;
    return i - start;
  }

  /** The first line at or after `line` with content (not blank, not a comment), or the line count. */
  nextContent(line: number): number {
    for (let l = line; l < this.lineCount; l += 1) {
      const at = (this.starts[l] as number) + this.indentOf(l);
      if (at < this.lineEnd(l) && this.text.charCodeAt(at) !== HASH) return l;
    }
    return this.lineCount;
  }

  count(): void {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) throw DECLINE;
  }

  note(pointer: string, valueOffset: number, keyOffset: number | undefined): void {
    this.count();
    this.record?.(pointer, valueOffset, keyOffset);
  }

  readRoot(): Record<string, unknown> {
    const first = this.nextContent(0);
    if (first >= this.lineCount || this.indentOf(first) !== 0) throw DECLINE;
    const start = this.starts[first] as number;
    if (!isKeyStart(this.text.charCodeAt(start))) throw DECLINE;
    this.note('', start, undefined);
    const value = this.readMapping(first, 0, start, '', 1);
    if (this.line < this.lineCount) throw DECLINE;
    return value;
  }

  /**
   * A block mapping whose keys sit at column `indent`; its first key may start
   * mid-line (`- name: x`), at `firstKey`. Sets `line` to the line after it.
   */
  private readMapping(line: number, indent: number, firstKey: number, pointer: string, depth: number): Record<string, unknown> {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text = this.text;
    const object: Record<string, unknown> = {};
    let l = line;
    let at = firstKey;
    for (;;) {
      // The key: a plain word, then `:` and a space or the end of the line.
      let i = keyEnd(text, at);
      const key = text.slice(at, i);
      const end = this.lineEnd(l);
      if (text.charCodeAt(i) !== COLON || (i + 1 < end && text.charCodeAt(i + 1) !== SPACE)) throw DECLINE;
      if (!isPlainKey(key) || Object.hasOwn(object, key)) throw DECLINE;
      this.count();
      const child = this.record ? rememberedPointerChild(pointer, key) : '';
      i += 1;
      while (i < end && text.charCodeAt(i) === SPACE) i += 1;
      if (i < end) {
        const c = text.charCodeAt(i);
        if (c === 0x3e || c === 0x7c) {
          // `>` or `|`: the text is on the lines below.
          object[key] = this.readBlockScalar(l, i, indent);
          this.note(child, i, at);
          l = this.line;
        } else {
          object[key] = this.readInline(i, end, child, at, depth, false);
          if (skipSpaces(text, this.after, end) !== end) throw DECLINE;
          l += 1;
        }
      } else {
        // `key:` alone: a mapping or list follows, more indented (a list may also sit at the key's column).
        const next = this.nextContent(l + 1);
        if (next >= this.lineCount) throw DECLINE;
        const nested = this.indentOf(next);
        const start = (this.starts[next] as number) + nested;
        const dash = isDashItem(text, start, this.lineEnd(next));
        if (nested > indent && !dash) {
          this.note(child, start, at);
          object[key] = this.readMapping(next, nested, start, child, depth + 1);
        } else if (dash && nested >= indent) {
          this.note(child, start, at);
          object[key] = this.readSequence(next, nested, child, depth + 1, nested === indent);
        } else throw DECLINE;
        l = this.line;
      }
      // The next key of this mapping, or its end.
      l = this.nextContent(l);
      this.line = l;
      if (l >= this.lineCount) return object;
      const nextIndent = this.indentOf(l);
      if (nextIndent < indent) return object;
      if (nextIndent > indent) throw DECLINE;
      at = (this.starts[l] as number) + nextIndent;
      // A `- ` at a mapping's column ends a list that sits at its key's column; the caller decides.
      if (isDashItem(text, at, this.lineEnd(l))) return object;
    }
  }

  /** A block list whose dashes sit at column `indent`. `compact`: it sits at its key's column. */
  private readSequence(line: number, indent: number, pointer: string, depth: number, compact: boolean): unknown[] {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text = this.text;
    const array: unknown[] = [];
    let l = line;
    for (;;) {
      const end = this.lineEnd(l);
      const dash = (this.starts[l] as number) + indent;
      let i = dash + 1;
      while (i < end && text.charCodeAt(i) === SPACE) i += 1;
      // `-` alone, or a list inside a list item: not read here.
      if (i >= end || i === dash + 1 || isDashItem(text, i, end)) throw DECLINE;
      const item = this.record ? rememberedPointerChild(pointer, array.length) : '';
      if (startsMappingItem(text, i, end)) {
        this.note(item, i, undefined);
        array.push(this.readMapping(l, i - (this.starts[l] as number), i, item, depth + 1));
        l = this.line;
      } else {
        array.push(this.readInline(i, end, item, undefined, depth, false));
        if (skipSpaces(text, this.after, end) !== end) throw DECLINE;
        l = this.nextContent(l + 1);
      }
      this.line = l;
      if (l >= this.lineCount) return array;
      const nextIndent = this.indentOf(l);
      if (nextIndent < indent) return array;
      if (nextIndent > indent) throw DECLINE;
      const at = (this.starts[l] as number) + nextIndent;
      if (!isDashItem(text, at, this.lineEnd(l))) {
        // Only a list at its key's column may be followed by that mapping's next key.
        if (compact) return array;
        throw DECLINE;
      }
    }
  }

  /**
   * A value written on one line from `start`: `{...}`, `[...]`, a quoted or an
   * unquoted scalar. Records it at `pointer`. Sets `after` to the offset after it.
   */
  private readInline(start: number, end: number, pointer: string, keyOffset: number | undefined, depth: number, flow: boolean): unknown {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === 0x7b || c === 0x5b) {
      this.note(pointer, start, keyOffset);
      return c === 0x7b ? this.readFlowMapping(start, end, pointer, depth + 1) : this.readFlowSequence(start, end, pointer, depth + 1);
    }
    if (c === 0x22 || c === 0x27) {
      // A quoted value on one line, without escapes (`\` in "...", '' in '...').
      let close = start + 1;
      while (close < end && text.charCodeAt(close) !== c) {
        if (c === 0x22 && text.charCodeAt(close) === 0x5c) throw DECLINE;
        close += 1;
      }
      if (close >= end || text.charCodeAt(close + 1) === c) throw DECLINE;
      this.note(pointer, start, keyOffset);
      this.after = close + 1;
      return text.slice(start + 1, close);
    }
    if (!isPlainStart(c)) throw DECLINE;
    let i = start + 1;
    for (; i < end; i += 1) {
      const d = text.charCodeAt(i);
      if (d === COLON || d === HASH) throw DECLINE;
      if (flow && isFlowIndicator(d)) break;
    }
    let last = i;
    while (text.charCodeAt(last - 1) === SPACE) last -= 1;
    const raw = text.slice(start, last);
    const value = resolvePlain(raw);
    // Values the full loader refuses as ambiguous (`yes`, `0123`, `1:30`, dates, infinity) are left to
    // it; without locations the caller wants js-yaml's value only, as the quick path of the base branch.
    if (this.record && coercion(raw, value) !== undefined) throw DECLINE;
    this.note(pointer, start, keyOffset);
    this.after = i;
    return value;
  }

  private readFlowMapping(open: number, end: number, pointer: string, depth: number): Record<string, unknown> {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text = this.text;
    const object: Record<string, unknown> = {};
    let i = skipSpaces(text, open + 1, end);
    this.after = i + 1;
    if (text.charCodeAt(i) === 0x7d) return object;
    for (;;) {
      const keyStart = i;
      i = keyEnd(text, i);
      const key = text.slice(keyStart, i);
      if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) throw DECLINE;
      if (!isPlainKey(key) || Object.hasOwn(object, key)) throw DECLINE;
      this.count();
      i = skipSpaces(text, i + 1, end);
      object[key] = this.readInline(i, end, this.record ? rememberedPointerChild(pointer, key) : '', keyStart, depth, true);
      i = this.nextFlowEntry(0x7d, end);
      if (i === -1) return object;
    }
  }

  private readFlowSequence(open: number, end: number, pointer: string, depth: number): unknown[] {
    if (depth > this.limits.maxDepth) throw DECLINE;
    const text = this.text;
    const array: unknown[] = [];
    let i = skipSpaces(text, open + 1, end);
    this.after = i + 1;
    if (text.charCodeAt(i) === 0x5d) return array;
    for (;;) {
      // `[a: 1]` (a list holding a one-pair mapping) is left to the full loader: unquoted `:` declines.
      array.push(this.readInline(i, end, this.record ? rememberedPointerChild(pointer, array.length) : '', undefined, depth, true));
      i = this.nextFlowEntry(0x5d, end);
      if (i === -1) return array;
    }
  }

  /** After an entry of `{...}` or `[...]`: where the next entry starts, or -1 when `close` ends the collection. */
  private nextFlowEntry(close: number, end: number): number {
    const text = this.text;
    const i = skipSpaces(text, this.after, end);
    const c = text.charCodeAt(i);
    this.after = i + 1;
    if (c === close) return -1;
    if (c !== 0x2c || i >= end) throw DECLINE;
    return skipSpaces(text, i + 1, end);
  }

  /**
   * `>`, `>-`, `|` or `|-` at `header` on line `line`, its text on the lines
   * below: every line at one indentation, none blank in between, none ending
   * in a space. Anything subtler (kept or more-indented lines, indicators) declines.
   */
  private readBlockScalar(line: number, header: number, parentIndent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(header) === 0x3e;
    const end = this.lineEnd(line);
    let i = header + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i += 1;
    if (skipSpaces(text, i, end) !== end) throw DECLINE;
    const first = line + 1;
    if (first >= this.lineCount) throw DECLINE;
    const indent = this.indentOf(first);
    if (indent <= parentIndent || (this.starts[first] as number) + indent >= this.lineEnd(first)) throw DECLINE;
    const parts: string[] = [];
    let l = first;
    for (; l < this.lineCount; l += 1) {
      const start = this.starts[l] as number;
      const lineEnd = this.lineEnd(l);
      const lineIndent = this.indentOf(l);
      if (start + lineIndent >= lineEnd) break;
      if (lineIndent < indent) break;
      if (lineIndent > indent || text.charCodeAt(lineEnd - 1) === SPACE) throw DECLINE;
      parts.push(text.slice(start + indent, lineEnd));
    }
    // Blank lines may follow the text, but not lead on to more of it.
    const after = this.nextContent(l);
    for (let k = l; k < after; k += 1) if (this.indentOf(k) >= indent && (this.starts[k] as number) + this.indentOf(k) < this.lineEnd(k)) throw DECLINE;
    if (after < this.lineCount && this.indentOf(after) >= indent) throw DECLINE;
    // Without a line break after its last line, the text keeps no final line break even when clipped.
    if (!strip && this.lineEnd(l - 1) === text.length) throw DECLINE;
    const body = parts.join(folded ? ' ' : '\n');
    this.line = l;
    return strip ? body : `${body}\n`;
  }
}

/**
 * A line starting at `at` opens a directive (`%`) or marks a document (`---`,
 * `...`). No key or list item starts that way, so the reading below would
 * decline such a line anyway; saying so here keeps that from resting on it.
 */
function startsMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x25 || ((c === DASH || c === 0x2e) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c);
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === SPACE) i += 1;
  return i;
}

/** `- ` (or `-` at the end of the line) at `at`. */
function isDashItem(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === DASH && (at + 1 >= end || text.charCodeAt(at + 1) === SPACE);
}

/** Where the plain word starting at `at` ends; `at` itself when no word starts there. */
function wordEnd(text: string, at: number): number {
  if (!isKeyStart(text.charCodeAt(at))) return at;
  let i = at + 1;
  while (isKeyPart(text.charCodeAt(i))) i += 1;
  return i;
}

/** Where the key starting at `at` ends; declines when no plain word starts there. */
function keyEnd(text: string, at: number): number {
  const end = wordEnd(text, at);
  if (end === at) throw DECLINE;
  return end;
}

/** A list item that is a mapping: it starts with `word:` followed by a space or the end of the line. */
function startsMappingItem(text: string, at: number, end: number): boolean {
  const i = wordEnd(text, at);
  return i > at && text.charCodeAt(i) === COLON && (i + 1 >= end || text.charCodeAt(i + 1) === SPACE);
}

/** A key that is a plain name: read as text, and not one that reaches an object's prototype. */
function isPlainKey(key: string): boolean {
  return typeof resolvePlain(key) === 'string' && !FORBIDDEN_KEYS.has(key);
}

/** The only words starting with a letter that the core schema reads as other than text. */
const CORE_WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true],
  ['false', false], ['False', false], ['FALSE', false],
]);

/**
 * An unquoted scalar as js-yaml's core schema reads it. Numbers start with a
 * digit, a sign or `.`, and null (besides `~`) and the booleans are the nine
 * words above: anything starting with a letter, `_`, `/`, `(` or `$` is
 * resolved without asking the four resolvers, which is most values and every
 * key. Whole numbers of up to 15 digits without a leading zero, the commonest
 * other values, are read directly too (exactly, below 2^53).
 */
function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) {
    const mayBeWord = (raw.length === 4 || raw.length === 5) && (lower === 0x6e || lower === 0x74 || lower === 0x66);
    return mayBeWord && CORE_WORDS.has(raw) ? CORE_WORDS.get(raw) : raw;
  }
  if (c === 0x5f || c === 0x2f || c === 0x28 || c === 0x24) return raw;
  if (isSmallWholeNumber(raw)) return Number(raw);
  for (const type of IMPLICIT ?? []) if (type.resolve(raw)) return type.construct(raw);
  return raw;
}

/** `0`, or 1 to 15 digits not starting with 0. */
function isSmallWholeNumber(raw: string): boolean {
  if (raw.length > 15 || (raw.charCodeAt(0) === 0x30 && raw.length > 1)) return false;
  for (let i = 0; i < raw.length; i += 1) {
    const d = raw.charCodeAt(i);
    if (d < 0x30 || d > 0x39) return false;
  }
  return raw.length > 0;
}

/**
 * Read `text` if it is written in the plain subset of YAML described above;
 * `undefined` when it is not (or goes over the limits), and the full loader
 * must read it. `record`, when given, is called for every node, in the same
 * places the full loader locates them.
 */
export function readYamlSubset(text: string, limits: SubsetLimits, record?: RecordNode): Record<string, unknown> | undefined {
  if (IMPLICIT === undefined || UNSUPPORTED_CHARACTER.test(text)) return undefined;
  try {
    return new SubsetReader(text, limits, record).readRoot();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}
