import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript build script without type declarations.
import { renderFieldReference } from '../scripts/field-reference.mjs';
import { checkMarkdown } from '../src/rules/markdown-checks.js';
import { readRepositoryFiles } from '../src/shell/disk.js';
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

describe('the guidance pages', () => {
  const { paths, markdown } = readRepositoryFiles(ROOT);
  const pages = [...markdown.keys()].filter((p) => p.startsWith('docs/') || p === 'README.md');

  it.each(pages)('%s has only links and anchors that resolve', (page) => {
    const tree = { paths: new Set(paths), markdown, repository: 'dime/aws-requests', defaultBranch: 'main', serverUrl: 'https://github.com' };
    expect(checkMarkdown(page, markdown.get(page)!, tree)).toEqual([]);
  });

  it.each(pages.filter((p) => p.startsWith('docs/') && p !== 'docs/reference.md'))('%s says how to correct it', (page) => {
    expect(markdown.get(page)).toMatch(/correct (this|any) page/i);
  });
});
