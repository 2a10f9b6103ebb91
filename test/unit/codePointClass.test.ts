import { strict as assert } from 'node:assert';
import { CodePointClass } from '../../src/core/extract/codePointClass';

describe('CodePointClass', () => {
  it('answers as the expression does, with its flags', () => {
    const letters = new CodePointClass('[\\p{L}]', 'iu');
    assert.equal(letters.has('a'.charCodeAt(0)), true);
    assert.equal(letters.has('1'.charCodeAt(0)), false);
    // U+0345 is a combining mark, not a letter, but `iu` folds it onto ι, which is one.
    assert.equal(/^\p{L}$/u.test('\u0345'), false);
    assert.equal(letters.has(0x345), /^[\p{L}]$/iu.test('\u0345'));
    assert.equal(letters.has(0x1d400), true);
  });

  it('reads a surrogate pair before an index as one code point, and a lone surrogate as itself', () => {
    const letters = new CodePointClass('[\\p{L}]', 'iu');
    assert.equal(letters.endsAt('𝐀x', 2), true);
    assert.equal(letters.endsAt('\udc00x', 1), false);
    assert.equal(letters.endsAt('x', 0), false);
  });
});
