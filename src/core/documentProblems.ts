import { placesOf } from './annotationPlaces';
import { conflictLinks, type ConflictLinks } from './crossDocument/conflictLinks';
import { runToEnd } from './steps';
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
  /** Placed on text whose number or date words changed: its stored value no longer says what the text says. */
  | { kind: 'stale'; item: MergedAnnotation; start: number; end: number }
  | { kind: 'overdue'; item: MergedAnnotation; start: number; end: number; days: number };

/** Annotations looked at between two pauses of `collectDocumentProblems`. */
const PROBLEM_STEP = 1_000;

/**
 * A document's problems for the Problems panel: conflicts from the cross-document analysis
 * (`conflicts`: this document's annotation ids → their conflicts), orphaned annotations, stale
 * values and overdue commitments, in the order of the model. Linear in the document's annotations plus its
 * conflicts' links (at most MAX_RELATED_LINKS each): nothing here reads the text again or grows
 * with the rest of the workspace. A generator that pauses every PROBLEM_STEP annotations, so a
 * 5 MB seed's tens of thousands are not looked at in one go.
 */
export function* collectDocumentProblems(
  document: { text: string; merged: readonly MergedAnnotation[] },
  documentKey: string,
  conflicts: ReadonlyMap<string, readonly Conflict[]> | undefined,
  settings: ProblemSettings,
): Generator<void, DocumentProblem[]> {
  const problems: DocumentProblem[] = [];
  const places = placesOf(document);
  const wanted = { conflicts: settings.conflicts && conflicts !== undefined && conflicts.size > 0, orphans: settings.orphans, overdue: settings.overdue };
  if (!wanted.conflicts && !wanted.orphans && !wanted.overdue) return problems;
  for (let index = 0; index < document.merged.length; index++) {
    if (index % PROBLEM_STEP === PROBLEM_STEP - 1) yield;
    const item = document.merged[index];
    if (item.annotation.review === 'rejected') continue;
    if (item.anchorState === 'orphaned') {
      if (wanted.orphans) problems.push({ kind: 'orphan', item, ...places.lastKnownPlace(item) });
      continue;
    }
    if (item.start === undefined || item.end === undefined) continue;
    // Re-anchoring problems share the orphans' setting: both say an annotation no longer fits its text.
    if (wanted.orphans && item.stale) problems.push({ kind: 'stale', item, start: item.start, end: item.end });
    const ofAnnotation = wanted.conflicts ? conflicts!.get(item.annotation.id) : undefined;
    if (ofAnnotation) {
      for (const conflict of ofAnnotation) problems.push({ kind: 'conflict', item, start: item.start, end: item.end, conflict, links: conflictLinks(conflict.members, { documentKey, annotationId: item.annotation.id }) });
    }
    if (!wanted.overdue) continue;
    const days = overdueCommitmentDays(item, settings.today);
    if (days !== undefined) problems.push({ kind: 'overdue', item, start: item.start, end: item.end, days });
  }
  return problems;
}

/** `collectDocumentProblems` in one go. */
export function documentProblems(
  document: { text: string; merged: readonly MergedAnnotation[] },
  documentKey: string,
  conflicts: ReadonlyMap<string, readonly Conflict[]> | undefined,
  settings: ProblemSettings,
): DocumentProblem[] {
  return runToEnd(collectDocumentProblems(document, documentKey, conflicts, settings));
}
