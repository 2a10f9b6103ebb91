import { normaliseAction, normaliseActor, type ActionToken, type NormalisedAction } from './normaliseAction';
import { TokenVocabulary } from './tokenVocabulary';

/**
 * How alike two reported commitments are, in [0, 1].
 *
 * Actions: a weighted Dice coefficient on the sets of normalised content tokens,
 *
 *     2 · w(A ∩ B) / (w(A) + w(B)),
 *
 * where w sums token weights: 1 for a content word or a number, VERB_WEIGHT for a commitment
 * verb group ("complete"), GENERIC_WEIGHT for a noun that names almost any undertaking
 * ("project"). What is done to what matters more than the verb chosen to report it: "complete
 * the pipeline" and "complete the study" share their verb and nothing else (1/3), while
 * "finish the pipeline" and "complete the pipeline" are the same (1). Spelling variants of
 * names and acronyms meet before the sets are compared (tokenVocabulary.ts). Two gates:
 * opposite polarity ("will not raise") gives 0, and two actions whose verbs fall in different
 * groups ("cut taxes", "raise taxes") keep only VERB_MISMATCH_FACTOR of their score.
 *
 * Actors: the share of name tokens in common (plain Dice), except that one name contained in
 * the other counts as the same actor ("Khan" in "Imran Khan", "Pakistan" in "the government
 * of Pakistan" once role words are gone). An actor with no name tokens left ("the government",
 * "it") is unknown: `undefined`, neither the same nor different.
 */

export const VERB_WEIGHT = 0.5;
export const GENERIC_WEIGHT = 0.5;
export const VERB_MISMATCH_FACTOR = 0.5;

/** An action ready to compare: its token ids (sorted), their total weight, its verb ids. */
export interface ComparableAction {
  ids: Int32Array;
  total: number;
  verbs: Int32Array;
  negated: boolean;
}

export function tokenWeight(token: ActionToken): number {
  if (token.verb) return VERB_WEIGHT;
  if (token.generic) return GENERIC_WEIGHT;
  return 1;
}

/** Weights by token id; read after every action has been prepared, since ids are given as tokens are met. */
export function weightsOf(vocabulary: TokenVocabulary): Float64Array {
  return Float64Array.from(vocabulary.tokens, tokenWeight);
}

export function comparableAction(action: NormalisedAction, vocabulary: TokenVocabulary): ComparableAction {
  const ids = vocabulary.idsOf(action);
  let total = 0;
  const verbs: number[] = [];
  for (const id of ids) {
    const token = vocabulary.tokens[id];
    total += tokenWeight(token);
    if (token.verb) verbs.push(id);
  }
  return { ids, total, verbs: Int32Array.from(verbs), negated: action.negated };
}

/** The weight of the tokens two sorted id arrays share. */
export function sharedWeight(a: Int32Array, b: Int32Array, weights: ArrayLike<number>): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared += weights[a[i]];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

export function actionSimilarity(a: ComparableAction, b: ComparableAction, weights: ArrayLike<number>): number {
  if (a.negated !== b.negated || a.total === 0 || b.total === 0) return 0;
  const dice = (2 * sharedWeight(a.ids, b.ids, weights)) / (a.total + b.total);
  const verbsDisagree = a.verbs.length > 0 && b.verbs.length > 0 && countShared(a.verbs, b.verbs) === 0;
  return verbsDisagree ? dice * VERB_MISMATCH_FACTOR : dice;
}

/** 1 when one actor's name is contained in the other's, else Dice; `undefined` when either names nobody. */
export function actorSimilarity(a: Int32Array, b: Int32Array): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const shared = countShared(a, b);
  if (shared === Math.min(a.length, b.length)) return 1;
  return (2 * shared) / (a.length + b.length);
}

/** Two action texts compared on their own (the vocabulary is just the two). */
export function compareActions(a: string, b: string): number {
  const actions = [normaliseAction(a), normaliseAction(b)];
  const vocabulary = TokenVocabulary.of(actions);
  const [first, second] = actions.map((action) => comparableAction(action, vocabulary));
  return actionSimilarity(first, second, weightsOf(vocabulary));
}

/** Two actor names compared on their own; `undefined` when either names nobody in particular. */
export function compareActors(a: string, b: string): number | undefined {
  const actors = [normaliseActor(a), normaliseActor(b)];
  const vocabulary = TokenVocabulary.of(actors);
  return actorSimilarity(vocabulary.idsOf(actors[0]), vocabulary.idsOf(actors[1]));
}

function countShared(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
