/** AWS resource-tag limits, as AWS documents them for EC2 and S3. */
export const MAX_TAGS = 50;
export const MAX_TAG_KEY = 128;
export const MAX_TAG_VALUE = 256;
const ALLOWED = /^[\p{L}\p{Z}\p{N}+\-=._:/@]*$/u;

/** Printable ASCII that AWS allows: a tag of these characters needs no Unicode classes and no code-point count. */
const PLAIN = /^[A-Za-z0-9 +\-=._:/@]*$/;

/** Every AWS limit a tag key/value pair breaks (empty when it is a valid tag). */
export function tagProblems(key: string, value: string): string[] {
  const problems: string[] = [];
  // Most tags are plain words: valid when their lengths are.
  if (PLAIN.test(key) && PLAIN.test(value) && key.length >= 1 && key.length <= MAX_TAG_KEY && value.length <= MAX_TAG_VALUE && !/^aws:/i.test(key)) return problems;
  const keyLength = [...key].length;
  const valueLength = [...value].length;
  if (keyLength < 1 || keyLength > MAX_TAG_KEY) problems.push(`tag key must be 1 to ${MAX_TAG_KEY} characters`);
  if (valueLength > MAX_TAG_VALUE) problems.push(`tag value must be at most ${MAX_TAG_VALUE} characters (it has ${valueLength})`);
  if (!ALLOWED.test(key)) problems.push('tag key may contain only letters, digits, spaces and + - = . _ : / @');
  if (!ALLOWED.test(value)) problems.push('tag value may contain only letters, digits, spaces and + - = . _ : / @');
  if (/^aws:/i.test(key)) problems.push('tag key must not start with `aws:` (reserved by AWS)');
  return problems;
}
