import { anchorContextBounds } from '../anchor';
import type { Annotation, Fact } from '../model';
import type { OffsetMap } from '../offsets';
import { annotationBaseId, annotationFromFact, type TakenIds } from './annotationFromFact';

interface Remembered {
  annotation: Annotation;
  baseId: string;
}

/**
 * The sidecar form of each extracted fact, remembered per fact object. Incremental extraction
 * keeps the fact objects of paragraphs an edit did not touch (moving their offsets), so after a
 * keystroke nearly every suggestion is already known: only its code point offsets and its id's
 * repeat number are worked out again, once its quote and context are checked to be unchanged.
 * Gives exactly what `annotationFromFact` gives (tested).
 */
export class SuggestionMemo {
  private byFact = new WeakMap<Fact, Remembered>();

  suggestionFor(text: string, fact: Fact, takenIds: TakenIds, offsets: OffsetMap): Annotation {
    const remembered = this.byFact.get(fact);
    if (remembered && this.stillHolds(text, fact, remembered.annotation)) {
      const { annotation, baseId } = remembered;
      return { ...annotation, id: takenIds.claim(baseId), anchor: { ...annotation.anchor, start: offsets.toCodePoint(fact.start), end: offsets.toCodePoint(fact.end) } };
    }
    const annotation = annotationFromFact(text, fact, 'suggested', takenIds, offsets);
    this.byFact.set(fact, { annotation, baseId: annotationBaseId(fact.kind, annotation.anchor) });
    return annotation;
  }

  /** Forgets everything (the reference date changed, or the facts were extracted afresh). */
  clear(): void {
    this.byFact = new WeakMap();
  }

  private stillHolds(text: string, fact: Fact, annotation: Annotation): boolean {
    const { exact, prefix, suffix } = annotation.anchor;
    const { prefixStart, suffixEnd } = anchorContextBounds(text, fact.start, fact.end);
    return (
      fact.end - fact.start === exact.length &&
      fact.start - prefixStart === prefix.length &&
      suffixEnd - fact.end === suffix.length &&
      text.startsWith(exact, fact.start) &&
      text.startsWith(prefix, prefixStart) &&
      text.startsWith(suffix, fact.end)
    );
  }
}
