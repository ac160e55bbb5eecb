import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RequestKind } from './types.js';
import { ec2Instance, policy, project, s3Bucket, securityGroup } from './validators.generated.js';

export type SchemaName = RequestKind | 'policy';

/**
 * The shipped schemas, compiled at build time (scripts/gen-validators.mjs):
 * strict, every error, no coercion, no defaults, and verbose errors that
 * carry their schema, which the messages quote.
 */
const VALIDATORS: Record<SchemaName, ValidateFunction> = {
  project,
  'ec2-instance': ec2Instance,
  's3-bucket': s3Bucket,
  'security-group': securityGroup,
  policy,
};

/** Validate a parsed document against one shipped schema; returns ajv's errors (empty when valid). */
export function validateAgainstSchema(name: SchemaName, value: unknown): ErrorObject[] {
  const validate = VALIDATORS[name];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
