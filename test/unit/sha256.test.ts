import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/core/sha256';

describe('sha256', () => {
  const cases = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'café 😀 \u{10ffff}', 'lone \ud800 surrogate', 'x'.repeat(100_000)];
  for (const value of cases) {
    it(`matches Node's crypto for a ${value.length}-character string`, () => {
      assert.equal(sha256Hex(value), createHash('sha256').update(value, 'utf8').digest('hex'));
    });
  }
});
