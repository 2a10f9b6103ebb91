import type { Annotation, AnnotationDeadline } from '../../../src/core/model';
import type { CrossDocumentAnnotation } from '../../../src/core/crossDocument/documentAnnotation';

let counter = 0;

/** A commitment as a sidecar would hold it, in the document `documentKey`. */
export function commitment(documentKey: string, actor: string | undefined, action: string, extra: Partial<Annotation> & { id?: string } = {}): CrossDocumentAnnotation {
  const position = ++counter;
  const id = extra.id ?? `c-${position}`;
  const quote = `${actor ?? ''} will ${action}`.trim();
  const annotation: Annotation = {
    id,
    kind: 'commitment',
    review: 'accepted',
    status: 'open',
    anchor: { exact: quote, prefix: '', suffix: '', start: position * 10, end: position * 10 + quote.length },
    ...(actor !== undefined ? { actor } : {}),
    action,
    ...extra,
  };
  return { documentKey, documentLabel: documentKey, annotation };
}

export function withDeadline(text: string, due: string | { earliest: string; latest: string }): Partial<Annotation> {
  const deadline: AnnotationDeadline = typeof due === 'string' ? { text, due } : { text, range: due };
  return { deadline };
}

/** A figure with its quote and ~32 characters of context either side, as annotationFromFact stores it. */
export function figure(documentKey: string, sentence: string, quote: string, value: number, unit: string | undefined, extra: Partial<Annotation> = {}): CrossDocumentAnnotation {
  const at = sentence.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in "${sentence}"`);
  const id = `f-${++counter}`;
  const offset = counter * 1000;
  const annotation: Annotation = {
    id,
    kind: 'figure',
    review: 'suggested',
    anchor: { exact: quote, prefix: sentence.slice(Math.max(0, at - 32), at), suffix: sentence.slice(at + quote.length, at + quote.length + 32), start: offset + at, end: offset + at + quote.length },
    value,
    ...(unit !== undefined ? { unit } : {}),
    ...extra,
  };
  return { documentKey, documentLabel: documentKey, annotation };
}
