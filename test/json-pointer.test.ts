import { describe, expect, it } from 'vitest';
import { pointerChild, rememberedPointerChild } from '../src/model/json-pointer.js';

describe('JSON pointers', () => {
  it.each([
    ['', 'kind', '/kind'],
    ['/owners', 0, '/owners/0'],
    ['/a', 'b/c', '/a/b~1c'],
    ['/a', 'x~y', '/a/x~0y'],
    ['/a', '', '/a/'],
  ] as const)('the child of %j at %j is %j, remembered or not', (parent, token, expected) => {
    expect(pointerChild(parent, token)).toBe(expected);
    expect(rememberedPointerChild(parent, token)).toBe(expected);
    // Asked again, from the table.
    expect(rememberedPointerChild(parent, token)).toBe(expected);
  });

  it('keeps answering correctly once its table is full', () => {
    // More parents and more children than it remembers, as a hostile file full of distinct keys would make.
    for (let i = 0; i < 70_000; i += 1) expect(rememberedPointerChild(`/p${i % 7000}`, `k${i}`)).toBe(`/p${i % 7000}/k${i}`);
    for (let i = 0; i < 6000; i += 1) expect(rememberedPointerChild('/many', i)).toBe(`/many/${i}`);
    expect(rememberedPointerChild('/p5999', 'a/b')).toBe('/p5999/a~1b');
    expect(rememberedPointerChild('/p1', 'k1')).toBe('/p1/k1');
  });
});
