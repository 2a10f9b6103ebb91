import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { StopFinder } from '../../src/core/extract/stopFinder';

/** The first `.`, `!` or `?` in [from, end), or `end`, by reading every character. */
function firstStop(text: string, from: number, end: number): number {
  for (let index = from; index < end; index++) if ('.!?'.includes(text[index])) return index;
  return end;
}

describe('StopFinder', () => {
  const texts = fc.array(fc.constantFrom('.', '!', '?', 'a', ' ', '\n', '…', '😀'), { maxLength: 40 }).map((chars) => chars.join(''));

  it('finds the first stop of each stretch asked for in order, as a character-by-character search does (fast-check)', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (text, steps) => {
        const finder = new StopFinder(text);
        let from = 0;
        for (const [forward, length] of steps) {
          from = Math.min(text.length, from + (forward % 5));
          const end = Math.min(text.length, from + (length % 12));
          assert.equal(finder.next(from, end), firstStop(text, from, end), JSON.stringify({ text, from, end }));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the same when a search starts before the last one (fast-check)', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (text, steps) => {
        const finder = new StopFinder(text);
        for (const [at, length] of steps) {
          const from = at % (text.length + 1);
          const end = Math.min(text.length, from + (length % 12));
          assert.equal(finder.next(from, end), firstStop(text, from, end), JSON.stringify({ text, from, end }));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the end of a stretch without a stop, or an empty one', () => {
    const finder = new StopFinder('No stop here. Then one!');
    assert.equal(finder.next(0, 5), 5);
    assert.equal(finder.next(5, 20), 12);
    assert.equal(finder.next(13, 23), 22);
    assert.equal(finder.next(23, 23), 23);
  });
});
