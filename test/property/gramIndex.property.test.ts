import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { GramIndex } from '../../src/core/anchoring/gramIndex';

function naiveOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) found.push(index);
  return found;
}

// A small alphabet makes repeats, overlaps ("aaaa") and hash-bucket neighbours common.
const textArbitrary = fc.array(fc.constantFrom('a', 'b', ' ', 'ab', 'ba ', 'é', '🚢', '\n'), { maxLength: 400 }).map((parts) => parts.join(''));

describe('GramIndex (fast-check)', () => {
  it('finds exactly the occurrences repeated indexOf finds, in order, overlaps included', () => {
    fc.assert(
      fc.property(textArbitrary, fc.nat(), fc.integer({ min: 1, max: 40 }), (text, from, length) => {
        const start = text.length === 0 ? 0 : from % text.length;
        const quote = text.slice(start, start + length) || 'ab';
        assert.deepEqual(new GramIndex(text).occurrencesOf(quote), naiveOccurrences(text, quote));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds quotes that are not in the text nowhere', () => {
    const text = 'the port said it would open in June. '.repeat(500);
    assert.deepEqual(new GramIndex(text).occurrencesOf('the port said it would close'), []);
    assert.equal(new GramIndex(text).occurrencesOf('it would open in June').length, 500);
  });
});
