import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dropTrailingWords, hasMoreWordsThan, isWhiteSpaceCode, lastAsciiWordBefore, normaliseSpaces, trimSpan, wordsOf, wordsUpTo } from '../../../src/core/extract/phrases';

describe('normaliseSpaces', () => {
  const cases: Array<[string, string]> = [
    ['the ministry', 'the ministry'],
    ['the  ministry', 'the ministry'],
    ['the\nministry', 'the ministry'],
    ['the\r\n  ministry', 'the ministry'],
    ['the\u00a0ministry', 'the ministry'],
    ['the\tministry', 'the ministry'],
    [' the ministry', 'the ministry'],
    ['the ministry ', 'the ministry'],
    ['   ', ''],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normaliseSpaces(input), expected));
  }
});

describe('trimming spans', () => {
  it('counts as white space exactly what \\s matches, over every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    assert.deepEqual(differing, []);
  });

  it('trims white space of any kind and the given punctuation, keeping offsets', () => {
    const text = '\u3000\t"Quoted words,"\u2028 ';
    assert.deepEqual(trimSpan(text, 0, text.length, '",'), { start: 3, end: 15, text: 'Quoted words' });
    assert.deepEqual(trimSpan(text, 0, text.length), { start: 2, end: 17, text: '"Quoted words,"' });
    assert.deepEqual(trimSpan('   ', 0, 3), { start: 3, end: 3, text: '' });
  });
});

describe('words of a phrase', () => {
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;
  const pieces = fc.constantFrom('a', 'Z', '7', ' ', '\n', "'", '’', '-', '.', ',', 'é', 'Ω', '²', '½', 'ª', '\u{1D400}', '\u{20000}', '\u{1F600}', '\ud800', '\udc00', '\u3000', '_');
  const phrases = fc.array(pieces, { maxLength: 16 }).map((chars) => chars.join(''));

  it('are what the word expression matches, however the phrase is written', () => {
    fc.assert(
      fc.property(phrases, fc.nat(6), (phrase, limit) => {
        const expected = phrase.match(WORD) ?? [];
        assert.deepEqual(wordsOf(phrase), expected);
        assert.deepEqual(wordsUpTo(phrase, limit), expected.slice(0, limit + 1));
        assert.equal(hasMoreWordsThan(phrase, limit), expected.length > limit);
      }),
      { numRuns: 5000 },
    );
    assert.deepEqual(wordsOf("U.S. F-35s it’s rock'n'roll, 2.5"), ['U.S.', 'F-35s', 'it’s', "rock'n'roll", '2.5']);
  });

  it('drop trailing words as the end-anchored expression finds them', () => {
    const dropped = new Set(['has', 'also', "it's"]);
    const reference = (text: string, start: number, end: number) => {
      let at = end;
      for (;;) {
        const trimmed = trimSpan(text, start, at, ',');
        const match = /(?:^|\s)([A-Za-z']+)$/.exec(trimmed.text);
        if (!match || !dropped.has(match[1].toLowerCase())) return trimmed;
        at = trimmed.end - match[1].length;
      }
    };
    const words = fc.constantFrom('the', 'minister', 'has', 'also', "it's", 'Has', ',', ' ', '\t', '-', 'x1', 'é');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }).map((parts) => parts.join('')), (text) => {
        assert.deepEqual(dropTrailingWords(text, { start: 0, end: text.length, text }, dropped), reference(text, 0, text.length));
      }),
      { numRuns: 3000 },
    );
    const text = 'the minister has also';
    assert.equal(dropTrailingWords(text, { start: 0, end: text.length, text }, dropped).text, 'the minister');
  });

  it('read the last ASCII word of a stretch as the end-anchored expression captures it (fast-check)', () => {
    const parts = fc.constantFrom('the', 'Minister', 'has', 'x', 'é', 'ſ', '1', "'", ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', ',', '😀');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }).map((chosen) => chosen.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(lastAsciiWordBefore(text, start, end), /([A-Za-z]+)\s*$/.exec(text.slice(start, end))?.[1]);
      }),
      { numRuns: 5000 },
    );
    assert.equal(lastAsciiWordBefore('Officials have  ', 0, 16), 'have');
    assert.equal(lastAsciiWordBefore('Officials have  ', 11, 16), 'ave');
  });
});
