import { strict as assert } from 'node:assert';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('vague temporal references', () => {
  it('reads "the current" and "the recent" before an ordinary noun as the present and the past', () => {
    assert.equal(temporalFact('The current drought has emptied the reservoirs.', 'current').timex, 'PRESENT_REF');
    assert.equal(temporalFact('Growers blame the recent frost for the poor harvest.', 'recent').timex, 'PAST_REF');
  });

  it('leaves fixed terms and possessives alone: "the current account", "their most recent model"', () => {
    assert.deepEqual(temporalSpans('The current account deficit narrowed.'), []);
    assert.deepEqual(temporalSpans('They showed their most recent tractor.'), []);
  });

  it('reads "in the near term" and "in the long run" as the future', () => {
    assert.equal(temporalFact('Fares will stay high in the near term.', 'the near term').timex, 'FUTURE_REF');
    assert.equal(temporalFact('The scheme pays off in the long run.', 'the long run').timex, 'FUTURE_REF');
  });

  it('keeps an intensifier in the extent: "very soon", "only recently"', () => {
    assert.equal(temporalFact('The bridge will reopen very soon.', 'very soon').timex, 'FUTURE_REF');
    assert.equal(temporalFact('The mayor only recently took office.', 'only recently').timex, 'PAST_REF');
  });

  it('does not read "as soon as" as a time', () => {
    assert.deepEqual(temporalSpans('Write back as soon as the parcel arrives.'), []);
  });
});
