import { strict as assert } from 'node:assert';
import { sha256Hex } from '../../src/core/sha256';

describe('sha256', () => {
  // FIPS 180-4 examples for the ASCII cases; the others are the hashes of the strings' UTF-8
  // bytes as `printf '%s' … | sha256sum` gives them.
  const vectors: Array<[string, string, string]> = [
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['a two-block message', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a million "a"s', 'a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
    ['accented letters (two-byte UTF-8)', 'café', '850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e'],
    ['an emoji (a surrogate pair, four-byte UTF-8)', '😀', 'f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9'],
    ['one-, two-, three- and four-byte characters together', 'Édition 2024 — 😀👍🏽 \u{10ffff}', 'c8931662b3815b9b57e6023cbc5c306c5cf8cc79cd2ae40c417101c4dfd92ba4'],
  ];
  for (const [name, text, expected] of vectors) {
    it(`hashes ${name}`, () => assert.equal(sha256Hex(text), expected));
  }

  it('hashes a lone surrogate as U+FFFD, as TextEncoder writes it', () => {
    assert.equal(sha256Hex('lone \ud800 surrogate'), sha256Hex('lone \ufffd surrogate'));
  });
});
