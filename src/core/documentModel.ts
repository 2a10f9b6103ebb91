import { extractInSteps } from './extract';
import type { ParagraphFactCache } from './extract/incremental/paragraphCache';
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
  cache?: ParagraphFactCache;
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

/**
 * What a caller showing a long document wants while its first reading goes on: the offset its
 * screen reaches, which it may move between two steps (the user scrolls).
 */
export interface PreviewRequest {
  wantedThrough: number;
}

/** The model of the text read so far: its facts and suggestions are final, and every sidecar annotation is in it. */
export interface DocumentPreview {
  /** Facts are read up to this offset. */
  through: number;
  model: DocumentModel;
}

/**
 * `buildDocumentModel` in steps, for the editor's host to build a long document's model in
 * slices. With `preview` and a paragraph cache that reads the text for the first time, a step
 * also hands over a preview each time the reading newly passes `preview.wantedThrough`.
 */
export function* buildDocumentModelInSteps(input: DocumentModelInput, preview?: PreviewRequest): Generator<DocumentPreview | void, DocumentModel> {
  const stored = input.sidecar?.document;
  const setByPerson = stored?.referenceDate && (stored.referenceDateFrom === 'sidecar' || stored.referenceDateFrom === 'caller') ? stored : undefined;
  const reference: Omit<ExtractOptions, 'today'> = input.referenceDate
    ? { referenceDate: input.referenceDate }
    : setByPerson
      ? { referenceDate: setByPerson.referenceDate, referenceDateFrom: 'sidecar' }
      : {};
  const annotations = input.sidecar?.annotations ?? [];
  const extraction = extractInSteps(input.text, { ...reference, today: input.today, ...(input.cache ? { cache: input.cache } : {}) });
  const cache = preview && input.cache;
  let shownThrough = 0;
  for (;;) {
    const step = extraction.next();
    if (step.done) return { result: step.value, merged: yield* mergeAnnotationsInSteps(input.text, step.value.facts, annotations, input.memo) };
    yield;
    if (!preview || !cache || preview.wantedThrough <= shownThrough || (cache.readThrough() ?? -1) < preview.wantedThrough) continue;
    const soFar = cache.readSoFar();
    if (!soFar) continue;
    const merged = yield* mergeAnnotationsInSteps(input.text, soFar.facts, annotations, input.memo);
    shownThrough = soFar.through;
    yield { through: soFar.through, model: { result: { referenceDate: soFar.reference, facts: soFar.facts, sentences: soFar.sentences }, merged } };
  }
}
