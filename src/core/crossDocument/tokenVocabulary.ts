import { compareText } from './documentAnnotation';
import type { ActionToken, NormalisedAction } from './normaliseAction';

/**
 * Two spellings of one name ("Gazprom"/"Gasprom", "Pakistan"/"Pakistani") are one token when
 * they start with the same letter and at most one edit in five separates them. Measured by
 * edit distance rather than trigram overlap: one changed letter in a seven-letter name keeps
 * 0.86 of it by edits but only 0.57 of its trigrams, no better than unrelated words share.
 */
export const NAME_VARIANT_SIMILARITY = 0.8;
/**
 * Shorter names are compared exactly: "Iran" and "Iraq", "Mali" and "Bali" are one edit apart.
 * Only names (written with a capital) get this leeway; common words are made to meet by the
 * spelling rules of normaliseAction.ts, since "project" and "protect" are one edit apart too.
 */
export const MIN_NAME_VARIANT_LENGTH = 5;
const MAX_ACRONYM_LENGTH = 6;

/**
 * The tokens of a set of actions and actors, numbered, with what the set as a whole says about
 * them: which spellings are variants of one name, and which run of words an acronym stands for
 * ("PSGP" where another report writes "Pakistan Stream Gas Pipeline"). Built once per matching
 * run, so comparing two commitments is a merge of two sorted number arrays.
 */
export class TokenVocabulary {
  /** The token each id stands for (the first seen with that key). */
  readonly tokens: ActionToken[] = [];
  private readonly ids = new Map<string, number>();

  private constructor(
    private readonly nameVariants: ReadonlyMap<string, string>,
    private readonly acronyms: ReadonlyMap<string, readonly ActionToken[]>,
  ) {}

  static of(sequences: readonly NormalisedAction[]): TokenVocabulary {
    const nameVariants = groupNameVariants(sequences);
    return new TokenVocabulary(nameVariants, expandAcronyms(sequences));
  }

  /** The sorted, distinct ids of an action's or an actor's tokens, acronyms expanded. */
  idsOf(action: NormalisedAction): Int32Array {
    const ids: number[] = [];
    for (const token of action.tokens) {
      const expansion = token.acronym ? this.acronyms.get(token.key) : undefined;
      for (const part of expansion ?? [token]) ids.push(this.idOf(part));
    }
    const sorted = Int32Array.from(ids).sort();
    let length = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i];
    return sorted.slice(0, length);
  }

  private idOf(token: ActionToken): number {
    const key = this.nameVariants.get(token.key) ?? token.key;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(key, id);
      this.tokens.push(key === token.key ? token : { ...token, key });
    }
    return id;
  }
}

/**
 * 1 − edit distance / longer length, for names of the same first letter; 0 otherwise. Exported
 * for tests and for the documentation of the rule.
 */
export function nameVariantSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < MIN_NAME_VARIANT_LENGTH) return 0;
  const longer = Math.max(a.length, b.length);
  const allowed = Math.floor(longer * (1 - NAME_VARIANT_SIMILARITY) + 1e-9);
  const distance = boundedEditDistance(a, b, allowed);
  return distance === undefined ? 0 : 1 - distance / longer;
}

/**
 * Each name key → the name it is a variant of. Leader clustering, most frequent spelling
 * first: a key joins the first leader close enough, so variants never chain ("A~B~C" with A
 * far from C cannot happen) and the result does not depend on input order.
 */
function groupNameVariants(sequences: readonly NormalisedAction[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const sequence of sequences) {
    for (const token of sequence.tokens) {
      if (token.name && !token.acronym && !token.number && !token.verb && token.key.length >= MIN_NAME_VARIANT_LENGTH) counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
    }
  }
  const keys = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || compareText(a, b));
  // Leaders by first letter and length: a variant differs in length by at most the edits allowed.
  const leaders = new Map<string, string[]>();
  const variants = new Map<string, string>();
  for (const key of keys) {
    let leader: string | undefined;
    const slack = Math.floor(key.length * (1 - NAME_VARIANT_SIMILARITY) / NAME_VARIANT_SIMILARITY + 1e-9);
    for (let length = key.length - slack; length <= key.length + slack && !leader; length++) {
      leader = leaders.get(`${key[0]}${length}`)?.find((candidate) => nameVariantSimilarity(candidate, key) >= NAME_VARIANT_SIMILARITY);
    }
    if (leader) variants.set(key, leader);
    else {
      const bucket = `${key[0]}${key.length}`;
      const list = leaders.get(bucket);
      if (list) list.push(key);
      else leaders.set(bucket, [key]);
    }
  }
  return variants;
}

/**
 * Acronym → the run of words whose initials it spells, found anywhere in the set. The run seen
 * most often wins (then the first in text order of keys), so one stray phrase with the same
 * initials does not decide.
 */
function expandAcronyms(sequences: readonly NormalisedAction[]): Map<string, readonly ActionToken[]> {
  const wanted = new Set<string>();
  for (const sequence of sequences) for (const token of sequence.tokens) if (token.acronym && token.key.length <= MAX_ACRONYM_LENGTH) wanted.add(token.key);
  const runs = new Map<string, Map<string, { tokens: ActionToken[]; count: number }>>();
  if (wanted.size === 0) return new Map();
  const lengths = new Set([...wanted].map((acronym) => acronym.length));
  for (const sequence of sequences) {
    const words = sequence.tokens.filter((token) => !token.number && !token.acronym);
    for (const length of lengths) {
      for (let start = 0; start + length <= words.length; start++) {
        const run = words.slice(start, start + length);
        const initials = run.map((token) => token.surface[0]?.toLowerCase() ?? '').join('');
        if (!wanted.has(initials)) continue;
        let found = runs.get(initials);
        if (!found) runs.set(initials, (found = new Map<string, { tokens: ActionToken[]; count: number }>()));
        const key = run.map((token) => token.key).join(' ');
        const entry = found.get(key);
        if (entry) entry.count++;
        else found.set(key, { tokens: run, count: 1 });
      }
    }
  }
  const expansions = new Map<string, readonly ActionToken[]>();
  for (const [acronym, found] of runs) {
    const best = [...found.entries()].sort(([keyA, a], [keyB, b]) => b.count - a.count || compareText(keyA, keyB))[0];
    expansions.set(acronym, best[1].tokens);
  }
  return expansions;
}

/** Levenshtein distance, or `undefined` as soon as it must exceed `limit` (a banded search). */
function boundedEditDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return undefined;
    previous = current;
  }
  const distance = previous[b.length];
  return distance <= limit ? distance : undefined;
}
