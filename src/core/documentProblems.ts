import { placesOf } from './annotationPlaces';
import { conflictLinks, type ConflictLinks } from './crossDocument/conflictLinks';
import type { Conflict } from './crossDocument/findConflicts';
import { overdueCommitmentDays } from './deadlines';
import type { IsoDate } from './model';
import type { MergedAnnotation } from './sidecar/mergeAnnotations';

/** Which problems are wanted: a severity of `off` leaves its kind out. */
export interface ProblemSettings {
  conflicts: boolean;
  orphans: boolean;
  overdue: boolean;
  today: IsoDate;
}

/** A problem of one document, with the JS offsets it covers in the current text. */
export type DocumentProblem =
  | { kind: 'conflict'; item: MergedAnnotation; start: number; end: number; conflict: Conflict; links: ConflictLinks }
  /** At the orphan's last known place: where its stored start falls in the current text. */
  | { kind: 'orphan'; item: MergedAnnotation; start: number; end: number }
  | { kind: 'overdue'; item: MergedAnnotation; start: number; end: number; days: number };

/**
 * A document's problems for the Problems panel: conflicts from the cross-document analysis
 * (`conflicts`: this document's annotation ids → their conflicts), orphaned annotations and
 * overdue commitments. Linear in the document's annotations plus its conflicts' links (at most
 * MAX_RELATED_LINKS each), with lookups through the model's places: nothing here reads the text
 * again or grows with the rest of the workspace.
 */
export function documentProblems(
  document: { text: string; merged: readonly MergedAnnotation[] },
  documentKey: string,
  conflicts: ReadonlyMap<string, readonly Conflict[]> | undefined,
  settings: ProblemSettings,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const places = placesOf(document);
  if (settings.conflicts && conflicts) {
    for (const [annotationId, ofAnnotation] of conflicts) {
      const item = places.find(annotationId);
      if (!item || item.annotation.review === 'rejected' || item.start === undefined || item.end === undefined) continue;
      for (const conflict of ofAnnotation) problems.push({ kind: 'conflict', item, start: item.start, end: item.end, conflict, links: conflictLinks(conflict.members, { documentKey, annotationId }) });
    }
  }
  if (!settings.orphans && !settings.overdue) return problems;
  for (const item of document.merged) {
    if (item.annotation.review === 'rejected') continue;
    if (item.anchorState === 'orphaned') {
      if (settings.orphans) problems.push({ kind: 'orphan', item, ...places.lastKnownPlace(item) });
      continue;
    }
    if (!settings.overdue) continue;
    const days = overdueCommitmentDays(item, settings.today);
    if (days !== undefined) problems.push({ kind: 'overdue', item, start: item.start!, end: item.end!, days });
  }
  return problems;
}
