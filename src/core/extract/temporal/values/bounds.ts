import { addDays, type CalendarRange } from '../../../calendar';
import type { IsoDate, TemporalBound } from '../../../model';

/**
 * What a bound on a period commits to, seen from the reference date. "before X" is due the day
 * before X starts, "by X" and "until X" on its last day, and either is a deadline while that day
 * is still ahead; "since X" spans from X to now; "after X" is open-ended, and the first day after
 * X is the one date the text commits to.
 */
export function boundValue(bound: TemporalBound, period: CalendarRange, reference: IsoDate): { due?: IsoDate; range?: CalendarRange; deadline: boolean } {
  switch (bound) {
    case 'before':
      return { due: addDays(period.earliest, -1), deadline: period.earliest > reference };
    case 'by':
    case 'until':
      return { due: period.latest, deadline: period.latest >= reference };
    case 'since':
      return { range: { earliest: period.earliest, latest: reference > period.earliest ? reference : period.latest }, deadline: false };
    case 'after':
      return { due: addDays(period.latest, 1), deadline: false };
  }
}
