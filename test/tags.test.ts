import { describe, expect, it } from 'vitest';
import { MAX_TAG_KEY, MAX_TAG_VALUE, tagProblems } from '../src/rules/tags.js';

describe('tagProblems', () => {
  it.each([
    ['Project', 'dimeproject7'],
    ['Charge code', '1000001'],
    ['RequestFile', 'requests/ex/ex-roads.yml'],
    ['Owner', 'team@example.org'],
    ['Name', 'Évaluation Côte d’Ivoire'.replace('’', ' ')],
    ['k'.repeat(MAX_TAG_KEY), 'v'.repeat(MAX_TAG_VALUE)],
  ])('accepts %j = %j', (key, value) => {
    expect(tagProblems(key, value)).toEqual([]);
  });

  it.each([
    ['', 'x', 'tag key must be 1 to 128 characters'],
    ['k'.repeat(MAX_TAG_KEY + 1), 'x', 'tag key must be 1 to 128 characters'],
    ['Name', 'v'.repeat(MAX_TAG_VALUE + 1), 'tag value must be at most 256 characters (it has 257)'],
    ['Name', 'é'.repeat(MAX_TAG_VALUE + 1), 'tag value must be at most 256 characters (it has 257)'],
    ['aws:Name', 'x', 'tag key must not start with `aws:` (reserved by AWS)'],
    ['AWS:Name', 'x', 'tag key must not start with `aws:` (reserved by AWS)'],
    ['Name', 'a#b', 'tag value may contain only letters, digits, spaces and + - = . _ : / @'],
    ['Na~me', 'x', 'tag key may contain only letters, digits, spaces and + - = . _ : / @'],
  ])('refuses %j = %j: %s', (key, value, problem) => {
    expect(tagProblems(key, value)).toContain(problem);
  });

  it('counts characters, not UTF-16 units', () => {
    // 200 letters outside the Basic Multilingual Plane are 400 units but 200 characters.
    expect(tagProblems('Name', '𝒜'.repeat(200))).toEqual([]);
  });
});
