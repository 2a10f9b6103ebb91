import { anchorToCodePoints, createAnchor } from './anchoring/anchorContext';
import type { StoredAnchor } from './model';
import { OffsetMap } from './offsets';
import type { MergedAnnotation } from './sidecar/mergeAnnotations';

/**
 * An extracted annotation's anchor is its quote and 32 characters either side, all taken from the
 * document's text at its span: nearly half of a model's JSON, and nothing the text and the
 * span do not give again. Models that cross threads or sit in the model cache leave such anchors
 * out (`anchor: null`, in place, so the keys keep their order) and make them again on reading.
 */
export class ModelAnchors {
  private offsets: OffsetMap | undefined;

  constructor(private readonly text: string) {}

  /** The annotation as it is written out: its anchor left out when the text gives it back exactly. */
  leaveOut(item: MergedAnnotation): MergedAnnotation | LeftOut {
    if (item.origin !== 'extracted' || item.start === undefined || item.end === undefined || item.end > this.text.length) return item;
    const made = this.anchorAt(item.start, item.end);
    const kept = item.annotation.anchor;
    const same = Object.keys(kept).length === 5 && kept.exact === made.exact && kept.prefix === made.prefix && kept.suffix === made.suffix && kept.start === made.start && kept.end === made.end;
    return same ? { ...item, annotation: { ...item.annotation, anchor: null } } : item;
  }

  /** Makes the left-out anchors of annotations just parsed again, in place. */
  putBack(items: ReadonlyArray<MergedAnnotation | LeftOut>): MergedAnnotation[] {
    for (const item of items) {
      const annotation = item.annotation as { anchor: StoredAnchor | null };
      if (annotation.anchor === null) annotation.anchor = this.anchorAt(item.start!, item.end!);
    }
    return items as MergedAnnotation[];
  }

  private anchorAt(start: number, end: number): StoredAnchor {
    this.offsets ??= new OffsetMap(this.text);
    return anchorToCodePoints(this.text, createAnchor(this.text, start, end), this.offsets);
  }
}

/** An annotation whose anchor was left out of the model's text. */
export type LeftOut = Omit<MergedAnnotation, 'annotation'> & { annotation: Omit<MergedAnnotation['annotation'], 'anchor'> & { anchor: null } };
