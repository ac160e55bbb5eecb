/**
 * AWS S3 general-purpose bucket naming rules, each with its own message so a
 * researcher knows which rule the name breaks and how to fix it.
 */
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * The common case, without a regular expression: 3 to 63 lower-case letters,
 * digits and single hyphens between them, no dots (so it cannot look like an
 * IP address), no reserved prefix or suffix.
 */
function isPlainBucketName(name: string): boolean {
  if (name.length < 3 || name.length > 63) return false;
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    const alphanumeric = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!alphanumeric && (c !== 0x2d || i === 0 || i === name.length - 1)) return false;
  }
  // Indexed loops: this runs for every bucket of an inventory, mostly before the code is optimised.
  for (let i = 0; i < RESERVED_PREFIXES.length; i += 1) if (name.startsWith(RESERVED_PREFIXES[i]!)) return false;
  for (let i = 0; i < RESERVED_SUFFIXES.length; i += 1) if (name.endsWith(RESERVED_SUFFIXES[i]!)) return false;
  return true;
}

/** Every rule `name` breaks, as plain-language messages (empty when valid). */
export function bucketNameProblems(name: string): string[] {
  if (isPlainBucketName(name)) return [];
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push(`must be 3 to 63 characters long (it has ${name.length})`);
  if (/[^a-z0-9.-]/.test(name)) problems.push('may contain only lower-case letters, digits, dots (.) and hyphens (-)');
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) problems.push('must start and end with a letter or digit');
  if (name.includes('..')) problems.push('must not contain two dots in a row');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) problems.push('must not look like an IP address');
  for (const prefix of RESERVED_PREFIXES) if (name.startsWith(prefix)) problems.push(`must not start with \`${prefix}\` (reserved by AWS)`);
  for (const suffix of RESERVED_SUFFIXES) if (name.endsWith(suffix)) problems.push(`must not end with \`${suffix}\` (reserved by AWS)`);
  return problems;
}
