/**
 * The schemas are compiled at build time into src/model/validators.generated.js.
 * These tests fail when that file is stale, and prove the compiled functions
 * judge exactly as ajv compiling the same schemas at run time would: same
 * verdict, same errors, same schema quoted in each error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { validateAgainstSchema, type SchemaName } from '../src/model/schemas.js';
import { REQUEST_KINDS, type RequestKind } from '../src/model/types.js';
import { createAjv, renderValidators } from '../scripts/gen-validators.mjs';
import { contentOf, loadManifest } from './corpus/corpus.js';
import { applyMutation, RETYPED } from './corpus/fuzz-property.js';
import { ROOT, sampleInventory } from './helpers.js';

/** ajv compiling the shipped schemas at run time, as the generator configures it. */
function runtimeValidators(): (name: SchemaName, value: unknown) => ErrorObject[] {
  const ajv = createAjv();
  return (name, value) => {
    const validate = ajv.getSchema(`${name}.schema.json`)!;
    return validate(value) ? [] : [...(validate.errors ?? [])];
  };
}

/** A document as the loader gives it, or undefined when it is not a mapping with a known kind. */
function documentOf(bytes: Uint8Array): { kind: RequestKind; value: Record<string, unknown> } | undefined {
  try {
    const value = yaml.load(new TextDecoder().decode(bytes), { schema: yaml.CORE_SCHEMA });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const kind = (value as Record<string, unknown>).kind;
    return (REQUEST_KINDS as readonly unknown[]).includes(kind) ? { kind: kind as RequestKind, value: value as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

describe('the schemas compiled at build time', () => {
  it('are current: src/model/validators.generated.js is what the schemas compile to (run npm run build)', () => {
    expect(readFileSync(join(ROOT, 'src', 'model', 'validators.generated.js'), 'utf8')).toBe(renderValidators());
  });

  it('give the same errors as ajv compiling at run time, on samples, the corpus and every retyped field', () => {
    const runtime = runtimeValidators();
    const documents = [...sampleInventory(), ...loadManifest().entries.filter((e) => e.file ?? e.generate).map((e) => ({ bytes: contentOf(e) }))]
      .map((f) => documentOf(f.bytes))
      .filter((d) => d !== undefined);
    const decoder = new TextDecoder();
    for (const sample of sampleInventory().filter((f) => f.path.endsWith('.yml'))) {
      const text = decoder.decode(sample.bytes);
      for (const value of RETYPED) {
        for (let at = 0; at < 40; at += 3) {
          const mutated = documentOf(new TextEncoder().encode(applyMutation(text, { op: 'retype', at, value })));
          if (mutated) documents.push(mutated);
        }
      }
    }
    let invalid = 0;
    for (const { kind, value } of documents) {
      const expected = runtime(kind, value);
      expect(validateAgainstSchema(kind, value)).toEqual(expected);
      if (expected.length > 0) invalid += 1;
    }
    // Both verdicts must have been seen for the comparison to mean anything.
    expect(invalid).toBeGreaterThan(50);
    expect(documents.length - invalid).toBeGreaterThan(5);
  });

  it('judge policy.yml as ajv at run time does, valid and broken', () => {
    const runtime = runtimeValidators();
    const policy = yaml.load(readFileSync(join(ROOT, 'policy.yml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(validateAgainstSchema('policy', policy)).toEqual([]);
    const broken = { ...policy, region: 5, colour: 'blue', organisation: 'x'.repeat(101) };
    expect(validateAgainstSchema('policy', broken)).toEqual(runtime('policy', broken));
    expect(validateAgainstSchema('policy', broken).length).toBeGreaterThanOrEqual(3);
  });

  it('count string length in code points, and compare list items by value, as ajv does', () => {
    // The two run-time helpers the compiled code imports: a wrong import would throw or misjudge here.
    const atName = (errors: ErrorObject[]) => errors.filter((e) => e.instancePath === '/name').map((e) => e.keyword);
    // 200 emoji are 400 UTF-16 units but 200 characters: exactly the limit of a short text.
    expect(atName(validateAgainstSchema('project', { kind: 'project', name: '\u{1F600}'.repeat(200) }))).toEqual([]);
    expect(atName(validateAgainstSchema('project', { kind: 'project', name: '\u{1F600}'.repeat(201) }))).toEqual(['maxLength']);
    const policy = yaml.load(readFileSync(join(ROOT, 'policy.yml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { kinds: string[] };
    const repeated = { ...policy, kinds: [...policy.kinds, policy.kinds[0]!] };
    expect(validateAgainstSchema('policy', repeated).map((e) => e.keyword)).toContain('uniqueItems');
    expect(validateAgainstSchema('policy', repeated)).toEqual(runtimeValidators()('policy', repeated));
  });
});
