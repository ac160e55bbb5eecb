// Types of the module `npm run build` renders with scripts/gen-validators.mjs: one ajv validation function per shipped schema.
import type { ValidateFunction } from 'ajv';

export declare const project: ValidateFunction;
export declare const ec2Instance: ValidateFunction;
export declare const s3Bucket: ValidateFunction;
export declare const securityGroup: ValidateFunction;
export declare const policy: ValidateFunction;
