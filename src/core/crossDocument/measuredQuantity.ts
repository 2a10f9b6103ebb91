import { CURRENCY_CODES } from '../tables/currencies';
import { UNITS } from '../tables/units';
import type { CrossDocumentAnnotation } from './documentAnnotation';
import { isGenericKey, isStopWord, normaliseWord } from './normaliseAction';

/**
 * What a figure measures, read from the words next to it, so that "the pipeline will cost
 * $2.5bn" in one report and "the $3bn pipeline" in another are known to give two values of
 * one thing. The rule, in order:
 *
 * 1. a count's counted noun is what it counts ("more than 100 Russian companies");
 * 2. the nouns right after the figure ("the $3bn gas pipeline"), or after "of"/"for" and a
 *    determiner ("70% of the population");
 * 3. the nouns before it, when only linking words stand between ("the pipeline will cost
 *    $2.5bn", "the cost of the pipeline is estimated at $2.5bn"): at least one linking word
 *    (MEASURE_LINKS), so a verb of its own ("Russia will invest $2bn") is not read as the thing.
 *
 * The last word of the noun run is its head. A figure for which none of these finds a noun is
 * not compared at all: silence rather than a guess.
 */
export interface MeasuredQuantity {
  /** Values compare only within one dimension: `money:USD`, `percent:%`, `quantity:km`, `count`, with `/per` for rates. */
  dimension: string;
  /** The noun run's key words (normalised), in text order; the head is the last. */
  words: readonly string[];
  head: string;
  /** The run as written, for messages: "gas pipeline". */
  label: string;
}

/** Words that may stand between a noun and the figure that measures it. */
export const MEASURE_LINKS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'costing', 'worth', 'valued', 'value', 'priced', 'price', 'estimated', 'estimate', 'put', 'total', 'totals',
  'totalled', 'totaled', 'totalling', 'totaling', 'reach', 'reached', 'reaches', 'stand', 'stands', 'stood', 'amount',
  'amounts', 'amounted', 'at', 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'has', 'have', 'had',
]);

/** Words after a figure that lead to what it measures: "70% of the population", "$2bn for the port". */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our']);
const MAX_RUN = 6;
const MAX_LINKS = 5;
/** Punctuation ends the phrase a figure belongs to. */
const PHRASE_BREAK = /[.,;:!?()[\]"“”\n]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

const UNIT_CATEGORY: ReadonlyMap<string, string> = new Map(UNITS.map((entry) => [entry.unit, entry.category]));

export function measuredQuantityOf(item: CrossDocumentAnnotation): MeasuredQuantity | undefined {
  const annotation = item.annotation;
  if (annotation.kind !== 'figure' || annotation.value === undefined) return undefined;
  const dimension = dimensionOf(annotation.unit);
  if (!dimension) return undefined;
  const dimensionWithRate = annotation.per ? `${dimension}/${normaliseWord(annotation.per.toLowerCase())}` : dimension;
  if (dimension === 'count' && annotation.unit) {
    const counted = nounRun(wordsOf(annotation.unit));
    return counted ? { dimension: dimensionWithRate, ...counted } : undefined;
  }
  const after = afterPhrase(item.after ?? annotation.anchor.suffix);
  const found = nounRun(nounsAfter(after)) ?? nounRun(nounsBefore(beforePhrase(item.before ?? annotation.anchor.prefix)));
  return found ? { dimension: dimensionWithRate, ...found } : undefined;
}

/**
 * Two figures measure the same thing when one's head is among the other's words and they share
 * a word more specific than "project" ("the $2bn project" and "the project will cost $3bn" may
 * be two projects).
 */
export function sameMeasuredThing(a: MeasuredQuantity, b: MeasuredQuantity): boolean {
  if (a.dimension !== b.dimension) return false;
  if (!b.words.includes(a.head) && !a.words.includes(b.head)) return false;
  return a.words.some((word) => !isGenericKey(word) && b.words.includes(word));
}

/** Words of the quantity that are specific enough to look pairs up by. */
export function specificWords(quantity: MeasuredQuantity): string[] {
  return quantity.words.filter((word) => !isGenericKey(word));
}

/**
 * Durations are left to deadline conflicts: "in six months" is a date once resolved, and a
 * figure-level comparison would report the same disagreement twice.
 */
function dimensionOf(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  if (CURRENCY_CODES.has(unit)) return `money:${unit}`;
  const category = UNIT_CATEGORY.get(unit);
  if (category === 'duration') return undefined;
  return category ? `${category}:${unit}` : 'count';
}

function afterPhrase(text: string): string {
  const end = text.search(PHRASE_BREAK);
  return end < 0 ? text : text.slice(0, end);
}

function beforePhrase(text: string): string {
  let start = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (PHRASE_BREAK.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  return text.slice(start);
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function nounsAfter(phrase: string): string[] {
  const words = wordsOf(phrase);
  let i = 0;
  if (LEADING_PREPOSITIONS.has(words[0]?.toLowerCase() ?? '')) {
    i = 1;
    while (i < words.length && DETERMINERS.has(words[i].toLowerCase())) i++;
  }
  const run: string[] = [];
  for (; i < words.length && run.length < MAX_RUN && isContentWord(words[i]); i++) run.push(words[i]);
  return run;
}

function nounsBefore(phrase: string): string[] {
  const words = wordsOf(phrase);
  let i = words.length - 1;
  let links = 0;
  // Between the noun and the figure stand only linking words and stop words.
  for (; i >= 0 && words.length - 1 - i < MAX_LINKS; i--) {
    const lower = words[i].toLowerCase();
    if (MEASURE_LINKS.has(lower)) links++;
    else if (!isStopWord(lower)) break;
  }
  if (links === 0) return [];
  const run: string[] = [];
  for (; i >= 0 && run.length < MAX_RUN && isContentWord(words[i]) && !MEASURE_LINKS.has(words[i].toLowerCase()); i--) run.unshift(words[i]);
  return run;
}

function isContentWord(word: string): boolean {
  return !/^\d/.test(word) && !isStopWord(word.toLowerCase());
}

function nounRun(surface: readonly string[]): Omit<MeasuredQuantity, 'dimension'> | undefined {
  const words = surface.filter((word) => isContentWord(word)).map((word) => normaliseWord(word.toLowerCase()));
  if (words.length === 0) return undefined;
  return { words, head: words[words.length - 1], label: surface.join(' ') };
}
