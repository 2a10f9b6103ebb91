import { createAnchor } from '../anchoring/anchorContext';
import type { OffsetMap } from '../offsets';
import type { ExportDocument } from './exportFormats';

/** Where an exported annotation is in the document as it is now: its quote there, with context, in code points. */
export interface CurrentPlace {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The place an annotation was re-anchored to, not the one stored in its sidecar: after edits the
 * stored offsets point at other text, and a reworded match has other words. Undefined for an
 * orphaned annotation, which has no place in the text and must not be exported with one.
 */
export function currentPlaceOf(document: ExportDocument, item: ExportDocument['annotations'][number], offsets: OffsetMap): CurrentPlace | undefined {
  if (item.anchorState === 'orphaned' || item.start === undefined || item.end === undefined) return undefined;
  const anchor = createAnchor(document.text, item.start, item.end);
  return { start: offsets.toCodePoint(item.start), end: offsets.toCodePoint(item.end), exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}
