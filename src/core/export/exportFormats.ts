import type { Annotation } from '../model';

/** What the exporters receive: a document's annotations with where each one is now. */
export interface ExportDocument {
  /** The document's path as the user gave it. */
  file: string;
  text: string;
  referenceDate: string;
  /** JS offsets in `text` where each annotation is now (absent when orphaned); `stale` when its value no longer matches the text. */
  annotations: ReadonlyArray<{ annotation: Annotation; anchorState: string; start?: number; end?: number; stale?: true }>;
}

export const EXPORT_FORMATS = ['json', 'csv', 'w3c', 'brat', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
