import { basename } from 'node:path';
import { anchorToCodePoints, createAnchor } from '../core/anchor';
import type { ExtractionResult } from '../core/model';
import { OffsetMap } from '../core/offsets';
import { sha256Hex } from '../core/sha256';
import { mergeAnnotations } from '../core/sidecar/mergeAnnotations';
import { SidecarDocument, type SidecarOperation } from '../core/sidecar/sidecarDocument';
import { sidecarPathFor } from '../core/sidecar/sidecarPath';
import type { SidecarPlan } from '../core/sidecar/updateSidecar';

/** The sidecar path of a document given on the command line (native separators kept). */
export function sidecarPathOf(documentPath: string): string {
  const posix = documentPath.split('\\').join('/');
  const found = sidecarPathFor(posix);
  return documentPath.includes('\\') ? found.split('/').join('\\') : found;
}

export function lineEndingOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The plan for `extract --write`: record new suggestions, update positions of annotations
 * that moved or were found reworded (marking a changed value stale), and never touch people's decisions. The document hash is updated only when
 * every annotation was found again, since it says what the anchors were verified against.
 */
export function recordSuggestionsPlan(documentPath: string, text: string, result: ExtractionResult): SidecarPlan {
  return (current) => {
    const info = {
      file: basename(documentPath),
      sha256: sha256Hex(text),
      referenceDate: result.referenceDate.date,
      referenceDateFrom: result.referenceDate.from,
    };
    const merged = mergeAnnotations(text, result.facts, current?.annotations ?? []);
    const fresh = merged.filter((item) => item.origin === 'extracted').map((item) => item.annotation);
    if (!current) return { create: SidecarDocument.create(info, fresh, lineEndingOf(text)) };
    const operations: SidecarOperation[] = fresh.map((annotation) => ({ op: 'add', annotation }));
    const offsets = new OffsetMap(text);
    for (const item of merged) {
      if (item.origin !== 'sidecar' || (item.anchorState !== 'moved' && item.anchorState !== 'fuzzy') || item.start === undefined || item.end === undefined) continue;
      // Made afresh where the annotation was found, so the stored anchor holds its quote again: a
      // move keeps the quote, a reworded match takes the new words, and one whose value words
      // changed is marked stale for good, since the stored quote no longer shows what changed.
      const anchor = anchorToCodePoints(text, createAnchor(text, item.start, item.end), offsets);
      const stale = item.stale === true && item.annotation.stale !== true ? { stale: true } : {};
      operations.push({ op: 'update', id: item.annotation.id, changes: { anchor, ...stale } });
    }
    const allFound = merged.every((item) => item.anchorState === 'exact' || item.anchorState === 'moved');
    const document = current.content.document;
    const documentChanges = {
      ...(allFound && document.sha256 !== info.sha256 ? { sha256: info.sha256 } : {}),
      ...(document.referenceDate === undefined ? { referenceDate: info.referenceDate, referenceDateFrom: info.referenceDateFrom } : {}),
    };
    if (Object.keys(documentChanges).length > 0) operations.push({ op: 'document', changes: documentChanges });
    return operations.length > 0 ? { operations } : { nothing: true };
  };
}

