import type { IsoDate, TemporalFact, TextSpan } from '../../model';
import { trimSpan } from '../phrases';

/** One commitment's share of an action, with the deadline it names. */
export interface ActionPart {
  action: TextSpan;
  deadline?: TemporalFact;
}

/**
 * The action cut at its deadlines: "finalise A within a year and B in the next two to three
 * years" is two parts, each with its deadline. `sorted`: the temporal facts in document order;
 * those inside the action that are deadlines (or dates after `referenceDate`) count.
 */
export function deadlinesFor(text: string, windowStart: number, action: TextSpan, sorted: readonly TemporalFact[], referenceDate: IsoDate): ActionPart[] {
  const inAction = withoutRestatements(
    text,
    joinChoices(
      text,
      within(sorted, action)
        .map((fact) => readForward(fact, referenceDate))
        .filter((fact) => isDeadline(fact, referenceDate)),
    ),
  );
  if (inAction.length === 0) {
    const immediate = immediateDeadline(text, action, referenceDate);
    if (immediate) return [{ action, deadline: immediate }];
  }
  if (inAction.length > 0 || windowStart >= action.start) return splitByDeadlines(text, action, inAction);
  // "By 2011 the plant will close": a deadline fronted in the clause, before its subject.
  const fronted = within(sorted, { start: windowStart, end: action.start, text: '' })
    .map((fact) => readForward(fact, referenceDate))
    .filter((fact) => isDeadline(fact, referenceDate));
  return [fronted.length > 0 ? { action, deadline: fronted[fronted.length - 1] } : { action }];
}

/**
 * "until 2029, two years later than planned": a date right after a comma that names the same
 * time as the deadline before it restates that deadline; it is no second part of the plan.
 */
function withoutRestatements(text: string, deadlines: TemporalFact[]): TemporalFact[] {
  return deadlines.filter((fact, index) => {
    const previous = deadlines[index - 1];
    return !previous || previous.timex !== fact.timex || !/^\s*,\s*$/u.test(text.slice(previous.end, fact.start));
  });
}

export function partsByDeadline(text: string, action: TextSpan, sorted: readonly TemporalFact[], referenceDate: IsoDate): ActionPart[] {
  const deadlines = within(sorted, action).filter((fact) => isDeadline(fact, referenceDate));
  return splitByDeadlines(text, action, deadlines);
}

function isDeadline(fact: TemporalFact, referenceDate: IsoDate): boolean {
  // "earlier this year", "last month": a time already behind the plan.
  if (LOOKS_BACK.test(fact.text)) return false;
  if (fact.kind === 'deadline') return true;
  // A length ("a 27-year contract", "a three-month search") bounds nothing.
  if (fact.timexType === 'DURATION' || fact.timexType === 'SET') return false;
  const latest = fact.range?.latest ?? fact.due;
  if (latest === undefined) return false;
  // "is due to land at 12:30": a clock time of the reference day is still ahead of the report
  // ("announced this morning" is not: a part of the day counts as its day does).
  if (fact.timexType === 'TIME' && /T\d/.test(fact.timex)) return latest >= referenceDate;
  return (fact.timexType === 'DATE' || fact.timexType === 'TIME') && latest > referenceDate;
}

/**
 * "in August or September", "in May or June next year": a choice of two dates leaves the plan
 * due in a window from the first to the last, one deadline rather than two. TIMEX3 marks each
 * date; the deadline keeps both as its ends and writes the window as an ISO 8601 interval. A
 * month without its year takes the year written with the other ("August or September of 2025").
 */
function joinChoices(text: string, deadlines: TemporalFact[]): TemporalFact[] {
  if (deadlines.length < 2) return deadlines;
  const joined: TemporalFact[] = [];
  for (const fact of deadlines) {
    const previous = joined[joined.length - 1];
    const choice = previous && CHOICE.test(text.slice(previous.end, fact.start)) ? choiceOf(text, previous, fact) : undefined;
    if (choice) joined[joined.length - 1] = choice;
    else joined.push(fact);
  }
  return joined;
}

const CHOICE = /^\s*(?:,\s*)?(?:or|and)\s+(?:in\s+|on\s+)?$/;

function choiceOf(text: string, first: TemporalFact, second: TemporalFact): TemporalFact | undefined {
  const from = first.range?.earliest ?? first.due;
  const to = second.range?.latest ?? second.due;
  const firstMonth = /^\d{4}-(\d{2})$/.exec(first.timex);
  const secondMonth = /^(\d{4})-(\d{2})$/.exec(second.timex);
  if (from === undefined || to === undefined || first.bound || second.bound) return undefined;
  let start = from;
  let firstTimex = first.timex;
  if (firstMonth && secondMonth && !/\d{4}/.test(first.text) && firstMonth[1] <= secondMonth[2]) {
    start = `${secondMonth[1]}${from.slice(4)}`;
    firstTimex = `${secondMonth[1]}-${firstMonth[1]}`;
  }
  if (start > to) return undefined;
  const range = { earliest: start, latest: to };
  return {
    start: first.start,
    end: second.end,
    text: text.slice(first.start, second.end),
    kind: 'deadline',
    timexType: 'DATE',
    timex: `${firstTimex}/${second.timex}`,
    range,
    derivation: `"${first.text}" or "${second.text}" → ${range.earliest}..${range.latest}`,
    ends: [
      { start: first.start, end: first.end, text: first.text, timex: firstTimex },
      { start: second.start, end: second.end, text: second.text, timex: second.timex },
    ],
  };
}

/**
 * "will be available immediately", "takes effect at once": a plan due the moment it is
 * announced, on the reference date. Not "immediately after the merger", which counts from an
 * event the text does not date, nor "immediately below", a place.
 */
function immediateDeadline(text: string, action: TextSpan, referenceDate: IsoDate): TemporalFact | undefined {
  IMMEDIATE.lastIndex = 0;
  const slice = text.slice(action.start, action.end);
  for (let match = IMMEDIATE.exec(slice); match; match = IMMEDIATE.exec(slice)) {
    if (EVENT_AFTER.test(slice.slice(match.index + match[0].length))) continue;
    const start = action.start + match.index;
    return {
      start,
      end: start + match[0].length,
      text: match[0],
      kind: 'deadline',
      timexType: 'DATE',
      timex: 'PRESENT_REF',
      due: referenceDate,
      derivation: `"${match[0]}" + ${referenceDate} → ${referenceDate}`,
    };
  }
  return undefined;
}

const IMMEDIATE = /\b(?:with immediate effect|effective immediately|immediately|right away|straight away|at once|forthwith)\b/gi;
// Markup and quotes may stand between the adverb and what it is measured from: "*immediately* before".
const EVENT_AFTER = /^[\s*_"'’)]*(?:after|before|following|preceding|upon|on|when|once|as|if|afterwards|thereafter|next|adjacent|below|above)\b/i;

const LOOKS_BACK = /\b(?:earlier|last|ago|previous|previously|past|since)\b/i;

/**
 * A plan looks forward: a month or a day that the sentence's past tense read backwards ("was
 * released and is scheduled for June", said on a day in March) is the next one, not the last.
 * Only a reading made relative to the reference date moves; a date with its year stays.
 */
export function readForward(fact: TemporalFact, referenceDate: IsoDate): TemporalFact {
  if (!fact.derivation.includes('past tense') || /\d{4}/.test(fact.text)) return fact;
  const latest = fact.range?.latest ?? fact.due;
  if (latest === undefined || latest >= referenceDate) return fact;
  const month = /^(\d{4})-(\d{2})$/.exec(fact.timex);
  if (month && fact.range) {
    const year = Number(month[1]) + 1;
    const timex = `${year}-${month[2]}`;
    const range = { earliest: `${year}${fact.range.earliest.slice(4)}`, latest: `${year}${fact.range.latest.slice(4)}` };
    return { ...fact, timex, range, derivation: `${fact.derivation}; a plan looks forward → ${range.earliest}..${range.latest}` };
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(fact.timex);
  if (day && fact.due) {
    const weekday = WEEKDAY.test(fact.text);
    const due = weekday ? shiftDays(fact.due, 7) : `${Number(fact.due.slice(0, 4)) + 1}${fact.due.slice(4)}`;
    if (due < referenceDate) return fact;
    return { ...fact, timex: due, due, derivation: `${fact.derivation}; a plan looks forward → ${due}` };
  }
  return fact;
}

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function shiftDays(date: IsoDate, days: number): IsoDate {
  const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return moved.toISOString().slice(0, 10);
}

/** One part per deadline; a part ends at the "and" that follows its deadline. */
function splitByDeadlines(text: string, action: TextSpan, deadlines: readonly TemporalFact[]): ActionPart[] {
  if (deadlines.length === 0) return [{ action }];
  if (deadlines.length === 1) return [{ action, deadline: deadlines[0] }];
  const parts: ActionPart[] = [];
  let partStart = action.start;
  for (let i = 0; i < deadlines.length; i++) {
    const deadline = deadlines[i];
    const next = deadlines[i + 1];
    let partEnd = action.end;
    if (next) {
      const between = text.slice(deadline.end, next.start);
      // "from 2009 to 2011, then between 2014 and 2016": a comma or "then" also joins the parts.
      const conjunction = /\s(?:and|as well as|while|then)\s|,\s/.exec(between);
      if (!conjunction) continue;
      partEnd = deadline.end + (conjunction.index ?? 0);
    }
    parts.push({ action: trimSpan(text, partStart, partEnd, ',;'), deadline });
    partStart = partEnd;
    if (next) partStart = skipConjunction(text, partStart, next.start);
  }
  return parts;
}

function skipConjunction(text: string, from: number, limit: number): number {
  const match = /^\s*(?:,\s*)?(?:and|as well as|while)?\s*(?:then\s+)?/.exec(text.slice(from, limit));
  return from + (match ? match[0].length : 0);
}

/** Temporal facts inside the span, found by binary search in the start-sorted list. */
function within(sorted: readonly TemporalFact[], target: TextSpan): TemporalFact[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < target.start) low = middle + 1;
    else high = middle;
  }
  const found: TemporalFact[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < target.end; i++) if (sorted[i].end <= target.end) found.push(sorted[i]);
  return found;
}
