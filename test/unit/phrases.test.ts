import { strict as assert } from 'node:assert';
import { isWhiteSpaceCode, normaliseSpaces, trimSpan } from '../../src/core/extract/phrases';

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
