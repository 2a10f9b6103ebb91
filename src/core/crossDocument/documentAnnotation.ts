import type { Annotation } from '../model';

/** An annotation of one document, as cross-document matching and conflict finding read it. */
export interface CrossDocumentAnnotation {
  /** Identifies the document (a URI, a path): members from one key are never merged automatically. */
  documentKey: string;
  /** How messages name the document ("pakistan-russia.txt"); `documentKey` when absent. */
  documentLabel?: string;
  annotation: Annotation;
  /**
   * Text before and after the annotation in its sentence, when the caller has it; otherwise the
   * anchor's ~32 characters of prefix and suffix are read. Used for what a figure measures.
   */
  before?: string;
  after?: string;
}

/** Where an annotation is: enough for the editor to find it and put a warning on it. */
export interface AnnotationRef {
  documentKey: string;
  annotationId: string;
}

export function refOf(item: CrossDocumentAnnotation): AnnotationRef {
  return { documentKey: item.documentKey, annotationId: item.annotation.id };
}

/** One string per annotation, for maps and sets (a NUL never occurs in keys or ids). */
export function refKey(ref: AnnotationRef): string {
  return `${ref.documentKey}\u0000${ref.annotationId}`;
}

export function labelOf(item: CrossDocumentAnnotation): string {
  return item.documentLabel ?? item.documentKey;
}

/**
 * Document, then position, then id, compared by code unit rather than locale: the order every
 * result is given in, so the output does not depend on the order of the input or the machine.
 */
export function compareDocumentOrder(a: CrossDocumentAnnotation, b: CrossDocumentAnnotation): number {
  return compareText(a.documentKey, b.documentKey) || a.annotation.anchor.start - b.annotation.anchor.start || compareText(a.annotation.id, b.annotation.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
