import { buildDocumentModel, type DocumentModelInput } from './documentModel';
import type { ReferenceDate } from './model';
import type { MergedAnnotation } from './sidecar/mergeAnnotations';

/** What the workspace index keeps of a document's model: not the facts and sentences, which it never reads. */
export interface IndexModel {
  referenceDate: ReferenceDate;
  merged: MergedAnnotation[];
}

export type IndexModelInput = Omit<DocumentModelInput, 'cache' | 'memo'>;

/**
 * The document's model as the index keeps it. The extracted facts behind suggestions are left
 * out (only an open document's hover reads them, from its own view): they are half of what a
 * worker thread would otherwise copy back for each document.
 */
export function buildIndexModel(input: IndexModelInput): IndexModel {
  const model = buildDocumentModel(input);
  return { referenceDate: model.result.referenceDate, merged: model.merged.map(({ fact: _fact, ...kept }) => kept) };
}
