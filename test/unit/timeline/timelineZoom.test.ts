import { strict as assert } from 'node:assert';
import { sideOfWindow, zoomedAxis, zoomWindow } from '../../../src/core/timeline/timelineZoom';

describe('timeline zoom', () => {
  it('starts a fixed window on the first day of the quarter that holds today', () => {
    assert.deepEqual(zoomWindow('quarter', '2024-05-20'), { start: '2024-04-01', end: '2024-06-30' });
    assert.deepEqual(zoomWindow('quarter', '2024-01-01'), { start: '2024-01-01', end: '2024-03-31' });
    assert.deepEqual(zoomWindow('quarter', '2024-12-31'), { start: '2024-10-01', end: '2024-12-31' });
  });

  it('runs a year window twelve months on, across the new year', () => {
    assert.deepEqual(zoomWindow('year', '2024-11-02'), { start: '2024-10-01', end: '2025-09-30' });
  });

  it('ticks a quarter by weeks and a year by months, whatever the rows span', () => {
    const farDates = ['2021-03-01', '2039-06-30'];
    const quarter = zoomedAxis('quarter', farDates, '2024-05-20');
    assert.equal(quarter.start, '2024-04-01');
    assert.equal(quarter.end, '2024-06-30');
    assert.equal(quarter.unit, 'week');
    const year = zoomedAxis('year', farDates, '2024-05-20');
    assert.equal(year.unit, 'month');
    assert.equal(year.step, 1);
    assert.equal(year.ticks.length, 12);
    assert.ok(year.today > 0 && year.today < 1);
  });

  it('fits the axis to the rows when asked to, far dates included', () => {
    const fit = zoomedAxis('fit', ['2021-03-01', '2039-06-30'], '2024-05-20');
    assert.ok(fit.start < '2021-03-01' && fit.end > '2039-06-30');
    assert.equal(fit.unit, 'year');
  });

  it('tells a deadline before, on or after a window, a range the window cuts counting as on it', () => {
    const axis = { start: '2024-04-01', end: '2024-06-30' };
    assert.equal(sideOfWindow(axis, '2024-03-31', '2024-03-31'), 'before');
    assert.equal(sideOfWindow(axis, '2024-07-01', '2024-07-01'), 'after');
    assert.equal(sideOfWindow(axis, '2024-04-01', '2024-04-01'), 'on');
    assert.equal(sideOfWindow(axis, '2024-01-01', '2025-01-01'), 'on');
  });
});
