import { strict as assert } from 'node:assert';
import { splitSentences } from '../../../../src/core/extract/sentences/splitSentences';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence segmentation', () => {
  it('splits at full stops followed by a capital', () => {
    assert.deepEqual(texts('The mill closed. Workers protested.'), ['The mill closed.', 'Workers protested.']);
  });

  it('keeps titles and abbreviations inside the sentence', () => {
    assert.deepEqual(texts('Mr. Ali met Gen. Bajwa on Monday. Rs. 500 was paid.'), ['Mr. Ali met Gen. Bajwa on Monday.', 'Rs. 500 was paid.']);
  });

  it('does not split initials or decimal numbers', () => {
    assert.deepEqual(texts('J. K. Rowling earned 3.5 million. It rose.'), ['J. K. Rowling earned 3.5 million.', 'It rose.']);
  });

  it('treats every line as its own unit so headlines and bylines stand alone', () => {
    assert.deepEqual(texts('Harbour to reopen\nBy Jo Smith March 3, 2024\nThe quay reopens.'), [
      'Harbour to reopen',
      'By Jo Smith March 3, 2024',
      'The quay reopens.',
    ]);
  });

  it('numbers paragraphs by blank lines', () => {
    const sentences = splitSentences('One. Two.\n\nThree.\r\n\r\nFour.');
    assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1, 2]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    assert.deepEqual(texts('"We will win." She left.'), ['"We will win."', 'She left.']);
  });

  it('handles CRLF line ends without including the carriage return', () => {
    const text = 'First line\r\nSecond line.\r\n';
    assert.deepEqual(texts(text), ['First line', 'Second line.']);
  });

  // How long it takes (target: under a second for 1 MB) is timed by npm run bench (worst cases).
  it('keeps a long line without stops as one sentence', () => {
    const text = 'word '.repeat(200_000);
    assert.deepEqual(splitSentences(text), [{ start: 0, end: text.length - 1, paragraph: 0 }]);
  });
});
