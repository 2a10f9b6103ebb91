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

/**
 * Promises told by five documents each in different words: verbs from one group, number words
 * or digits, an optional adjective, the actor with or without a title; plus a few words many
 * promises share, so the index has long postings, and near misses that half-share an object, and reports that leave one out.
 */
export function syntheticCommitments(count: number, documents: number, seed: number, firstObjects = count): CrossDocumentAnnotation[] {
  let state = seed;
  const random = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'ben', 'dri', 'qu', 'zel', 'mon', 'ux', 'pha', 'gri', 'tel'];
  const word = (n: number): string => Array.from({ length: 2 + (n % 2) }, (_, k) => syllables[(n >> (k * 4)) % syllables.length]).join('') + syllables[n % 7];
  const verbs = [['build', 'construct', 'erect'], ['complete', 'finish', 'finalise'], ['cut', 'reduce', 'lower'], ['raise', 'increase', 'boost'], ['start', 'launch', 'begin'], ['repair', 'restore', 'fix']];
  const numbers: Array<[string, string]> = [['5', 'five'], ['12', 'twelve'], ['10,000', 'ten thousand'], ['40', 'forty']];
  const common = ['pipeline', 'project', 'network', 'plant'];
  const actors = Array.from({ length: 150 }, (_, n) => word(n * 7919 + 13).replace(/^./, (c) => c.toUpperCase()));
  const promises = Array.from({ length: Math.ceil(count / 5) }, () => ({
    actor: actors[random(actors.length)],
    verbs: verbs[random(verbs.length)],
    // The second object comes from a small pool, so many promises half-share their object.
    objects: [word(random(firstObjects) * 31 + 7), word(random(count / 12) * 17 + 3)],
    common: common[random(common.length)],
    number: random(3) === 0 ? numbers[random(numbers.length)] : undefined,
  }));
  const inputs: CrossDocumentAnnotation[] = [];
  for (let n = 0; inputs.length < count; n++) {
    const promise = promises[n % promises.length];
    const document = `doc-${String((n * 37 + Math.floor(n / promises.length)) % documents).padStart(4, '0')}.txt`;
    const number = promise.number ? `${promise.number[random(2)]} ` : '';
    const adjective = random(3) === 0 ? 'new ' : '';
    // Some reports leave out the second object: pairs then sit nearer the threshold.
    const objects = random(4) === 0 ? promise.objects[0] : promise.objects.join(' ');
    const action = `${promise.verbs[random(promise.verbs.length)]} ${number}${adjective}${objects} ${promise.common}`;
    const actor = random(4) === 0 ? `the ${promise.actor} government` : promise.actor;
    inputs.push(commitment(document, actor, action, { id: `c-${n}` }));
  }
  return inputs;
}
