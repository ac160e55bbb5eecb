/** Longest string `editDistance` compares; longer inputs are refused before it is called. */
const MAX_COMPARED = 128;
// Three reusable rows, so scanning the catalogue allocates nothing.
const ROWS = [new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1)];

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein where a
 * transposition counts as one edit) between `a` and `b`, or `limit + 1` as
 * soon as the distance is known to exceed `limit`, so a scan of the whole
 * catalogue stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED) return limit + 1;
  let [before, previous, current] = ROWS as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop early.
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * The candidate closest to `word` (case-insensitive, look-alike letters read
 * as the Latin ones they look like), if it is close enough to be a plausible
 * typo: at most a third of the word's length, at most 3.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  // A look-alike letter is no typo: compare what the word looks like.
  const lower = foldLookAlikes(word).toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/**
 * Cyrillic and Greek letters that look like Latin ones, and what they look
 * like. Not Unicode's whole confusables table: the letters a keyboard
 * layout or a copied document puts into names and ids.
 */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** `text` as it looks: full-width and other compatibility forms (NFKC), Cyrillic and Greek look-alikes made Latin, dashes made `-`, invisible characters removed. */
export function foldLookAlikes(text: string): string {
  return text.normalize('NFKC').replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c).replace(TYPOGRAPHIC_DASH, '-').replace(INVISIBLE, '');
}

/** Dashes and hyphens that stand for `-`, and characters that show nothing: folded too (quotes are not, YAML reads them). */
const TYPOGRAPHIC_DASH = /[\u2010-\u2014\u2212]/gu;
/** Characters that show nothing: removed when comparing, named by their code when shown. */
const INVISIBLE_CLASS = '[\u200B-\u200D\u2060\uFEFF]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
const SHOWS_NOTHING = new RegExp(`\\s|${INVISIBLE_CLASS}`, 'u');

/**
 * Characters a word processor, a web page or a phone puts where the keyboard
 * gives a plain one, and what each is: a value holding one differs from what
 * the person typed, and looks the same.
 */
const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': 'a curly quote; YAML quotes are the straight `\'`',
  '\u2019': 'a curly quote; YAML quotes are the straight `\'`',
  '\u201C': 'a curly quote; YAML quotes are the straight `"`',
  '\u201D': 'a curly quote; YAML quotes are the straight `"`',
  '\u201E': 'a curly quote; YAML quotes are the straight `"`',
  '\u00AB': 'a guillemet; YAML quotes are the straight `"`',
  '\u00BB': 'a guillemet; YAML quotes are the straight `"`',
  '\u2010': 'a typographic hyphen, not `-`',
  '\u2011': 'a non-breaking hyphen, not `-`',
  '\u2012': 'a dash, not `-`',
  '\u2013': 'an en dash, not `-`',
  '\u2014': 'an em dash, not `-`',
  '\u2212': 'a minus sign, not `-`',
  '\u00A0': 'a non-breaking space',
  '\u202F': 'a narrow non-breaking space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u3000': 'an ideographic space',
  '\u200B': 'a zero-width space, invisible',
  '\u200C': 'a zero-width non-joiner, invisible',
  '\u200D': 'a zero-width joiner, invisible',
  '\u2060': 'a word joiner, invisible',
  '\uFEFF': 'a zero-width no-break space, invisible',
};
const TYPOGRAPHIC_CHARACTER = new RegExp(`[${Object.keys(TYPOGRAPHIC).join('')}]`, 'gu');

/** A character's code point as Unicode writes it (`U+00A0`), to name what cannot be seen. */
export const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A sentence naming the characters of `text` that only look like Latin
 * letters, quotes, dashes or spaces, or '' when there are none: such a value
 * differs from what the person sees, and no amount of staring at it shows why.
 */
export function describeLookAlikes(text: string): string {
  const letters = [...new Set(text.match(LOOK_ALIKE) ?? [])];
  const marks = [...new Set(text.match(TYPOGRAPHIC_CHARACTER) ?? [])];
  const sentences: string[] = [];
  if (letters.length > 0) {
    const script = (c: string): string => (/\p{Script=Greek}/u.test(c) ? 'Greek' : 'Cyrillic');
    const each = letters.map((c) => `\`${c}\` (${codePoint(c)}, ${script(c)}) looks like the Latin \`${LOOK_ALIKES[c]}\``);
    sentences.push(`It contains letters from another alphabet: ${each.join('; ')}. Retype ${letters.length === 1 ? 'it' : 'them'} on a Latin keyboard.`);
  }
  if (marks.length > 0) {
    // Spaces and invisible characters cannot be shown: their code names them.
    const each = marks.map((c) => `${SHOWS_NOTHING.test(c) ? '' : `\`${c}\` `}(${codePoint(c)}, ${TYPOGRAPHIC[c]})`);
    sentences.push(`It contains ${marks.length === 1 ? 'a character' : 'characters'} pasted from a document, not typed: ${each.join('; ')}. Retype ${marks.length === 1 ? 'it' : 'them'} on the keyboard.`);
  }
  return sentences.join(' ');
}
