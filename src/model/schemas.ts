import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import defs from '../../schemas/defs.schema.json' with { type: 'json' };
import project from '../../schemas/project.schema.json' with { type: 'json' };
import ec2Instance from '../../schemas/ec2-instance.schema.json' with { type: 'json' };
import s3Bucket from '../../schemas/s3-bucket.schema.json' with { type: 'json' };
import securityGroup from '../../schemas/security-group.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import type { RequestKind } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv2020, formats: string[]) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/** The JSON Schema of each request kind, as shipped in `schemas/`. */
export const REQUEST_SCHEMAS: Record<RequestKind, Record<string, unknown>> = {
  project,
  'ec2-instance': ec2Instance,
  's3-bucket': s3Bucket,
  'security-group': securityGroup,
};

export type SchemaName = RequestKind | 'policy';

let compiled: Map<SchemaName, ValidateFunction> | undefined;

function compileAll(): Map<SchemaName, ValidateFunction> {
  // verbose: errors carry their schema, which the messages quote.
  // strict: schema mistakes fail loudly; no coercion, no defaults, no $data,
  // so what is validated is exactly what the file says.
  const ajv = new Ajv2020({ strict: true, allErrors: true, coerceTypes: false, useDefaults: false, $data: false, verbose: true });
  addFormats(ajv, ['email']);
  ajv.addSchema(defs);
  const map = new Map<SchemaName, ValidateFunction>();
  for (const [kind, schema] of Object.entries(REQUEST_SCHEMAS)) map.set(kind as RequestKind, ajv.compile(schema));
  map.set('policy', ajv.compile(policySchema));
  return map;
}

/** Validate a parsed document against one shipped schema; returns ajv's errors (empty when valid). */
export function validateAgainstSchema(name: SchemaName, value: unknown): ErrorObject[] {
  compiled ??= compileAll();
  const validate = compiled.get(name)!;
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
