import { anchorFromCodePoints, reanchor, type AnchorState } from '../anchor';
import type { Annotation, Fact } from '../model';
import { annotationFromFact } from './annotationFromFact';

/** One annotation as the views show it: where it is now and whether a person has decided on it. */
export interface MergedAnnotation {
  annotation: Annotation;
  /** `sidecar`: kept in the file (a decision, a note, or a saved suggestion); `extracted`: a fresh suggestion. */
  origin: 'sidecar' | 'extracted';
  anchorState: AnchorState;
  /** JS offsets in the current text; absent when orphaned. */
  start?: number;
  end?: number;
  /** Similarity of a fuzzy re-anchoring, 0..1. */
  score?: number;
  /** The extracted fact behind the annotation, when there is one at the same place. */
  fact?: Fact;
}

/**
 * Extraction output + sidecar → one model (design.md §2). Sidecar annotations are re-anchored
 * to the current text and win over fresh suggestions of the same kind at the same place:
 * accepted and edited ones replace the suggestion, rejected ones keep it from coming back.
 * Orphaned annotations are kept, without a position.
 */
export function mergeAnnotations(text: string, facts: readonly Fact[], stored: readonly Annotation[]): MergedAnnotation[] {
  const anchors = stored.map((annotation) => anchorFromCodePoints(text, annotation.anchor));
  const results = reanchor(anchors, text);
  const merged: MergedAnnotation[] = stored.map((annotation, index) => {
    const result = results[index];
    const placed = result.state !== 'orphaned' && result.start !== undefined && result.end !== undefined;
    return {
      annotation,
      origin: 'sidecar',
      anchorState: result.state,
      ...(placed ? { start: result.start, end: result.end } : {}),
      ...(result.score !== undefined ? { score: result.score } : {}),
    };
  });
  const placedByKind = new Map<string, MergedAnnotation[]>();
  for (const item of merged) {
    if (item.start === undefined) continue;
    const list = placedByKind.get(item.annotation.kind) ?? [];
    list.push(item);
    placedByKind.set(item.annotation.kind, list);
  }
  const takenIds = new Set(stored.map((annotation) => annotation.id));
  for (const fact of facts) {
    const sameKind = placedByKind.get(fact.kind) ?? [];
    const decided = sameKind.find((item) => item.start! < fact.end && fact.start < item.end!);
    if (decided) {
      decided.fact ??= fact;
      continue;
    }
    const annotation = annotationFromFact(text, fact, 'suggested', takenIds);
    takenIds.add(annotation.id);
    merged.push({ annotation, origin: 'extracted', anchorState: 'exact', start: fact.start, end: fact.end, fact });
  }
  return merged;
}
