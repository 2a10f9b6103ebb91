/**
 * Closed word classes the clause layer reads English with: function words are a small, closed
 * set, so a clause can be cut by them without a part-of-speech tagger (docs/parsing-approach.md).
 */

/** Forms of "be" that can carry a passive, a progressive or a "be to" plan. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);

export const PAST_BE_FORMS: ReadonlySet<string> = new Set(['was', 'were']);

/** Adverbs that may stand inside a verb group without changing what it commits to. */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'now', 'then', 'soon', 'still', 'initially', 'eventually', 'first', 'only', 'finally', 'immediately', 'again', 'further',
  'jointly', 'officially', 'definitely', 'certainly', 'gradually', 'actually', 'currently', 'once', 'already', 'shortly', 'formally',
  'quickly', 'later', 'subsequently', 'ultimately', 'personally', 'publicly', 'too', 'directly', 'fully', 'forever', 'always',
]);

/**
 * Words in "-ly" that are nouns, verbs or adjectives heading a phrase ("the assembly will", "will
 * supply", "the elderly will"), not adverbs; shorter ones are too few to list ("only", "early", "rely").
 */
const NOT_LY_ADVERBS: ReadonlySet<string> = new Set([
  'family', 'supply', 'assembly', 'monopoly', 'anomaly', 'butterfly', 'quarterly', 'elderly', 'friendly', 'homily', 'comply',
  'multiply', 'underbelly', 'panoply', 'melancholy', 'weekly', 'monthly', 'yearly', 'fortnightly', 'biweekly', 'costly', 'deadly',
  'lonely', 'lovely', 'likely', 'unlikely', 'orderly', 'holy', 'jelly', 'rally', 'tally', 'sully', 'bully', 'dally', 'reply',
  'apply', 'imply', 'ally', 'belly', 'folly', 'gully', 'trolley', 'chilly', 'curly', 'burly', 'surly', 'wily', 'oily', 'hilly',
  'woolly', 'silly', 'ugly', 'manly', 'womanly', 'kindly', 'timely', 'untimely', 'worldly', 'leisurely', 'scholarly', 'neighbourly',
  'neighborly', 'cowardly', 'beastly', 'ghastly', 'stately', 'comely', 'homely', 'lively', 'lowly', 'portly', 'sickly', 'goodly',
]);

/**
 * "reportedly", "quietly", "unanimously": an adverb of manner or report, which may stand between a
 * subject and its verb ("The firm reportedly plans to") or inside a verb group ("will quietly
 * close") without being part of either. Given the lower-cased word.
 */
export function isLyAdverb(lower: string): boolean {
  return lower.length >= 6 && lower.endsWith('ly') && !NOT_LY_ADVERBS.has(lower);
}

/** "are said to", "is reported to": participles through which a subject reaches the infinitive after them. */
export const RAISING_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'reported', 'believed', 'thought', 'understood', 'rumoured', 'rumored', 'known', 'alleged']);

/** Articles, possessives and demonstratives: what opens a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those']);

/** Adverbs that turn a future into a guess: "will probably", "is likely to". */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(['probably', 'likely', 'possibly', 'perhaps', 'maybe', 'hopefully', 'surely', 'presumably']);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no']);

/** Words that open a subordinate or new clause: a subject never reaches back across them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'because', 'since', 'although', 'though', 'if', 'unless',
  'but', 'and', 'or', 'so', 'after', 'before', 'until', 'once', 'as', 'whether', 'however', 'meanwhile', 'moreover', 'then', 'than',
]);

/** Relative pronouns: a comma segment opening with one is a relative clause, not a subject. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);

/** Prepositions: a comma segment opening with one is an adverbial ("In a statement, …"), not a subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'of', 'under', 'after', 'before', 'during', 'since', 'until', 'within', 'over',
  'about', 'among', 'through', 'despite', 'following', 'according', 'amid', 'against', 'into', 'upon', 'without', 'as', 'like', 'beyond',
]);

/** Words that cannot start a verb phrase: what follows "to" when "to" is a preposition ("due to the weather"). */
export const NOT_VERB_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'some', 'any', 'all', 'each',
  'every', 'no', 'both', 'more', 'less', 'most', 'many', 'much', 'several', 'other', 'another', 'such', 'it', 'them', 'him', 'us', 'me',
  'you', 'what', 'which', 'who', 'date', 'year', 'years', 'time', 'about', 'around',
]);

/**
 * Endings of adjectives, adverbs and nouns, seldom of a bare verb: "due to considerable demand",
 * "set to completion". Only after a stem of three letters or more ("will ship", "will table",
 * "will enable" are verbs); the adverb ending "-ly" only on longer words, and not "-ply": "fly",
 * "rely", "supply". The verbs that end so anyway are in VERBS_WITH_NOUN_ENDINGS.
 */
export const NOT_VERB_ENDING = /^[a-z]{3,}(?:able|ible|ous|ful|less|ness|ment|tion|sion|ity|ical|ship|ism|ies)$|[a-z]{3}[^p]ly$/;

/** Verbs with an ending NOT_VERB_ENDING takes for a noun's or an adjective's: "will implement", "will commission". */
const VERBS_WITH_NOUN_ENDINGS: ReadonlySet<string> = new Set([
  'implement', 'complement', 'supplement', 'document', 'comment', 'augment', 'segment', 'torment', 'lament', 'ferment',
  'disable', 'commission', 'question', 'mention', 'auction', 'sanction', 'station', 'position', 'function', 'petition',
  'partition', 'caution', 'pension', 'section', 'condition', 'audition', 'portion', 'requisition', 'envision', 'harness',
  'witness', 'worship',
]);

/** Subject words that stand for no agent: "This will go down in history", "It will take time". */
export const ABSTRACT_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'what', 'which', 'there', 'here', 'everything', 'nothing', 'something', 'anything', 'everyone', 'nobody']);

/**
 * Heads of subjects that name a means or a matter, not an agent: "The easiest way is to lift the
 * ban", "The answer will be to wait" state a remedy, not anyone's plan.
 */
export const MEANS_HEADS: ReadonlySet<string> = new Set([
  'way', 'ways', 'solution', 'answer', 'option', 'alternative', 'idea', 'key', 'trick', 'point', 'problem', 'question', 'challenge', 'remedy',
]);

/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'made', 'held', 'sold', 'built', 'sent', 'given', 'taken', 'shown', 'done', 'paid', 'kept', 'brought', 'bought', 'put', 'set', 'cut',
  'run', 'shut', 'won', 'met', 'led', 'left', 'lost', 'spent', 'told', 'found', 'known', 'seen', 'written', 'chosen', 'driven', 'begun',
  'laid', 'split', 'hit', 'frozen', 'spun', 'thrown', 'drawn', 'grown', 'flown', 'struck', 'undertaken', 'withdrawn', 'rebuilt',
  'overseen', 'forgiven', 'broken', 'spoken', 'rung', 'sunk', 'dealt', 'meant', 'lent', 'bent', 'fed', 'read', 'borne', 'sworn',
]);

/** True for a word that reads as a past participle: "-ed" or one of the irregular forms. */
export function isParticiple(lower: string): boolean {
  return (lower.length > 3 && lower.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(lower);
}

/** True for a word that can open a verb phrase after "to" or a modal (a letter word, not a determiner or an adjective). */
export function canStartVerbPhrase(lower: string): boolean {
  return /^[a-z]+$/.test(lower) && !NOT_VERB_STARTS.has(lower) && (!NOT_VERB_ENDING.test(lower) || VERBS_WITH_NOUN_ENDINGS.has(lower));
}
