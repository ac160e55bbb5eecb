/**
 * Unquoted scalars that YAML tools disagree on. Shared by the full loader and
 * the fast reader, so both refuse exactly the same values.
 */

// Scalars that other YAML tools (or YAML 1.1) read differently.
const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const LEADING_ZERO = /^[-+]?0[0-9_]/;
const BASE_PREFIX = /^[-+]?0[xXoObB]/;
/** Decimal numbers as YAML 1.1 and 1.2 spell them, underscores included. */
const NUMBER_LIKE = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$/;
const BASE_NUMBER_LIKE = /^[-+]?0(?:x[0-9a-fA-F_]+|o?[0-7_]+|b[01_]+)$/;
/** YAML 1.1 base-60 numbers: `1:30` is 90 there. */
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** Why an unquoted scalar is ambiguous, or undefined when it is not. */
export function coercion(raw: string, value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `is read as ${Number.isNaN(value) ? 'not-a-number' : 'infinity'}, not a usable number`;
    if (BASE_PREFIX.test(raw)) return `is read as the number ${value}, not as written`;
    if (LEADING_ZERO.test(raw)) return `has a leading zero: YAML tools disagree on whether it is ${value}, an octal number or text`;
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return `is too large to be kept exactly as a number (the limit is ${Number.MAX_SAFE_INTEGER})`;
    // YAML 1.1 tools read `1e3` (and `1.5e3`, without a sign) as text.
    if (/[eE]/.test(raw)) return 'is written with an exponent, which some YAML tools read as text';
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (YAML11_BOOLEANS.test(raw)) return 'is read as true or false by some YAML tools and as text by others (write true or false for a yes/no field)';
  if (DATE.test(raw)) return 'looks like a date, which some YAML tools turn into a timestamp';
  if (NUMBER_LIKE.test(raw) || BASE_NUMBER_LIKE.test(raw)) {
    const n = Number(raw.replace(/_/g, ''));
    return Number.isFinite(n) ? 'is read as a number by some YAML tools and as text by others' : 'is read as infinity by some YAML tools and as text by others';
  }
  if (SEXAGESIMAL.test(raw)) return 'is read as a base-60 number by YAML 1.1 tools (1:30 would be 90)';
  return undefined;
}
