import { strict as assert } from 'node:assert';
import { scanOf } from '../../../../src/core/extract/temporal/scan';
import { isTrigger } from '../../../../src/core/extract/temporal/triggers';
import type { ReferenceDate } from '../../../../src/core/model';
import { wordsOf } from '../../../../src/core/extract/words/scanWords';

const REFERENCE: ReferenceDate = { date: '2022-02-26', from: 'caller' };

/** The words at which an expression may start. */
function triggers(text: string): string[] {
  const scan = scanOf(text, wordsOf(text, 0, text.length), REFERENCE);
  return scan.words.filter((_word, index) => isTrigger(scan, index)).map((word) => word.lower);
}

describe('temporal triggers', () => {
  it('start at words that carry time and at numbers', () => {
    assert.deepEqual(triggers('Talks resume Friday with 3 envoys'), ['friday', '3']);
  });

  it('start at a function word only when a word that carries time follows within four words', () => {
    assert.deepEqual(triggers('in the next two years'), ['in', 'the', 'next', 'two', 'years']);
    assert.deepEqual(triggers('in the hall of the old town'), []);
  });

  it('start at an apostrophe only when it is glued to digits', () => {
    assert.deepEqual(triggers("the '90s"), ['the', "'", '90']);
    assert.deepEqual(triggers("the workers' union"), []);
  });
});
