import { OffsetMap } from '../offsets';
import type { ExportDocument } from './exportFormats';

/** A document's annotations with where each is now (`position`, code points; absent when orphaned). */
export function toJsonExport(document: ExportDocument): Record<string, unknown> {
  const offsets = new OffsetMap(document.text);
  return {
    file: document.file,
    referenceDate: document.referenceDate,
    annotations: document.annotations.map((item) => ({
      ...item.annotation,
      anchorState: item.anchorState,
      ...(item.stale ? { stale: true } : {}),
      ...(item.start !== undefined && item.end !== undefined ? { position: { start: offsets.toCodePoint(item.start), end: offsets.toCodePoint(item.end) } } : {}),
    })),
  };
}
