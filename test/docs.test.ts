import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript build script without type declarations.
import { renderFieldReference } from '../scripts/field-reference.mjs';
import { ROOT } from './helpers.js';

describe('docs/reference.md', () => {
  it('matches the schemas (run `npm run docs` when this fails)', () => {
    const committed = readFileSync(join(ROOT, 'docs/reference.md'), 'utf8');
    expect(committed).toBe((renderFieldReference as (root: string) => string)(ROOT));
  });

  it('documents every field of every kind', () => {
    const text = readFileSync(join(ROOT, 'docs/reference.md'), 'utf8');
    for (const field of ['`requirements.memoryGiB`', '`software`', '`inbound[].from`', '`chargeCodes[].tag`', '`owners[].role`', '`lifecycle[].expireDays`', '`data.classification`']) {
      expect(text).toContain(field);
    }
  });
});
