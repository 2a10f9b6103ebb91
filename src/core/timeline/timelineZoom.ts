import { addDays, addMonths, formatIsoDate, parseIsoDate } from '../calendar';
import type { IsoDate } from '../model';
import { axisBetween, buildTimelineAxis, type TimelineAxis } from './timelineAxis';

/**
 * How much time the axis spans: `fit` holds every dated row (and today), `year` and `quarter`
 * show a fixed window from the start of the current quarter, so near work is readable even when
 * one commitment runs to 2040.
 */
export type TimelineZoom = 'fit' | 'year' | 'quarter';
export const TIMELINE_ZOOMS: readonly TimelineZoom[] = ['fit', 'year', 'quarter'];

/** Months a fixed window spans. */
const WINDOW_MONTHS: Record<Exclude<TimelineZoom, 'fit'>, number> = { year: 12, quarter: 3 };

/**
 * The first and last day of a fixed zoom window: it starts on the first day of the quarter that
 * holds today, so today is always on it and the weeks or months ahead fill the rest.
 */
export function zoomWindow(zoom: Exclude<TimelineZoom, 'fit'>, today: IsoDate): { start: IsoDate; end: IsoDate } {
  const { year, month } = parseIsoDate(today);
  const start = formatIsoDate(year, month - ((month - 1) % 3), 1);
  return { start, end: addDays(addMonths(start, WINDOW_MONTHS[zoom]), -1) };
}

/** The axis for a zoom level; `fit` needs the dated rows' days, the fixed windows do not. */
export function zoomedAxis(zoom: TimelineZoom, dates: readonly IsoDate[], today: IsoDate): TimelineAxis {
  if (zoom === 'fit') return buildTimelineAxis(dates, today);
  const { start, end } = zoomWindow(zoom, today);
  return axisBetween(start, end, today);
}

/** Where a day or range lies against a window: on it (possibly in part), wholly before, or wholly after. */
export function sideOfWindow(axis: Pick<TimelineAxis, 'start' | 'end'>, earliest: IsoDate, latest: IsoDate): 'on' | 'before' | 'after' {
  if (latest < axis.start) return 'before';
  if (earliest > axis.end) return 'after';
  return 'on';
}
