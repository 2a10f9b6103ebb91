import { strict as assert } from 'node:assert';
import { temporalFact } from './temporalFacts';

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
