import type { IsoDate } from '../../../model';
import { BARE_UNIT_PREPOSITIONS, BARE_UNITS, DAY_BOUNDARY_VERBS, DEADLINE_PREPOSITIONS, NEIGHBOUR_SHIFTS } from '../../../tables/temporalWords';
import { isCapitalised, isGluedHyphen, lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';
import { shiftedPeriod } from '../values/shiftedPeriod';
import { fiscalYearOf, granularityOf, startOfTimex } from './anaphoricPeriods';

/** Calendar units from the finest up; an anchor serves any unit at least as coarse as its own. */
const UNIT_RANK: Readonly<Record<string, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5, century: 6 };

/** Units a neighbour phrase can move by: "the following day", "the previous quarter". */
const NEIGHBOUR_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year', 'decade']);

/**
 * The date a phrase of `unit` counts from: the last calendar date the text named when it is at
 * least as fine as the unit ("the following day" after "on March 3"), else the reference date. A
 * week anchor does not serve a month or a quarter, which it may straddle.
 */
export function anchorFor(scan: Scan, unit: string): { date: IsoDate; named: boolean; reason: string } {
  const antecedent = scan.context.antecedent;
  const granularity = antecedent === undefined ? undefined : granularityOf(antecedent);
  const start = antecedent === undefined ? undefined : startOfTimex(antecedent);
  const fits = granularity !== undefined && UNIT_RANK[granularity] <= UNIT_RANK[unit] && !(granularity === 'week' && (unit === 'month' || unit === 'quarter'));
  if (fits && start !== undefined && antecedent !== undefined) return { date: start, named: true, reason: `the date named before (${antecedent})` };
  return { date: scan.reference.date, named: false, reason: 'the reference date' };
}

/**
 * "for the year", "in the quarter", "earlier in the month", "shares closed the day higher": a
 * unit after "the" alone is the period the text is about, the one holding the date it named
 * last, else the one holding the reference date. It needs a preposition before it ("the year
 * ahead" is read elsewhere, "the year 2000" is a year), and "the day" a verb that opens or closes
 * a session; "Person of the Year" is a title.
 */
export function readBareUnit(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the') return undefined;
  const unit = lowerAt(scan, index + 1);
  const before = lowerAt(scan, index - 1);
  if (unit === 'day') {
    if (!DAY_BOUNDARY_VERBS.has(before) && before !== 'for') return undefined;
  } else if (!BARE_UNITS.has(unit) || !BARE_UNIT_PREPOSITIONS.has(before)) {
    return undefined;
  }
  if (isCapitalised(scan, index + 1) || !closesUnit(scan, index + 2, unit)) return undefined;
  const anchor = anchorFor(scan, unit);
  const period = shiftedPeriod(index + 2, anchor.date, unit, 0);
  return period && { ...period, reason: anchor.reason };
}

/**
 * "the previous year", "the following day", "the prior quarter", "the day before", "the year
 * after" (ending the clause): one unit moved from the date the text named last (else from the
 * reference date). "the next year" after "in", "within" or "over" is a span ahead, not a date.
 */
export function readNeighbourPeriod(scan: Scan, index: number): Period | undefined {
  if (lowerAt(scan, index) !== 'the') return undefined;
  const first = lowerAt(scan, index + 1);
  const shift = NEIGHBOUR_SHIFTS.get(first);
  if (shift !== undefined) {
    const unit = lowerAt(scan, index + 2);
    if (!NEIGHBOUR_UNITS.has(unit) || !closesUnit(scan, index + 3, unit)) return undefined;
    if (first === 'next' && DEADLINE_PREPOSITIONS.has(lowerAt(scan, index - 1))) return undefined;
    return moved(scan, index + 3, unit, shift);
  }
  const after = lowerAt(scan, index + 2);
  if (!NEIGHBOUR_UNITS.has(first) || (after !== 'before' && after !== 'after')) return undefined;
  // Before a noun or a verb "after" is a preposition: "the day after the vote" counts from an event.
  if (/^[\p{L}\d]/u.test(lowerAt(scan, index + 3))) return undefined;
  return moved(scan, index + 3, first, after === 'before' ? -1 : 1);
}

/**
 * The period of `unit` `shift` units from the anchor. After a fiscal year ("in fiscal 2006 …,
 * up from the prior year") a year moves within fiscal years: its calendar range is not known.
 */
export function moved(scan: Scan, next: number, unit: string, shift: number): Period | undefined {
  const fiscal = unit === 'year' && scan.context.antecedent !== undefined ? fiscalYearOf(scan.context.antecedent) : undefined;
  if (fiscal !== undefined) return { next, timex: `FY${fiscal + shift}`, type: 'DATE', relative: true, reason: `the fiscal year named before (${scan.context.antecedent})` };
  const anchor = anchorFor(scan, unit);
  const period = shiftedPeriod(next, anchor.date, unit, shift);
  return period && { ...period, reason: anchor.reason };
}

/**
 * True when the phrase of `unit` ends before the token: not when a year or a glued hyphen carries
 * on ("the year 2000", "the year-earlier quarter"), nor "of" ("the quarter of a century") or "ago".
 */
function closesUnit(scan: Scan, index: number, unit: string): boolean {
  const word = scan.words[index];
  if (word === undefined) return true;
  if ((unit === 'year' && /^\d{4}$/.test(word.lower)) || isGluedHyphen(scan, index)) return false;
  return word.lower !== 'of' && word.lower !== 'ago';
}
