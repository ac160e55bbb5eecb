import type { ErrorObject } from 'ajv';
import { pointerChild } from '../model/json-pointer.js';
import { locate } from '../model/load-yaml.js';
import { validateAgainstSchema, type SchemaName } from '../model/schemas.js';
import { closestMatch, describeLookAlikes, foldLookAlikes } from '../model/suggest.js';
import type { Finding, LocationMap } from '../model/types.js';

/** At most this many schema findings per file: past it, a file is wrong in ways a list won't fix. */
export const MAX_SCHEMA_FINDINGS = 50;

/**
 * Where a JSON pointer leads, in words and with its own code spans:
 * `/requirements/vcpus` -> `requirements.vcpus`, `/owners/0/cAccount` ->
 * `cAccount` in item 1 of `owners`. List items are counted from 1, as the
 * messages about repeated items count them and as a person counts lines.
 */
export function fieldPath(pointer: string): string {
  if (pointer === '') return 'the file';
  const tokens = pointer.slice(1).split('/').map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = tokens.findLastIndex((token) => /^\d+$/.test(token));
  if (last === -1) return `\`${tokens.join('.')}\``;
  const item = `item ${Number(tokens[last]) + 1} of ${fieldPath(pointerOf(tokens.slice(0, last)))}`;
  return last === tokens.length - 1 ? item : `\`${tokens.slice(last + 1).join('.')}\` in ${item}`;
}

function pointerOf(tokens: readonly string[]): string {
  return tokens.reduce<string>((pointer, token) => pointerChild(pointer, token), '');
}

/** A sentence that starts with a field's description starts with a capital. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
  null: 'empty',
};

function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function hint(schema: unknown): string {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? ` (${description.split(/(?<=\.)\s(?=[A-Z])/)[0]!.replace(/\.$/, '')})` : '';
}

/**
 * `{who: Jane, Bob, type: staff}` reads `Bob` as a field without a value:
 * removing it, as an unknown field, would lose Bob. Such a field has no
 * value and sits on the same line as the field before it (in a block
 * mapping each field has its own line). That field and its value, or undefined.
 */
function splitOffValue(document: unknown, locations: LocationMap, parent: string, extra: string): { key: string; value: string } | undefined {
  const object = valueAt(document, parent);
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return undefined;
  const record = object as Record<string, unknown>;
  const keys = Object.keys(record);
  const previous = keys[keys.indexOf(extra) - 1];
  if (record[extra] !== null || previous === undefined || typeof record[previous] !== 'string') return undefined;
  const line = (key: string): number => locate(locations, pointerChild(parent, key), 'key').line;
  return line(previous) === line(extra) ? { key: previous, value: record[previous] as string } : undefined;
}

/** What a value is, in words: a fraction is not "a number" where a whole number is asked. */
function actualWords(expected: unknown, actual: unknown): string {
  if (expected === 'integer' && typeof actual === 'number' && !Number.isInteger(actual)) return `a fraction (${actual})`;
  return TYPE_WORDS[jsonType(actual)] ?? 'this';
}

/** A number written with its unit (`16GB`, `100 GiB`): YAML reads text. */
const NUMBER_WITH_UNIT = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z%]+)\s*$/;

interface StringSchema {
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
}

/** Whether `text` passes a string schema's own limits: what quoting a number would give. */
function passesAsText(text: string, schema: StringSchema | undefined): boolean {
  if (!schema) return true;
  if (schema.enum && !schema.enum.includes(text)) return false;
  if (schema.const !== undefined && schema.const !== text) return false;
  if (schema.minLength !== undefined && text.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && text.length > schema.maxLength) return false;
  return schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(text);
}

/**
 * What to do about a value of the wrong type, when one thing will fix it.
 * Quoting only helps when the quoted value would pass: `555001` for a cloud
 * account needs its `c`, `os: 9` a name, not quotes. A unit is dropped only
 * when it is the field's own (`memoryGiB: 16GB`); `512MB` is not 512 GiB.
 */
function typeAdvice(expected: unknown, actual: unknown, schema: unknown, field: string): string {
  if (expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) {
    return passesAsText(String(actual), schema as StringSchema | undefined) ? ' Quote this value so YAML keeps it as text.' : '';
  }
  const unit = (expected === 'number' || expected === 'integer') && typeof actual === 'string' ? NUMBER_WITH_UNIT.exec(actual) : null;
  if (!unit) return '';
  const fieldUnit = /GiB$/.test(field) ? 'GiB' : /GB$/.test(field) ? 'GB' : undefined;
  if (fieldUnit === undefined || /^(g|gb|gib)$/i.test(unit[2]!)) return ` Write the number alone, without its unit: \`${unit[1]}\`.`;
  return ` Write the number alone, in ${fieldUnit}: this field is counted in ${fieldUnit}.`;
}

function schemaType(schema: unknown): unknown {
  return (schema as { type?: unknown } | null)?.type;
}

/**
 * ajv reports every branch of an `anyOf` (a software item is a name or a
 * mapping). Keep only the branch whose type matches what the person wrote, so
 * they read one relevant message instead of two contradicting ones.
 */
function pruneAnyOf(errors: ErrorObject[], document: unknown): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf' || !Array.isArray(error.schema)) continue;
    const actual = jsonType(valueAt(document, error.instancePath));
    const branch = (error.schema as unknown[]).findIndex((s) => {
      const t = schemaType(s);
      return t === actual || (t === 'number' && actual === 'integer');
    });
    const prefix = `${error.schemaPath}/`;
    for (const other of errors) {
      // The schema path is the same for every item of a list: only this item's errors belong to this anyOf.
      const sameItem = other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`);
      if (!sameItem || !other.schemaPath.startsWith(prefix)) continue;
      const index = Number(other.schemaPath.slice(prefix.length).split('/')[0]);
      if (branch === -1 || index !== branch) dropped.add(other);
    }
    if (branch !== -1) dropped.add(error);
  }
  return errors.filter((e) => !dropped.has(e));
}

function messageFor(error: ErrorObject, document: unknown, locations: LocationMap): { pointer: string; prefer: 'key' | 'value'; message: string } {
  const where = fieldPath(error.instancePath);
  const subject = capitalized(where);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> })?.properties;
      const inside = error.instancePath === '' ? '' : ` in ${where}`;
      return {
        pointer: error.instancePath,
        prefer: 'key',
        message: `Missing field \`${missing}\`${inside}: add \`${missing}:\`${hint(properties?.[missing])}.`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {});
      const guess = closestMatch(extra, allowed);
      const inside = error.instancePath === '' ? '' : ` in ${where}`;
      const split = splitOffValue(document, locations, error.instancePath, extra);
      const advice = split
        ? `it is probably the end of \`${split.key}\`'s value: in \`{...}\` a comma ends a value, so put that whole value in quotes, \`${split.key}: "${split.value}, ${extra}"\`.`
        : guess
          ? `did you mean \`${guess}\`?`
          : `remove it; the fields allowed here are ${allowed.map((a) => `\`${a}\``).join(', ')}.`;
      return {
        pointer: pointerChild(error.instancePath, extra),
        prefer: 'key',
        message: `Unknown field \`${extra}\`${inside}: ${advice}`,
      };
    }
    case 'type': {
      const actual = valueAt(document, error.instancePath);
      return {
        pointer: error.instancePath,
        prefer: 'value',
        message: `${subject} must be ${describeType(params.type)}, not ${actualWords(params.type, actual)}${hint(error.parentSchema)}.${typeAdvice(params.type, actual, error.parentSchema, error.instancePath.slice(error.instancePath.lastIndexOf('/') + 1))}`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = valueAt(document, error.instancePath);
      const guess = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const lookAlikes = typeof value === 'string' ? describeLookAlikes(value) : '';
      return {
        pointer: error.instancePath,
        prefer: 'value',
        message: `${subject} must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? `; did you mean \`${guess}\`?` : '.'}${lookAlikes ? ` ${lookAlikes}` : ''}`,
      };
    }
    case 'const':
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} must be \`${String(params.allowedValue)}\`.` };
    case 'pattern': {
      const value = valueAt(document, error.instancePath);
      const lookAlikes = typeof value === 'string' ? describeLookAlikes(value) : '';
      const folded = lookAlikes ? foldLookAlikes(value as string) : '';
      const guess = folded && new RegExp(String(params.pattern), 'u').test(folded) ? ` Did you mean \`${folded}\`?` : '';
      return {
        pointer: error.instancePath,
        prefer: 'value',
        message: `${subject} is not in the expected form${hint(error.parentSchema)}.${lookAlikes ? ` ${lookAlikes}` : ''}${guess}`,
      };
    }
    case 'format':
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} must be a valid ${String(params.format).replace('email', 'e-mail address')}.` };
    case 'minLength':
      return params.limit === 1
        ? { pointer: error.instancePath, prefer: 'value', message: `${subject} is empty: write a value${hint(error.parentSchema)}.` }
        : { pointer: error.instancePath, prefer: 'value', message: `${subject} is too short: write at least ${String(params.limit)} characters${hint(error.parentSchema)}.` };
    case 'maxLength':
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} is too long: at most ${String(params.limit)} characters.` };
    case 'minItems':
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}${hint(error.parentSchema)}.` };
    case 'maxItems':
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} has too many items: at most ${String(params.limit)}.` };
    case 'uniqueItems':
      return {
        pointer: `${error.instancePath}/${String(params.i)}`,
        prefer: 'value',
        message: `${subject} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}): remove one.`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        exclusiveMinimum: 'more than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      };
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} must be ${words[error.keyword]} ${String(params.limit)}.` };
    }
    case 'anyOf': {
      // Name the forms themselves when the list as a whole has no description (a software item: a name, or a mapping).
      const forms = Array.isArray(error.schema) ? error.schema.map((branch) => hint(branch).slice(2, -1)).filter(Boolean).map((form) => form[0]!.toLowerCase() + form.slice(1)) : [];
      const which = hint(error.parentSchema) || (forms.length > 0 ? `: ${forms.join('; or ')}` : '');
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} is neither of the accepted forms${which}.` };
    }
    default:
      return { pointer: error.instancePath, prefer: 'value', message: `${subject} ${error.message ?? 'is not valid'}.` };
  }
}

/**
 * Validate a document against its kind's schema and turn ajv's errors into
 * located, plain-language findings, sorted by position and capped.
 */
export function schemaFindings(path: string, schema: SchemaName, document: unknown, locations: LocationMap): Finding[] {
  const errors = pruneAnyOf(validateAgainstSchema(schema, document), document);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of errors) {
    const { pointer, prefer, message } = messageFor(error, document, locations);
    const position = locate(locations, pointer, prefer);
    const key = `${position.line}:${position.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ path, ...position, rule: `schema-${error.keyword}`, message, severity: 'error' });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.length > MAX_SCHEMA_FINDINGS) {
    const shown = findings.slice(0, MAX_SCHEMA_FINDINGS);
    const last = shown[shown.length - 1]!;
    shown.push({ ...last, rule: 'schema-truncated', message: `${findings.length - MAX_SCHEMA_FINDINGS} more problems not shown: fix the ones above first.` });
    return shown;
  }
  return findings;
}
