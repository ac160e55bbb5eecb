import { describe, expect, it } from 'vitest';
import { comparePaths, isRequestFilePath, pathRole, requestIdOf } from '../src/rules/paths.js';

describe('paths', () => {
  it.each([
    ['requests/ex/ex-roads.yml', 'ex-roads'],
    ['requests/groups/WBGMaster-DIME-EX-Admin.YAML', 'WBGMaster-DIME-EX-Admin'],
    ['requests/a.Yml', 'a'],
    ['requests/a.yml.bak', 'a.yml.bak'],
    ['requests/a.json', 'a.json'],
    ['requests/.yml', ''],
    ['requests/yml', 'yml'],
  ])('the id of %s is %j', (path, id) => {
    expect(requestIdOf(path)).toBe(id);
  });

  it.each([
    ['requests/a.yml', true],
    ['requests/deep/er/a.YAML', true],
    ['requests/a.yaml~', false],
    ['requests/a.json', false],
    ['requests/ayml', false],
    ['docs/a.yml', false],
    ['Requests/a.yml', false],
  ])('%s can hold a request: %s', (path, expected) => {
    expect(isRequestFilePath(path)).toBe(expected);
  });

  it.each([
    ['requests/ex/ex-roads.yml', 'request'],
    ['requests/README.md', 'documentation'],
    ['requests/notes.MARKDOWN', 'documentation'],
    ['requests/notes.mdx', 'request'],
    ['README.md', 'documentation'],
    ['docs/how-to-request.txt', 'documentation'],
    ['policy.yml', 'policy'],
    ['schemas/project.schema.json', 'policy'],
    ['test/x.test.ts', 'policy'],
  ])('%s is %s', (path, role) => {
    expect(pathRole(path)).toBe(role);
  });

  it('agrees with the regular expressions it replaces on every short name', () => {
    // Every name of up to 5 characters from the letters the endings are made of, in both cases.
    const alphabet = ['.', 'y', 'Y', 'a', 'A', 'm', 'M', 'l', 'L', 'd', 'D', 'r', 'k', '/'];
    let names = [''];
    const disagreements: string[] = [];
    let yaml = 0;
    for (let length = 1; length <= 5; length += 1) {
      names = names.flatMap((name) => alphabet.map((c) => name + c));
      for (const name of names) {
        const path = `requests/${name}`;
        const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
        const role = /\.(md|markdown)$/i.test(path) ? 'documentation' : 'request';
        if (isRequestFilePath(path) !== /\.ya?ml$/i.test(path) || requestIdOf(path) !== id || pathRole(path) !== role) disagreements.push(path);
        if (isRequestFilePath(path)) yaml += 1;
      }
    }
    expect(disagreements).toEqual([]);
    expect(yaml).toBeGreaterThan(100);
  });

  it('orders paths by their characters, as Git lists them', () => {
    const paths = ['requests/b.yml', 'requests/a/b.yml', 'requests/B.yml', 'requests/a-b.yml', 'requests/a.yml'];
    expect([...paths].sort(comparePaths)).toEqual(['requests/B.yml', 'requests/a-b.yml', 'requests/a.yml', 'requests/a/b.yml', 'requests/b.yml']);
  });
});
