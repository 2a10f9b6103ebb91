import { strict as assert } from 'node:assert';
import { startsWord } from '../../../../src/core/extract/figures/tablePatterns';
import { readCurrencyAfter, readMeasure } from '../../../../src/core/extract/figures/unitsAndCurrencies';

describe('unit and currency words after a number', () => {
  it('reads a unit word in any letter case', () => {
    for (const text of ['40 kilometres', '40 Kilometres', '40 KILOMETRES']) assert.equal(readMeasure(text, 2)?.end, text.length, text);
  });

  it('does not read a unit word that is only the start of a longer word', () => {
    assert.equal(readMeasure('3 milestones reached', 1), undefined);
    assert.equal(readMeasure('3 miles𝐱', 1), undefined);
    assert.equal(readMeasure('3 miles, then', 1)?.end, '3 miles'.length);
  });

  it('reads a temperature letter right on the digits, and no letter a space away or starting a word', () => {
    assert.deepEqual([readMeasure('a high of 41C today', 12)?.unit, readMeasure('a high of 41C today', 12)?.end], ['°C', 13]);
    assert.equal(readMeasure('up to 104F.', 9)?.unit, '°F');
    assert.equal(readMeasure('41 C-class rooms', 2), undefined);
    assert.equal(readMeasure('grade 5Cs', 7), undefined);
  });

  it('reads a currency name after a number in any letter case, not inside a word', () => {
    assert.equal(readCurrencyAfter('20 Euros each', 2)?.code, 'EUR');
    assert.equal(readCurrencyAfter('20 eurostars', 2), undefined);
  });

  it('sees a letter outside the basic plane as continuing a word', () => {
    assert.equal(startsWord('a𝐱', 1), true);
    assert.equal(startsWord('a.', 1), false);
    assert.equal(startsWord('a', 1), false);
  });
});
