/**
 * The usual ways a hand-written request file stops being YAML, found in its
 * lines once the YAML reader has refused it. The reader says where it got
 * lost, which is often the line after the mistake and sometimes the end of
 * the file; these name the mistake, on its own line, and how to write it.
 *
 * Pure: text and the reader's complaint in, a place and a message out.
 */

/** Where a mistake is (a UTF-16 offset into the text) and what to do about it. */
export interface YamlMistake {
  offset: number;
  message: string;
}

/** Spaces that are not the space YAML separates and indents with. */
const UNUSUAL_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** `name:value` at the start of a line or list item: a field name, its colon, and no space after it. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):([^\s:/][^\n]*)$/;
/** `name: value` whose unquoted value itself holds `: ` (or ends in `:`), so YAML reads a second field. */
const COLON_IN_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{|>#&*!%@`][^#]*?(?::\s|:$)[^#]*?)\s*(?:\s#.*)?$/;
/** Inside `{...}`: `name: value` whose value holds `: ` before the next comma or brace. */
const COLON_IN_FLOW_VALUE = /[{,]\s*([A-Za-z_][A-Za-z0-9_-]*):\s+([^\s"'[{,}][^,{}"']*?:\s[^,{}]*?)\s*[,}]/;

interface Line {
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
    lines.push({ start, text: piece });
    start += piece.length;
  }
  return lines;
}

/**
 * Longer lines are not diagnosed: no request line is this long, and the
 * patterns below would take time growing with the square of a line's length.
 */
const MAX_LINE = 2000;

const isContent = (line: Line): boolean => line.text.length <= MAX_LINE && line.text.trim() !== '' && !line.text.trimStart().startsWith('#');

/**
 * A quoted value opened on this line and not closed on it: the offset of its
 * opening quote. Quotes inside a comment or inside a word do not count.
 */
function unclosedQuote(line: string): number | undefined {
  const opener = /(?:^|[:\-[{,]\s*|^\s*)(["'])/g;
  for (let match = opener.exec(line); match; match = opener.exec(line)) {
    const quote = match[1]!;
    const open = match.index + match[0].length - 1;
    let i = open + 1;
    for (; i < line.length; i += 1) {
      if (quote === '"' && line[i] === '\\') i += 1;
      else if (line[i] === quote) {
        if (quote === "'" && line[i + 1] === "'") i += 1;
        else break;
      }
    }
    if (i >= line.length) return open;
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

/** The line holding `offset`, and the content line before it: where a mistake the reader tripped over sits. */
function suspectLines(lines: Line[], offset: number): Line[] {
  let at = lines.findIndex((l, i) => offset >= l.start && (i === lines.length - 1 || offset < lines[i + 1]!.start));
  if (at === -1) at = lines.length - 1;
  const suspects = [lines[at]!];
  for (let i = at - 1; i >= 0; i -= 1) {
    if (isContent(lines[i]!)) {
      suspects.unshift(lines[i]!);
      break;
    }
  }
  return suspects.filter(isContent);
}

const UNUSUAL_INDENT = /^[ ]*(?:-[ ]*)?[\u00A0\u2000-\u200A\u202F\u205F\u3000]/m;

/**
 * A line indented (or a list item spaced) with a non-breaking or other
 * unusual space. YAML reads such a space as text, so the file may still be
 * YAML, with a field named ` c` where `c` was meant: refused before reading.
 */
export function unusualIndent(text: string): YamlMistake | undefined {
  const match = UNUSUAL_INDENT.exec(text);
  if (!match) return undefined;
  const offset = match.index + match[0].length - 1;
  const code = `U+${text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { offset, message: `This line is indented with a non-breaking or other unusual space (${code}), which YAML reads as text, not as indentation: delete the spaces before the field and type them again.` };
}

/**
 * Name the mistake behind the YAML reader's `reason`, given where it stopped
 * (`offset`); undefined when none of the usual ones explains it.
 */
export function diagnoseYamlMistake(text: string, offset: number, reason: string): YamlMistake | undefined {
  const lines = linesOf(text);
  // Never closed: the reader stops at the end of the file, far from where the quote or bracket opened.
  if (/within a (single|double) quoted scalar/.test(reason)) {
    for (const line of lines.filter(isContent)) {
      const open = unclosedQuote(line.text);
      if (open !== undefined) {
        return { offset: line.start + open, message: `The quote that starts here is never closed: end the value with \`${line.text[open]}\` on this line.` };
      }
    }
    return undefined;
  }
  if (/within a flow collection/.test(reason)) {
    for (const line of lines.filter(isContent)) {
      const open = unclosedBracket(line.text);
      if (!open) continue;
      const close = line.text[open.open] === '[' ? ']' : '}';
      return {
        offset: line.start + open.open,
        message: open.comment
          ? `A \`#\` after a space starts a comment, so the rest of this line, with its closing \`${close}\`, is not read: put the value holding the \`#\` in quotes, e.g. \`"#ext partners"\`.`
          : `This \`${line.text[open.open]}\` is never closed: end it with \`${close}\` on the same line.`,
      };
    }
    return undefined;
  }
  for (const line of suspectLines(lines, offset)) {
    const space = UNUSUAL_SPACE.exec(line.text);
    if (space) {
      const code = `U+${space[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return { offset: line.start + space.index, message: `This line holds a non-breaking or other unusual space (${code}), which YAML does not read as a space: delete it and type an ordinary space.` };
    }
  }
  for (const line of suspectLines(lines, offset)) {
    const glued = NO_SPACE_AFTER_COLON.exec(line.text);
    if (glued) {
      const [, lead, key, value] = glued as unknown as [string, string, string, string];
      return { offset: line.start + lead.length + key.length + 1, message: `A space is missing after the \`:\` of \`${key}\`: write \`${key}: ${value.trim()}\`.` };
    }
    const colon = COLON_IN_VALUE.exec(line.text);
    if (colon) {
      const [, lead, key, value] = colon as unknown as [string, string, string, string];
      return {
        offset: line.start + line.text.indexOf(value, lead.length + key.length),
        message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: "${value.replace(/"/g, "'")}"\`.`,
      };
    }
    const flow = COLON_IN_FLOW_VALUE.exec(line.text);
    if (flow) {
      const [, key, value] = flow as unknown as [string, string, string];
      return {
        offset: line.start + flow.index + flow[0].indexOf(value, flow[0].indexOf(key) + key.length),
        message: `The value of \`${key}\` holds \`: \`, which YAML reads as the start of another field: put the whole value in quotes, \`${key}: "${value.replace(/"/g, "'")}"\`.`,
      };
    }
  }
  return undefined;
}
