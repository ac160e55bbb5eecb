import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRequestTree } from '../src/shell/disk.js';

describe('reading the request tree from disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'aws-requests-disk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads every file whole, whatever its size around the one-read buffer, with repository paths in order', () => {
    mkdirSync(join(root, 'requests', 'b', 'deep'), { recursive: true });
    const sizes: Record<string, number> = { 'requests/a.yml': 10, 'requests/b/empty.yml': 0, 'requests/b/small.yml': 300, 'requests/b/deep/edge.yml': 65_536, 'requests/b/large.yml': 200_000 };
    for (const [path, size] of Object.entries(sizes)) writeFileSync(join(root, path), Buffer.alloc(size, `${path}\n`));
    symlinkSync('a.yml', join(root, 'requests', 'link.yml'));

    const files = readRequestTree(root);
    expect(files.map((f) => [f.path, f.type])).toEqual([
      ['requests/a.yml', 'file'],
      ['requests/b/deep/edge.yml', 'file'],
      ['requests/b/empty.yml', 'file'],
      ['requests/b/large.yml', 'file'],
      ['requests/b/small.yml', 'file'],
      ['requests/link.yml', 'symlink'],
    ]);
    for (const f of files.filter((f) => f.type === 'file')) expect(Buffer.from(f.bytes).equals(readFileSync(join(root, f.path))), f.path).toBe(true);
  });

  it('keeps each of many small files its own bytes, across the shared buffers they are read into', () => {
    const tree = join(root, 'many');
    mkdirSync(join(tree, 'requests'), { recursive: true });
    // 60 files of 30 to 59 KB: more than one shared buffer's worth, each different from its neighbours.
    for (let i = 0; i < 60; i++) writeFileSync(join(tree, 'requests', `f${String(i).padStart(2, '0')}.yml`), Buffer.alloc(30_000 + i * 500, `file ${i};`));
    const files = readRequestTree(tree);
    expect(files).toHaveLength(60);
    for (const f of files) expect(Buffer.from(f.bytes).equals(readFileSync(join(tree, f.path))), f.path).toBe(true);
  });
});
