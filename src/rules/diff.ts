/** One field that differs between the base and the head version of a request. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

/** YAML-flow-like text for a list or mapping: how the person wrote it, not JSON's quotes. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')}}`;
  return String(value);
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  // Lists are compared whole: "software: [a, b] -> [a, b, c]" reads better than per-index noise.
  out.set(prefix, compact(value));
}

/** The fields that changed between two versions of a request, in the order they appear. */
export function diffRequests(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(after, '', b);
  const changes: FieldChange[] = [];
  for (const [field, value] of b) {
    const old = a.get(field);
    if (old === value) continue;
    changes.push(old === undefined ? { field, after: value } : { field, before: old, after: value });
  }
  for (const [field, value] of a) if (!b.has(field)) changes.push({ field, before: value });
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
