import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('clock times with their day, composites, decades and centuries', () => {
  it('reads a clock time and the weekday after it as one expression', () => {
    const found = temporalFact('The auction closed at 09:30 GMT Tuesday.', '09:30 GMT Tuesday');
    assert.equal(found.timexType, 'TIME');
    assert.equal(found.timex, '2024-03-12T09:30Z');
  });

  it('reads a clock time before "tomorrow" on that day', () => {
    assert.equal(temporalFact('Voting ends at 18:00 UTC tomorrow.', '18:00 UTC tomorrow').timex, '2024-03-15T18:00Z');
  });

  it('reads "the final quarter of 2011" and "the last half of 2015" as the last of the year', () => {
    assert.equal(temporalFact('Exports slowed in the final quarter of 2011.', 'the final quarter of 2011').timex, '2011-Q4');
    assert.equal(temporalFact('Hiring froze in the last half of 2015.', 'the last half of 2015').timex, '2015-H2');
  });

  it('reads "by the end of" a quarter or a half as a deadline on its last day', () => {
    const quarter = temporalFact('The merger should close by the end of the third quarter of 2025.', 'by the end of the third quarter of 2025');
    assert.deepEqual([quarter.kind, quarter.timex, quarter.kind === 'deadline' ? quarter.due : undefined], ['deadline', '2025-Q3', '2025-09-30']);
    const half = temporalFact('The depot will be finished by the end of the second half of 2026.', 'by the end of the second half of 2026');
    assert.equal(half.kind === 'deadline' ? half.due : undefined, '2026-12-31');
  });

  it('keeps "the last quarter" alone as the quarter before now', () => {
    assert.equal(temporalFact('Orders fell in the last quarter.', 'the last quarter').timex, '2023-Q4');
  });

  it('keeps "earlier" in the extent of "earlier today"', () => {
    assert.equal(temporalFact('The minister resigned earlier today.', 'earlier today').timex, '2024-03-14');
  });

  it('reads "the 80s" as a decade and "the 19th century" as a century', () => {
    assert.equal(temporalFact('Synth pop ruled the 80s.', 'the 80s').timex, '198');
    assert.equal(temporalFact('The mill was built in the 19th century.', 'the 19th century').timex, '18');
  });
});

describe('clock time at the end of a sentence', () => {
  it('reads a clock time that ends the text without looking for a day past it', () => {
    assert.equal(temporalFact('Doors open at 18:00', '18:00').timex, '2024-03-14T18:00');
  });
});

describe('weeks of a month, two-digit years, trading sessions and seasons', () => {
  it('reads "the last week of March" as one expression: the month, with its last seven days', () => {
    const found = temporalFact('Snow closed the pass in the last week of January.', 'the last week of January');
    assert.equal(found.timex, '2024-01');
    assert.deepEqual(found.range, { earliest: '2024-01-25', latest: '2024-01-31' });
    assert.deepEqual(temporalFact('The fair returns in the second week of June 2026.', 'the second week of June 2026').range, { earliest: '2026-06-08', latest: '2026-06-14' });
  });

  it('reads a two-digit year after an apostrophe and a word that asks for a year, up to ten years ahead', () => {
    assert.equal(temporalFact("Tuition has tripled since '85.", "since '85").timex, '1985');
    assert.equal(temporalFact('She graduated with the class of ’16.', '’16').timex, '2016');
    assert.deepEqual(temporalFact("Tuition has tripled since '85.", "since '85").extent?.text, "'85");
    assert.equal(temporalFact("The bypass should open by '29.", "by '29").timex, '2029');
    assert.deepEqual(temporalSpans("He still runs Office '97 at home."), []);
  });

  it('reads "in morning trading" as the morning of the day the text is about', () => {
    assert.equal(temporalFact('The index slipped in morning trading.', 'morning').timex, '2024-03-14TMO');
    assert.equal(temporalFact('Copper fell on Tuesday. Zinc rose in late afternoon trading.', 'late afternoon').timex, '2024-03-12TAF');
  });

  it('reads no time in "the morning" as a habit', () => {
    assert.deepEqual(temporalSpans('She swims in the morning.'), []);
  });

  it('reads seasons with their year from the tense', () => {
    assert.equal(temporalFact('The orchards will bloom in spring.', 'spring').timex, '2024-SP');
    assert.equal(temporalFact('The winter talks collapsed.', 'winter').timex, '2023-WI');
  });
});
