import { PARTS_OF_DAY, SESSION_NOUNS } from '../../../tables/temporalWords';
import { lowerAt, type Scan } from '../scan';
import { atPartOfDay, dayPeriod, type Period } from '../values/period';

/** "… morning" after a day makes it a time: "Friday morning" → `2010-07-16TMO`. */
export function withPartOfDay(scan: Scan, period: Period): Period {
  const part = PARTS_OF_DAY.get(lowerAt(scan, period.next));
  if (!part || !period.range) return period;
  return atPartOfDay(period, period.next + 1, period.range.earliest, part);
}

/**
 * "in morning trading", "in late afternoon dealings": the part of the day the text is about, on
 * the day the sentence named, else the day named before in the paragraph, else the reference date.
 * The extent is the part of the day with its "early" or "late", not the session noun.
 */
export function readSessionPart(scan: Scan, index: number): Period | undefined {
  const hasModifier = lowerAt(scan, index) === 'early' || lowerAt(scan, index) === 'late';
  const partIndex = hasModifier ? index + 1 : index;
  const part = PARTS_OF_DAY.get(lowerAt(scan, partIndex));
  if (!part || lowerAt(scan, index - 1) !== 'in' || !SESSION_NOUNS.has(lowerAt(scan, partIndex + 1))) return undefined;
  const named = scan.context.antecedent?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const day = scan.anchorDay ?? named ?? scan.reference.date;
  const reason = scan.anchorDay ? 'the day named in the sentence' : named ? 'the day named before' : 'the reference date';
  return { ...atPartOfDay(dayPeriod(partIndex + 1, day, true), partIndex + 1, day, part), reason };
}
