import { extractInSteps } from './extract';
import type { Annotation, ExtractOptions, ExtractionResult, IsoDate, SidecarDocumentInfo } from './model';
import { mergeAnnotationsInSteps, type MergedAnnotation } from './sidecar/mergeAnnotations';
import { runToEnd } from './steps';
import type { SuggestionMemo } from './sidecar/suggestionMemo';

export interface DocumentModel {
  result: ExtractionResult;
  merged: MergedAnnotation[];
}

export interface DocumentModelInput {
  text: string;
  sidecar?: { document: SidecarDocumentInfo; annotations: readonly Annotation[] };
  /** A date the user gave for this run (CLI `--date`); wins over the sidecar's. */
  referenceDate?: IsoDate;
  /** The user's calendar date: the reference date of a document that gives none (see ExtractOptions). */
  today: IsoDate;
  cache?: ExtractOptions['cache'];
  /** Remembered suggestions of this document (with `cache`, an edit re-merges little more than it re-extracts). */
  memo?: SuggestionMemo;
}

/**
 * Text → facts → merged with the sidecar: the one model every view reads. The reference date
 * comes from the caller, else the sidecar (a date a person set), else the document, else today.
 */
export function buildDocumentModel(input: DocumentModelInput): DocumentModel {
  return runToEnd(buildDocumentModelInSteps(input));
}

/** `buildDocumentModel` in steps, for the editor's host to build a long document's model in slices. */
export function* buildDocumentModelInSteps(input: DocumentModelInput): Generator<void, DocumentModel> {
  const stored = input.sidecar?.document;
  const setByPerson = stored?.referenceDate && (stored.referenceDateFrom === 'sidecar' || stored.referenceDateFrom === 'caller') ? stored : undefined;
  const reference: Omit<ExtractOptions, 'today'> = input.referenceDate
    ? { referenceDate: input.referenceDate }
    : setByPerson
      ? { referenceDate: setByPerson.referenceDate, referenceDateFrom: 'sidecar' }
      : {};
  const result = yield* extractInSteps(input.text, { ...reference, today: input.today, ...(input.cache ? { cache: input.cache } : {}) });
  return { result, merged: yield* mergeAnnotationsInSteps(input.text, result.facts, input.sidecar?.annotations ?? [], input.memo) };
}
