import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findCueMaskGaps } from '../../src/core/extract/attribution';
import { splitSentences } from '../../src/core/extract/sentences';
import { sentenceStoppingAnywhere } from './tableSentences';
import { textsAtHand } from './textsAtHand';

function gapsIn(text: string): string[] {
  return findCueMaskGaps(text, splitSentences(text));
}

/**
 * Attribution runs its source-after and reporting-verb patterns only on sentences whose cue-word
 * mask holds a word for them. These suites run the patterns on every sentence and fail where one
 * matches a sentence its mask turned away: a claim the extractor would silently lose. (The
 * commitment cues' words are held to their patterns in commitmentCues.test.ts.)
 */
describe('cue-word masks', () => {
  it('hold a word for every attribution cue in the texts at hand', function () {
    this.timeout(60_000);
    for (const text of textsAtHand()) assert.deepEqual(gapsIn(text), [], text.slice(0, 80));
  });

  it('hold a word for every attribution cue in sentences built from the tables (fast-check)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.array(sentenceStoppingAnywhere, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '\u017f', 'K'), (sentences, odd) => {
        const text = sentences.join(' ').replace(/s/, odd || 's');
        assert.deepEqual(gapsIn(text), [], text);
      }),
      { numRuns: 4000 },
    );
  });

  it('find the cues of spaced, wrapped and capitalised phrases', () => {
    const text = 'Prices rose, ACCORDING\nTO the bank. The minister Pointed  out the cost. "It is late," said Ms Khan.';
    assert.deepEqual(gapsIn(text), []);
  });
});
