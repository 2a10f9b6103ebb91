import { UNDATED_POINT_NOUNS } from '../../../tables/temporalWords';
import { lowerAt, type Scan } from '../scan';
import type { Period } from '../values/period';

/**
 * Points in time a text names without dating them: "these days" (`PRESENT_REF`), "at a later
 * date", "an earlier stage" (`XXXX-XX-XX`, as MEANTIME writes a date it cannot resolve).
 */
export function readLooseReference(scan: Scan, index: number): Period | undefined {
  const word = lowerAt(scan, index);
  const second = lowerAt(scan, index + 1);
  if (word === 'these' && second === 'days') return { next: index + 2, timex: 'PRESENT_REF', type: 'DATE', relative: true };
  if ((word === 'a' && second === 'later') || (word === 'an' && second === 'earlier')) {
    if (UNDATED_POINT_NOUNS.has(lowerAt(scan, index + 2))) return { next: index + 3, timex: 'XXXX-XX-XX', type: 'DATE', relative: true };
    return undefined;
  }
  return undefined;
}
