import { SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_NUMBER_WORDS, TENS_WORDS } from '../tables/numberWords';
import {
  CUE_VERBS_BEFORE_TO,
  GENERIC_NOUNS,
  NEGATION_BOUNDS_AFTER,
  NEGATIONS,
  PHRASAL_VERBS,
  ROLE_WORDS,
  STOP_WORDS,
  TIME_WORDS,
  VERB_GROUPS,
} from './actionVocabulary';

/** One content word of an action or an actor, reduced to the key that reports share. */
export interface ActionToken {
  /** Lower-case, spelling-normalised, stemmed, and replaced by its verb group's first entry. */
  key: string;
  /** The word as written, for initials ("PSGP") and capitalisation. */
  surface: string;
  /** Written with a capital (or as an acronym): a name, whose spelling variants may be matched. */
  name: boolean;
  /** Written in capitals, 2–6 letters: may stand for a run of words elsewhere ("PSGP"). */
  acronym: boolean;
  /** The canonical form of a commitment verb group. */
  verb: boolean;
  /** A noun that names almost any undertaking ("project"). */
  generic: boolean;
  /** A number, written with digits or words, as digits ("six" → "6", "2.5bn" → "2500000000"). */
  number: boolean;
}

export interface NormalisedAction {
  /** Content words in the order written; repeats are kept (acronym runs need the order). */
  tokens: readonly ActionToken[];
  /** "will not raise taxes": never the same commitment as "will raise taxes". */
  negated: boolean;
}

/** Words with their spelling as written; numbers already read. */
interface RawWord {
  surface: string;
  lower: string;
  number?: number;
}

const WORD = /(\d[\d,]*(?:\.\d+)?)(\p{L}*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)/gu;
const CURRENCY_BEFORE = /(?:[$€£¥₹₨]|\bRs\.?|\b[A-Z]{3})\s?$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** "end of the year", "start of 2025": these words name a time only when "of" follows. */
const TIME_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn']);

/**
 * Reduces the wording of a promise to the content words two reports of it would share:
 * lower case, no punctuation, no stop words, auxiliaries, modals, time words or opening cue
 * ("pledged to"), light stemming ("pipelines" → "pipelin"), British spellings as American,
 * number words as digits, two-word verbs as one, and commitment verbs replaced by their group
 * ("finish", "finalise" → "complete"). Negation is kept as a flag rather than a word.
 */
export function normaliseAction(text: string): NormalisedAction {
  return normaliseWords(text, false);
}

/**
 * The same reduction for an actor, also dropping role words and numbers: "the government of
 * Pakistan" → [pakistan], "Prime Minister Imran Khan" → [imran, khan], "the government" → [].
 * No tokens means the actor names nobody in particular.
 */
export function normaliseActor(text: string): NormalisedAction {
  return normaliseWords(text, true);
}

function normaliseWords(text: string, actor: boolean): NormalisedAction {
  const words = joinPhrases(readWords(text));
  const tokens: ActionToken[] = [];
  let negated = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1]?.lower;
    if (NEGATIONS.has(word.lower) || /n['’]t$/.test(word.lower)) {
      if (!NEGATION_BOUNDS_AFTER.has(next ?? '')) negated = true;
      continue;
    }
    if (next === 'to' && CUE_STEMS.has(stem(word.lower))) {
      i++;
      continue;
    }
    if (next === 'of' && TIME_NOUNS_BEFORE_OF.has(word.lower)) continue;
    if (word.number !== undefined) {
      if (!actor) tokens.push(token(formatNumber(word.number), word.surface, { number: true }));
      continue;
    }
    // An acronym is kept even when it spells a stop word: "US" is not "us".
    if (ACRONYM.test(word.surface)) {
      tokens.push(token(word.lower, word.surface, { name: true, acronym: true }));
      continue;
    }
    if (word.lower.length < 2 || STOP_WORDS.has(word.lower) || TIME_WORDS.has(word.lower)) continue;
    if (actor && ROLE_WORDS.has(word.lower)) continue;
    const key = normaliseWord(word.lower);
    tokens.push(token(key, word.surface, { name: /^\p{Lu}/u.test(word.surface), verb: VERB_CANONICALS.has(key), generic: GENERIC_KEYS.has(key) }));
  }
  return { tokens, negated };
}

function token(key: string, surface: string, flags: Partial<Omit<ActionToken, 'key' | 'surface'>>): ActionToken {
  return { key, surface, name: false, acronym: false, verb: false, generic: false, number: false, ...flags };
}

/** The key of one lower-case word: spelling, stem, then verb group. */
export function normaliseWord(lower: string): string {
  let key = WORD_KEYS.get(lower);
  if (key === undefined) {
    const stemmed = stem(lower);
    key = SYNONYMS.get(stemmed) ?? stemmed;
    // A vocabulary is small and matching reads each word many times; the cap bounds a long session.
    if (WORD_KEYS.size >= MAX_REMEMBERED_WORDS) WORD_KEYS.clear();
    WORD_KEYS.set(lower, key);
  }
  return key;
}

const WORD_KEYS = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 100_000;

/** True for a key that names almost any undertaking ("project"): too vague to identify a thing alone. */
export function isGenericKey(key: string): boolean {
  return GENERIC_KEYS.has(key);
}

/** True for words that carry no content of their own in an action (see actionVocabulary.ts). */
export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || TIME_WORDS.has(lower);
}

/**
 * A light suffix stripper, deliberately weaker than Porter's: it only has to make the forms
 * one report and another use of the same word meet ("completed", "completing", "completion"
 * → "complet"), and every word goes through the same steps, so an odd stem is harmless as long
 * as it is consistent.
 */
export function stem(word: string): string {
  let w = americanSpelling(word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, ''));
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  w = stripSuffix(w);
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Suffixes with the shortest stem each may leave; the first that applies is removed. */
const SUFFIXES: ReadonlyArray<{ suffix: string; minStem: number; after?: RegExp }> = [
  { suffix: 'ment', minStem: 4 },
  { suffix: 'ation', minStem: 4 },
  { suffix: 'ion', minStem: 4, after: /[ts]$/ },
  { suffix: 'ing', minStem: 3 },
  { suffix: 'ed', minStem: 3 },
];

function stripSuffix(word: string): string {
  for (const { suffix, minStem, after } of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length >= minStem && /[aeiouy]/.test(rest) && (!after || after.test(rest))) return rest;
    return word;
  }
  return word;
}

/** British spellings as American, so "programme" and "program", "defence" and "defense" meet. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/^(.{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/^(.{2,}[^aeiou])our(s|ed|ing|able)?$/, '$1or$2'],
  [/^(.{2,})([tb])re(s)?$/, '$1$2er$3'],
  [/mme(s)?$/, 'm$1'],
  [/ogue(s)?$/, 'og$1'],
  [/([cf])ence(s)?$/, '$1ense$2'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
];

function americanSpelling(word: string): string {
  let result = word;
  for (const [pattern, replacement] of SPELLINGS) result = result.replace(pattern, replacement);
  return result;
}

/** Words and numbers in order; number words, scale words and glued scales read as one value. */
function readWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    if (match[1] !== undefined) {
      let value = Number(match[1].replace(/,/g, ''));
      const glued = match[2];
      const scale = glued ? SCALE_ABBREVIATIONS.get(glued.toLowerCase()) : undefined;
      if (scale && (!scale.needsCurrency || CURRENCY_BEFORE.test(text.slice(0, match.index)))) value *= scale.factor;
      else if (glued && !ORDINAL_SUFFIX.test(glued.toLowerCase())) {
        words.push({ surface: match[1], lower: match[1], number: value });
        words.push({ surface: glued, lower: glued.toLowerCase() });
        continue;
      }
      words.push({ surface: match[0], lower: match[0].toLowerCase(), number: value });
      // "50%" and "50 per cent" must meet.
      if (text[match.index + match[0].length] === '%') words.push({ surface: '%', lower: 'percent' });
      continue;
    }
    const surface = match[3].replace(/['’]s$/i, '');
    words.push({ surface, lower: surface.toLowerCase() });
  }
  return readNumbers(words);
}

/** "ten thousand" → 10000, "twenty five" → 25, "2.5 billion" → 2500000000. */
function readNumbers(words: readonly RawWord[]): RawWord[] {
  const result: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let value = word.number;
    let end = i;
    if (value === undefined) {
      const small = SMALL_NUMBER_WORDS.get(word.lower) ?? TENS_WORDS.get(word.lower);
      if (small === undefined) {
        result.push(word);
        continue;
      }
      value = small;
      if (TENS_WORDS.has(word.lower) && SMALL_NUMBER_WORDS.has(words[i + 1]?.lower ?? '')) value += SMALL_NUMBER_WORDS.get(words[++end].lower)!;
    }
    for (let scale = SCALE_WORDS.get(words[end + 1]?.lower ?? ''); scale; scale = SCALE_WORDS.get(words[end + 1]?.lower ?? '')) {
      value *= scale.factor;
      end++;
    }
    result.push({ surface: words.slice(i, end + 1).map((w) => w.surface).join(' '), lower: String(value), number: value });
    i = end;
  }
  return result;
}

/** Two- and three-word verbs ("set up", "kick off") and "per cent" read as one word. */
function joinPhrases(words: readonly RawWord[]): RawWord[] {
  const result: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let joined: RawWord | undefined;
    for (const length of PHRASE_FIRST_WORDS.has(words[i].lower) ? [3, 2] : []) {
      if (i + length > words.length) continue;
      const phrase = words.slice(i, i + length);
      const replacement = PHRASAL_VERBS.get(phrase.map((w) => w.lower).join(' '));
      if (replacement === undefined) continue;
      joined = { surface: phrase.map((w) => w.surface).join(' '), lower: replacement };
      i += length - 1;
      break;
    }
    result.push(joined ?? words[i]);
  }
  return result;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASAL_VERBS.keys()].map((phrase) => phrase.split(' ')[0]));

const CUE_STEMS: ReadonlySet<string> = new Set([...CUE_VERBS_BEFORE_TO].map(stem));

const SYNONYMS: ReadonlyMap<string, string> = new Map(VERB_GROUPS.flatMap((group) => group.map((variant): [string, string] => [stem(variant), group[0]])));

const VERB_CANONICALS: ReadonlySet<string> = new Set(VERB_GROUPS.map((group) => group[0]));

const GENERIC_KEYS: ReadonlySet<string> = new Set([...GENERIC_NOUNS].map(normaliseWord));
