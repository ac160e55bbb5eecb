/**
 * The EC2 instance-type catalogue and what can be said about a name in it.
 *
 * The names come from `instance-types.json`, generated from the
 * `_InstanceType` enum of `@aws-sdk/client-ec2` by
 * `scripts/gen-instance-types.mjs` (`npm run instance-types`). Pure: no file
 * system, no network.
 */
import { editDistance, foldLookAlikes } from './suggest.js';
import catalogue from './instance-types.json' with { type: 'json' };

/** Every instance type name AWS's SDK knows, e.g. `r6i.xlarge`. */
const NAMES: readonly string[] = catalogue.types;
const NAME_SET: ReadonlySet<string> = new Set(NAMES);

/** Where the catalogue came from, e.g. `@aws-sdk/client-ec2 3.1169.0` (for messages and docs). */
export const INSTANCE_TYPE_SOURCE: string = catalogue.source;

/** How many names the catalogue holds. */
export const INSTANCE_TYPE_COUNT: number = NAMES.length;

/** Longest input we try to correct; anything longer is not a typo of an instance type. */
const MAX_SUGGEST_INPUT = 64;

/** A size spelled the way AWS spells sizes, whether or not a family has it. */
const WELL_FORMED_SIZE = /^(?:\d{0,3}xlarge|large|medium|small|micro|nano|metal(?:-\d{1,3}xl)?)$/;

/**
 * `r6ixlarge` -> `r6i.xlarge`: the catalogue keyed by its names with the
 * separators (`.` and the `-` of `c7i-flex`, `metal-48xl`) removed.
 */
const BY_DOTLESS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const name of NAMES) {
    const key = name.replace(/[.-]/g, '');
    if (map.has(key)) ambiguous.add(key);
    else map.set(key, name);
  }
  // A dotless spelling that two real names share cannot be corrected with confidence.
  for (const key of ambiguous) map.delete(key);
  return map;
})();

/** Family (`r6i`) -> its names (`r6i.large`, `r6i.xlarge`, ...). */
const BY_FAMILY: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of NAMES) {
    const family = name.slice(0, name.indexOf('.'));
    const list = map.get(family);
    if (list) list.push(name);
    else map.set(family, [name]);
  }
  return map;
})();

/**
 * Whether `name` is an instance type the catalogue knows. Exact match:
 * AWS's API takes the names in lower case, so `R6i.xlarge` is not one
 * (`suggestInstanceType` offers the fix).
 */
export function isInstanceType(name: string): boolean {
  return NAME_SET.has(name);
}

/**
 * The catalogue's names in the family of `nameOrFamily` (`r6i` or
 * `r6i.3xlarge` -> `r6i.12xlarge`, ..., `r6i.xlarge`), for a message that
 * lists the sizes a family has; empty for an unknown family.
 */
export function instanceTypesInFamily(nameOrFamily: string): readonly string[] {
  const dot = nameOrFamily.indexOf('.');
  return BY_FAMILY.get(dot < 0 ? nameOrFamily : nameOrFamily.slice(0, dot)) ?? [];
}

/**
 * Short spellings people write for a size, mapped to AWS's: `xl` ->
 * `xlarge`, `4xl` -> `4xlarge`, `xxl` -> `2xlarge`, `lg` -> `large`.
 * Returns undefined when `size` is not such an abbreviation.
 */
function expandSize(size: string): string | undefined {
  const multiple = /^(\d{1,3})x(?:l|lg|lrg|larg|large)$/.exec(size);
  if (multiple) return `${multiple[1]}xlarge`;
  const xs = /^(x+)(?:l|lg|lrg|larg|large)$/.exec(size);
  if (xs) {
    const count = xs[1]?.length ?? 0;
    return count === 1 ? 'xlarge' : `${count}xlarge`;
  }
  if (/^(?:l|lg|lrg|larg)$/.test(size)) return 'large';
  if (/^(?:med|medum|meduim|mediun)$/.test(size)) return 'medium';
  if (/^(?:sm|sml|smal)$/.test(size)) return 'small';
  return undefined;
}

/** How many leading characters `a` and `b` share. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The name in `candidates` closest to `input` within `limit` edits. On a
 * tie the one sharing the longest start with `input` wins (`r6.xlarge` ->
 * `r6a.xlarge`, not `g6.xlarge`), then catalogue order.
 */
function closest(input: string, candidates: readonly string[], limit: number): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate, Math.min(limit, bestDistance));
    if (distance > limit || distance > bestDistance) continue;
    const prefix = commonPrefix(input, candidate);
    if (distance < bestDistance || prefix > bestPrefix) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return best;
}

/**
 * A "did you mean" for a name that is not in the catalogue: the wrong case
 * (`R6i.XLarge`), a missing or wrong separator (`r6ixlarge`, `r6i-xlarge`),
 * a shortened size (`r6i.xl`, `m5.4xl`), a misspelt size (`r6i.xlagre`,
 * answered within the same family only), or a small typo elsewhere
 * (`r6.xlarge`, `t3.mirco`). Returns undefined when `name` is already valid,
 * when nothing is reasonably close, and when a correctly spelt size is
 * missing from its family (`r6i.3xlarge`, `m5.medium`): any suggestion
 * there would change the size asked for.
 */
export function suggestInstanceType(name: string): string | undefined {
  if (NAME_SET.has(name) || name.length > MAX_SUGGEST_INPUT) return undefined;
  // Look-alike letters (`r6і`, Ukrainian i) are read as what they look like.
  const lower = foldLookAlikes(name).trim().toLowerCase();
  if (lower.length === 0) return undefined;
  if (NAME_SET.has(lower)) return lower;

  // Separators people use instead of the dot (the last run becomes the dot), or none at all.
  const dotted = lower.includes('.') ? lower : lower.replace(/[\s_\-,:/]+(?=[^\s_\-,:/]*$)/, '.');
  if (NAME_SET.has(dotted)) return dotted;
  const dotless = BY_DOTLESS.get(lower.replace(/[\s._\-,:/]/g, ''));
  if (dotless) return dotless;

  const dot = dotted.indexOf('.');
  if (dot > 0) {
    const family = dotted.slice(0, dot);
    const members = BY_FAMILY.get(family);
    if (members) {
      // The family is right, so the size is the mistake: look only within the
      // family, and never jump to another family (`m5.medium` is not `m1.medium`).
      const expanded = expandSize(dotted.slice(dot + 1));
      const query = expanded === undefined ? dotted : `${family}.${expanded}`;
      if (NAME_SET.has(query)) return query;
      // A well-formed size the family lacks (`r6i.3xlarge`) is not a typo: any
      // other size would change what is asked for (`r6i.32xlarge` is one edit
      // away), so leave it to the caller to list the family's sizes
      // (`instanceTypesInFamily`).
      if (WELL_FORMED_SIZE.test(query.slice(dot + 1))) return undefined;
      return closest(query, members, 3);
    }
  }

  // A typo anywhere: one edit for short names, two up to 12 characters, three beyond.
  const limit = dotted.length <= 8 ? 1 : dotted.length <= 12 ? 2 : 3;
  return closest(dotted, NAMES, limit);
}

/** vCPUs and memory of an instance type. */
export interface InstanceTypeSpecs {
  vcpus: number;
  memoryGiB: number;
}

/**
 * The general-purpose (m), compute (c) and memory (r) families whose sizes
 * follow AWS's naming rule exactly, with their memory per vCPU in GiB.
 * Left out on purpose: network variants (`c5n` has 5.25 GiB per vCPU, so no
 * `n` family is trusted), `z`, `flex`, `b`/`e` variants, and the newest
 * 8th-generation Intel and AMD families, whose sizes have not been checked.
 */
const EXACT_FAMILIES: ReadonlyMap<string, number> = new Map([
  ...['c5', 'c5a', 'c5ad', 'c5d', 'c6a', 'c6g', 'c6gd', 'c6i', 'c6id', 'c7a', 'c7g', 'c7gd', 'c7i', 'c8g', 'c8gd'].map(
    (family) => [family, 2] as const,
  ),
  ...['m5', 'm5a', 'm5ad', 'm5d', 'm6a', 'm6g', 'm6gd', 'm6i', 'm6id', 'm7a', 'm7g', 'm7gd', 'm7i', 'm8g', 'm8gd'].map(
    (family) => [family, 4] as const,
  ),
  ...['r5', 'r5a', 'r5ad', 'r5b', 'r5d', 'r6a', 'r6g', 'r6gd', 'r6i', 'r6id', 'r7a', 'r7g', 'r7gd', 'r7i', 'r8g', 'r8gd'].map(
    (family) => [family, 8] as const,
  ),
]);

/**
 * vCPUs and memory of `name`, derived from the name, not looked up: the
 * catalogue has names only, and a table of every type's specs would go stale
 * with nobody noticing. So this answers only where the naming rule is exact:
 * the current c/m/r families listed in `EXACT_FAMILIES`, where `medium` is 1
 * vCPU, `large` 2, `xlarge` 4 and `Nxlarge` 4N, and memory is 2 (c), 4 (m)
 * or 8 (r) GiB per vCPU (so m5.xlarge = 4 vCPU / 16 GiB, r5.24xlarge = 96 /
 * 768). Bare-metal sizes (`.metal`, `.metal-48xl`), burstable `t` types and
 * every other family return undefined, as does a name not in the catalogue:
 * the caller then cannot check requirements against the type and says so.
 */
export function instanceTypeSpecs(name: string): InstanceTypeSpecs | undefined {
  if (!NAME_SET.has(name)) return undefined;
  const [family = '', size = ''] = name.split('.');
  const perVcpu = EXACT_FAMILIES.get(family);
  if (perVcpu === undefined) return undefined;
  let vcpus: number;
  if (size === 'medium') vcpus = 1;
  else if (size === 'large') vcpus = 2;
  else if (size === 'xlarge') vcpus = 4;
  else {
    const multiple = /^(\d+)xlarge$/.exec(size);
    if (!multiple) return undefined; // metal and anything unexpected
    vcpus = 4 * Number(multiple[1]);
  }
  return { vcpus, memoryGiB: vcpus * perVcpu };
}
