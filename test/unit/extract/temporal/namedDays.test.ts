import { strict as assert } from 'node:assert';
import { easterSunday, namedDayDate } from '../../../../src/core/extract/temporal/values/namedDayDates';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('named days', () => {
  it('reads "Black Friday" as the day after Thanksgiving, never as a plain Friday', () => {
    const found = temporalFact('Crowds queued outside the mall on Black Friday.', 'Black Friday');
    assert.equal(found.timex, '2023-11-24');
  });

  it('dates Cyber Monday and Thanksgiving in the year the tense points to', () => {
    assert.equal(temporalFact('Online orders will spike on Cyber Monday.', 'Cyber Monday').timex, '2024-12-02');
    assert.equal(temporalFact('The family gathered on Thanksgiving Day.', 'Thanksgiving Day').timex, '2023-11-23');
    assert.equal(temporalFact('The diner stays shut on Thanksgiving 2030.', 'Thanksgiving 2030').timex, '2030-11-28');
  });

  it('dates Labor Day, Memorial Day, Boxing Day and Halloween', () => {
    assert.equal(temporalFact('The pool will close on Labor Day.', 'Labor Day').timex, '2024-09-02');
    assert.equal(temporalFact('The bridge will reopen by Memorial Day.', 'by Memorial Day').timex, '2024-05-27');
    assert.equal(temporalFact('Shops cut prices on Boxing Day.', 'Boxing Day').timex, '2023-12-26');
    assert.equal(temporalFact('Kids will trick-or-treat on Halloween.', 'Halloween').timex, '2024-10-31');
  });

  it('computes Easter and the days around it', () => {
    assert.equal(easterSunday(2024), '2024-03-31');
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2019), '2019-04-21');
    assert.equal(temporalFact('The choir sang on Good Friday 2019.', 'Good Friday 2019').timex, '2019-04-19');
    assert.equal(temporalFact('The ferry will run again after Easter Monday.', 'after Easter Monday').timex, '2024-04-01');
  });

  it('dates Independence Day as July 4 unless another country is named', () => {
    assert.equal(temporalFact('Fireworks will light the sky on Independence Day.', 'Independence Day').timex, '2024-07-04');
    assert.deepEqual(temporalSpans("Ghana's Independence Day passed peacefully."), []);
    assert.deepEqual(temporalSpans('The Mexican Independence Day parade was cancelled.'), []);
  });

  it('reads a weekday inside a name with no date of its own as nothing', () => {
    assert.deepEqual(temporalSpans('Traders still talk about Black Monday.'), []);
    assert.deepEqual(temporalSpans('Candidates campaigned hard before Super Tuesday.'), []);
  });

  it('reads no date in a place or name that starts with a named day', () => {
    assert.deepEqual(temporalSpans('The statues of Easter Island face inland.'), []);
    assert.deepEqual(temporalSpans('Crabs migrate across Christmas Island.'), []);
    assert.equal(temporalFact('On Christmas Day Grandma carved the goose.', 'Christmas Day').timex, '2023-12-25');
  });

  it('finds the last Monday of a month for a day so defined', () => {
    assert.equal(namedDayDate({ month: 5, weekday: 1, nth: -1 }, 2021), '2021-05-31');
    assert.equal(namedDayDate({ undated: true }, 2021), undefined);
  });
});
