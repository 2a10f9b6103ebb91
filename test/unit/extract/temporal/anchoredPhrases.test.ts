import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('units counted from the date the text named last', () => {
  it('reads "for the year" and "in the quarter" as the period holding the date named before', () => {
    assert.equal(temporalFact('The bakery chain opened 40 shops in 2021 and for the year its sales rose by half.', 'the year').timex, '2021');
    assert.equal(temporalFact('Ticket sales slowed in August; in the quarter, the theatre lost money.', 'the quarter').timex, '2023-Q3');
  });

  it('reads "during the week" as the reference week when nothing was named', () => {
    const found = temporalFact('Ferry crossings were cancelled during the week because of the gales.', 'the week');
    assert.equal(found.timex, '2024-W11');
    assert.equal(found.timexType, 'DATE');
  });

  it('reads "closed the day" as the trading day and leaves other "the day" alone', () => {
    assert.equal(temporalFact('The copper price closed the day 3 percent higher.', 'the day').timex, '2024-03-14');
    assert.deepEqual(temporalSpans('She saved the day with a late goal.'), []);
  });

  it('keeps titles, years and compounds out: "Player of the Year", "the year 1999", "the year-earlier period"', () => {
    assert.deepEqual(temporalSpans('He was voted Player of the Year.'), []);
    assert.deepEqual(temporalSpans('Margins fell from the year-earlier period.'), []);
    assert.deepEqual(temporalSpans('The quarter of the city near the river flooded.'), []);
  });

  it('reads "the previous year" and "the prior quarter" as dates one unit before the date named', () => {
    const previous = temporalFact('The orchard produced 8 tonnes in 2019, twice as much as the previous year.', 'the previous year');
    assert.equal(previous.timexType, 'DATE');
    assert.equal(previous.timex, '2018');
    assert.equal(temporalFact('Margins improved in the third quarter of 2022 from the prior quarter.', 'the prior quarter').timex, '2022-Q2');
  });

  it('reads "the following day" and "the next day" from the day named, "the day before" at the end of a clause', () => {
    assert.equal(temporalFact('The dam cracked on April 9, and the valley was evacuated the following day.', 'the following day').timex, '2023-04-10');
    assert.equal(temporalFact('The pier reopened on 2 June. The next day, crowds returned.', 'The next day').timex, '2023-06-03');
    assert.equal(temporalFact('The ceasefire began on May 5; talks had stalled the day before.', 'the day before').timex, '2023-05-04');
    assert.deepEqual(temporalSpans('Recordings go online the day after broadcast.'), []);
  });

  it('keeps "in the next year" a span ahead and "the previous two years" a length', () => {
    const ahead = temporalFact('The council will repave the square in the next year.', 'in the next year');
    assert.equal(ahead.timexType, 'DURATION');
    assert.equal(temporalFact('Rainfall was low for the previous two years.', 'the previous two years').timex, 'P2Y');
  });

  it('reads "a year earlier" and "two years later" as dates that far from the date named, with the adverb in the extent', () => {
    assert.equal(temporalFact('The mine opened in 2009. Two years later it flooded.', 'Two years later').timex, '2011');
    const earlier = temporalFact('The ferry carried 2 million people in 2023, up from 1.6 million a year earlier.', 'a year earlier');
    assert.equal(earlier.timexType, 'DATE');
    assert.equal(earlier.timex, '2022');
  });

  it('counts "earlier" back from the reference date, and gives "later" no day, when nothing was named', () => {
    assert.equal(temporalFact('Rents are up 9 percent from a year earlier.', 'a year earlier').timex, '2023');
    assert.equal(temporalFact('Three days later the rescuers found him.', 'Three days later').timex, 'XXXX-XX-XX');
  });

  it('keeps clock units a length: "an hour later"', () => {
    assert.equal(temporalFact('The storm passed and an hour later the sun came out.', 'an hour').timex, 'PT1H');
  });
});
