import { strict as assert } from 'node:assert';
import { withCodePointOffsets } from '../../src/core/codePoints';
import { OffsetMap } from '../../src/core/offsets';

describe('offsets between UTF-16 and code points', () => {
  it('is the identity for text without astral characters', () => {
    const map = new OffsetMap('plain café text');
    assert.equal(map.toCodePoint(7), 7);
    assert.equal(map.toUtf16(7), 7);
  });

  it('counts an emoji as one code point', () => {
    const text = 'a😀b😀c';
    const map = new OffsetMap(text);
    assert.equal(text.indexOf('c'), 6);
    assert.equal(map.toCodePoint(6), 4);
    assert.equal(map.toUtf16(4), 6);
    assert.equal(map.toCodePoint(3), 2);
    assert.equal(map.toUtf16(2), 3);
  });

  it('round-trips every code point boundary', () => {
    const text = '🇵🇰 flag, e\u0301 accent, 𝔘𝔫𝔦 math, done';
    const map = new OffsetMap(text);
    const codePoints = [...text].length;
    for (let cp = 0; cp <= codePoints; cp++) assert.equal(map.toCodePoint(map.toUtf16(cp)), cp);
  });

  it('converts nested spans of a fact', () => {
    const text = '😀 Ann said so';
    const fact = { start: 3, end: 14, text: 'Ann said so', source: { span: { start: 3, end: 6, text: 'Ann' } } };
    const converted = withCodePointOffsets(text, fact);
    assert.deepEqual(converted, { start: 2, end: 13, text: 'Ann said so', source: { span: { start: 2, end: 5, text: 'Ann' } } });
    assert.equal(fact.start, 3, 'the input is not changed');
  });
});
