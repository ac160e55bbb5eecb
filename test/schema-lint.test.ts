/**
 * The JSON Schemas in schemas/ are code that runs on untrusted input, so they
 * are linted like code: each compiles in ajv's strict mode, none trips ajv's
 * `json-schema-secure` meta-schema (checked on every subschema, because that
 * draft-07 meta-schema does not descend into 2020-12 keywords such as
 * `$defs` or `prefixItems`), and every `pattern` has a `maxLength` beside it,
 * so no pattern can be driven into a slow backtrack by a long string.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft07 from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

type Schema = Record<string, unknown>;
type AddFormats = (ajv: Ajv2020, formats: string[]) => Ajv2020;
// ajv-formats and ajv's main entry are CommonJS; under NodeNext their default exports may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
type Draft07Constructor = new (options: Record<string, unknown>) => { compile: (schema: unknown) => ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: unknown }[] | null } };
const Draft07 = ((AjvDraft07 as unknown as { default?: Draft07Constructor }).default ?? AjvDraft07) as unknown as Draft07Constructor;

const SCHEMA_DIR = join(ROOT, 'schemas');
const DEFS = 'defs.schema.json';
const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
const schemas = new Map<string, Schema>(files.map((f) => [f, JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Schema]));

/** ajv's own path for it: `ajv/lib/refs/json-schema-secure.json`. */
const SECURE_PATH = createRequire(import.meta.url).resolve('ajv/lib/refs/json-schema-secure.json');
const secureMetaSchema = JSON.parse(readFileSync(SECURE_PATH, 'utf8')) as Schema;

/** Keywords whose value is one subschema, a map of subschemas, or a list of them (draft 2020-12, plus older spellings). */
const ONE = ['additionalProperties', 'items', 'contains', 'propertyNames', 'if', 'then', 'else', 'not', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'];
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];

interface Visit {
  /** `file#/json/pointer` of the subschema. */
  where: string;
  schema: Schema;
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const token = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function resolvePointer(document: Schema, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    if (!isSchema(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/**
 * Every subschema of a file, each once, following `$ref`s into the same file
 * and into other files of schemas/ (so a property that refers to a shared
 * definition is checked through it).
 */
function subschemas(file: string): Visit[] {
  const seen = new Set<string>();
  const out: Visit[] = [];
  const visit = (doc: string, pointer: string, node: unknown): void => {
    if (!isSchema(node)) return;
    const where = `${doc}#${pointer}`;
    if (seen.has(where)) return;
    seen.add(where);
    out.push({ where, schema: node });
    for (const key of ONE) if (isSchema(node[key])) visit(doc, `${pointer}/${key}`, node[key]);
    for (const key of MAP) {
      const map = node[key];
      if (isSchema(map)) for (const [name, child] of Object.entries(map)) visit(doc, `${pointer}/${key}/${token(name)}`, child);
    }
    for (const key of LIST) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, i) => visit(doc, `${pointer}/${key}/${i}`, child));
    }
    if (typeof node.$ref === 'string') {
      const [target = '', fragment = ''] = node.$ref.split('#');
      const targetDoc = target === '' ? doc : target;
      const document = schemas.get(targetDoc);
      if (!document) throw new Error(`${where}: $ref ${node.$ref} points outside schemas/`);
      const resolved = resolvePointer(document, fragment);
      if (!isSchema(resolved)) throw new Error(`${where}: $ref ${node.$ref} does not resolve`);
      visit(targetDoc, fragment, resolved);
    }
  };
  visit(file, '', schemas.get(file));
  return out;
}

describe('schemas/', () => {
  it('holds the shared definitions and one schema per request kind plus the policy', () => {
    expect(files).toEqual(['defs.schema.json', 'ec2-instance.schema.json', 'policy.schema.json', 'project.schema.json', 's3-bucket.schema.json', 'security-group.schema.json']);
  });

  for (const file of files) {
    describe(file, () => {
      it('compiles in ajv strict mode (draft 2020-12, with the shared definitions)', () => {
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        addFormats(ajv, ['email']);
        if (file !== DEFS) ajv.addSchema(schemas.get(DEFS)!);
        expect(() => ajv.compile(schemas.get(file)!)).not.toThrow();
      });

      it("passes ajv's json-schema-secure meta-schema, subschema by subschema", () => {
        // The secure meta-schema is draft-07: compile it with ajv's draft-07 class.
        const validate = new Draft07({ strict: false, allErrors: true }).compile(secureMetaSchema);
        const problems: string[] = [];
        for (const { where, schema } of subschemas(file)) {
          if (!validate(schema)) for (const e of validate.errors ?? []) problems.push(`${where}${e.instancePath}: ${e.message ?? ''} ${JSON.stringify(e.params)}`);
        }
        expect([...new Set(problems)]).toEqual([]);
      });

      it('puts a maxLength beside every pattern and format, following $refs', () => {
        const unbounded = subschemas(file)
          .filter(({ schema }) => (schema.pattern !== undefined || schema.format !== undefined) && typeof schema.maxLength !== 'number')
          .map(({ where, schema }) => `${where} (${schema.pattern !== undefined ? `pattern ${String(schema.pattern)}` : `format ${String(schema.format)}`})`);
        expect(unbounded).toEqual([]);
      });

      it('bounds every string and every array (DESIGN.md: schemas bound every string and array)', () => {
        const visits = subschemas(file);
        const byWhere = new Map(visits.map((v) => [v.where, v.schema]));
        const problems: string[] = [];
        for (const { where, schema } of visits) {
          const types = ([] as unknown[]).concat(schema.type ?? []);
          const missing =
            types.includes('string') && schema.enum === undefined && schema.const === undefined && typeof schema.maxLength !== 'number' && schema.$ref === undefined
              ? 'maxLength'
              : types.includes('array') && typeof schema.maxItems !== 'number'
                ? 'maxItems'
                : undefined;
          if (!missing) continue;
          // A branch of anyOf/oneOf/allOf that only refines a property the enclosing schema declares (and bounds) is fine.
          const refined = /^(.*)\/(?:anyOf|oneOf|allOf)\/\d+\/properties\/([^/]+)$/.exec(where);
          const declared = refined ? byWhere.get(`${refined[1]}/properties/${refined[2]}`) : undefined;
          if (declared && typeof declared[missing] === 'number') continue;
          problems.push(`${where}: no ${missing}`);
        }
        expect(problems).toEqual([]);
      });
    });
  }

  it('walks into $defs and through $refs (the walker itself)', () => {
    const project = subschemas('project.schema.json').map((v) => v.where);
    expect(project).toContain('project.schema.json#/properties/contact/properties/email');
    expect(project).toContain('defs.schema.json#/$defs/email');
    expect(project).toContain('defs.schema.json#/$defs/githubLogin');
    const policy = subschemas('policy.schema.json').map((v) => v.where);
    expect(policy.some((w) => w.startsWith('policy.schema.json#/$defs/'))).toBe(true);
  });

  it('flags a pattern without maxLength (the check can fail)', () => {
    schemas.set('probe.schema.json', { $defs: { loose: { type: 'string', pattern: '^(a+)+$' } }, properties: { x: { $ref: '#/$defs/loose' } } });
    try {
      const unbounded = subschemas('probe.schema.json').filter(({ schema }) => schema.pattern !== undefined && typeof schema.maxLength !== 'number');
      expect(unbounded.map((v) => v.where)).toEqual(['probe.schema.json#/$defs/loose']);
      const validate = new Draft07({ strict: false, allErrors: true }).compile(secureMetaSchema);
      expect(validate({ type: 'string', pattern: '^(a+)+$' })).toBe(false);
    } finally {
      schemas.delete('probe.schema.json');
    }
  });
});
