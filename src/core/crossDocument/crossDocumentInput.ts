import type { Annotation } from '../model';
import type { MergedAnnotation } from '../sidecar/mergeAnnotations';
import { runToEnd } from '../steps';
import type { CrossDocumentAnnotation } from './documentAnnotation';

/** Characters of the line around a figure read to tell what it measures. */
export const FIGURE_CONTEXT = 80;

/**
 * Annotations handled between two pauses of a step-wise collection: a few milliseconds of work
 * even the first time, before the JIT has compiled this code (the caller's slice joins steps).
 */
const COLLECT_STEP = 128;

/** One document's share of the analysis. */
export interface CrossDocumentInput {
  documentKey: string;
  documentLabel: string;
  /** Commitments that are neither rejected nor orphaned, in the model's order. */
  commitments: CrossDocumentAnnotation[];
  /** Placed figures that are neither rejected nor orphaned, with the words around them. */
  figures: CrossDocumentAnnotation[];
  /**
   * A digest of everything the analysis reads except offsets. Typing moves offsets but rarely a
   * fact: equal signatures give the same clusters and conflicts, so the analysis is not redone.
   */
  signature: string;
}

/**
 * A document's commitments and figures, collected in steps: the generator pauses (yields) every
 * COLLECT_STEP annotations so a caller on a busy thread can let other work run in between.
 */
export function* collectCrossDocumentInput(documentKey: string, documentLabel: string, text: string, merged: readonly MergedAnnotation[]): Generator<void, CrossDocumentInput> {
  const commitments: CrossDocumentAnnotation[] = [];
  const figures: CrossDocumentAnnotation[] = [];
  const digest = new Digest();
  digest.add(documentLabel);
  for (let index = 0; index < merged.length; index++) {
    if (index % COLLECT_STEP === COLLECT_STEP - 1) yield;
    const item = merged[index];
    const { annotation } = item;
    if (annotation.review === 'rejected' || item.anchorState === 'orphaned') continue;
    if (annotation.kind === 'commitment') {
      commitments.push({ documentKey, documentLabel, annotation });
      digestCommitment(digest, annotation);
    } else if (annotation.kind === 'figure' && item.start !== undefined && item.end !== undefined) {
      const context = lineContext(text, item.start, item.end);
      figures.push({ documentKey, documentLabel, annotation, ...context });
      digestFigure(digest, annotation, context);
    }
  }
  return { documentKey, documentLabel, commitments, figures, signature: digest.value() };
}

/** `collectCrossDocumentInput` in one go. */
export function crossDocumentInputOf(documentKey: string, documentLabel: string, text: string, merged: readonly MergedAnnotation[]): CrossDocumentInput {
  return runToEnd(collectCrossDocumentInput(documentKey, documentLabel, text, merged));
}

/** The text before and after a span on its own line, a little of it: what a figure measures is near it. */
export function lineContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - FIGURE_CONTEXT);
  const newline = text.indexOf('\n', end);
  const lineEnd = Math.min(newline === -1 ? text.length : newline, end + FIGURE_CONTEXT);
  return { before: text.slice(lineStart, start), after: text.slice(end, lineEnd) };
}

/**
 * An annotation as the analysis reads it, nothing more: what crosses to a worker thread is a
 * tenth of the whole annotation (a 5 MB document's 26,000 commitments and figures were 9.6 MB
 * to copy whole, ~200 ms of the sending thread).
 */
export function slimForAnalysis(item: CrossDocumentAnnotation): CrossDocumentAnnotation {
  const a = item.annotation;
  const context = item.before !== undefined || item.after !== undefined;
  const annotation: Annotation = {
    id: a.id,
    kind: a.kind,
    review: a.review,
    anchor: { exact: a.anchor.exact, prefix: context ? '' : a.anchor.prefix, suffix: context ? '' : a.anchor.suffix, start: a.anchor.start, end: a.anchor.end },
  };
  if (a.kind === 'commitment') {
    if (a.actor !== undefined) annotation.actor = a.actor;
    if (a.action !== undefined) annotation.action = a.action;
    if (a.link !== undefined) annotation.link = a.link;
    if (a.deadline) annotation.deadline = { text: a.deadline.text, ...(a.deadline.due ? { due: a.deadline.due } : {}), ...(a.deadline.range ? { range: a.deadline.range } : {}) };
  } else {
    if (a.value !== undefined) annotation.value = a.value;
    if (a.unit !== undefined) annotation.unit = a.unit;
    if (a.per !== undefined) annotation.per = a.per;
    if (a.qualifier !== undefined) annotation.qualifier = a.qualifier;
  }
  return { documentKey: item.documentKey, ...(item.documentLabel !== undefined ? { documentLabel: item.documentLabel } : {}), annotation, ...(item.before !== undefined ? { before: item.before } : {}), ...(item.after !== undefined ? { after: item.after } : {}) };
}

function digestCommitment(digest: Digest, a: Annotation): void {
  digest.add('c', a.id, a.review, a.actor, a.action, a.anchor.exact, a.link, a.deadline?.text, a.deadline?.due, a.deadline?.range?.earliest, a.deadline?.range?.latest);
}

function digestFigure(digest: Digest, a: Annotation, context: { before: string; after: string }): void {
  digest.add('f', a.id, a.review, a.anchor.exact, a.value === undefined ? undefined : String(a.value), a.unit, a.per, a.qualifier, context.before, context.after);
}

/** Two 32-bit FNV-1a hashes over the fields and their separators: a 64-bit digest, cheap to compute in the collection's loop. */
class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(...fields: Array<string | undefined>): void {
    for (const field of fields) {
      this.mix(field === undefined ? '\u0002' : field);
      this.mix('\u0001');
    }
  }

  value(): string {
    return `${(this.a >>> 0).toString(16)}${(this.b >>> 0).toString(16)}`;
  }

  private mix(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }
}
