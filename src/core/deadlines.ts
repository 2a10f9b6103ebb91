import { daysBetween } from './calendar';
import type { Annotation, IsoDate } from './model';

/** Statuses under which a commitment is still owed; only these can be overdue. */
const OUTSTANDING: ReadonlySet<string> = new Set(['open', 'in-progress', 'stalled']);

/**
 * The day an annotation is due: a commitment's deadline, or a deadline's own date. For a range
 * ("in the next two to three years") the latest day counts: it is overdue only once the whole
 * window has passed.
 */
export function dueDateOf(annotation: Annotation): IsoDate | undefined {
  if (annotation.kind === 'commitment') return annotation.deadline?.range?.latest ?? annotation.deadline?.due;
  if (annotation.kind === 'deadline') return annotation.range?.latest ?? annotation.due;
  return undefined;
}

/** Days past due for an outstanding commitment or deadline, or `undefined` when it is not overdue. */
export function overdueDays(annotation: Annotation, today: IsoDate): number | undefined {
  if (annotation.review === 'rejected') return undefined;
  if (annotation.kind === 'commitment' && !OUTSTANDING.has(annotation.status ?? 'open')) return undefined;
  const due = dueDateOf(annotation);
  if (!due) return undefined;
  const days = daysBetween(due, today);
  return days > 0 ? days : undefined;
}

/**
 * The one meaning of "overdue" every surface counts (status bar, decorations, Problems, the
 * tree's due-date groups): an outstanding commitment, placed in the text and not rejected, whose
 * due date has passed. A bare deadline phrase is nobody's promise: "by 2010" in a 2008 article
 * read today is history, not a task, so it is not counted (issue #20: the status bar counted 14
 * where the Problems panel listed 7).
 */
export function overdueCommitmentDays(item: { annotation: Annotation; start?: number }, today: IsoDate): number | undefined {
  if (item.annotation.kind !== 'commitment' || item.start === undefined) return undefined;
  return overdueDays(item.annotation, today);
}

/** How many of a document's annotations are overdue, in the sense of `overdueCommitmentDays`. */
export function countOverdue(items: ReadonlyArray<{ annotation: Annotation; start?: number }>, today: IsoDate): number {
  let count = 0;
  for (const item of items) if (overdueCommitmentDays(item, today) !== undefined) count++;
  return count;
}

export const DUE_BUCKETS = ['overdue', 'next 30 days', 'later', 'no deadline', 'closed'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/** The tree's "by due date" groups; kept, compromised and broken commitments are `closed`. */
export function dueBucket(annotation: Annotation, today: IsoDate): DueBucket {
  if (annotation.kind === 'commitment' && !OUTSTANDING.has(annotation.status ?? 'open')) return 'closed';
  const due = dueDateOf(annotation);
  if (!due) return 'no deadline';
  if (overdueDays(annotation, today) !== undefined) return 'overdue';
  return daysBetween(today, due) <= 30 ? 'next 30 days' : 'later';
}
