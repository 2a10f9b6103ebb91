import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isAllDigits, parseDigits, parseNumber, readNumberAt } from '../../../../src/core/extract/figures/numbers';

describe('number parsing', () => {
  it('reads digits with thousands separators', () => {
    assert.equal(parseDigits('1,100'), 1100);
    assert.equal(parseDigits('12,500,000'), 12500000);
  });

  it('reads decimals', () => {
    assert.equal(parseDigits('20.1'), 20.1);
    assert.equal(parseDigits('1,234.75'), 1234.75);
  });

  it('tells a run of ASCII digits as /^\\d+$/ does', () => {
    assert.equal(isAllDigits('0300'), true);
    assert.equal(isAllDigits(''), false);
    assert.equal(isAllDigits('12a'), false);
    assert.equal(isAllDigits('1,100'), false);
    assert.equal(isAllDigits('\u0663'), false);
    fc.assert(fc.property(fc.stringMatching(/^[0-9a.,\u0663]{0,8}$/), (value) => isAllDigits(value) === /^\d+$/.test(value)), { numRuns: 2000 });
  });

  it('reads plain digits without separators, and no more than fifteen of them', () => {
    assert.equal(parseDigits('2007'), 2007);
    assert.equal(parseDigits('0300'), 300);
    assert.equal(parseDigits('2007a'), undefined);
    assert.equal(parseDigits('9'.repeat(15)), 999999999999999);
  });

  it('rejects separators in the wrong places', () => {
    assert.equal(parseDigits('1,1,1'), undefined);
    assert.equal(parseDigits('1.2.3'), undefined);
    assert.equal(parseDigits('12,50'), undefined);
  });

  it('reads a number up to the first separator not followed by a digit', () => {
    const at = (text: string) => {
      const reading = readNumberAt(text, 0);
      return reading && [reading.digits, reading.value];
    };
    assert.deepEqual(at('1,234.5 tonnes'), ['1,234.5', 1234.5]);
    assert.deepEqual(at('12,, 13'), ['12', 12]);
    assert.deepEqual(at('7. Then'), ['7', 7]);
    assert.equal(readNumberAt('3.14.15', 0), undefined);
    assert.equal(readNumberAt('.5', 0), undefined);
    assert.equal(readNumberAt('1,2,3', 0), undefined);
  });

  it('rejects digit runs longer than any reported amount', () => {
    assert.equal(parseDigits('9'.repeat(40)), undefined);
  });

  it('applies a scale word after digits', () => {
    assert.equal(parseNumber('1.5 million'), 1.5e6);
    assert.equal(parseNumber('3 billion'), 3e9);
  });

  it('applies an abbreviated scale glued to the digits', () => {
    assert.equal(parseNumber('2bn'), 2e9);
    assert.equal(parseNumber('4.2 mln'), 4.2e6);
  });

  it('reads South Asian scales', () => {
    assert.equal(parseNumber('10 crore'), 1e8);
    assert.equal(parseNumber('5 lakh'), 5e5);
  });

  it('leaves one-letter scales to the caller, since "500m" may be metres', () => {
    const reading = readNumberAt('500m', 0);
    assert.equal(reading?.value, 5e8);
    assert.equal(reading?.base, 500);
    assert.equal(reading?.scale?.needsCurrency, true);
    assert.equal(parseNumber('500m'), undefined);
  });

  it('reads single number words', () => {
    assert.equal(parseNumber('three'), 3);
    assert.equal(parseNumber('Fifty'), 50);
    assert.equal(parseNumber('nineteen'), 19);
  });

  it('reads hyphenated and spaced compounds', () => {
    assert.equal(parseNumber('twenty-five'), 25);
    assert.equal(parseNumber('forty two'), 42);
  });

  it('reads hundreds with "and"', () => {
    assert.equal(parseNumber('three hundred and ten'), 310);
    assert.equal(parseNumber('one hundred fifty'), 150);
  });

  it('reads scales written in words', () => {
    assert.equal(parseNumber('two million'), 2e6);
    assert.equal(parseNumber('six thousand four hundred'), 6400);
  });

  it('reads an article as one before a scale', () => {
    assert.equal(parseNumber('a hundred'), 100);
    assert.equal(parseNumber('a million'), 1e6);
    assert.equal(parseNumber('a dozen'), 12);
  });

  it('reads halves', () => {
    assert.equal(parseNumber('two and a half'), 2.5);
    assert.equal(parseNumber('two and a half million'), 2.5e6);
    assert.equal(parseNumber('half a million'), 5e5);
  });

  it('reads dozens as a multiplier', () => {
    assert.equal(parseNumber('two dozen'), 24);
  });

  it('does not join numbers that do not form one ("five six")', () => {
    assert.equal(readNumberAt('five six', 0)?.end, 4);
  });

  it('stops a word number before a hyphenated unit', () => {
    assert.equal(readNumberAt('three-hour', 0)?.end, 5);
  });

  it('reads "a score" only before "of"', () => {
    assert.equal(readNumberAt('a score of jets', 0)?.value, 20);
    assert.equal(readNumberAt('a score', 0), undefined);
  });

  it('finds no number in ordinary words', () => {
    assert.equal(parseNumber('none'), undefined);
    assert.equal(parseNumber('a house'), undefined);
  });
});
