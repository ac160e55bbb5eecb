/**
 * The usual ways a hand-written request file stops being YAML, found in its
 * lines once the YAML reader has refused it. The reader says where it got
 * lost, which is often the line after the mistake and sometimes the end of
 * the file; these name the mistake, on its own line, and how to write it.
 *
 * A diagnosis is given only when it is proven: the text with its fix applied
 * must get the reader past that line. A guess that fixes nothing is not
 * said, and the reader's own complaint is reported instead.
 *
 * Pure: text and the reader's complaint in, a place and a message out.
 */
import yaml from 'js-yaml';
import { codePoint } from './suggest.js';

/** Where a mistake is (a UTF-16 offset into the text) and what to do about it. */
export interface YamlMistake {
  offset: number;
  message: string;
}

/** Spaces that are not the space YAML separates and indents with. */
const UNUSUAL_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** An unusual space where YAML needs a real one: in the indentation, after a list's `-`, or after a field's `:`. */
const STRUCTURAL_UNUSUAL_SPACE = /^[ ]*(?:-[ ]*)?[\u00A0\u2000-\u200A\u202F\u205F\u3000]|^[ ]*(?:-[ ]+)?[A-Za-z_][A-Za-z0-9_-]*:[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** `name:value` at the start of a line or list item: a field name (two letters or more: `C:\` is a drive), its colon, no space. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]+):([^\s:/\\][^\n]*)$/;
/** `name: value` whose unquoted value itself holds `: ` (or ends in `:`), so YAML reads a second field. */
const COLON_IN_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{|>#&*!%@`][^#]*?(?::\s|:$)[^#]*?)\s*(?:\s#.*)?$/;
/** Inside `{...}`: `name: value` whose value holds `: ` before the next comma or brace. */
const COLON_IN_FLOW_VALUE = /[{,]\s*([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{,}][^,{}"']*?:\s[^,{}]*?)\s*[,}]/;
/** A `|` or `>` block header ends its line: the lines below, more indented, are text, not YAML. */
const BLOCK_HEADER = /(?:^|[:\-]\s)[|>][-+0-9]*\s*(?:#.*)?$/;

/**
 * Longer lines are not diagnosed: no request line is this long, and the
 * patterns below would take time growing with the square of a line's length.
 */
const MAX_LINE = 2000;

interface Line {
  index: number;
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split(/(\r\n|\r|\n)/)) {
    if (piece === '\r\n' || piece === '\r' || piece === '\n') {
      start += piece.length;
      continue;
    }
    lines.push({ index: lines.length, start, text: piece });
    start += piece.length;
  }
  return lines;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Lines that can hold a mistake: not blank, not a comment, not too long, not the text of a `|` or `>` block. */
function candidateLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  let blockIndent = -1;
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blockIndent >= 0 && (blank || indentOf(line.text) > blockIndent)) continue;
    blockIndent = -1;
    if (blank || line.text.trimStart().startsWith('#') || line.text.length > MAX_LINE) continue;
    out.push(line);
    if (BLOCK_HEADER.test(line.text)) blockIndent = indentOf(line.text);
  }
  return out;
}

/** Where the reader stops in `text`, or undefined when it reads it whole. */
function stopOffset(text: string): number | undefined {
  try {
    yaml.load(text, { schema: yaml.CORE_SCHEMA });
    return undefined;
  } catch (error) {
    const mark = (error as { mark?: { position?: number } }).mark;
    return typeof mark?.position === 'number' ? mark.position : 0;
  }
}

/** A fix is proven when the reader, given the fixed text, gets past the end of the line it mends. */
function proven(text: string, line: Line, mended: string): boolean {
  const fixed = text.slice(0, line.start) + mended + text.slice(line.start + line.text.length);
  const stop = stopOffset(fixed);
  return stop === undefined || stop > line.start + mended.length;
}

/** The quoted value opened on this line with `quote` and not closed on it: the offset of its quote. */
function unclosedQuote(line: string, quote: string): number | undefined {
  const opener = /(?:^\s*|[:\-[{,]\s*)(["'])/g;
  for (let match = opener.exec(line); match; match = opener.exec(line)) {
    const open = match.index + match[0].length - 1;
    const c = match[1]!;
    let i = open + 1;
    for (; i < line.length; i += 1) {
      if (c === '"' && line[i] === '\\') i += 1;
      else if (line[i] === c) {
        if (c === "'" && line[i + 1] === "'") i += 1;
        else break;
      }
    }
    if (i >= line.length) return c === quote ? open : undefined;
    opener.lastIndex = i + 1;
  }
  return undefined;
}

/** A `[` or `{` opened on this line and not closed on it: its offset, and whether a comment cut the line short. */
function unclosedBracket(line: string): { open: number; comment: boolean } | undefined {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(line[i - 1] ?? ' ')) quote = c;
    else if (c === '#' && /\s/.test(line[i - 1] ?? ' ')) return stack.length > 0 ? { open: stack[0]!, comment: true } : undefined;
    else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
  }
  return stack.length > 0 ? { open: stack[0]!, comment: false } : undefined;
}

/** A value in quotes that YAML reads back as written: double quotes, or single ones when it holds a `"`. */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
}

/** The mistake on one line, if it has one of the usual ones and fixing it is proven. */
function lineMistake(text: string, line: Line): YamlMistake | undefined {
  const space = STRUCTURAL_UNUSUAL_SPACE.exec(line.text);
  if (space) {
    const at = space.index + space[0].length - 1;
    const mended = line.text.replace(new RegExp(UNUSUAL_SPACE.source, 'g'), ' ');
    if (proven(text, line, mended)) {
      return { offset: line.start + at, message: `This line holds a non-breaking or other unusual space (${codePoint(line.text[at]!)}), which YAML does not read as a space: delete it and type an ordinary space.` };
    }
  }
  const glued = NO_SPACE_AFTER_COLON.exec(line.text);
  if (glued) {
    const [, lead, key, value] = glued as unknown as [string, string, string, string];
    const colon = lead.length + key.length;
    if (proven(text, line, `${line.text.slice(0, colon + 1)} ${line.text.slice(colon + 1)}`)) {
      return { offset: line.start + colon + 1, message: `A space is missing after the \`:\` of \`${key}\`: write \`${key}: ${value.trim()}\`.` };
    }
  }
  const colon = COLON_IN_VALUE.exec(line.text);
  if (colon) {
    const [, lead, key, value] = colon as unknown as [string, string, string, string];
    const at = line.text.indexOf(value, lead.length + key.length);
    if (proven(text, line, `${line.text.slice(0, at)}${quoted(value)}${line.text.slice(at + value.length)}`)) {
      return { offset: line.start + at, message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: ${quoted(value)}\`.` };
    }
  }
  const flow = COLON_IN_FLOW_VALUE.exec(line.text);
  if (flow) {
    const [, key, value] = flow as unknown as [string, string, string];
    const at = flow.index + flow[0].indexOf(value, flow[0].indexOf(key) + key.length);
    if (proven(text, line, `${line.text.slice(0, at)}${quoted(value)}${line.text.slice(at + value.length)}`)) {
      return { offset: line.start + at, message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: ${quoted(value)}\`.` };
    }
  }
  return undefined;
}

/**
 * A field name that starts with a non-breaking or other unusual space: the
 * file is YAML, but the space was meant as indentation, and YAML reads it as
 * the start of the name (` c` where `c` was meant). Undefined otherwise.
 */
export function unusualSpaceBeforeKey(key: string): string | undefined {
  if (!UNUSUAL_SPACE.test(key.charAt(0))) return undefined;
  return `This line is indented with a non-breaking or other unusual space (${codePoint(key.charAt(0))}), which YAML reads as part of the field's name, not as indentation: delete the spaces before the field and type them again.`;
}

/**
 * Name the mistake behind the YAML reader's `reason`, given where it stopped
 * (`offset`); undefined when none of the usual ones explains it.
 */
export function diagnoseYamlMistake(text: string, offset: number, reason: string): YamlMistake | undefined {
  const lines = candidateLines(linesOf(text)).filter((l) => l.start <= offset);
  // Never closed: the reader stops at the end of the file. The culprit is the last line before that which opens
  // one and does not close it (anything after it was read as its inside), and closing it there must mend the file.
  const quote = /within a double quoted scalar/.test(reason) ? '"' : /within a single quoted scalar/.test(reason) ? "'" : undefined;
  if (quote) {
    for (const line of [...lines].reverse()) {
      const open = unclosedQuote(line.text, quote);
      if (open === undefined) continue;
      if (!proven(text, line, `${line.text}${quote}`)) return undefined;
      return { offset: line.start + open, message: `The quote that starts here is never closed: end the value with \`${quote}\` on this line.` };
    }
    return undefined;
  }
  if (/within a flow collection/.test(reason)) {
    for (const line of [...lines].reverse()) {
      const open = unclosedBracket(line.text);
      if (!open) continue;
      const close = line.text[open.open] === '[' ? ']' : '}';
      const mended = open.comment ? line.text.replace(/\s#/, '  ') : `${line.text}${close}`;
      if (!proven(text, line, mended)) return undefined;
      return {
        offset: line.start + open.open,
        message: open.comment
          ? `A \`#\` after a space starts a comment, so the rest of this line, with its closing \`${close}\`, is not read: put the value holding the \`#\` in quotes, e.g. \`"#ext partners"\`.`
          : `This \`${line.text[open.open]}\` is never closed: end it with \`${close}\` on the same line.`,
      };
    }
    return undefined;
  }
  // The reader's own line first, then the line before it: a mistake often shows only on the next line.
  const own = lines.at(-1);
  const suspects = own ? [own, ...lines.filter((l) => l.index < own.index).slice(-1)] : [];
  for (const line of suspects) {
    const mistake = lineMistake(text, line);
    if (mistake) return mistake;
  }
  return undefined;
}
