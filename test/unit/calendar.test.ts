import { strict as assert } from 'node:assert';
import {
  addDays,
  addDuration,
  addMonths,
  addYears,
  daysBetween,
  formatIsoWeek,
  isIsoDate,
  isoWeek,
  isoWeekday,
  nearestWeekday,
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
});
