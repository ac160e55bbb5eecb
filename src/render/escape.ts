/**
 * Make request text inert in GitHub Markdown: no live @mentions or #refs that
 * notify people, no HTML or hidden markers, no broken fences. Everything a
 * requester wrote passes through here before it reaches a comment or issue.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Break `@user`/`@org/team` so GitHub shows them without notifying anyone,
 * and `#12`/`GH-12` so they link nowhere (a link would post a cross-reference
 * on that issue).
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    // No second copy of a hidden marker, even inside a code span, for anything that searches bodies.
    .replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`);
}

/** A code span for a table cell: GitHub ends a cell at any `|`, even inside code, unless it is escaped. */
export function cellCode(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|');
}

/**
 * A web address GitHub would make a link of (it links `http://`, `https://`
 * and `www.` addresses in text). A link to an issue or a pull request posts
 * a cross-reference on it, which a requester's text must not do; any other
 * link is no business of a ticket either. GitHub links an address after
 * anything but a letter (`1https://...` too); one after a letter is caught as
 * well, which costs nothing. Punctuation that ends a sentence stays outside,
 * as GitHub leaves it, and so does `|`, which ends a table cell.
 */
const WEB_ADDRESS = /(?<![a-z])(?:https?:\/\/|www\.)[^\s<>`|]*[^\s<>`|.,:;!?'"*_~)\]]/gi;

function escapeText(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Only what can start emphasis, code, links, tables or strike-through mid-line; our text never starts a line.
    .replace(/([\\`*_[\]|~])/g, '\\$1');
  return defuseMentions(escaped);
}

/** Escape text for a Markdown paragraph or table cell: inert, on one line; web addresses shown as code, so no link is made. */
export function escapeInline(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let out = '';
  let last = 0;
  for (const match of flat.matchAll(WEB_ADDRESS)) {
    out += escapeText(flat.slice(last, match.index)) + inlineCode(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeText(flat.slice(last));
}

/** A code span that holds any text: the fence is longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${defuseMentions(flat)}${pad}${fence}`;
}

/** A fenced block that no content can close early. */
export function fencedBlock(text: string, info = ''): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Render a finding or reason message: our messages quote values in single
 * backticks; each quoted part becomes a safe code span, the rest is escaped.
 * A value that itself contains backticks only shifts the split, never
 * breaks out, because every piece is escaped either way.
 */
export function escapeMessage(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeInline(part)))
    .join('');
}
