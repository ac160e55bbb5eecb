/**
 * The shipped policy.yml against its schema, the schema's strictness, and
 * the EC2 instance-type catalogue (freshness, look-up, suggestions, specs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _InstanceType } from '@aws-sdk/client-ec2';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import catalogue from '../src/model/instance-types.json' with { type: 'json' };
import {
  INSTANCE_TYPE_COUNT,
  instanceTypeSpecs,
  instanceTypesInFamily,
  isInstanceType,
  suggestInstanceType,
} from '../src/model/instance-types.js';
import type { LabelRole, Policy } from '../src/model/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const policyText = readFileSync(`${root}policy.yml`, 'utf8');
const schema: unknown = JSON.parse(readFileSync(`${root}schemas/policy.schema.json`, 'utf8'));

// ajv-formats is CommonJS: TypeScript (NodeNext) types its default import as the module
// object, while at run time it may be the plugin itself. Accept either.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** Every top-level key of `Policy`, checked by the compiler, so the schema cannot drift from the type. */
const POLICY_KEYS: Record<keyof Policy, true> = {
  version: true,
  organisation: true,
  region: true,
  accounts: true,
  kinds: true,
  reviewers: true,
  supportGroup: true,
  software: true,
  networks: true,
  patterns: true,
  dataClassifications: true,
  labels: true,
  limits: true,
  tags: true,
  promotion: true,
      tickets: true,
};
const LABEL_ROLES: Record<LabelRole, true> = {
  computation: true,
  application: true,
  documentation: true,
  policy: true,
  securityApprovalRequired: true,
  invalid: true,
};

function loadPolicy(): Policy {
  return yaml.load(policyText, { schema: yaml.CORE_SCHEMA }) as Policy;
}

describe('policy.yml and schemas/policy.schema.json', () => {
  let validate: ValidateFunction;

  beforeAll(() => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema as object);
  });

  function errorsOf(data: unknown): string[] {
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }

  it('starts with the yaml-language-server line', () => {
    expect(policyText.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/policy.schema.json');
  });

  it('validates the shipped policy', () => {
    expect(errorsOf(loadPolicy())).toEqual([]);
  });

  it('requires exactly the keys of the Policy type', () => {
    const s = schema as { required: string[]; properties: Record<string, unknown> };
    expect([...s.required].sort()).toEqual(Object.keys(POLICY_KEYS).sort());
    expect(Object.keys(s.properties).filter((k) => k !== '$schema').sort()).toEqual(Object.keys(POLICY_KEYS).sort());
    expect(Object.keys(loadPolicy().labels).sort()).toEqual(Object.keys(LABEL_ROLES).sort());
  });

  it('holds DIME values', () => {
    const policy = loadPolicy();
    expect(policy.accounts).toEqual({ production: 'WBG AWS DIME PDMZ', development: 'WBG AWS DIME DEV PDMZ' });
    expect(policy.software.standard.length).toBeGreaterThanOrEqual(80);
    expect(policy.software.standard).not.toContain('htop'); // EPEL, not Red Hat
    expect(policy.software.preApproved.map((p) => p.name)).toContain('R');
    for (const key of ['securityGroup', 'cAccount', 'projectTag', 'requestId'] as const) {
      expect(() => new RegExp(policy.patterns[key], 'u')).not.toThrow();
    }
    expect(new RegExp(policy.patterns.securityGroup, 'u').test('WBGMaster-DIME-IC-Admin')).toBe(true);
    expect(new RegExp(policy.patterns.requestId, 'u').test('WBGMaster-DIME-IC-Admin')).toBe(true);
    expect(new RegExp(policy.patterns.requestId, 'u').test('ic-kenya-analysis')).toBe(true);
    expect(new RegExp(policy.patterns.cAccount, 'u').test('c123456')).toBe(true);
    expect(new RegExp(policy.patterns.projectTag, 'u').test('dimeieconnectkenya')).toBe(true);
  });

  it('bounds every string and array, closes every object and describes every property', () => {
    const problems: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${where}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'string' && n.maxLength === undefined && n.enum === undefined && n.const === undefined) {
        problems.push(`${where}: string without maxLength`);
      }
      if (n.pattern !== undefined && n.maxLength === undefined) problems.push(`${where}: pattern without maxLength`);
      if (n.type === 'array' && n.maxItems === undefined && where.includes('anyOf') === false) {
        problems.push(`${where}: array without maxItems`);
      }
      if (n.type === 'object' && n.additionalProperties !== false) problems.push(`${where}: object not closed`);
      if (n.properties && typeof n.properties === 'object' && !where.includes('anyOf')) {
        for (const [key, sub] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof sub.description !== 'string' || sub.description.length === 0) {
            problems.push(`${where}/properties/${key}: no description`);
          }
        }
      }
      for (const [key, sub] of Object.entries(n)) visit(sub, `${where}/${key}`);
    };
    visit(schema, '#');
    expect(problems).toEqual([]);
  });

  it('accepts an optional $schema key', () => {
    expect(errorsOf({ $schema: './schemas/policy.schema.json', ...loadPolicy() })).toEqual([]);
  });

  it('rejects an unknown key, at the top and inside', () => {
    expect(errorsOf({ ...loadPolicy(), colour: 'blue' })).toContain(' must NOT have additional properties');
    const policy = loadPolicy();
    (policy.accounts as Record<string, string>).staging = 'x';
    expect(errorsOf(policy)).toContain('/accounts must NOT have additional properties');
  });

  it('rejects a missing required field', () => {
    const policy: Partial<Policy> = loadPolicy();
    delete policy.region;
    expect(errorsOf(policy)).toContain(" must have required property 'region'");
  });

  it('rejects a too-long string', () => {
    const policy = loadPolicy();
    policy.organisation = 'x'.repeat(101);
    expect(errorsOf(policy)).toContain('/organisation must NOT have more than 100 characters');
  });

  it('compiles with only the formats the loader registers', () => {
    // scripts/gen-validators.mjs registers just `email`; a format used here but
    // not registered there would make strict ajv refuse the schema at build time.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv, ['email']);
    expect(() => ajv.compile(schema as object)).not.toThrow();
  });

  it('rejects a bad label colour, a bad tag key and a literal tag without a value', () => {
    const policy = loadPolicy();
    policy.labels.invalid.color = '#b60205';
    policy.tags.push({ key: 'aws:owner', from: 'account' });
    policy.tags.push({ key: 'Owner', from: 'literal' });
    const errors = errorsOf(policy);
    expect(errors).toContain('/labels/invalid/color must NOT have more than 6 characters');
    expect(errors.some((e) => e.startsWith(`/tags/${policy.tags.length - 2}/key must match pattern`))).toBe(true);
    expect(errors).toContain(`/tags/${policy.tags.length - 1} must have required property 'value'`);
  });
});

describe('EC2 instance-type catalogue', () => {
  it('matches what @aws-sdk/client-ec2 exports', () => {
    const fromSdk = [...new Set(Object.values(_InstanceType))].sort();
    const stale = 'src/model/instance-types.json is stale: run `npm run instance-types` and commit the result';
    expect(catalogue.types, stale).toEqual(fromSdk);
    expect(catalogue.count, stale).toBe(fromSdk.length);
  });

  it('holds sorted, unique names (1,437 for @aws-sdk/client-ec2 3.1169.0)', () => {
    expect(catalogue.source).toMatch(/^@aws-sdk\/client-ec2 \d+\.\d+\.\d+$/);
    expect(INSTANCE_TYPE_COUNT).toBe(catalogue.count);
    if (catalogue.source === '@aws-sdk/client-ec2 3.1169.0') expect(INSTANCE_TYPE_COUNT).toBe(1437);
    expect(new Set(catalogue.types).size).toBe(catalogue.types.length);
    expect([...catalogue.types].sort()).toEqual(catalogue.types);
  });

  it('knows real names, exactly', () => {
    for (const name of ['r6i.xlarge', 't3.micro', 'm5.xlarge', 'c7a.medium', 'u-24tb1.112xlarge', 'c7i.metal-24xl']) {
      expect(isInstanceType(name), name).toBe(true);
    }
    for (const name of ['R6i.xlarge', 'r6i.3xlarge', 'r6ixlarge', 'r6i', '', 'constructor', '__proto__']) {
      expect(isInstanceType(name), name).toBe(false);
    }
  });

  it('suggests the name a typo meant', () => {
    const cases: Record<string, string> = {
      'R6i.XLarge': 'r6i.xlarge',
      ' M5.XLARGE ': 'm5.xlarge',
      r6ixlarge: 'r6i.xlarge',
      'r6i-xlarge': 'r6i.xlarge',
      'r6i 2xlarge': 'r6i.2xlarge',
      'r6i.xl': 'r6i.xlarge',
      'm5.4xl': 'm5.4xlarge',
      'c6i.xxl': 'c6i.2xlarge',
      'c6g.med': 'c6g.medium',
      'r6i.xlagre': 'r6i.xlarge',
      'm5.xlarg': 'm5.xlarge',
      't3.mirco': 't3.micro',
      't3.micr': 't3.micro',
      'c7i-flex-large': 'c7i-flex.large',
      'c7a.metal48xl': 'c7a.metal-48xl',
    };
    for (const [typo, meant] of Object.entries(cases)) {
      expect(suggestInstanceType(typo), typo).toBe(meant);
    }
    // A family typo: a real family with the same size, preferring the same start.
    expect(suggestInstanceType('r6x.xlarge')).toMatch(/^r6[a-z]\.xlarge$/);
    expect(suggestInstanceType('r6.xlarge')).toMatch(/^r6[a-z]\.xlarge$/);
  });

  it('lists the names of a family', () => {
    expect(instanceTypesInFamily('r6i.3xlarge')).toContain('r6i.2xlarge');
    expect(instanceTypesInFamily('r6i').every((n) => n.startsWith('r6i.'))).toBe(true);
    expect(instanceTypesInFamily('nope')).toEqual([]);
  });

  it('suggests nothing for a valid name or for something far from any', () => {
    expect(suggestInstanceType('r6i.xlarge')).toBeUndefined();
    for (const name of ['', '   ', 'banana', 'a big server please', 'x'.repeat(200), 'postgresql', '16xlarge']) {
      expect(suggestInstanceType(name), name).toBeUndefined();
    }
    // A correctly spelt size the family lacks: another size would change the request.
    for (const name of ['r6i.3xlarge', 'r6i.3xl', 'm5.medium', 'c5.xxxl']) {
      expect(suggestInstanceType(name), name).toBeUndefined();
    }
  });

  it('derives specs where the naming rule is exact', () => {
    expect(instanceTypeSpecs('m5.xlarge')).toEqual({ vcpus: 4, memoryGiB: 16 });
    expect(instanceTypeSpecs('r6i.xlarge')).toEqual({ vcpus: 4, memoryGiB: 32 });
    expect(instanceTypeSpecs('c6i.2xlarge')).toEqual({ vcpus: 8, memoryGiB: 16 });
    expect(instanceTypeSpecs('r5.24xlarge')).toEqual({ vcpus: 96, memoryGiB: 768 });
    expect(instanceTypeSpecs('m7g.16xlarge')).toEqual({ vcpus: 64, memoryGiB: 256 });
    expect(instanceTypeSpecs('c5.9xlarge')).toEqual({ vcpus: 36, memoryGiB: 72 });
    expect(instanceTypeSpecs('m6g.medium')).toEqual({ vcpus: 1, memoryGiB: 4 });
    expect(instanceTypeSpecs('c7a.medium')).toEqual({ vcpus: 1, memoryGiB: 2 });
    expect(instanceTypeSpecs('r7a.large')).toEqual({ vcpus: 2, memoryGiB: 16 });
    expect(instanceTypeSpecs('r7i.48xlarge')).toEqual({ vcpus: 192, memoryGiB: 1536 });
  });

  it('says nothing where the rule is not exact', () => {
    for (const name of [
      't3.micro',
      'm5.metal',
      'c7i.metal-24xl',
      'c5n.xlarge', // 10.5 GiB, not 8
      'm5zn.large',
      'm7i-flex.large',
      'x2idn.16xlarge',
      'p4d.24xlarge',
      'r6i.3xlarge', // not in the catalogue
      'R6i.xlarge',
    ]) {
      expect(instanceTypeSpecs(name), name).toBeUndefined();
    }
  });
});
