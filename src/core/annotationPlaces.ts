import { LineIndex } from './lineIndex';
import { OffsetMap } from './offsets';
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
    if (!this.byId) {
      this.byId = new Map();
      for (const item of this.merged) if (!this.byId.has(item.annotation.id)) this.byId.set(item.annotation.id, item);
    }
    return this.byId.get(id);
  }

  /** 0-based line and UTF-16 character of an offset. */
  positionAt(offset: number): { line: number; character: number } {
    this.lines ??= new LineIndex(this.text);
    return this.lines.positionAt(offset);
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
