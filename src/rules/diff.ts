/** One field that differs between the base and the head version of a request. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping => value !== null && typeof value === 'object' && !Array.isArray(value);

/** YAML-flow-like text for a list or mapping: how the person wrote it, not JSON's quotes. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (isMapping(value)) return `{${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')}}`;
  return String(value);
}

const fieldOf = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

/** Every field of `value` (mappings are followed; lists and scalars are fields), as `before` or `after`. */
function allFields(value: unknown, field: string, side: 'before' | 'after', out: FieldChange[]): void {
  if (!isMapping(value)) {
    out.push({ field, [side]: compact(value) });
    return;
  }
  for (const key of Object.keys(value)) allFields(value[key], fieldOf(field, key), side, out);
}

/** The fields of `after` that are new or differ from `before`, in `after`'s order. */
function changedFields(before: Mapping, after: Mapping, prefix: string, out: FieldChange[]): void {
  for (const key of Object.keys(after)) {
    const field = fieldOf(prefix, key);
    const next = after[key];
    const had = Object.hasOwn(before, key);
    const previous = had ? before[key] : undefined;
    if (isMapping(next)) {
      if (had && isMapping(previous)) changedFields(previous, next, field, out);
      else allFields(next, field, 'after', out);
    } else if (!had || isMapping(previous)) {
      out.push({ field, after: compact(next) });
    } else if (!sameData(previous, next)) {
      // Lists are compared whole: "software: [a, b] -> [a, b, c]" reads better than per-index noise.
      const [was, is] = [compact(previous), compact(next)];
      if (was !== is) out.push({ field, before: was, after: is });
    }
  }
}

/** The fields of `before` that `after` no longer has, in `before`'s order. */
function removedFields(before: Mapping, after: Mapping, prefix: string, out: FieldChange[]): void {
  for (const key of Object.keys(before)) {
    const field = fieldOf(prefix, key);
    const previous = before[key];
    const next = Object.hasOwn(after, key) ? after[key] : undefined;
    if (isMapping(previous)) {
      if (isMapping(next)) removedFields(previous, next, field, out);
      else allFields(previous, field, 'before', out);
    } else if (!Object.hasOwn(after, key) || isMapping(next)) {
      out.push({ field, before: compact(previous) });
    }
  }
}

/**
 * The fields that changed between two versions of a request: nested mappings
 * are followed (`requirements.vcpus`), lists and scalars compared whole.
 * Changed and added fields come in the new version's order, then removed
 * ones in the old version's. Only what differs is written out: a verdict is
 * built for every changed request, and most of a request stays as it was.
 */
export function diffRequests(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  if (!isMapping(before) || !isMapping(after)) {
    if (!sameData(before, after)) changes.push({ field: '', before: compact(before), after: compact(after) });
    return changes;
  }
  changedFields(before, after, '', changes);
  removedFields(before, after, '', changes);
  return changes;
}

/**
 * Whether two parsed documents hold the same data: mappings compared by key
 * whatever their order (reordering fields is formatting, not a change),
 * lists item by item.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
