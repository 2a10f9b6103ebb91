import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findCueMaskGaps } from '../../src/core/extract/attribution';
import { CUE_WORD_BITS, cueWordMasks } from '../../src/core/extract/cueWordMasks';
import { splitSentences } from '../../src/core/extract/sentences';
import { scannedWords } from './scannedWords';
import { VOCABULARY, sentenceOf, sentenceStoppingAnywhere } from './tableSentences';
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

/** The masks the temporal scan fills while it reads the words, and the masks `cueWordMasks` finds. */
function scannedAndFound(text: string): { scanned: number[]; found: number[] } {
  const { sentences, wordScan } = scannedWords(text);
  return { scanned: [...wordScan.cueMasks], found: [...cueWordMasks(text, sentences)] };
}

/** Cue words and the letters and marks that glue onto them or that case-insensitive patterns fold. */
const GLUED_CUE_VOCABULARY = [...CUE_WORD_BITS.keys(), ...VOCABULARY, 'é', 'Zürich', 'naïve', '\u017f', '\u212a', 'İ', '2', "'s", '’', '-', '_', '😀'];

describe('cue-word masks filled by the temporal scan', () => {
  it('are the masks cueWordMasks finds, on the texts at hand', function () {
    this.timeout(60_000);
    for (const text of textsAtHand()) {
      const { scanned, found } = scannedAndFound(text);
      assert.deepEqual(scanned, found, text.slice(0, 80));
    }
  });

  it('are the masks cueWordMasks finds, on sentences of cue words glued to other letters (fast-check)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.array(sentenceOf(GLUED_CUE_VOCABULARY), { minLength: 1, maxLength: 3 }), (sentences) => {
        const text = sentences.join('. ');
        const { scanned, found } = scannedAndFound(text);
        assert.deepEqual(scanned, found, text);
      }),
      { numRuns: 4000 },
    );
  });

  it('take the bits of a cue word glued to letters past ASCII, as the patterns see it', () => {
    const { scanned, found } = scannedAndFound('Officials Zürichsaid the Ministryéplanned to build it.');
    assert.deepEqual(scanned, found);
    assert.notEqual(scanned[0], 0);
  });
});
