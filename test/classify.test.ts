import { describe, expect, it } from 'vitest';
import { generateInventory } from '../scripts/bench-inventory.js';
import { classifyRequest, indexPolicy, useCaseOf } from '../src/rules/classify.js';
import { parseRequestFile } from '../src/rules/parse-request.js';
import { file, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const policy = shippedPolicy();
const index = indexPolicy(policy);
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';

describe('useCaseOf', () => {
  it('gives the verdict classifyRequest gives, for every kind of file', () => {
    const dashboard = sampleText(DASHBOARD);
    const variants = [
      // Standard software only, inbound from inside and from outside the internal networks.
      dashboard.replace(/  - \{name: shiny-server.*\n/, ''),
      dashboard.replace(/  - \{name: shiny-server.*\n/, '').replace('0.0.0.0/0', '10.0.0.0/16'),
      dashboard.replace('0.0.0.0/0', '10.0.0.0/16'),
      dashboard.replace(/inbound:\n.*\n/, 'inbound: []\n'),
      sampleText('requests/ex/dime-ex-nutrition-raw.yml').replace('publicAccess: false', 'publicAccess: true'),
    ].map((text, i) => file(`requests/ex/variant-${i}.yml`, text));
    const files = [...sampleInventory(), ...variants, ...generateInventory(400, 0).files];
    const seen = new Set<string>();
    for (const f of files.filter((x) => x.path.endsWith('.yml'))) {
      const request = parseRequestFile(policy, f).request;
      if (!request) continue;
      const expected = classifyRequest(index, request)?.useCase;
      expect(useCaseOf(index, request), f.path).toBe(expected);
      seen.add(`${request.kind}:${expected}`);
    }
    // Both verdicts for both kinds of resource, and none for the others.
    expect([...seen].sort()).toEqual(['ec2-instance:application', 'ec2-instance:computation', 'project:undefined', 's3-bucket:application', 's3-bucket:computation', 'security-group:undefined']);
  });
});
