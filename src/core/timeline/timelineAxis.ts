import { addDays, addMonths, daysBetween, parseIsoDate, formatIsoDate, startOfIsoWeek } from '../calendar';
import type { IsoDate } from '../model';

export type TickUnit = 'week' | 'month' | 'year';

export interface TimelineTick {
  date: IsoDate;
  label: string;
  /** Share of the axis from its start, 0..1. */
  position: number;
}

/** The time axis a timeline is drawn on: padded bounds, ticks, and where today falls. */
export interface TimelineAxis {
  start: IsoDate;
  end: IsoDate;
  /** Days from start to end; never 0. */
  days: number;
  unit: TickUnit;
  /** Units between ticks: 3 months draws quarters, 5 years draws half-decades. */
  step: number;
  ticks: TimelineTick[];
  /** Position of today, 0..1: the axis always includes today so overdue work is seen against it. */
  today: number;
}

// A tick every week stays readable up to about 17 ticks, a tick every month up to 24; past
// that, months go by quarters until years read better. Measured against a 600 px track, where
// labels start to collide at about 25 ticks.
const WEEK_SPAN_MAX_DAYS = 120;
const MONTH_SPAN_MAX_DAYS = 731;
const QUARTER_SPAN_MAX_DAYS = 4 * 366;
const MAX_YEAR_TICKS = 20;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
/** Room on each side so a marker on the first or last day is not cut by the edge. */
const MIN_PADDING_DAYS = 3;
const PADDING_SHARE = 0.04;

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The axis that holds every date in `dates` and `today`, padded on both sides, with ticks in the
 * unit that suits its span (weeks, months or years).
 */
export function buildTimelineAxis(dates: readonly IsoDate[], today: IsoDate): TimelineAxis {
  let first = today;
  let last = today;
  // ISO dates compare in calendar order as strings, which avoids parsing each one.
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const span = daysBetween(first, last);
  const padding = Math.max(MIN_PADDING_DAYS, Math.ceil(span * PADDING_SHARE));
  return axisBetween(addDays(first, -padding), addDays(last, padding), today);
}

/** The axis from `start` to `end` exactly (a zoomed window), ticked in the unit that suits its span. */
export function axisBetween(start: IsoDate, end: IsoDate, today: IsoDate): TimelineAxis {
  const days = Math.max(1, daysBetween(start, end));
  const { unit, step } = tickUnitFor(days);
  const ticks = ticksBetween(start, end, unit, step).map((date, index) => ({ date, label: tickLabel(date, unit, index === 0), position: positionOn(start, days, date) }));
  return { start, end, days, unit, step, ticks, today: positionOn(start, days, today) };
}

/** Where a date falls on an axis, 0..1, rounded so the serialised model is stable across runs. */
export function positionOn(start: IsoDate, days: number, date: IsoDate): number {
  const share = daysBetween(start, date) / days;
  return Math.round(Math.min(1, Math.max(0, share)) * 1e6) / 1e6;
}

/**
 * `positionOn` for one axis, remembering each date: commitments share due days (quarter ends,
 * "by the end of June"), and parsing dates is most of the cost of a large layout.
 */
export function axisScale(axis: TimelineAxis): (date: IsoDate) => number {
  const known = new Map<IsoDate, number>();
  return (date) => {
    let position = known.get(date);
    if (position === undefined) known.set(date, (position = positionOn(axis.start, axis.days, date)));
    return position;
  };
}

export function tickUnitFor(days: number): { unit: TickUnit; step: number } {
  if (days <= WEEK_SPAN_MAX_DAYS) return { unit: 'week', step: 1 };
  if (days <= MONTH_SPAN_MAX_DAYS) return { unit: 'month', step: 1 };
  if (days <= QUARTER_SPAN_MAX_DAYS) return { unit: 'month', step: 3 };
  const years = days / 365.25;
  const step = YEAR_STEPS.find((candidate) => years / candidate <= MAX_YEAR_TICKS) ?? Math.ceil(years / MAX_YEAR_TICKS);
  return { unit: 'year', step };
}

function ticksBetween(start: IsoDate, end: IsoDate, unit: TickUnit, step: number): IsoDate[] {
  const ticks: IsoDate[] = [];
  let tick = firstTick(start, unit, step);
  while (tick <= end) {
    ticks.push(tick);
    tick = unit === 'week' ? addDays(tick, 7 * step) : addMonths(tick, unit === 'month' ? step : 12 * step);
  }
  return ticks;
}

/** The first tick on or after `start`, aligned to its unit: a Monday, a month (or quarter) start, a year divisible by the step. */
function firstTick(start: IsoDate, unit: TickUnit, step: number): IsoDate {
  const { year, month, day } = parseIsoDate(start);
  if (unit === 'week') {
    const monday = startOfIsoWeek(start);
    return monday < start ? addDays(monday, 7) : monday;
  }
  if (unit === 'month') {
    const index = year * 12 + (month - 1) + (day > 1 ? 1 : 0);
    const aligned = Math.ceil(index / step) * step;
    return formatIsoDate(Math.floor(aligned / 12), (aligned % 12) + 1, 1);
  }
  const first = year + (month > 1 || day > 1 ? 1 : 0);
  return formatIsoDate(Math.ceil(first / step) * step, 1, 1);
}

/** "4 Mar" for weeks, "Mar" for months (with the year on the first tick and in January), "2025" for years. */
function tickLabel(date: IsoDate, unit: TickUnit, first: boolean): string {
  const { year, month, day } = parseIsoDate(date);
  const name = MONTH_ABBREVIATIONS[month - 1];
  if (unit === 'year') return String(year);
  if (unit === 'month') return first || month === 1 ? `${name} ${year}` : name;
  return first || (month === 1 && day <= 7) ? `${day} ${name} ${year}` : `${day} ${name}`;
}
