import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('points and lengths a text names without dating them', () => {
  it('reads "these days" as the present', () => {
    assert.equal(temporalFact('These days the harbour is quiet.', 'These days').timex, 'PRESENT_REF');
  });

  it('reads "at a later date" and "an earlier stage" as a date it cannot resolve', () => {
    assert.equal(temporalFact('The vote was moved to a later date.', 'a later date').timex, 'XXXX-XX-XX');
    assert.equal(temporalFact('The design changed at an earlier stage.', 'an earlier stage').timex, 'XXXX-XX-XX');
  });

  it('reads a named era as the past, with "the" in the extent, but not "a new era"', () => {
    assert.equal(temporalFact('The mill was built during the Victorian era.', 'the Victorian era').timex, 'PAST_REF');
    assert.equal(temporalFact('Rationing ended in the post-war era.', 'the post-war era').timex, 'PAST_REF');
    assert.deepEqual(temporalSpans('The treaty opens a new era for the region.'), []);
    assert.deepEqual(temporalSpans('Era Airlines added a route.'), []);
  });

  it('reads "for an indefinite period of time" as a length it does not give', () => {
    const found = temporalFact('The museum will close for an indefinite period of time.', 'an indefinite period of time');
    assert.equal(found.timexType, 'DURATION');
    assert.equal(found.timex, 'PXD');
  });

  it('reads "decades in the making" as a vague length', () => {
    assert.equal(temporalFact('The new tunnel was years in the making.', 'years').timex, 'PXY');
  });

  it('reads "all day" and "all year" as one unit taken whole', () => {
    assert.equal(temporalFact('Volunteers queued all day for the tickets.', 'all day').timex, 'P1D');
    assert.equal(temporalFact('The pass stays open all year.', 'all year').timex, 'P1Y');
  });

  it('reads "each winter" as a recurring season', () => {
    const found = temporalFact('The lake freezes each winter.', 'each winter');
    assert.equal(found.timexType, 'SET');
    assert.equal(found.timex, 'XXXX-WI');
  });

  it('reads "in the long run" only after a preposition, not "the long term plan"', () => {
    assert.equal(temporalFact('Costs will fall in the long run.', 'the long run').timex, 'FUTURE_REF');
    assert.deepEqual(temporalSpans('The long term plan is vague.'), []);
  });
});

describe('named points of the day, week and year', () => {
  it('reads "at noon" and "by midnight" as clock times on the reference day, not a name', () => {
    assert.equal(temporalFact('The ferry leaves at noon.', 'noon').timex, '2024-03-14T12:00');
    const midnight = temporalFact('Bids must arrive by midnight.', 'by midnight');
    assert.equal(midnight.timexType, 'TIME');
    assert.equal(midnight.extent?.text, 'midnight');
    assert.deepEqual(temporalSpans('Midnight Blue won the race.'), []);
  });

  it('reads "the weekend" as the last weekend in the past and the next one in the future', () => {
    assert.equal(temporalFact('Two boats capsized over the weekend.', 'the weekend').timex, '2024-W10-WE');
    assert.equal(temporalFact('The market will open over the weekend.', 'the weekend').timex, '2024-W11-WE');
  });

  it('reads "by year-end" as the end of the year', () => {
    const found = temporalFact('The bank hopes to sell the branch by year-end.', 'by year-end');
    assert.equal(found.extent?.text, 'year-end');
    assert.equal(found.timex, '2024');
    assert.equal(found.due, '2024-12-31');
  });

  it('reads a century with "early" or "late" as the century', () => {
    assert.equal(temporalFact('The chapel dates from the late 18th century.', 'the late 18th century').timex, '17');
  });
});
