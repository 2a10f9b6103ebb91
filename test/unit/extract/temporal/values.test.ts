import { strict as assert } from 'node:assert';
import { boundValue } from '../../../../src/core/extract/temporal/values/bounds';
import { narrowToPart } from '../../../../src/core/extract/temporal/values/narrowToPart';
import { decadePeriod, monthPeriod, yearPeriod } from '../../../../src/core/extract/temporal/values/period';
import { shiftedPeriod } from '../../../../src/core/extract/temporal/values/shiftedPeriod';
import { weekdayByTense, yearOfMonth, yearOfMonthDay, yearOfPart } from '../../../../src/core/extract/temporal/values/yearsByTense';

/** 2022-02-26 is a Saturday in the first quarter and half. */
const SATURDAY = '2022-02-26';

describe('years of underspecified dates', () => {
  it('puts a month in a past sentence no later than the reference month', () => {
    assert.equal(yearOfMonth(SATURDAY, 'past', 11), 2021);
    assert.equal(yearOfMonth(SATURDAY, 'past', 1), 2022);
  });

  it('puts a month in a future sentence no earlier than the reference month', () => {
    assert.equal(yearOfMonth(SATURDAY, 'future', 1), 2023);
    assert.equal(yearOfMonth(SATURDAY, 'future', 11), 2022);
  });

  it('puts a month and day with no tense at the occurrence nearest the reference date', () => {
    assert.equal(yearOfMonthDay(SATURDAY, undefined, 12, 30), 2021);
    assert.equal(yearOfMonthDay('2022-11-20', undefined, 1, 5), 2023);
    assert.equal(yearOfMonthDay(SATURDAY, undefined, 6, 18), 2022);
  });

  it('counts the reference day itself as past and as future', () => {
    assert.equal(yearOfMonthDay(SATURDAY, 'past', 2, 26), 2022);
    assert.equal(yearOfMonthDay(SATURDAY, 'future', 2, 26), 2022);
  });

  it('puts a quarter not yet over in a past sentence in the year before', () => {
    assert.equal(yearOfPart(SATURDAY, 'past', 1, 1), 2021);
    assert.equal(yearOfPart('2022-08-01', 'past', 2, 3), 2022);
    assert.equal(yearOfPart('2022-08-01', 'future', 2, 3), 2023);
  });

  it('takes the next weekday in a future sentence and the last one otherwise', () => {
    assert.equal(weekdayByTense(SATURDAY, 'future', 5), '2022-03-04');
    assert.equal(weekdayByTense(SATURDAY, 'past', 5), '2022-02-25');
    assert.equal(weekdayByTense(SATURDAY, undefined, 5), '2022-02-25');
  });
});

describe('shifted periods', () => {
  it('writes "last week" as the ISO week before', () => {
    assert.equal(shiftedPeriod(0, SATURDAY, 'week', -1)?.timex, '2022-W07');
  });

  it('writes "this weekend" as the Saturday and Sunday of the week', () => {
    assert.deepEqual(shiftedPeriod(0, SATURDAY, 'weekend', 0)?.range, { earliest: '2022-02-26', latest: '2022-02-27' });
  });

  it('carries "last quarter" back into the previous year', () => {
    assert.equal(shiftedPeriod(0, SATURDAY, 'quarter', -1)?.timex, '2021-Q4');
  });

  it('writes a decade and a century by their leading digits', () => {
    assert.equal(shiftedPeriod(0, SATURDAY, 'decade', -1)?.timex, '201');
    assert.equal(shiftedPeriod(0, SATURDAY, 'century', 0)?.timex, '20');
  });
});

describe('parts of periods', () => {
  it('writes mid-year as June, as MEANTIME does', () => {
    const mid = narrowToPart(yearPeriod(0, 2011), 'mid');
    assert.equal(mid.timex, '2011-06-XX');
    assert.deepEqual(mid.range, { earliest: '2011-06-01', latest: '2011-06-30' });
  });

  it('keeps the value of "early 2025" and narrows its range to January–April', () => {
    const early = narrowToPart(yearPeriod(0, 2025), 'start');
    assert.equal(early.timex, '2025');
    assert.deepEqual(early.range, { earliest: '2025-01-01', latest: '2025-04-30' });
  });

  it('ends "late February" on the month\'s last day', () => {
    assert.deepEqual(narrowToPart(monthPeriod(0, 2022, 2), 'end').range, { earliest: '2022-02-21', latest: '2022-02-28' });
  });

  it('narrows "the early 1990s" to its first four years', () => {
    assert.deepEqual(narrowToPart(decadePeriod(0, 199, false), 'start').range, { earliest: '1990-01-01', latest: '1993-12-31' });
  });
});

describe('bounds', () => {
  const year2025 = { earliest: '2025-01-01', latest: '2025-12-31' };

  it('makes "before 2025" due the day before it starts, a deadline while ahead', () => {
    assert.deepEqual(boundValue('before', year2025, SATURDAY), { due: '2024-12-31', deadline: true });
  });

  it('makes "by 2025" due on its last day', () => {
    assert.deepEqual(boundValue('by', year2025, SATURDAY), { due: '2025-12-31', deadline: true });
  });

  it('makes "until 2020" no deadline once it is past', () => {
    assert.equal(boundValue('until', { earliest: '2020-01-01', latest: '2020-12-31' }, SATURDAY).deadline, false);
  });

  it('makes "since 2014" run to the reference date', () => {
    assert.deepEqual(boundValue('since', { earliest: '2014-01-01', latest: '2014-12-31' }, SATURDAY).range, { earliest: '2014-01-01', latest: SATURDAY });
  });

  it('makes "after 2019" due on the first day after it', () => {
    assert.equal(boundValue('after', { earliest: '2019-01-01', latest: '2019-12-31' }, SATURDAY).due, '2020-01-01');
  });
});
