/**
 * Safe YAML loading with source locations.
 *
 * One file's bytes become one plain JSON-like value (a mapping at the root)
 * plus a map from JSON pointer to where each node starts, or a list of
 * located findings that say what to fix. Pure: no file system, no network.
 *
 * How positions are found: js-yaml does the parsing (the value always comes
 * from js-yaml), and its `listener` option reports an `open` and a `close`
 * event around every call of its internal `composeNode`. Those calls nest
 * like the document, but not one-to-one with nodes:
 *  - `open` fires before js-yaml skips the whitespace, comments and line
 *    breaks in front of a node, so the node's text starts at the first
 *    non-separation character after the `open` offset;
 *  - a block context first tries to read a block mapping, which composes a
 *    would-be key; when no `:` follows, that inner call *is* the node (a
 *    "pass-through": same kind, same result), and when nothing is there it
 *    leaves an empty call behind (kind `null`);
 *  - `- ` followed by a line break and a less indented line is a null item
 *    with no call at all;
 *  - whether a flow entry has a value, and where block-sequence dashes are,
 *    is only visible in the text *between* calls.
 * So the events are recorded as a tree with their offsets and results, and
 * `visitValue` walks that tree next to the parsed value, reading the gaps
 * between calls (which only ever hold separation and indicators) to pair
 * keys with values and items with dashes.
 */
import yaml from 'js-yaml';
import { rememberedPointerChild } from './json-pointer.js';
import { coercion } from './scalar-coercion.js';
import type { Finding, LocationMap, NodeLocation, Position } from './types.js';
import { FORBIDDEN_KEYS, readYamlSubset } from './yaml-subset.js';
import { diagnoseYamlMistake, unusualSpaceBeforeKey } from './yaml-mistakes.js';

export interface LoadLimits {
  /** Largest accepted file, in bytes (checked before decoding). */
  maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences; the root mapping is depth 1. */
  maxDepth: number;
  /** Most YAML nodes accepted: every key, value and sequence item counts. */
  maxNodes: number;
}

/** Limits for a request file: 256 KiB, 32 levels, 20,000 nodes. */
export const DEFAULT_LIMITS: LoadLimits = Object.freeze({ maxBytes: 256 * 1024, maxDepth: 32, maxNodes: 20_000 });

/** The value with where each node is, or every finding that made the file unusable. */
export type LoadResult =
  | { ok: true; value: Record<string, unknown>; locations: LocationMap; /** The text read (without a byte-order mark). */ text: string }
  | { ok: false; findings: Finding[] };

export { escapePointerToken, pointerChild } from './json-pointer.js';

/**
 * The best position for a JSON pointer: the key's position when `prefer` is
 * `key` and the node sits under a key, otherwise the node's own start. A
 * pointer that is not in the map (a missing field, say) falls back to its
 * nearest ancestor that is, with the same preference; the root falls back to
 * line 1, column 1.
 */
export function locate(locations: LocationMap, pointer: string, prefer: 'key' | 'value'): Position {
  let current = pointer;
  for (;;) {
    const found = locations.get(current);
    if (found) {
      const position = prefer === 'key' && found.key ? found.key : found.value;
      return { line: position.line, column: position.column };
    }
    if (current === '') return { line: 1, column: 1 };
    const cut = current.lastIndexOf('/');
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
}

/** Parse one YAML file's bytes as one document whose root is a mapping, refusing every hazard. */
export function loadYaml(path: string, bytes: Uint8Array, limits: LoadLimits = DEFAULT_LIMITS, options: { subset?: boolean } = {}): LoadResult {
  try {
    // `subset: false` reads with js-yaml alone: the tests hold the fast reader to what it gives.
    return (options.subset !== false && loadSubset(bytes, limits)) || loadChecked(path, bytes, limits);
  } catch (error) {
    // Nothing below is meant to throw; this is the promise to callers that a
    // hostile file can only ever produce findings.
    const rule = error instanceof RangeError ? 'yaml-too-deep' : 'yaml-syntax';
    const message =
      rule === 'yaml-too-deep'
        ? 'The file is nested too deeply to read; flatten the structure.'
        : 'The file could not be read as YAML; check its quoting and indentation.';
    return { ok: false, findings: [{ path, line: 1, column: 1, rule, message, severity: 'error' }] };
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a file already accepted on the base branch, quickly: the same parser,
 * limits and refusal of anchors, aliases and tags, but no location map and no
 * coercion or tab scan. Anything unusual returns `undefined`, and the caller
 * falls back to {@link loadYaml}, which says exactly what and where. Only for
 * files that passed the full check when they were merged.
 */
export function loadYamlQuick(bytes: Uint8Array, limits: LoadLimits = DEFAULT_LIMITS): { value: Record<string, unknown>; text: string } | undefined {
  if (bytes.length > limits.maxBytes) return undefined;
  try {
    // js-yaml itself refuses NUL and other control characters, so no scan is needed for them here.
    const text = STRICT_UTF8.decode(bytes);
    const simple = readYamlSubset(text, limits);
    if (simple) return { value: simple, text };
    // Without `&`, `*` or `!` anywhere there can be no anchor, alias or tag, so
    // no listener is needed; js-yaml refuses several documents on its own.
    const plain = !/[&*!]/.test(text);
    let depth = 0;
    let events = 0;
    const options: yaml.LoadOptions & { maxDepth: number } = {
      schema: yaml.CORE_SCHEMA,
      json: false,
      maxDepth: limits.maxDepth + 2,
      listener: plain
        ? undefined
        : (type, state) => {
            if (type === 'close') {
              depth -= 1;
              return;
            }
            if (++depth > limits.maxDepth + 3 || ++events > 3 * limits.maxNodes + 8) throw new LoadAbort('yaml-too-deep', 0, '');
            const c = text.charAt(skipSeparation(text, state.position));
            if (c === '&' || c === '*' || c === '!') throw new LoadAbort('yaml-alias', 0, '');
          },
    };
    const value = yaml.load(text, options);
    return isPlainObject(value) ? { value, text } : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Bytes to text

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      // The whole sequence is at fault; report where it starts.
      if (c === undefined || (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column of a byte offset, from the (possibly damaged) text before it. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const text = new SourceText(before);
  return text.position(before.length);
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

type Decoded = { ok: true; text: string } | { ok: false; findings: Finding[] };

function decode(path: string, bytes: Uint8Array): Decoded {
  const at = (position: Position, message: string): Finding => ({ path, ...position, rule: 'yaml-encoding', message, severity: 'error' });
  const start = { line: 1, column: 1 };
  // UTF-32 LE starts like UTF-16 LE, so it is tested first.
  if (startsWithBytes(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWithBytes(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return { ok: false, findings: [at(start, 'The file is saved as UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8.')] };
  }
  if (startsWithBytes(bytes, [0xfe, 0xff]) || startsWithBytes(bytes, [0xff, 0xfe])) {
    return { ok: false, findings: [at(start, 'The file is saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8.')] };
  }
  const findings: Finding[] = [];
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    findings.push(at(bytePosition(bytes, nul), 'The file contains a NUL byte (0x00), so it is not a text file; remove it, or save the file as UTF-8 text.'));
  }
  let text: string | undefined;
  try {
    // The default `ignoreBOM: false` strips one UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const offset = bad === -1 ? 0 : bad;
    const what = bad === -1 ? 'bytes' : `byte ${hex(bytes[bad] ?? 0)}`;
    findings.push(at(bytePosition(bytes, offset), `The file is not valid UTF-8 (${what} here); save it as UTF-8.`));
  }
  if (findings.length > 0 || text === undefined) return { ok: false, findings: sortFindings(findings) };
  // A second mark would be stripped by js-yaml and shift every offset; it is
  // invisible in editors, so dropping it keeps columns where people see them.
  return { ok: true, text: text.replace(/^\uFEFF+/, '') };
}

// ---------------------------------------------------------------------------
// Offsets to positions

/** Maps UTF-16 offsets in the text js-yaml reads to 1-based lines and code-point columns. */
class SourceText {
  readonly lineStarts: number[] = [0];
  /** Offsets of high surrogates that start a pair: each makes one column out of two code units. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d) {
        // CR LF is one break; a lone CR is a break too, as js-yaml reads it.
        if (text.charCodeAt(i + 1) === 0x0a) i += 1;
        this.lineStarts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.astral.push(i);
      }
    }
  }

  /** Index of the line holding `offset` (0-based). */
  lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndex(clamped);
    const lineStart = this.lineStarts[index] ?? 0;
    const pairs = countBelow(this.astral, clamped) - countBelow(this.astral, lineStart);
    return { line: index + 1, column: clamped - lineStart - pairs + 1 };
  }
}

/** A {@link SourceText} built when the first position is asked: most files are never located. */
class LazySourceText {
  #source: SourceText | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): Position {
    this.#source ??= new SourceText(this.text);
    return this.#source.position(offset);
  }
}

/** How many sorted values are strictly below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------
// Character helpers that mirror js-yaml's own rules

const isEol = (c: number): boolean => c === 0x0a || c === 0x0d;

/**
 * First offset at or after `offset` that is not whitespace, a line break or a
 * comment. This is js-yaml's `skipSeparationSpace`: wherever a node can
 * start, a `#` there opens a comment.
 */
function skipSeparation(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || isEol(c)) i += 1;
    else if (c === 0x23) {
      while (i < text.length && !isEol(text.charCodeAt(i))) i += 1;
    } else return i;
  }
}

interface Indicator {
  char: string;
  offset: number;
}

/**
 * The non-separation characters between two composed nodes. js-yaml only
 * ever skips separation and consumes indicators (`-`, `:`, `,`, `?`, and the
 * flow brackets) between the nodes it composes, so this is the structure
 * that the events do not show.
 */
function gapIndicators(text: string, from: number, to: number): Indicator[] {
  const found: Indicator[] = [];
  let i = from;
  while (i < to) {
    i = skipSeparation(text, i);
    if (i >= to) break;
    found.push({ char: text.charAt(i), offset: i });
    i += 1;
  }
  return found;
}

// ---------------------------------------------------------------------------
// Parsing with the listener

/** One `composeNode` call as the listener saw it. */
interface ComposeEvent {
  /** `state.position` at `open`: at or before the node's first character. */
  open: number;
  /** `state.position` at `close`: after the node's last character. */
  close: number;
  kind: string | null;
  result: unknown;
  children: ComposeEvent[];
}

/** Raised from inside the listener to stop js-yaml at the first hazard. */
class LoadAbort extends Error {
  constructor(
    readonly rule: string,
    readonly offset: number,
    readonly detail: string,
  ) {
    super(rule);
  }
}

/** The parts of js-yaml's loader state the listener reads (its typings omit `anchor`). */
interface ListenerState {
  position: number;
  kind: string | null | undefined;
  result: unknown;
  anchor?: string | null;
}

type Parsed = { ok: true; value: unknown; root: ComposeEvent | undefined } | { ok: false; finding: Omit<Finding, 'path'> };

function parse(source: SourceText, limits: LoadLimits): Parsed {
  const text = source.text;
  const stack: ComposeEvent[] = [];
  const roots: ComposeEvent[] = [];
  // A node costs one call of its own plus at most one more (a pass-through
  // or an empty attempt at a block mapping), so these budgets can only trip
  // on a file that is over the node or depth limit anyway; they stop the
  // parse early instead of after js-yaml has built the whole thing.
  const eventBudget = 3 * limits.maxNodes + 8;
  // Composed depth is at most the collection depth plus two (a scalar leaf
  // and one pass-through call).
  const depthBudget = limits.maxDepth + 3;
  let events = 0;
  let lastOpen = 0;

  const listener = (type: 'open' | 'close', raw: unknown): void => {
    const state = raw as ListenerState;
    if (type === 'open') {
      lastOpen = state.position;
      const root = roots[0];
      if (stack.length === 0 && root !== undefined) {
        throw new LoadAbort('yaml-multi-document', secondDocumentStart(text, root.close), '');
      }
      if (stack.length >= depthBudget) {
        throw new LoadAbort('yaml-too-deep', skipSeparation(text, state.position), '');
      }
      events += 1;
      if (events > eventBudget) {
        throw new LoadAbort('yaml-too-many-nodes', skipSeparation(text, state.position), '');
      }
      // Properties (`!tag`, `&anchor`) and aliases (`*name`) are read right
      // where a node starts, and no other node can start with `!`, `&` or
      // `*` (a plain scalar may not), so checking here catches every one of
      // them before js-yaml resolves a tag or stores an anchor.
      const start = skipSeparation(text, state.position);
      const c = text.charAt(start);
      if (c === '&' || c === '*') throw new LoadAbort('yaml-alias', start, tokenAt(text, start, /^[^\s,[\]{}]*/));
      if (c === '!') throw new LoadAbort('yaml-tag', start, tokenAt(text, start, /^\S*/));
      stack.push({ open: state.position, close: state.position, kind: null, result: null, children: [] });
      return;
    }
    const event = stack.pop();
    if (event === undefined) return;
    event.close = state.position;
    event.kind = state.kind ?? null;
    event.result = state.result;
    // Belt and braces: an anchor that slipped past the start check.
    if (state.anchor !== null && state.anchor !== undefined) {
      throw new LoadAbort('yaml-alias', skipSeparation(text, event.open), `&${state.anchor}`);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(event);
    else roots.push(event);
  };

  // `maxDepth` is js-yaml's own guard (4.3+, absent from its typings); set it
  // above ours so that ours, with a clearer message, trips first.
  const options: yaml.LoadOptions & { maxDepth: number } = {
    schema: yaml.CORE_SCHEMA,
    json: false,
    listener(type, state) {
      listener(type, state);
    },
    maxDepth: depthBudget + 2,
  };

  try {
    const value = yaml.load(text, options);
    return { ok: true, value, root: roots[0] };
  } catch (error) {
    if (error instanceof LoadAbort) {
      return { ok: false, finding: abortFinding(error, source, limits) };
    }
    if (error instanceof yaml.YAMLException) {
      return { ok: false, finding: exceptionFinding(error, source, limits) };
    }
    if (error instanceof RangeError) {
      return { ok: false, finding: { ...source.position(skipSeparation(text, lastOpen)), rule: 'yaml-too-deep', message: tooDeepMessage(limits), severity: 'error' } };
    }
    throw error;
  }
}

/** Where the second document starts: after the first one's end and an optional `...` marker. */
function secondDocumentStart(text: string, firstEnd: number): number {
  let i = skipSeparation(text, firstEnd);
  if (text.startsWith('...', i) && !/[^\s]/.test(text.charAt(i + 3))) i = skipSeparation(text, i + 3);
  return i;
}

/** The property or alias token at `offset`, for messages. */
function tokenAt(text: string, offset: number, pattern: RegExp): string {
  const match = pattern.exec(text.slice(offset, offset + 80));
  return match ? match[0] : '';
}

function tooDeepMessage(limits: LoadLimits): string {
  return `Values are nested more than ${limits.maxDepth} levels deep; flatten the structure.`;
}

function tooManyMessage(limits: LoadLimits): string {
  return `The file has more than ${limits.maxNodes.toLocaleString('en-US')} keys and values; split it or remove entries.`;
}

function abortFinding(abort: LoadAbort, source: SourceText, limits: LoadLimits): Omit<Finding, 'path'> {
  const position = source.position(abort.offset);
  const finding = (rule: string, message: string): Omit<Finding, 'path'> => ({ ...position, rule, message, severity: 'error' });
  switch (abort.rule) {
    case 'yaml-multi-document':
      return finding(
        'yaml-multi-document',
        'This file holds more than one YAML document (a `---` line starts another one); keep one document per file: remove the `---` line and what follows, or move it to its own file.',
      );
    case 'yaml-too-deep':
      return finding('yaml-too-deep', tooDeepMessage(limits));
    case 'yaml-too-many-nodes':
      return finding('yaml-too-many-nodes', tooManyMessage(limits));
    case 'yaml-tag':
      return finding('yaml-tag', `Tags such as \`${abort.detail}\` are not allowed: remove the tag and write a plain value (quote it if it must stay text).`);
    default:
      return finding('yaml-alias', aliasMessage(abort.detail));
  }
}

function aliasMessage(token: string): string {
  const what = token.startsWith('*') ? `The alias \`${token}\`` : token.startsWith('&') ? `The anchor \`${token}\`` : `\`${token}\``;
  return `${what}: anchors (\`&name\`), aliases (\`*name\`) and merge keys (\`<<\`) are not allowed; write the values out in full.`;
}

/** js-yaml's reasons, said plainly. Unlisted reasons are quoted as they are. */
const SYNTAX_REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^bad indentation of a mapping entry/, 'this line is not indented like the fields around it (or a `:` is missing)'],
  [/^bad indentation of a sequence entry/, 'this list item is not indented like the items around it'],
  [/^can not read a block mapping entry; a multiline key/, 'a field name runs over more than one line, or the line before is missing its `:`'],
  [/^can not read an implicit mapping pair; a colon is missed/, 'a `:` is missing after the field name'],
  [/^a whitespace character is expected after the key-value separator/, 'a space is missing after the `:`'],
  [/^end of the stream or a document separator is expected/, 'unexpected text: check the indentation, and that each line is `name: value` or a `- ` list item'],
  [/^missed comma between flow collection entries/, 'a comma is missing between the entries of a `[...]` or `{...}`'],
  [/^unexpected end of the stream within a flow collection/, 'a `[` or `{` is never closed'],
  [/^unexpected end of the (stream|document) within a (single|double) quoted scalar/, 'a quoted value is never closed: add the closing quote'],
  [/^expected the node content, but found ','/, 'an empty entry between two commas'],
  [/^unknown escape sequence|^expected hexadecimal character/, 'a backslash escape in a double-quoted value is not valid; write `\\\\` for a backslash, or use single quotes'],
  [/^incomplete explicit mapping pair/, 'a line starts with `:` but has no field name before it'],
  [/^missing indentation for block scalar/, 'the text under a `|` or `>` must be indented'],
];

function exceptionFinding(error: yaml.YAMLException, source: SourceText, limits: LoadLimits): Omit<Finding, 'path'> {
  const reason = error.reason || 'unreadable YAML';
  const offset = typeof error.mark?.position === 'number' ? error.mark.position : 0;
  const position = source.position(offset);
  const finding = (rule: string, message: string): Omit<Finding, 'path'> => ({ ...position, rule, message, severity: 'error' });
  if (reason.startsWith('duplicated mapping key')) {
    const key = keyTextAt(source.text, offset);
    const named = key ? `The field \`${key}\`` : 'This field';
    return finding('yaml-duplicate-key', `${named} appears twice in the same mapping; keep only one of them.`);
  }
  if (reason.startsWith('tab characters must not be used in indentation')) {
    return finding('yaml-tab', 'A tab is used for indentation here; indent with spaces.');
  }
  if (reason.startsWith('unknown tag') || reason.includes('tag handle') || reason.startsWith('tag ')) {
    return finding('yaml-tag', 'Tags are not allowed: remove the tag and write a plain value.');
  }
  if (reason.startsWith('unidentified alias') || reason.includes('anchor') || reason.includes('alias')) {
    return finding('yaml-alias', aliasMessage(tokenAt(source.text, offset, /^[^\s,[\]{}]*/)));
  }
  if (reason.startsWith('nesting exceeded maxDepth')) return finding('yaml-too-deep', tooDeepMessage(limits));
  if (reason.startsWith('nested arrays are not supported inside keys')) {
    return finding('yaml-key-type', 'Field names are words: a list cannot be a field name; write `name: value`.');
  }
  if (reason.startsWith('expected a single document')) {
    return finding('yaml-multi-document', 'This file holds more than one YAML document; keep one document per file.');
  }
  if (reason.includes('non-printable characters') || reason.startsWith('expected valid JSON character')) {
    const at = source.position(controlCharacterBefore(source.text, offset));
    return { ...at, rule: 'yaml-encoding', message: 'A value contains an invisible control character; delete it (retype the value if needed).', severity: 'error' };
  }
  // The usual mistakes are named on their own line; the reader often stops a line later, or at the end.
  const mistake = diagnoseYamlMistake(source.text, offset, reason);
  if (mistake) return { ...source.position(mistake.offset), rule: 'yaml-syntax', message: mistake.message, severity: 'error' };
  const plain = SYNTAX_REASONS.find(([pattern]) => pattern.test(reason));
  const said = plain ? plain[1] : `the YAML reader says "${reason}"`;
  return finding('yaml-syntax', `The file is not valid YAML at line ${position.line}, column ${position.column}: ${said}. Fix the text there.`);
}

/** What js-yaml refuses as non-printable (its own pattern). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;

/**
 * js-yaml reports a control character where the piece of text holding it
 * ends, at the end of the value or line: point at the first one on that line
 * instead, or the nearest one before.
 */
function controlCharacterBefore(text: string, offset: number): number {
  const lineStart = Math.max(text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1, 0);
  let nearest = -1;
  for (const match of text.slice(0, offset + 1).matchAll(NON_PRINTABLE)) {
    // A lone low surrogate is matched with the character before it.
    const index = match[0].length === 2 && /[\uDC00-\uDFFF]/.test(match[0][1] ?? '') ? match.index + 1 : match.index;
    if (index >= lineStart) return index;
    nearest = index;
  }
  return nearest >= 0 ? nearest : offset;
}

/** The key text at a duplicate-key error, for the message (best effort). */
function keyTextAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200).split(/\r?\n|\r/, 1)[0] ?? '';
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  if (quoted) return quoted[1] ?? '';
  const plain = /^(.*?)\s*:(?:\s|[,\]}]|$)/.exec(rest);
  return plain ? (plain[1] ?? '').slice(0, 60) : '';
}

// ---------------------------------------------------------------------------
// The checks that need the whole text

/** Offsets of tabs that indent a line's content (blank and comment-only lines are harmless). */
function indentTabs(source: SourceText): number[] {
  const text = source.text;
  const found: number[] = [];
  for (const start of source.lineStarts) {
    let i = start;
    let tab = -1;
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09; c = text.charCodeAt(++i)) {
      if (c === 0x09 && tab === -1) tab = i;
    }
    const c = text.charCodeAt(i);
    if (tab !== -1 && i < text.length && !isEol(c) && c !== 0x23) found.push(tab);
  }
  return found;
}

/**
 * The tabs that are not inside a block scalar's body, where a tab after the
 * indentation is part of the text. Both lists are in document order.
 */
function indentTabsOutside(source: SourceText, tabs: number[], bodies: ReadonlyArray<readonly [number, number]>): number[] {
  const kept: number[] = [];
  let b = 0;
  for (const tab of tabs) {
    while (b < bodies.length && (bodies[b]?.[1] ?? 0) <= tab) b += 1;
    const body = bodies[b];
    // A body starts on the line after its `|` or `>` header.
    const inside = body !== undefined && tab > body[0] && source.lineIndex(tab) > source.lineIndex(body[0]);
    if (!inside) kept.push(tab);
  }
  return kept;
}

// ---------------------------------------------------------------------------
// Walking the events next to the value

interface Walk {
  source: SourceText;
  limits: LoadLimits;
  locations: PackedLocations;
  findings: Omit<Finding, 'path'>[];
  /** [start, end) offsets of block scalar bodies, where tabs are content. */
  blockScalars: Array<readonly [number, number]>;
  nodes: number;
  /** Set by a finding after which positions can no longer be trusted. */
  stopped: boolean;
}

/** A pass-through call wraps the real node: same kind, same result, only child. */
function unwrap(event: ComposeEvent): ComposeEvent {
  let current = event;
  for (;;) {
    const only = current.children.length === 1 ? current.children[0] : undefined;
    if (only === undefined || current.kind === null || only.kind !== current.kind || !Object.is(only.result, current.result)) {
      return current;
    }
    current = only;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addFinding(walk: Walk, offset: number, rule: string, message: string): void {
  walk.findings.push({ ...walk.source.position(offset), rule, message, severity: 'error' });
}

/** Count one node; false (with a finding) once the file has too many. */
function countNode(walk: Walk, offset: number): boolean {
  walk.nodes += 1;
  if (walk.nodes > walk.limits.maxNodes) {
    addFinding(walk, offset, 'yaml-too-many-nodes', tooManyMessage(walk.limits));
    walk.stopped = true;
    return false;
  }
  return true;
}

interface Place {
  pointer: string;
  /** Offset of the key that holds this node, if a key does. */
  keyOffset?: number;
  /** Where to locate the node if it turns out to be empty (no text of its own). */
  emptyOffset?: number;
  /** Collections enclosing this node. */
  depth: number;
}

/**
 * A node's place, kept as offsets and turned into line and column only when
 * asked: most nodes of most files are never located.
 */
class OffsetLocation implements NodeLocation {
  constructor(
    private readonly source: Pick<SourceText, 'position'>,
    private readonly valueOffset: number,
    private readonly keyOffset: number | undefined,
  ) {}

  get value(): Position {
    return this.source.position(this.valueOffset);
  }

  get key(): Position | undefined {
    return this.keyOffset === undefined ? undefined : this.source.position(this.keyOffset);
  }
}

/** Offsets are below 2^24 (the largest file a policy allows), so a value's and its key's fit in one number. */
const KEY_SPAN = 2 ** 25;

/**
 * Where every node starts, one number per pointer: a file has dozens of
 * nodes and most are never located, so a {@link NodeLocation} is made only
 * when one is asked for. Kept as two lists, searched from the end; an index is
 * built only for a large file that is asked about.
 */
class PackedLocations implements ReadonlyMap<string, NodeLocation> {
  readonly #pointers: string[] = [];
  readonly #offsets: number[] = [];
  #index: Map<string, number> | undefined;

  constructor(private readonly source: Pick<SourceText, 'position'>) {}

  add(pointer: string, valueOffset: number, keyOffset: number | undefined): void {
    this.#pointers.push(pointer);
    this.#offsets.push(valueOffset * KEY_SPAN + (keyOffset === undefined ? 0 : keyOffset + 1));
    this.#index = undefined;
  }

  #find(pointer: string): number {
    const pointers = this.#pointers;
    if (pointers.length > 64) {
      this.#index ??= new Map(pointers.map((p, i) => [p, i]));
      return this.#index.get(pointer) ?? -1;
    }
    // Each pointer is recorded once, so the first match is the only one.
    for (let i = pointers.length - 1; i >= 0; i -= 1) if (pointers[i] === pointer) return i;
    return -1;
  }

  #location(i: number): NodeLocation {
    const packed = this.#offsets[i] as number;
    const key = packed % KEY_SPAN;
    return new OffsetLocation(this.source, Math.floor(packed / KEY_SPAN), key === 0 ? undefined : key - 1);
  }

  get(pointer: string): NodeLocation | undefined {
    const i = this.#find(pointer);
    return i === -1 ? undefined : this.#location(i);
  }

  has(pointer: string): boolean {
    return this.#find(pointer) !== -1;
  }

  get size(): number {
    return this.#pointers.length;
  }

  *entries(): MapIterator<[string, NodeLocation]> {
    for (let i = 0; i < this.#pointers.length; i += 1) yield [this.#pointers[i] as string, this.#location(i)];
  }

  *keys(): MapIterator<string> {
    yield* this.#pointers;
  }

  *values(): MapIterator<NodeLocation> {
    for (let i = 0; i < this.#pointers.length; i += 1) yield this.#location(i);
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(each: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void, thisArg?: unknown): void {
    for (const [pointer, location] of this.entries()) each.call(thisArg, location, pointer, this);
  }
}

/**
 * A file's locations read again from its bytes the first time one is asked
 * for. A request whose locations were needed once (its findings and
 * reasons are located) need not keep them: when a whole inventory is judged,
 * every file's positions alive at once are much of what the collector copies.
 */
class DeferredLocations implements ReadonlyMap<string, NodeLocation> {
  #map: LocationMap | undefined;

  constructor(
    private readonly path: string,
    private readonly bytes: Uint8Array,
    private readonly limits: LoadLimits,
  ) {}

  get #loaded(): LocationMap {
    if (!this.#map) {
      const full = loadYaml(this.path, this.bytes, this.limits);
      this.#map = full.ok ? full.locations : new Map();
    }
    return this.#map;
  }

  get(pointer: string): NodeLocation | undefined {
    return this.#loaded.get(pointer);
  }

  has(pointer: string): boolean {
    return this.#loaded.has(pointer);
  }

  get size(): number {
    return this.#loaded.size;
  }

  entries(): MapIterator<[string, NodeLocation]> {
    return this.#loaded.entries();
  }

  keys(): MapIterator<string> {
    return this.#loaded.keys();
  }

  values(): MapIterator<NodeLocation> {
    return this.#loaded.values();
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.#loaded[Symbol.iterator]();
  }

  forEach(each: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void, thisArg?: unknown): void {
    this.#loaded.forEach((value, key) => each.call(thisArg, value, key, this));
  }
}

/** The locations of a file that read without findings, to be read again from `bytes` only when one is asked for. */
export function deferredLocations(path: string, bytes: Uint8Array, limits: LoadLimits): LocationMap {
  return new DeferredLocations(path, bytes, limits);
}

function record(walk: Walk, place: Place, valueOffset: number): void {
  walk.locations.add(place.pointer, valueOffset, place.keyOffset);
}

/** Visit one value node (never a key): record where it is and check it. */
function visitValue(walk: Walk, outer: ComposeEvent, place: Place): void {
  if (walk.stopped) return;
  const event = unwrap(outer);
  const text = walk.source.text;
  if (event.kind === null) {
    // An empty node (`a:` with nothing after it): it has no text, so it is
    // placed where js-yaml started looking for it, right after the indicator.
    const offset = place.emptyOffset ?? event.open;
    if (!countNode(walk, offset)) return;
    record(walk, place, offset);
    return;
  }
  const start = skipSeparation(text, event.open);
  if (!countNode(walk, start)) return;
  record(walk, place, start);
  if (event.kind === 'scalar') {
    checkScalar(walk, event, start);
    return;
  }
  const depth = place.depth + 1;
  if (depth > walk.limits.maxDepth) {
    addFinding(walk, start, 'yaml-too-deep', tooDeepMessage(walk.limits));
    walk.stopped = true;
    return;
  }
  if (event.kind === 'mapping') visitMapping(walk, event, start, place.pointer, depth);
  else if (event.kind === 'sequence') {
    if (text.charAt(start) === '[') visitFlowSequence(walk, event, start, place.pointer, depth);
    else visitBlockSequence(walk, event, start, place.pointer, depth);
  }
}

/**
 * Check a key node: a plain word, not a reserved name. Returns the key as
 * js-yaml stored it, or undefined when the pair cannot be followed.
 */
function visitKey(walk: Walk, outer: ComposeEvent): { key: string; offset: number } | undefined {
  const event = unwrap(outer);
  const offset = skipSeparation(walk.source.text, event.open);
  if (!countNode(walk, offset)) return undefined;
  const result = event.result;
  const key = String(result);
  if (event.kind !== 'scalar' || typeof result !== 'string') {
    const shown =
      event.kind === 'scalar' ? walk.source.text.slice(offset, Math.max(offset, event.close)).trim() : event.kind === null ? '' : 'a list or mapping';
    addFinding(
      walk,
      offset,
      'yaml-key-type',
      `Field names are words: ${shown ? `\`${shown}\`` : 'an empty key'} is read as ${describeKeyValue(event)}, not a name. Write a field name such as \`name:\`${event.kind === 'scalar' ? ', or quote it' : ''}.`,
    );
  } else if (FORBIDDEN_KEYS.has(result)) {
    addFinding(walk, offset, 'yaml-forbidden-key', `The field name \`${result}\` is reserved and not allowed; remove or rename this field.`);
  } else if (result === '<<') {
    addFinding(walk, offset, 'yaml-alias', aliasMessage('<<'));
  } else {
    // `\u00A0 c: 2` is YAML for a field named ` c`: a non-breaking space pasted as indentation.
    const pasted = unusualSpaceBeforeKey(result);
    if (pasted) addFinding(walk, offset, 'yaml-syntax', pasted);
  }
  return { key, offset };
}

function describeKeyValue(event: ComposeEvent): string {
  if (event.kind === 'mapping') return 'a mapping';
  if (event.kind === 'sequence') return 'a list';
  if (event.result === null) return 'null (no value)';
  return `a ${typeof event.result}`;
}

/** Refuse an explicit `? key`: only `name: value` pairs are accepted. */
function refuseExplicitKey(walk: Walk, gap: Indicator[]): boolean {
  const mark = gap.find((g) => g.char === '?');
  if (mark === undefined) return false;
  addFinding(walk, mark.offset, 'yaml-key-type', 'Field names are words written as `name: value`; explicit `? key` entries (complex keys) are not allowed.');
  // Past this point the pairing of keys and values is not followed.
  walk.stopped = true;
  return true;
}

function visitMapping(walk: Walk, event: ComposeEvent, start: number, pointer: string, depth: number): void {
  const text = walk.source.text;
  const object = event.result;
  if (!isPlainObject(object)) return;
  const kids = event.children;
  // A block mapping whose first key is a flow mapping also starts with `{`,
  // but its first call opens right at the start instead of after the brace.
  const flow = text.charAt(start) === '{' && !(kids[0] !== undefined && kids[0].open === start);
  let previousEnd = flow ? start + 1 : start;
  for (let i = 0; i < kids.length && !walk.stopped; ) {
    const keyEvent = kids[i] as ComposeEvent;
    if (refuseExplicitKey(walk, gapIndicators(text, previousEnd, keyEvent.open))) return;
    // A block mapping ends with an empty call when js-yaml looks for one more
    // key and finds none (before `---`, say): not a node.
    if (!flow && keyEvent.kind === null) break;
    const next = kids[i + 1];
    const after = gapIndicators(text, keyEvent.close, next ? next.open : event.close);
    const hasValue = next !== undefined && after[0]?.char === ':';
    const key = visitKey(walk, keyEvent);
    if (key === undefined) return;
    const child = rememberedPointerChild(pointer, key.key);
    if (hasValue) {
      const colon = after[0] as Indicator;
      visitValue(walk, next, { pointer: child, keyOffset: key.offset, emptyOffset: colon.offset + 1, depth });
      previousEnd = next.close;
      i += 2;
    } else {
      // `{a}` or `{a, b: 1}`: a key with no value is null, placed at the key.
      if (!countNode(walk, key.offset)) return;
      record(walk, { pointer: child, keyOffset: key.offset, depth }, key.offset);
      previousEnd = keyEvent.close;
      i += 1;
    }
  }
}

function visitFlowSequence(walk: Walk, event: ComposeEvent, start: number, pointer: string, depth: number): void {
  const text = walk.source.text;
  const array = event.result;
  if (!Array.isArray(array)) return;
  const kids = event.children;
  let previousEnd = start + 1;
  let index = 0;
  for (let i = 0; i < kids.length && !walk.stopped; index += 1) {
    const first = kids[i] as ComposeEvent;
    if (refuseExplicitKey(walk, gapIndicators(text, previousEnd, first.open))) return;
    const next = kids[i + 1];
    const after = gapIndicators(text, first.close, next ? next.open : event.close);
    const item = rememberedPointerChild(pointer, index);
    if (next !== undefined && after[0]?.char === ':') {
      // `[a: 1]` is a list holding the one-pair mapping {a: 1}.
      const keyStart = skipSeparation(text, first.open);
      if (!countNode(walk, keyStart)) return;
      record(walk, { pointer: item, depth }, keyStart);
      if (depth + 1 > walk.limits.maxDepth) {
        addFinding(walk, keyStart, 'yaml-too-deep', tooDeepMessage(walk.limits));
        walk.stopped = true;
        return;
      }
      const key = visitKey(walk, first);
      if (key === undefined) return;
      const colon = after[0] as Indicator;
      visitValue(walk, next, { pointer: rememberedPointerChild(item, key.key), keyOffset: key.offset, emptyOffset: colon.offset + 1, depth: depth + 1 });
      previousEnd = next.close;
      i += 2;
    } else {
      visitValue(walk, first, { pointer: item, depth });
      previousEnd = first.close;
      i += 1;
    }
  }
}

function visitBlockSequence(walk: Walk, event: ComposeEvent, start: number, pointer: string, depth: number): void {
  const text = walk.source.text;
  const array = event.result;
  if (!Array.isArray(array)) return;
  const kids = event.children;
  // Every item has its `-` in the gaps; an item that is `-` alone before a
  // less indented line has no call, and js-yaml stores null for it.
  const dashes: number[] = [];
  let from = start;
  for (const kid of [...kids, undefined]) {
    const to = kid ? kid.open : event.close;
    for (const g of gapIndicators(text, from, to)) if (g.char === '-') dashes.push(g.offset);
    if (kid) from = kid.close;
  }
  let k = 0;
  dashes.forEach((dash, index) => {
    if (walk.stopped) return;
    const kid = kids[k];
    const nextDash = dashes[index + 1];
    const place = { pointer: rememberedPointerChild(pointer, index), emptyOffset: dash, depth };
    if (kid !== undefined && kid.open > dash && (nextDash === undefined || kid.open < nextDash)) {
      k += 1;
      visitValue(walk, kid, place);
    } else {
      if (!countNode(walk, dash)) return;
      record(walk, place, dash);
    }
  });
}

/** Check a value scalar; a block scalar's body is remembered so tabs in it are not indentation. */
function checkScalar(walk: Walk, event: ComposeEvent, start: number): void {
  const text = walk.source.text;
  const style = text.charAt(start);
  if (style === '|' || style === '>') {
    walk.blockScalars.push([start, event.close]);
    return;
  }
  if (style === '"' || style === "'") return;
  const raw = text.slice(start, Math.max(start, event.close)).trimEnd();
  const value = event.result;
  const reason = coercion(raw, value);
  if (reason !== undefined) {
    const quoted = JSON.stringify(raw);
    // A number field refuses a quoted value: say how to write the number too, not only how to keep the text.
    const advice =
      typeof value !== 'number'
        ? `quote this value (${quoted}) so it is read as written`
        : Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value))
          ? `if it is a number, write it plainly (${plainNumber(value)}); if it is text, quote it (${quoted})`
          : `if it is a number, write one within range; if it is text, quote it (${quoted})`;
    addFinding(walk, start, 'yaml-coerced', `\`${raw}\` ${reason}; ${advice}.`);
  }
}

/** A number in digits, without an exponent (`0.0000001`, not `1e-7`). */
function plainNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}

// ---------------------------------------------------------------------------
// Putting it together

const ROOT_KIND_WORDS: Record<string, string> = {
  sequence: 'a list',
  scalar: 'a single value',
};

function sortFindings<T extends Position>(findings: T[]): T[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The fast reader for files in the plain subset of YAML; undefined for any
 * other file, which the full path below reads and reports on.
 */
function loadSubset(bytes: Uint8Array, limits: LoadLimits): LoadResult | undefined {
  if (bytes.length > limits.maxBytes) return undefined;
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const locations = new PackedLocations(new LazySourceText(text));
  const value = readYamlSubset(text, limits, (pointer, valueOffset, keyOffset) => locations.add(pointer, valueOffset, keyOffset));
  return value ? { ok: true, value, locations, text } : undefined;
}

/** A line Git writes around a conflict it could not merge. */
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;

function loadChecked(path: string, bytes: Uint8Array, limits: LoadLimits): LoadResult {
  const fail = (found: Omit<Finding, 'path'>[]): LoadResult => {
    // One finding per place and rule: js-yaml and the tab scan can both see a tab.
    const seen = new Set<string>();
    const unique = found.filter((f) => {
      const id = `${f.line}:${f.column}:${f.rule}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    return { ok: false, findings: sortFindings(unique.map((f) => ({ path, ...f }))) };
  };

  if (bytes.length > limits.maxBytes) {
    return fail([
      {
        line: 1,
        column: 1,
        rule: 'yaml-too-large',
        message: `The file is ${bytes.length.toLocaleString('en-US')} bytes, over the ${limits.maxBytes.toLocaleString('en-US')}-byte limit; make it smaller or split it.`,
        severity: 'error',
      },
    ]);
  }
  const decoded = decode(path, bytes);
  if (!decoded.ok) return decoded;
  const source = new SourceText(decoded.text);
  const tabs = indentTabs(source);
  const tabFinding = (offset: number): Omit<Finding, 'path'> => ({
    ...source.position(offset),
    rule: 'yaml-tab',
    message: 'A tab is used for indentation here; indent with spaces.',
    severity: 'error',
  });

  // Merge-conflict markers left in the file read as broken YAML; say what they are, at the first one.
  const conflict = CONFLICT_MARKER.exec(source.text);
  if (conflict) {
    return fail([
      {
        ...source.position(conflict.index),
        rule: 'yaml-conflict',
        message: 'This file still holds a merge conflict (lines starting `<<<<<<<`, `=======` and `>>>>>>>`): keep the right version of the lines between them and delete the three marker lines.',
        severity: 'error',
      },
    ]);
  }

  const parsed = parse(source, limits);
  if (!parsed.ok) {
    // Tabs up to the failure are likely its cause, so they are said too.
    const before = tabs.map(tabFinding).filter((t) => t.line <= parsed.finding.line);
    return fail([...before, parsed.finding]);
  }

  const root = parsed.root ? unwrap(parsed.root) : undefined;
  if (root === undefined || root.kind === null) {
    return fail([
      {
        line: 1,
        column: 1,
        rule: 'yaml-empty',
        message: 'The file is empty (or holds only comments); write its fields as `name: value` lines.',
        severity: 'error',
      },
    ]);
  }
  const rootStart = skipSeparation(source.text, root.open);
  if (root.kind !== 'mapping' || !isPlainObject(parsed.value) || parsed.value !== root.result) {
    const what = root.result === null ? 'null (no value)' : (ROOT_KIND_WORDS[root.kind] ?? 'not a mapping');
    return fail([
      {
        ...source.position(rootStart),
        rule: 'yaml-root',
        message: `The top level of the file is ${what}, not a set of fields; write the fields as \`name: value\` lines starting at column 1.`,
        severity: 'error',
      },
    ]);
  }

  const walk: Walk = { source, limits, locations: new PackedLocations(source), findings: [], blockScalars: [], nodes: 0, stopped: false };
  visitValue(walk, root, { pointer: '', depth: 0 });

  const findings = [...walk.findings, ...indentTabsOutside(source, tabs, walk.blockScalars).map(tabFinding)];
  if (findings.length > 0) return fail(findings);
  return { ok: true, value: parsed.value, locations: walk.locations, text: source.text };
}
