import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketNameProblems } from '../src/rules/bucket-name.js';

/** AWS's rules written out one by one, as the checker applied them before it had a fast path for common names. */
function referenceProblems(name: string): number {
  let count = 0;
  if (name.length < 3 || name.length > 63) count++;
  if (/[^a-z0-9.-]/.test(name)) count++;
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) count++;
  if (name.includes('..')) count++;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) count++;
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) if (name.startsWith(prefix)) count++;
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) if (name.endsWith(suffix)) count++;
  return count;
}

describe('bucket names', () => {
  it('finds as many problems as the rules written out one by one, for names built from the risky pieces (property)', () => {
    const piece = fc.constantFrom('a', 'z', '0', '9', '-', '--', '.', '..', 'A', '_', ' ', 'xn--', 'sthree-', 'amzn-s3-demo-', '-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3', '192.168.0.1', 'dime-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(70), (pieces, pad) => {
        for (const name of [pieces.join(''), `${pieces.join('')}${'a'.repeat(pad)}`]) expect(bucketNameProblems(name).length, name).toBe(referenceProblems(name));
      }),
      { numRuns: 2000, seed: 2026 },
    );
  });
});
