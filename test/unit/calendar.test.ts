import { strict as assert } from 'node:assert';
import {
  addDays,
  addDuration,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  formatIsoWeek,
  isIsoDate,
  isoWeek,
  isoWeekday,
  nearestWeekday,
  parseIsoDate,
  quarterOf,
  quarterRange,
} from '../../src/core/calendar';

describe('calendar arithmetic', () => {
  it('adds days across a month and a year end', () => {
    assert.equal(addDays('2023-12-30', 3), '2024-01-02');
  });

  it('subtracts days across a leap day', () => {
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  });

  it('clamps to the end of a shorter month when adding months', () => {
    assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  });

  it('adds negative months across a year boundary', () => {
    assert.equal(addMonths('2022-02-26', -3), '2021-11-26');
  });

  it('clamps February 29 when adding a year', () => {
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
  });

  it('adds fractional years by months', () => {
    assert.equal(addDuration('2020-01-15', 2.5, 'Y'), '2022-07-15');
  });

  it('counts days between two dates', () => {
    assert.equal(daysBetween('2022-02-26', '2022-08-26'), 181);
  });

  it('gives the ISO weekday, Monday as 1 and Sunday as 7', () => {
    assert.equal(isoWeekday('2022-02-26'), 6);
    assert.equal(isoWeekday('2022-02-27'), 7);
  });

  it('numbers ISO weeks with week 1 holding the first Thursday', () => {
    assert.equal(formatIsoWeek(isoWeek('2004-11-24')), '2004-W48');
    assert.equal(formatIsoWeek(isoWeek('2021-01-01')), '2020-W53');
  });

  it('finds the quarter of a date and its range', () => {
    assert.equal(quarterOf('2006-11-30'), 4);
    assert.deepEqual(quarterRange(2024, 3), { earliest: '2024-07-01', latest: '2024-09-30' });
  });

  it('finds the nearest weekday looking back, the reference day included', () => {
    assert.equal(nearestWeekday('2022-02-26', 5, -1), '2022-02-25');
    assert.equal(nearestWeekday('2022-02-26', 6, -1), '2022-02-26');
  });

  it('finds the nearest weekday looking ahead', () => {
    assert.equal(nearestWeekday('2022-02-26', 5, 1), '2022-03-04');
  });

  it('rejects impossible dates', () => {
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2024-02-29'), true);
  });
  it('counts the days of every month of years 100 to 3000 as Date.UTC does', () => {
    for (let year = 100; year <= 3000; year++) {
      for (let month = 1; month <= 12; month++) assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
    }
    // Years Date.UTC reads as 19xx and months out of range keep its answer.
    assert.equal(daysInMonth(4, 2), 29);
    assert.equal(daysInMonth(0, 2), 28);
    assert.equal(daysInMonth(2023, 13), 31);
  });
  it('parses only YYYY-MM-DD with ASCII digits', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(parseIsoDate('0999-12-01'), { year: 999, month: 12, day: 1 });
    for (const bad of ['2024-2-29', '2024-02-2x', '2024/02/29', '２０２４-02-29', '2024-02-29\n', ' 2024-02-29', '']) {
      assert.throws(() => parseIsoDate(bad), /Not a calendar date/, JSON.stringify(bad));
    }
  });
});
