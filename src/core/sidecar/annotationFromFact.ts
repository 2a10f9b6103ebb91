import { anchorToCodePoints, createAnchor } from '../anchor';
import type { Annotation, Fact, FactKind, ReviewState, StoredAnchor } from '../model';
import { OffsetMap } from '../offsets';

const ID_PREFIX: Record<FactKind, string> = { claim: 'cl', figure: 'f', date: 'd', deadline: 'dl', commitment: 'c' };

/**
 * The sidecar form of an extracted fact: its anchor in code points and the fields of its kind.
 * The id is derived from the kind and the quote with its context, so the same fact gets the
 * same id each time the document is extracted.
 */
export function annotationFromFact(
  text: string,
  fact: Fact,
  review: ReviewState = 'suggested',
  takenIds: ReadonlySet<string> | TakenIds = new Set(),
  offsets: OffsetMap = new OffsetMap(text),
): Annotation {
  const anchor = anchorToCodePoints(text, createAnchor(text, fact.start, fact.end), offsets);
  const annotation: Annotation = { id: annotationId(fact.kind, anchor, takenIds), kind: fact.kind, review, anchor };
  switch (fact.kind) {
    case 'figure':
      annotation.value = fact.value;
      if (fact.unit) annotation.unit = fact.unit;
      if (fact.qualifier) annotation.qualifier = fact.qualifier.text;
      if (fact.per) annotation.per = fact.per;
      break;
    case 'date':
    case 'deadline':
      annotation.timex = fact.timex;
      if (fact.due) annotation.due = fact.due;
      if (fact.range) annotation.range = { ...fact.range };
      break;
    case 'claim':
      annotation.source = { who: fact.source.name, cue: fact.cue.text };
      break;
    case 'commitment':
      annotation.status = 'open';
      annotation.actor = fact.actor.name;
      annotation.action = fact.action;
      if (fact.deadline) {
        annotation.deadline = {
          text: fact.deadline.text,
          timex: fact.deadline.timex,
          ...(fact.deadline.due ? { due: fact.deadline.due } : {}),
          ...(fact.deadline.range ? { range: { ...fact.deadline.range } } : {}),
        };
      }
      if (fact.source) annotation.source = { who: fact.source.name, ...(fact.source.cue ? { cue: fact.source.cue } : {}) };
      break;
  }
  return annotation;
}

/**
 * An id derived from the kind and the quote with its context, unique among `takenIds`: the base,
 * else the base with the first free number from 2. Given a `TakenIds`, the id is also recorded.
 */
export function annotationId(kind: FactKind, anchor: StoredAnchor, takenIds: ReadonlySet<string> | TakenIds): string {
  const base = annotationBaseId(kind, anchor);
  if (takenIds instanceof TakenIds) return takenIds.claim(base);
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The id before any number is added to tell repeats apart: kind, quote and near context. */
export function annotationBaseId(kind: FactKind, anchor: Pick<StoredAnchor, 'exact' | 'prefix' | 'suffix'>): string {
  return `${ID_PREFIX[kind]}-${shortHash(`${kind}\u0000${anchor.prefix.slice(-12)}\u0000${anchor.exact}\u0000${anchor.suffix.slice(0, 12)}`)}`;
}

/**
 * The ids used in one document, remembering the next number to try for each base: a document
 * that repeats a passage a thousand times would otherwise probe 1, 2, … 1,000 for each repeat.
 */
export class TakenIds {
  private readonly taken: Set<string>;
  private readonly nextNumber = new Map<string, number>();

  constructor(ids: Iterable<string> = []) {
    this.taken = new Set(ids);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  add(id: string): void {
    this.taken.add(id);
  }

  /** The base if free, else the base with the first free number; recorded as taken. */
  claim(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      // Ids are only ever added, so the first free number never goes below the last one handed out.
      let n = this.nextNumber.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.nextNumber.set(base, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}

/** FNV-1a, 32 bits, in base 36: short, stable ids, not security. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
