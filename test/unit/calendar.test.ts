import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  addDays,
  addDuration,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  formatIsoWeek,
  fromDayNumber,
  isIsoDate,
  isoWeek,
  isoWeekday,
  nearestWeekday,
  parseIsoDate,
  quarterOf,
  quarterRange,
  toDayNumber,
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
  it('counts day numbers as Date.UTC does, for any four-digit year and any two-digit month and day', () => {
    const two = (value: number) => String(value).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
        assert.equal(toDayNumber(date), Date.UTC(year, month - 1, day) / 86_400_000, date);
      }),
      { numRuns: 20_000 },
    );
    for (const [date, days] of [['1970-01-01', 0], ['1969-12-31', -1], ['2000-03-01', 11_017], ['2024-02-30', 19_783], ['0100-01-01', -683_003]] as const) assert.equal(toDayNumber(date), days, date);
  });

  it('gives the date of a day number as a Date does, from the first to the last day a Date holds', () => {
    const viaDate = (days: number) => {
      const value = new Date(days * 86_400_000);
      return formatIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.integer({ min: -800_000, max: 3_000_000 })), (days) => {
        assert.equal(fromDayNumber(days), viaDate(days), String(days));
        // Years 100 to 9999: parseIsoDate reads four digits, and Date.UTC reads years below 100 as 19xx.
        if (days >= -683_003 && days <= 2_932_896) assert.equal(isoWeekday(fromDayNumber(days)) % 7, new Date(days * 86_400_000).getUTCDay(), String(days));
      }),
      { numRuns: 20_000 },
    );
    for (const days of [0, -1, 59, 60, -719_468, -719_469, 100_000_000, -100_000_000, 100_000_001, 0.5]) assert.equal(fromDayNumber(days), viaDate(days), String(days));
    assert.equal(fromDayNumber(19_782), '2024-02-29');
    assert.equal(formatIsoDate(2024, 2, 9), '2024-02-09');
    assert.equal(formatIsoDate(987, 12, 31), '0987-12-31');
  });

  it('parses only YYYY-MM-DD with ASCII digits', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(parseIsoDate('0999-12-01'), { year: 999, month: 12, day: 1 });
    for (const bad of ['2024-2-29', '2024-02-2x', '2024/02/29', '２０２４-02-29', '2024-02-29\n', ' 2024-02-29', '']) {
      assert.throws(() => parseIsoDate(bad), /Not a calendar date/, JSON.stringify(bad));
    }
  });
});
