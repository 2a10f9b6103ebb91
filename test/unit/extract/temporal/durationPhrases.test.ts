import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('durations with articles, adjectives and modifiers', () => {
  it('reads "an hour" before "before" or "after" as a duration', () => {
    assert.equal(temporalFact('The guests left an hour before the storm.', 'an hour').timex, 'PT1H');
  });

  it('reads an adjective between the count and the unit: "five straight weeks", "three consecutive quarters"', () => {
    assert.equal(temporalFact('Rents rose for five straight weeks.', 'five straight weeks').timex, 'P5W');
    assert.equal(temporalFact('Output fell for three consecutive quarters.', 'three consecutive quarters').timex, 'P9M');
  });

  it('keeps "a mere", "at least" and "over" after a preposition inside the extent', () => {
    assert.equal(temporalFact('The exhibition opened for a mere 48 hours.', 'a mere 48 hours').timex, 'PT48H');
    assert.equal(temporalFact('The drought will last at least two years.', 'at least two years').timex, 'P2Y');
    assert.equal(temporalFact('It was the wettest month in over ten years.', 'over ten years').timex, 'P10Y');
  });

  it('leaves "over" out when it is the preposition itself', () => {
    assert.ok(temporalSpans('Wages grew over five years.').includes('five years'));
  });
});

describe('plural units without a count', () => {
  it('reads "in minutes", "for decades" and "in years" as vague durations', () => {
    assert.equal(temporalFact('The concert sold out in minutes.', 'minutes').timex, 'PTXM');
    assert.equal(temporalFact('The canal was neglected for decades.', 'decades').timex, 'PXY');
    assert.equal(temporalFact('Wheat hit its lowest price in years.', 'years').timex, 'PXY');
  });

  it('reads "weeks ago" as the past', () => {
    assert.equal(temporalFact('The fence was mended weeks ago.', 'weeks ago').timex, 'PAST_REF');
  });

  it('reads "in the coming weeks" as a deadline of a few of them', () => {
    const found = temporalFact('The harbour board will name a new chair in the coming weeks.', 'in the coming weeks');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.timex, 'PXW');
    assert.deepEqual(found.kind === 'deadline' ? found.range : undefined, { earliest: '2024-03-28', latest: '2024-04-25' });
  });

  it('needs a word that makes the plural a length of time', () => {
    assert.deepEqual(temporalSpans('The early years were hard.'), []);
  });
});

describe('direction of partial dates', () => {
  it('looks back after "since" whatever the tense', () => {
    assert.equal(temporalFact('This is the calmest month since October.', 'since October').timex, '2023-10');
  });

  it('looks forward after "until" in a sentence with no tense of its own', () => {
    assert.equal(temporalFact('The museum is closed until Tuesday.', 'until Tuesday').due, '2024-03-19');
  });

  it('looks forward after "may" or "might", but not after "may have"', () => {
    const later = { date: '2024-10-02', from: 'byline' as const };
    assert.equal(temporalFact('The treaty may be signed on September 20.', 'September 20', later).timex, '2025-09-20');
    assert.equal(temporalFact('The letter may have arrived on September 20.', 'September 20', later).timex, '2024-09-20');
  });
});

describe('spans after a superlative', () => {
  it('reads "in ten years" after any superlative as a span back, not a deadline', () => {
    const found = temporalFact('It was the wettest April in ten years.', 'ten years');
    assert.equal(found.kind, 'date');
    assert.equal(found.due, undefined);
  });
});
