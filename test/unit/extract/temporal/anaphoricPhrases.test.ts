import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('phrases that point back to a date named before', () => {
  it('reads "on the same day" as the day the paragraph named last', () => {
    const found = temporalFact('The ferry sank on Monday. On the same day, a storm hit the coast.', 'the same day');
    assert.equal(found.timex, '2024-03-11');
    assert.match(found.derivation, /named before/);
  });

  it('reads "by that time" as a bound on the date named before, without "by" in the extent', () => {
    const found = temporalFact('The mill closed in June 1998. By that time most workers had left.', 'By that time');
    assert.equal(found.timex, '1998-06');
    assert.equal(found.extent?.text, 'that time');
  });

  it('reads "that year" as the year of the date named before', () => {
    assert.equal(temporalFact('The tunnel opened in 1994, and that year traffic doubled.', 'that year').timex, '1994');
  });

  it('moves "the same month a year ago" and "the same quarter of last year" back a year from the date named', () => {
    assert.equal(temporalFact('Exports in October were 4% above the same month a year ago.', 'the same month a year ago').timex, '2022-10');
    assert.equal(temporalFact('Margins narrowed in the fourth quarter of 2022 compared with the same quarter of last year.', 'the same quarter of last year').timex, '2021-Q4');
  });

  it('counts "the same month a year ago" from the reference date when nothing was named', () => {
    assert.equal(temporalFact('Rents are 6% higher than the same month a year ago.', 'the same month a year ago').timex, '2023-03');
  });

  it('reads "the same period last year" in the unit of the date named before', () => {
    assert.equal(temporalFact('Profit rose in the third quarter of 2021 from the same period last year.', 'the same period last year').timex, '2020-Q3');
  });

  it('reads nothing rather than a guess when no date was named, and nothing in "at the same time"', () => {
    assert.deepEqual(temporalSpans('That day changed everything for her.'), []);
    assert.deepEqual(temporalSpans('At the same time, the union called a strike.'), []);
  });

  it('reads "for the entire year" and "the whole day" as lengths', () => {
    const year = temporalFact('The lighthouse stayed dark for the entire year.', 'the entire year');
    assert.equal(year.timexType, 'DURATION');
    assert.equal(year.timex, 'P1Y');
    assert.equal(temporalFact('It rained the whole day.', 'the whole day').timex, 'P1D');
  });
});
