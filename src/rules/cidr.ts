/** An address range as [first, last] integers with its family. */
export interface Range {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return value;
}

/** Parse `10.0.0.0/8`, `2001:db8::/32` or a bare address (a single host). Undefined when malformed. */
export function parseCidr(text: string): Range | undefined {
  const [address = '', prefixText, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const family = address.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  const base = family === 4 ? parseIPv4(address) : parseIPv6(address);
  if (base === undefined) return undefined;
  if (prefixText !== undefined && !/^(0|[1-9]\d{0,2})$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const mask = (1n << hostBits) - 1n;
  const first = base & ~mask;
  return { family, first, last: first | mask };
}

/** True when every address of `inner` lies inside `outer`. */
export function rangeWithin(inner: Range, outer: Range): boolean {
  return inner.family === outer.family && inner.first >= outer.first && inner.last <= outer.last;
}
