/**
 * GitHub's REST description (the committed subset written by
 * scripts/gen-openapi-subset.mjs) turned into a router and validators for
 * the fake GitHub: which operation a request is, whether its path, query and
 * body are what GitHub accepts, and whether a response is what GitHub sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/** Where the subset lives; regenerate with `node scripts/gen-openapi-subset.mjs`. */
export const SUBSET_PATH = join(import.meta.dirname, 'openapi-subset.json');

/** A JSON value as parsed from the subset (the description is plain JSON). */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One parameter of an operation, `$ref`s resolved. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
}

/** One operation of the subset, ready to match requests against. */
export interface Operation {
  operationId: string;
  method: string;
  /** The path as GitHub documents it, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  parameters: Parameter[];
  /** Absent when the operation takes no body. */
  requestBody?: { required: boolean; schema: JsonObject };
  /** Status code -> schema of the JSON body (`null` for a documented status without a body). */
  responses: Map<number, JsonObject | null>;
  /** GitHub puts this link in its error bodies. */
  documentationUrl: string;
  regex: RegExp;
  pathParams: string[];
  /** Literal characters in the template: more literal text wins when two templates match. */
  specificity: number;
}

/** One thing wrong with a request or a response, as the validator sees it. */
export interface Problem {
  where: 'path' | 'query' | 'body' | 'response';
  /** The path or query parameter concerned. */
  parameter?: string;
  /** Which JSON Schema keyword failed (`enum`, `type`...), for parameters. */
  keyword?: string;
  /** A short human-readable reason, e.g. `per_page must be <= 100`. */
  message: string;
  /** For body problems: the message in GitHub's own words (`"state" wasn't supplied.`). */
  githubMessage?: string;
}

/** Outcome of matching a method and path against the subset. */
export type RouteMatch =
  | { kind: 'operation'; operation: Operation; rawParams: Record<string, string> }
  /** The path is described but not with this method. */
  | { kind: 'method-not-modelled'; template: string }
  | { kind: 'no-route' };

/** GitHub's largest page; larger `per_page` values are clamped (and flagged here). */
export const MAX_PER_PAGE = 100;

const SUBSET_ID = 'openapi-subset.json';

/**
 * The validator and router over the committed subset. Schemas are compiled
 * lazily, once each: most tests touch a handful of operations.
 */
export class OpenApi {
  readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: JsonObject = JSON.parse(readFileSync(SUBSET_PATH, 'utf8')) as JsonObject) {
    applyCorrections(document);
    this.ajv = createAjv(document);
    this.operations = loadOperations(document);
  }

  /** Which operation `method path` is (path without query string, percent-encoded as sent). */
  match(method: string, path: string): RouteMatch {
    let templateOnly: string | undefined;
    for (const operation of this.operations) {
      const m = operation.regex.exec(path);
      if (!m) continue;
      if (operation.method !== method.toUpperCase()) {
        templateOnly ??= operation.template;
        continue;
      }
      const rawParams: Record<string, string> = {};
      operation.pathParams.forEach((name, i) => {
        rawParams[name] = m[i + 1] ?? '';
      });
      return { kind: 'operation', operation, rawParams };
    }
    return templateOnly ? { kind: 'method-not-modelled', template: templateOnly } : { kind: 'no-route' };
  }

  /**
   * Decode and validate path and query parameters. Values come back typed
   * (integers as numbers); an invalid value is reported and left out, so the
   * handler sees GitHub's default for it.
   */
  parameters(operation: Operation, rawParams: Record<string, string>, query: URLSearchParams): {
    path: Record<string, string | number>;
    query: Record<string, string | number | boolean>;
    problems: Problem[];
  } {
    const problems: Problem[] = [];
    const path: Record<string, string | number> = {};
    const out: Record<string, string | number | boolean> = {};
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      let raw: string | undefined;
      if (parameter.in === 'path') {
        const encoded = rawParams[parameter.name];
        try {
          raw = encoded === undefined ? undefined : decodeURIComponent(encoded);
        } catch {
          problems.push({ where: 'path', parameter: parameter.name, message: `${parameter.name}: malformed percent-encoding in ${JSON.stringify(encoded)}` });
          continue;
        }
      } else {
        const all = query.getAll(parameter.name);
        if (all.length > 1) problems.push({ where: 'query', parameter: parameter.name, message: `${parameter.name} given ${all.length} times` });
        raw = all.at(-1);
      }
      if (raw === undefined) {
        if (parameter.required) problems.push({ where: parameter.in, parameter: parameter.name, message: `${parameter.name} is required` });
        continue;
      }
      const value = coerce(raw, parameter.schema);
      const validate = this.compile(`param ${operation.operationId} ${parameter.in} ${parameter.name}`, parameter.schema);
      if (!validate(value)) {
        problems.push({
          where: parameter.in,
          parameter: parameter.name,
          keyword: validate.errors?.[0]?.keyword ?? 'invalid',
          message: `${parameter.name}=${JSON.stringify(raw)}: ${describeErrors(validate.errors)}`,
        });
        continue;
      }
      if (parameter.name === 'per_page' && typeof value === 'number' && value > MAX_PER_PAGE) {
        // GitHub's description has no maximum, but GitHub serves at most 100
        // per page: a client asking for more has wrong pagination arithmetic.
        problems.push({ where: 'query', parameter: 'per_page', keyword: 'maximum', message: `per_page=${value}: GitHub serves at most ${MAX_PER_PAGE} per page` });
      }
      if (parameter.in === 'path') path[parameter.name] = value as string | number;
      else out[parameter.name] = value as string | number | boolean;
    }
    const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(query.keys())) {
      // GitHub ignores unknown parameters; a client sending one has a bug.
      if (!known.has(name)) problems.push({ where: 'query', parameter: name, message: `unknown query parameter ${name}` });
    }
    return { path, query: out, problems };
  }

  /** Validate a parsed JSON request body (`undefined` when none was sent). */
  requestBody(operation: Operation, body: unknown): Problem[] {
    const spec = operation.requestBody;
    if (!spec) {
      return body === undefined ? [] : [{ where: 'body', message: `${operation.operationId} takes no request body` }];
    }
    // GitHub reads a missing body as `{}` and then complains about what is required.
    const value = body === undefined ? {} : body;
    const validate = this.compile(`body ${operation.operationId}`, spec.schema);
    if (validate(value)) return [];
    return [{ where: 'body', message: describeErrors(validate.errors), githubMessage: githubInvalidRequest(validate.errors) }];
  }

  /**
   * Validate a response the fake is about to send. Undocumented error
   * statuses are normal on GitHub (403, 404, 5xx happen everywhere) and are
   * checked against GitHub's generic error shape instead, as are errors
   * documented without a body.
   */
  response(operation: Operation, status: number, body: unknown): Problem[] {
    const documented = operation.responses.get(status);
    if (documented === undefined && status < 400) return [{ where: 'response', message: `${operation.operationId} does not document status ${status}` }];
    // Some errors are documented without a body (a 404 "not a member"), yet GitHub sends its error JSON with them.
    const schema = documented ?? (status >= 400 ? { $ref: `${SUBSET_ID}#/components/schemas/basic-error` } : null);
    if (schema === null) {
      return body === undefined ? [] : [{ where: 'response', message: `status ${status} of ${operation.operationId} has no body, one was sent` }];
    }
    const validate = this.compile(`response ${operation.operationId} ${status}`, schema);
    if (validate(body)) return [];
    return [{ where: 'response', message: `status ${status}: ${describeErrors(validate.errors)}` }];
  }

  /** Validate against any schema of the subset by name, e.g. `basic-error`. */
  component(name: string, value: unknown): Problem[] {
    const validate = this.compile(`component ${name}`, { $ref: `${SUBSET_ID}#/components/schemas/${name}` });
    return validate(value) ? [] : [{ where: 'response', message: describeErrors(validate.errors) }];
  }

  private compile(key: string, schema: JsonObject): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/**
 * Places where GitHub's description disagrees with what GitHub sends. Each is
 * a JSON pointer into the subset and the keys to set there. Keep this short
 * and say why: every entry loosens validation.
 */
export const SPEC_CORRECTIONS: ReadonlyArray<{ pointer: string; set: JsonObject; why: string }> = [
  {
    pointer: '/components/schemas/pull-request-simple/properties/labels/items/properties/description',
    set: { nullable: true },
    why: 'a label without description is `"description": null` in pull request lists too, as the full pull-request schema says',
  },
];

function applyCorrections(document: JsonObject): void {
  for (const { pointer, set } of SPEC_CORRECTIONS) {
    let node: Json | undefined = document;
    for (const key of pointer.slice(1).split('/')) {
      node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined;
    }
    // A regenerated subset that no longer needs a correction should say so.
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`SPEC_CORRECTIONS: ${pointer} is not in the OpenAPI subset any more`);
    Object.assign(node, set);
  }
}

/** The ajv instance, with the subset's components registered under one id. */
function createAjv(document: JsonObject): Ajv {
  // strict: false because OpenAPI schemas carry keywords JSON Schema does
  // not know (`x-github`, `deprecated` on parameters...). allErrors so a
  // violation report shows everything wrong at once.
  // verbose: errors carry the offending value, which GitHub's messages quote.
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateFormats: true });
  addFormats(ajv, ['uri', 'date-time', 'email', 'date']);
  // OpenAPI's integer formats: ajv-formats has int32/int64 only for
  // JSON Type Definition; here they only say "an integer".
  for (const name of ['int32', 'int64']) ajv.addFormat(name, { type: 'number', validate: (n: number) => Number.isInteger(n) });
  const components = document.components as JsonObject | undefined;
  ajv.addSchema({ components: { schemas: toJsonSchema(components?.schemas ?? {}) } } as object, SUBSET_ID);
  return ajv;
}

/**
 * OpenAPI 3.0 schema -> JSON Schema (draft-07) as ajv reads it:
 * - `nullable: true` becomes a `null` type (or an anyOf with null);
 * - `oneOf` becomes `anyOf`: GitHub's description uses oneOf where the
 *   alternatives overlap (several `nullable` branches, string-or-integer
 *   titles), so a null or a number would match two branches and be wrongly
 *   rejected, while GitHub accepts it;
 * - local `$ref`s point into the registered subset.
 */
export function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${SUBSET_ID}${value}`;
    else out[key === 'oneOf' ? 'anyOf' : key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string' && out.$ref === undefined) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** Path and query values arrive as strings; give them the type their schema names. */
function coerce(raw: string, schema: JsonObject): unknown {
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/** Resolve a local `$ref` to a component (parameters and responses are referenced). */
function deref(document: JsonObject, node: Json): JsonObject {
  let current = node;
  for (let depth = 0; depth < 10; depth++) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) throw new Error('expected an object in the OpenAPI subset');
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    let target: Json = document;
    for (const part of ref.slice(2).split('/')) {
      target = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target[part] ?? null) : null;
    }
    current = target;
  }
  throw new Error('$ref chain too deep in the OpenAPI subset');
}

function loadOperations(document: JsonObject): Operation[] {
  const operations: Operation[] = [];
  const paths = (document.paths ?? {}) as JsonObject;
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = rawItem as JsonObject;
    const shared = ((item.parameters ?? []) as Json[]).map((p) => deref(document, p));
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const parameters = [...shared, ...((op.parameters ?? []) as Json[]).map((p) => deref(document, p))].map(
        (p): Parameter => ({
          name: String(p.name),
          in: p.in as Parameter['in'],
          required: p.required === true,
          schema: (p.schema ?? {}) as JsonObject,
        }),
      );
      const multiSegment = new Set(
        [...shared, ...((op.parameters ?? []) as Json[]).map((p) => deref(document, p))]
          .filter((p) => p['x-multi-segment'] === true)
          .map((p) => String(p.name)),
      );
      const pathParams: string[] = [];
      // Templates contain only letters, `/`, `_` and `{name}`: nothing to escape.
      const pattern = template.replace(/\{([a-z_]+)\}/g, (_m, name: string) => {
        pathParams.push(name);
        // A sha or ref may contain slashes (`heads/feature/x`): GitHub marks those.
        return multiSegment.has(name) ? '(.+?)' : '([^/]+)';
      });
      let requestBody: Operation['requestBody'];
      if (op.requestBody) {
        const body = deref(document, op.requestBody);
        const content = (body.content ?? {}) as JsonObject;
        const json = content['application/json'] as JsonObject | undefined;
        requestBody = { required: body.required === true, schema: (json?.schema ?? {}) as JsonObject };
      }
      const responses = new Map<number, JsonObject | null>();
      for (const [status, raw] of Object.entries((op.responses ?? {}) as JsonObject)) {
        const response = deref(document, raw);
        const content = response.content as JsonObject | undefined;
        const json = content?.['application/json'] as JsonObject | undefined;
        responses.set(Number(status), json?.schema ? (json.schema as JsonObject) : null);
      }
      const externalDocs = op.externalDocs as JsonObject | undefined;
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        documentationUrl: typeof externalDocs?.url === 'string' ? externalDocs.url : 'https://docs.github.com/rest',
        regex: new RegExp(`^${pattern}$`),
        pathParams,
        specificity: template.replace(/\{[^}]*\}/g, '').length,
      });
    }
  }
  // `/issues/comments/{comment_id}` must win over `/issues/{issue_number}/...`.
  return operations.sort((a, b) => b.specificity - a.specificity);
}

/** ajv's errors as one line, for violation reports. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'invalid';
  // anyOf failures repeat every branch's error; the anyOf line alone is noise.
  const useful = errors.filter((e) => e.keyword !== 'anyOf');
  return (useful.length ? useful : errors)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.keyword === 'enum' ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`)
    .join('; ');
}

/**
 * GitHub's 422 message for a body its schema rejects, e.g.
 * `Invalid request.\n\nFor 'properties/state', "bogus" is not a member of ["error", ...].`
 */
export function githubInvalidRequest(errors: ErrorObject[] | null | undefined): string {
  const lines: string[] = [];
  for (const e of errors ?? []) {
    if (e.keyword === 'anyOf') continue;
    const where = `properties/${e.instancePath.slice(1).replace(/\/\d+(?=\/|$)/g, '/items')}`.replace(/\/$/, '');
    const value = JSON.stringify(e.data);
    if (e.keyword === 'required') lines.push(`"${String(e.params.missingProperty)}" wasn't supplied.`);
    else if (e.keyword === 'enum') lines.push(`For '${where}', ${value} is not a member of [${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}].`);
    else if (e.keyword === 'type') lines.push(`For '${where}', ${value} is not ${article(String(e.params.type))}.`);
    else lines.push(`For '${where}', ${value} ${e.message ?? 'is invalid'}.`);
  }
  return `Invalid request.\n\n${[...new Set(lines)].join('\n')}`;
}

function article(type: string): string {
  const first = type.split(',')[0] ?? type;
  return /^[aeiou]/.test(first) ? `an ${first}` : `a ${first}`;
}
