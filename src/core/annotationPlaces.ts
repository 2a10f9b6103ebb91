import { LineIndex } from './lineIndex';
import { OffsetMap } from './offsets';
import { runToEnd } from './steps';

/** Annotations mapped by id between two pauses of `prepare`. */
const ID_STEP = 4_000;
import type { MergedAnnotation } from './sidecar/mergeAnnotations';

/**
 * Where a document model's annotations are: found by id, their offsets turned into lines. Both
 * lookups are built once per model, on first use, instead of a pass over the text or the
 * annotations for each lookup: in the freeze of issue #20, a line index over a 5 MB text was
 * rebuilt for every member of every cross-document conflict (over a million times).
 */
export class AnnotationPlaces {
  private lines: LineIndex | undefined;
  private byId: Map<string, MergedAnnotation> | undefined;
  private offsets: OffsetMap | undefined;

  constructor(
    private readonly text: string,
    private readonly merged: readonly MergedAnnotation[],
  ) {}

  /** The annotation with this id; the first of that id, as `merged.find` would give. */
  find(id: string): MergedAnnotation | undefined {
    this.byId ??= runToEnd(this.indexIds());
    return this.byId.get(id);
  }

  /**
   * Builds both lookups ahead of use, pausing (yielding) every few thousand annotations: a 5 MB
   * seed's 63,000 ids take 30-60 ms to map, too long for one block of the extension host.
   */
  *prepare(): Generator<void, void> {
    if (!this.byId) {
      const byId = yield* this.indexIds();
      this.byId ??= byId;
    }
    this.lines ??= new LineIndex(this.text);
  }

  private *indexIds(): Generator<void, Map<string, MergedAnnotation>> {
    const byId = new Map<string, MergedAnnotation>();
    for (let index = 0; index < this.merged.length; index++) {
      if (index % ID_STEP === ID_STEP - 1) yield;
      const item = this.merged[index];
      if (!byId.has(item.annotation.id)) byId.set(item.annotation.id, item);
    }
    return byId;
  }

  /** 0-based line and UTF-16 character of an offset. */
  positionAt(offset: number): { line: number; character: number } {
    this.lines ??= new LineIndex(this.text);
    return this.lines.positionAt(offset);
  }

  /** Where a span of the text starts and ends, as lines and UTF-16 characters. */
  rangeAt(start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** 0-based line of an offset. */
  lineAt(offset: number): number {
    return this.positionAt(offset).line;
  }

  /**
   * Where an orphan was last seen, in this text: its stored start (code points, as the sidecar
   * keeps it) as a JS offset, to the end of its quote or of the line, whichever comes first.
   * Past the end of a shorter text, the last line.
   */
  lastKnownPlace(item: MergedAnnotation): { start: number; end: number } {
    this.offsets ??= new OffsetMap(this.text);
    const start = Math.min(Math.max(0, this.offsets.toUtf16(item.annotation.anchor.start)), this.text.length);
    const newline = this.text.indexOf('\n', start);
    const lineEnd = newline === -1 ? this.text.length : newline;
    return { start, end: Math.min(lineEnd, start + item.annotation.anchor.exact.length) };
  }
}

/** One set of places per model: keyed by the model's annotation list, which a new text or sidecar replaces. */
const cache = new WeakMap<readonly MergedAnnotation[], AnnotationPlaces>();

/**
 * The places of a document model, made once per model and kept as long as the model is. A model
 * is its text with its annotation list; the list is new whenever either changes.
 */
export function placesOf(document: { text: string; merged: readonly MergedAnnotation[] }): AnnotationPlaces {
  let places = cache.get(document.merged);
  if (!places) cache.set(document.merged, (places = new AnnotationPlaces(document.text, document.merged)));
  return places;
}
