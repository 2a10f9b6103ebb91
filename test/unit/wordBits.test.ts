import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WordBits } from '../../src/core/extract/wordBits';
import { WordTable, wordMask } from '../../src/core/extract/wordTable';

const BITS = new Map([
  ['plans', 1],
  ['plan', 2],
  ['seeks', 4],
  ['keen', 8],
  ['will', 16],
  ['ll', 32],
  ['a', 64],
]);

/**
 * What both must answer, written the plain way: the words are the runs of ASCII letters, ſ and
 * the Kelvin sign (the letters `iu` patterns fold onto ASCII ones), folded and looked up.
 */
function expectedMask(text: string, start: number, end: number): number {
  let mask = 0;
  for (const word of text.slice(start, end).match(/[A-Za-z\u017f\u212a]+/g) ?? []) mask |= BITS.get(word.toLowerCase().replace(/ſ/g, 's')) ?? 0;
  return mask;
}

describe('WordBits', () => {
  const bits = new WordBits(BITS);

  it('finds whole words in any case, next to digits, apostrophes and letters past ASCII', () => {
    assert.equal(bits.of('It PLANS to', 0, 11), 1);
    assert.equal(bits.of("2plans, we'll see", 0, 17), 1 | 32);
    assert.equal(bits.of('replans planned plansé', 0, 22), 1);
    assert.equal(bits.of('a keen plan', 2, 11), 8 | 2);
    assert.equal(bits.of('a keen plan', 1, 6), 8);
  });

  it('folds ſ and the Kelvin sign as case-insensitive Unicode patterns do', () => {
    assert.equal(bits.of('It ſeeks a \u212Aeen buyer', 0, 22), 4 | 64 | 8);
    assert.equal(bits.of('It ſeeks', 0, 8), 4);
  });

  it('agrees with wordMask and with the plain reading on any span of any text (fast-check)', () => {
    const table = new WordTable(BITS);
    const pieces = fc.constantFrom('plans', 'PLAN', 'seeks', 'ſeeks', 'keen', '\u212Aeen', 'will', "'ll", 'a', 'A', 're', 's', 'é', 'ß', '2', '_', ' ', '-', '’', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const expected = expectedMask(text, start, end);
        assert.equal(bits.of(text, start, end), expected, JSON.stringify(text.slice(start, end)));
        assert.equal(wordMask(table, text, start, end), expected, JSON.stringify(text.slice(start, end)));
        assert.equal(bits.ofWords(text, start, end), expected, JSON.stringify(text.slice(start, end)));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes only lower-case ASCII words', () => {
    assert.throws(() => new WordBits(new Map([['Plan', 1]])), /lower-case ASCII/);
    assert.throws(() => new WordBits(new Map([['per cent', 1]])), /lower-case ASCII/);
  });
});
