import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isGluedBefore, wordBeforeSpaces, wordGluedBefore } from '../../src/core/extract/wordsBefore';
import { textsAtHand } from './textsAtHand';

const WORD_BEFORE = /(?<=(?<![\p{L}\p{N}'’])([\p{L}][\p{L}\p{N}'’]*)(\.?)[ \u00a0]+)/uy;
const WORD_GLUED_BEFORE = /(?<=(?<![\p{L}\p{N}'’])([\p{L}][\p{L}\p{N}'’]*)\.?)/uy;
const GLUED_BEFORE = /(?<=[\p{L}\p{N}][-–/:.]|[\p{L}_@#]|(?<![\p{L}\p{N}])['’])/uy;

function at(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** Between the halves of a surrogate pair: no number starts there, and a `u` pattern reads from the pair's start. */
function splitsPair(text: string, position: number): boolean {
  return /[\ud800-\udbff]/.test(text[position - 1] ?? '') && /[\udc00-\udfff]/.test(text[position] ?? '');
}

function assertAsPatterns(text: string): void {
  for (let position = 0; position <= text.length; position++) {
    if (splitsPair(text, position)) continue;
    const spaced = at(WORD_BEFORE, text, position);
    const context = JSON.stringify({ text, position });
    assert.deepEqual(wordBeforeSpaces(text, position), spaced && { word: spaced[1], stop: spaced[2] === '.' }, context);
    assert.equal(wordGluedBefore(text, position), at(WORD_GLUED_BEFORE, text, position)?.[1] ?? null, context);
    assert.equal(isGluedBefore(text, position), at(GLUED_BEFORE, text, position) !== null, context);
  }
}

/** Letters and digits in and past ASCII and the BMP, apostrophes, joiners, spaces, marks and lone surrogates. */
const CHARACTERS = ['a', 'Z', 'é', 'ſ', '𝐀', '中', '3', '٣', '²', "'", '’', '.', '-', '–', '/', ':', '_', '@', '#', ' ', '\u00a0', '\t', '\n', '\u0301', '😀', '\ud835', '\udc00', '$'];

describe('words before a number, read backwards', () => {
  it('are what the lookbehind patterns read, at every position of the texts at hand', function () {
    this.timeout(120_000);
    for (const text of textsAtHand()) assertAsPatterns(text);
  });

  it('are what the lookbehind patterns read, around astral letters, marks and lone surrogates (fast-check)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS, 'No', 'Flight', 'Feb'), { maxLength: 12 }), (parts) => assertAsPatterns(parts.join(''))),
      { numRuns: 4000 },
    );
  });

  it('read "No. 1" as the word "No" with a stop, and an apostrophe after a letter as no glue', () => {
    assert.deepEqual(wordBeforeSpaces('No. 1', 4), { word: 'No', stop: true });
    assert.equal(wordBeforeSpaces('No.1', 3), null);
    assert.equal(wordGluedBefore('No.1', 3), 'No');
    assert.equal(isGluedBefore("rock'n'1", 7), false);
    assert.equal(isGluedBefore(" '90", 2), true);
  });
});
