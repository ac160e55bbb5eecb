// Renders docs/reference.md from the JSON Schemas, so the field reference can
// never drift from what the checker enforces. Used by gen-field-reference.mjs
// and by a test that fails when the committed page is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = ['project', 'ec2-instance', 's3-bucket', 'security-group'];

function load(root, name) {
  return JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
}

function resolve(defs, schema) {
  if (schema?.$ref?.startsWith('defs.schema.json#/$defs/')) {
    const target = defs.$defs[schema.$ref.split('/').pop()];
    const { $ref, ...rest } = schema;
    return { ...target, ...rest };
  }
  return schema;
}

function typeOf(schema) {
  if (schema.const !== undefined) return `\`${schema.const}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.type === 'object') return 'mapping';
  if (schema.type === 'integer') return 'whole number';
  if (schema.type === 'boolean') return 'true / false';
  return schema.type ?? 'value';
}

function limits(schema) {
  const out = [];
  if (schema.minLength !== undefined && schema.minLength > 1) out.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) out.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) out.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) out.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) out.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) out.push(`at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
  if (schema.maxItems !== undefined) out.push(`at most ${schema.maxItems} items`);
  if (schema.pattern) out.push(`pattern \`${schema.pattern}\``);
  return out.join(', ').replace(/\|/g, '\\|');
}

function rows(defs, schema, prefix, out) {
  const required = new Set(schema.required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const field = resolve(defs, raw);
    const path = `${prefix}${name}`;
    const description = (field.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    out.push(`| \`${path}\` | ${required.has(name) ? 'yes' : 'no'} | ${typeOf(field)} | ${description} | ${limits(field)} |`);
    if (field.type === 'object') rows(defs, field, `${path}.`, out);
    if (field.type === 'array' && field.items) {
      const item = resolve(defs, field.items);
      if (item.type === 'object') rows(defs, item, `${path}[].`, out);
      for (const branch of item.anyOf ?? []) if (branch.type === 'object') rows(defs, branch, `${path}[].`, out);
    }
  }
}

/** The whole reference page as Markdown. */
export function renderFieldReference(root) {
  const defs = load(root, 'defs');
  const out = [
    '# Field reference',
    '',
    '<!-- Generated from schemas/ by `npm run docs`. Do not edit by hand: edit the schema descriptions instead. -->',
    '',
    'Every request file declares its `kind` and the fields below. Editors that read the',
    '`# yaml-language-server: $schema=...` first line show these descriptions as you type.',
    'Rules that depend on `policy.yml` (name patterns, the software catalogue, volume limits)',
    'and on other files (references, charge codes) are checked by `aws-requests check`.',
    '',
  ];
  for (const kind of KINDS) {
    const schema = load(root, kind);
    out.push(`## ${schema.title} (\`kind: ${kind}\`)`, '', schema.description, '', '| field | required | type | description | limits |', '|---|---|---|---|---|');
    rows(defs, schema, '', out);
    out.push('');
  }
  out.push('To correct this page, edit the `description` in the schema under `schemas/` and run `npm run docs`.', '');
  return out.join('\n');
}
