import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRequests, sameData } from '../src/rules/diff.js';

/** The field list as the diff is defined: every leaf of both versions by dotted path, compared as written out. */
function referenceDiff(before: Record<string, unknown>, after: Record<string, unknown>): { field: string; before?: string; after?: string }[] {
  const text = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map(text).join(', ')}]` : v !== null && typeof v === 'object' ? `{${Object.entries(v).map(([k, x]) => `${k}: ${text(x)}`).join(', ')}}` : String(v);
  const flat = (v: unknown, prefix: string, out: Map<string, string>): Map<string, string> => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) flat(x, prefix ? `${prefix}.${k}` : k, out);
    else out.set(prefix, text(v));
    return out;
  };
  const [a, b] = [flat(before, '', new Map()), flat(after, '', new Map())];
  return [
    ...[...b].filter(([f, v]) => a.get(f) !== v).map(([field, v]) => (a.has(field) ? { field, before: a.get(field), after: v } : { field, after: v })),
    ...[...a].filter(([f]) => !b.has(f)).map(([field, v]) => ({ field, before: v })),
  ];
}

describe('diffRequests', () => {
  it('names nested fields by their path and compares lists whole', () => {
    const before = { kind: 'ec2-instance', requirements: { memoryGiB: 8, vcpus: 2 }, software: ['python3', 'git'], autoStop: true };
    const after = { kind: 'ec2-instance', requirements: { memoryGiB: 8, vcpus: 4 }, software: ['python3', 'git', 'R'], autoStop: true };
    expect(diffRequests(before, after)).toEqual([
      { field: 'requirements.vcpus', before: '2', after: '4' },
      { field: 'software', before: '[python3, git]', after: '[python3, git, R]' },
    ]);
  });

  it('lists added fields in the new order and removed ones after them, in the old order', () => {
    const before = { kind: 'project', contact: { name: 'A', github: 'a' }, purpose: 'x', notes: 'n' };
    const after = { kind: 'project', purpose: 'x', storage: { dataGiB: 100 }, contact: { name: 'A' } };
    expect(diffRequests(before, after)).toEqual([
      { field: 'storage.dataGiB', after: '100' },
      { field: 'contact.github', before: 'a' },
      { field: 'notes', before: 'n' },
    ]);
  });

  it('treats a mapping that becomes a value (or the reverse) as its fields removed and the value added', () => {
    expect(diffRequests({ ttl: { name: 'A', unit: 'U' } }, { ttl: 'A' })).toEqual([
      { field: 'ttl', after: 'A' },
      { field: 'ttl.name', before: 'A' },
      { field: 'ttl.unit', before: 'U' },
    ]);
    expect(diffRequests({ ttl: 'A' }, { ttl: { name: 'A' } })).toEqual([
      { field: 'ttl.name', after: 'A' },
      { field: 'ttl', before: 'A' },
    ]);
  });

  it('does not report a list whose items only had their keys reordered', () => {
    const before = { software: [{ name: 'pandas', source: 'pip' }], purpose: 'a' };
    const after = { software: [{ source: 'pip', name: 'pandas' }], purpose: 'b' };
    expect(diffRequests(before, after)).toEqual([{ field: 'purpose', before: 'a', after: 'b' }]);
  });

  it('agrees with the field-by-field definition on any two versions', () => {
    // Lists hold scalars or mappings with keys in one order, where reordering cannot arise.
    const scalar = fc.oneof(fc.constantFrom('a', 'b', '1', 'true'), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant(null));
    const item = fc.oneof(scalar, fc.record({ name: fc.constantFrom('x', 'y'), source: fc.constantFrom('pip', 'cran') }));
    const doc = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
      node: fc.dictionary(fc.constantFrom('kind', 'project', 'storage', 'ttl', 'software', 'data'), fc.oneof({ depthSize: 'small' }, scalar, fc.array(item, { maxLength: 3 }), tie('node')), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(doc, doc, (before, after) => {
        expect(diffRequests(before, after)).toEqual(referenceDiff(before, after));
        expect(diffRequests(before, before)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sameData', () => {
  it('ignores the order of keys but not of list items', () => {
    expect(sameData({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 1 }, { a: '1' })).toBe(false);
  });
});
