import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { splitSentences } from '../../src/core/extract/sentences';
import { findStartListGaps } from '../../src/core/extract/temporal';
import type { ReferenceDate } from '../../src/core/model';
import { TEMPORAL_VOCABULARY, sentenceOf } from './tableSentences';
import { textsAtHand } from './textsAtHand';

const reference: ReferenceDate = { date: '2024-03-14', from: 'caller' };

function gapsIn(text: string, leftOut?: string): string[] {
  return findStartListGaps(text, splitSentences(text), reference, leftOut);
}

/**
 * The temporal scanner asks a reader or recogniser only at the tokens its start list names. These
 * suites run every reader at every token and fail where one reads something at a token missing
 * from its list: a reading the scanner would silently lose.
 */
describe('temporal start lists', () => {
  it('name every token a reader starts at in the texts at hand', function () {
    this.timeout(60_000);
    const texts = textsAtHand();
    for (const text of texts) assert.deepEqual(gapsIn(text), [], text.slice(0, 80));
  });

  it('name every token a reader starts at in sentences built from the tables (fast-check)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(sentenceOf(TEMPORAL_VOCABULARY), { minLength: 1, maxLength: 3 }), (sentences) => {
        const text = sentences.join(' ');
        assert.deepEqual(gapsIn(text), [], text);
      }),
      { numRuns: 6000 },
    );
  });

  it('report the readings a list would lose when it leaves a word out', () => {
    const text = 'They met on Friday, and again in six months.';
    assert.deepEqual(gapsIn(text), []);
    assert.deepEqual(gapsIn(text, 'friday'), ['readWeekday@12', 'recognisePeriod@12']);
    assert.deepEqual(gapsIn(text, 'six'), ['recogniseDuration@33', 'readDurationAt@33']);
    assert.deepEqual(gapsIn(text, 'in'), ['recogniseDeadlineDuration@30']);
  });
});
