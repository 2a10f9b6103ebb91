import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WordTable, bitsByWord, extendLowerHash } from '../../src/core/extract/wordTable';

describe('WordTable', () => {
  const table = new WordTable<number>([
    ['three', 3],
    ['March', 3],
    ['straße', 9],
    ['i̇stanbul', 34],
  ]);

  it('finds a word inside a longer text by its span, whatever its case', () => {
    const text = 'In THREE weeks, by march, Three';
    assert.equal(table.get(text, 3, 8), 3);
    assert.equal(table.get(text, 19, 24), 3);
    assert.equal(table.get(text, 26, 31), 3);
  });

  it('answers nothing for a prefix, a longer word, an empty span or a word it does not hold', () => {
    const text = 'threefold thr three';
    assert.equal(table.get(text, 0, 9), undefined);
    assert.equal(table.get(text, 10, 13), undefined);
    assert.equal(table.get(text, 14, 14), undefined);
    assert.equal(table.get('four', 0, 4), undefined);
  });

  it('reads spans with other characters as toLowerCase reads them', () => {
    assert.equal(table.get('STRASSE STRAßE', 8, 14), 9);
    assert.equal(table.get('İstanbul', 0, 8), 34);
    assert.equal(WordTable.of(['keen']).get('\u212Aeen', 0, 4), true);
  });

  it('agrees with a Map of lower-cased words on any span of any text', () => {
    const words = ['a', 'an', 'one', 'two', 'twenty', 'half', 'dozens', 'ſhall', 'éte', 'x'];
    const plain = new Map(words.map((word, index) => [word.toLowerCase(), index]));
    const tested = new WordTable(words.map((word, index): [string, number] => [word, index]));
    const letters = fc.constantFrom('a', 'A', 'n', 'N', 'o', 'e', 'E', 't', 'w', 'O', 'h', 'l', 'f', 'ſ', 'é', 'É', 'x', 'İ', ' ', '-', '1');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }).map((chars) => chars.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const lower = text.slice(start, end).toLowerCase();
        assert.equal(tested.get(text, start, end), end > start ? plain.get(lower) : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds an ASCII word by the hash its reader computed as get finds it by its span (fast-check)', () => {
    const words = ['a', 'an', 'one', 'two', 'twenty', 'half', 'dozens', 'x', 'Said', 'plans'];
    const tested = new WordTable(words.map((word, index): [string, number] => [word, index]));
    const asciiLetters = fc.constantFrom('a', 'A', 'n', 'N', 'o', 'e', 'E', 't', 'w', 'O', 'h', 'l', 'f', 'x', 's', 'S', 'i', 'd', 'p', 'z');
    fc.assert(
      fc.property(fc.array(asciiLetters, { minLength: 1, maxLength: 8 }).map((chars) => chars.join('')), fc.string({ maxLength: 3 }), (word, before) => {
        const text = `${before}${word}.`;
        const start = before.length;
        let hash = 0;
        for (let index = start; index < start + word.length; index++) hash = extendLowerHash(hash, text.charCodeAt(index) | 32);
        assert.equal(tested.getByLowerHash(text, start, start + word.length, hash), tested.get(text, start, start + word.length));
      }),
      { numRuns: 5000 },
    );
    assert.equal(tested.getByLowerHash('TWENTY', 0, 6, [...'twenty'].reduce((hash, char) => extendLowerHash(hash, char.charCodeAt(0)), 0)), 4);
  });

  it('keeps apart words whose codes hash alike', () => {
    // With 31 as the multiplier, "a~" and "b_" share a hash: 97·31 + 126 = 98·31 + 95.
    const hash = (word: string) => [...word].reduce((total, char) => (Math.imul(total, 31) + char.charCodeAt(0)) | 0, 0);
    assert.equal(hash('a~'), hash('b_'));
    const one = new WordTable<string>([['a~', 'first']]);
    assert.equal(one.get('a~', 0, 2), 'first');
    assert.equal(one.get('b_', 0, 2), undefined);
    const both = new WordTable<string>([['a~', 'first'], ['b_', 'second']]);
    assert.equal(both.get('A~', 0, 2), 'first');
    assert.equal(both.get('B_', 0, 2), 'second');
  });

  it('ORs the bits of every group that lists a word', () => {
    assert.deepEqual(
      [...bitsByWord([[['plan', 'will'], 1], [new Set(['will']), 4], [[], 8], [['plan'], 1]])],
      [['plan', 1], ['will', 5]],
    );
  });
});
