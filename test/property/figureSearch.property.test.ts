import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extract } from '../../src/core/extract';
import { extractFigures } from '../../src/core/extract/figures';
import { scannedWords } from './scannedWords';
import { VOCABULARY, sentenceOf } from './tableSentences';
import { textsAtHand } from './textsAtHand';

/** The figures found searching only the sentences the temporal scan says may hold one, and searching the whole text. */
function searchedAndFull(text: string) {
  const { sentences, wordScan } = scannedWords(text);
  return { searched: extractFigures(text, { sentences, mayHoldFigure: wordScan.mayHoldFigure }), full: extractFigures(text), mayHoldFigure: [...wordScan.mayHoldFigure] };
}

/** Figure words and what may stand around them: articles, words glued to letters past ASCII, odd spaces, stops that end sentences. */
const FIGURE_EDGE_VOCABULARY = [
  ...VOCABULARY, 'a', 'an', 'A', 'hundred', 'dozen', 'third', 'half', 'tens', 'three', 'Zürich', 'éthree', 'naïve', 'ſ', 'K', '\u00a0', '\u2009', '\t',
  '. ', '! ', '? ', '." ', '.\n', 'ten.', 'a.', '3.', 'No.', '2,5', '1.5', 'U.S.',
];

describe('figures searched in the sentences that may hold one', () => {
  it('are the figures of the whole text, in the texts at hand', function () {
    this.timeout(120_000);
    for (const text of textsAtHand()) {
      const { searched, full } = searchedAndFull(text);
      assert.deepEqual(searched, full, text.slice(0, 80));
    }
  });

  it('are the figures of the whole text where figure words meet sentence edges (fast-check)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(sentenceOf(FIGURE_EDGE_VOCABULARY), { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '. ', '.\n', '\n\n', '? '), (sentences, joiner) => {
        const text = sentences.join(joiner);
        const { searched, full } = searchedAndFull(text);
        assert.deepEqual(searched, full, JSON.stringify(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('pass over sentences without digits, number words or an article before a scale', () => {
    const { mayHoldFigure } = searchedAndFull('The talks went well. They cost a hundred dollars. Officials met at 9. A third of them left. It was a good day.');
    assert.deepEqual(mayHoldFigure, [0, 1, 1, 1, 0]);
  });

  it('search a sentence that ends in an article or starts with a scale, whatever the next or last sentence holds', () => {
    assert.deepEqual(searchedAndFull('He bought a\nhundred more. Nothing else.').mayHoldFigure, [1, 1, 0]);
    assert.deepEqual(searchedAndFull('Prices rose. Dozen eggs cost more.').mayHoldFigure, [0, 1]);
  });

  it('search a sentence that a word or number runs across, whatever its flag says', () => {
    const text = 'twenty people came';
    const full = extractFigures(text);
    assert.equal(full.length, 1);
    for (const [start, end] of [[0, 3], [3, 18], [0, 1]]) {
      assert.deepEqual(extractFigures(text, { sentences: [{ start, end, paragraph: 0 }], mayHoldFigure: new Uint8Array(1) }), full, `${start}-${end}`);
    }
  });

  it('leave what extract finds unchanged on a text with a long s, where every article is tried', () => {
    const text = 'The ſale raised a hundred thousand. Nothing more happened.';
    assert.deepEqual(extract(text, { referenceDate: '2024-03-14' }).facts.filter((fact) => fact.kind === 'figure'), extractFigures(text));
  });
});
