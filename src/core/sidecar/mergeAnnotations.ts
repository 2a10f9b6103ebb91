import { anchorFromCodePoints, reanchor, type AnchorState } from '../anchor';
import { valueWordsDiffer } from '../anchoring/valueWords';
import type { Annotation, Fact } from '../model';
import { OffsetMap } from '../offsets';
import { annotationFromFact, TakenIds } from './annotationFromFact';
import type { SuggestionMemo } from './suggestionMemo';
import { runToEnd } from '../steps';

/**
 * Facts merged between two pauses of a sliced merge: a few milliseconds' work even on the host's
 * first merge, which runs before the JIT has compiled this code (the caller's slice joins steps).
 */
const FACTS_PER_STEP = 64;

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
  /**
   * The annotation's value no longer matches its text: it was marked so in the sidecar, or its
   * quote was found reworded with different digits, number words or date words. Views must not
   * show such a value as current.
   */
  stale?: true;
  /** The extracted fact behind the annotation, when there is one at the same place. */
  fact?: Fact;
}

/**
 * Extraction output + sidecar → one model (design.md §2). Sidecar annotations are re-anchored
 * to the current text and win over fresh suggestions of the same kind at the same place:
 * accepted and edited ones replace the suggestion, rejected ones keep it from coming back.
 * Orphaned annotations are kept, without a position. `memo` (kept per open document) makes
 * re-merging after an edit cost little more than the changed paragraphs.
 */
export function mergeAnnotations(text: string, facts: readonly Fact[], stored: readonly Annotation[], memo?: SuggestionMemo): MergedAnnotation[] {
  return runToEnd(mergeAnnotationsInSteps(text, facts, stored, memo));
}

/** `mergeAnnotations`, pausing every few hundred facts so a long document merges in slices. */
export function* mergeAnnotationsInSteps(text: string, facts: readonly Fact[], stored: readonly Annotation[], memo?: SuggestionMemo): Generator<void, MergedAnnotation[]> {
  // One offset map for the whole document: building it is linear in the text.
  const offsets = new OffsetMap(text);
  const anchors = stored.map((annotation) => anchorFromCodePoints(text, annotation.anchor, offsets));
  const results = reanchor(anchors, text);
  const merged: MergedAnnotation[] = stored.map((annotation, index) => {
    const result = results[index];
    const placed = result.state !== 'orphaned' && result.start !== undefined && result.end !== undefined;
    const reworded = placed && result.state === 'fuzzy' && valueWordsDiffer(annotation.anchor.exact, text.slice(result.start, result.end));
    return {
      annotation,
      origin: 'sidecar',
      anchorState: result.state,
      ...(annotation.stale === true || reworded ? { stale: true as const } : {}),
      ...(placed ? { start: result.start, end: result.end } : {}),
      ...(result.score !== undefined ? { score: result.score } : {}),
    };
  });
  const placedByKind = new Map<string, PlacedIndex>();
  for (const item of merged) {
    if (item.start === undefined) continue;
    let index = placedByKind.get(item.annotation.kind);
    if (!index) placedByKind.set(item.annotation.kind, (index = new PlacedIndex()));
    index.add(item);
  }
  const takenIds = new TakenIds(stored.map((annotation) => annotation.id));
  for (let index = 0; index < facts.length; index++) {
    if (index % FACTS_PER_STEP === FACTS_PER_STEP - 1) yield;
    const fact = facts[index];
    const decided = placedByKind.get(fact.kind)?.overlapping(fact.start, fact.end);
    if (decided) {
      decided.fact ??= fact;
      continue;
    }
    const annotation = memo ? memo.suggestionFor(text, fact, takenIds, offsets) : annotationFromFact(text, fact, 'suggested', takenIds, offsets);
    merged.push({ annotation, origin: 'extracted', anchorState: 'exact', start: fact.start, end: fact.end, fact });
  }
  return merged;
}

/**
 * Placed sidecar annotations of one kind, found by overlap in logarithmic time (sorted by
 * start, with the longest span seen so far, so a long annotation before the query is not missed).
 */
class PlacedIndex {
  private readonly items: MergedAnnotation[] = [];
  private sorted = true;
  private longest = 0;

  add(item: MergedAnnotation): void {
    const last = this.items[this.items.length - 1];
    if (last && last.start! > item.start!) this.sorted = false;
    this.items.push(item);
    this.longest = Math.max(this.longest, item.end! - item.start!);
  }

  overlapping(start: number, end: number): MergedAnnotation | undefined {
    if (!this.sorted) {
      this.items.sort((a, b) => a.start! - b.start!);
      this.sorted = true;
    }
    let low = 0;
    let high = this.items.length;
    const earliest = start - this.longest;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.items[middle].start! < earliest) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.items.length && this.items[i].start! < end; i++) {
      if (this.items[i].end! > start) return this.items[i];
    }
    return undefined;
  }
}
