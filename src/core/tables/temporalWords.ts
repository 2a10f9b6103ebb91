import type { DurationUnit } from '../calendar';
import type { TemporalBound } from '../model';
export { HOLIDAYS } from './namedDays';

/**
 * The vocabulary of temporal expressions: counts, units, relative words, tense markers. The
 * extractor (extract/temporal/) is a small grammar over these tables; a new word is a data
 * change. The number words are kept here rather than shared with figures so the two extractors
 * can change their tables independently.
 */

/** Counts in duration phrases: "six months", "a year", "fifty-year". */
export const DURATION_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
  ['couple', 2], ['half', 0.5],
]);

/** Counts that say "some number of": "several years" → `PXY`. */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'numerous', 'some']);

/**
 * How many units a vague count stands for when a deadline is counted with it: "in a few weeks",
 * "over the next few years" (a few: two to six, as the commitments guidelines read it; several:
 * three to seven). Counts with no usable bounds ("many", "some") give no date.
 */
export const VAGUE_COUNT_SPANS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['few', [2, 6]], ['several', [3, 7]],
]);

export interface UnitWord {
  unit: DurationUnit;
  /** Plural forms can stand alone as a vague duration ("for years", "decades-long"). */
  plural?: boolean;
  /** Units that are also ordinary words ("second place") need a written count. */
  needsCount?: boolean;
}

export const DURATION_UNITS: ReadonlyMap<string, UnitWord> = new Map<string, UnitWord>([
  ['year', { unit: 'Y' }], ['years', { unit: 'Y', plural: true }], ['yr', { unit: 'Y' }], ['yrs', { unit: 'Y', plural: true }],
  ['month', { unit: 'M' }], ['months', { unit: 'M', plural: true }],
  ['week', { unit: 'W' }], ['weeks', { unit: 'W', plural: true }],
  ['day', { unit: 'D' }], ['days', { unit: 'D', plural: true }],
  ['hour', { unit: 'H' }], ['hours', { unit: 'H', plural: true }], ['hr', { unit: 'H' }], ['hrs', { unit: 'H', plural: true }],
  ['minute', { unit: 'MIN' }], ['minutes', { unit: 'MIN', plural: true }], ['mins', { unit: 'MIN', plural: true, needsCount: true }],
  ['second', { unit: 'S', needsCount: true }], ['seconds', { unit: 'S', plural: true, needsCount: true }],
  ['decade', { unit: 'DE' }], ['decades', { unit: 'DE', plural: true }],
  ['century', { unit: 'CE' }], ['centuries', { unit: 'CE', plural: true }],
  ['quarter', { unit: 'Q', needsCount: true }], ['quarters', { unit: 'Q', plural: true, needsCount: true }],
]);

/** How a unit is written in a TIMEX3 duration: decades and centuries as years, as MEANTIME does. */
export const TIMEX_UNIT: Readonly<Record<DurationUnit, { letter: string; time: boolean; factor: number }>> = {
  CE: { letter: 'Y', time: false, factor: 100 },
  DE: { letter: 'Y', time: false, factor: 10 },
  Y: { letter: 'Y', time: false, factor: 1 },
  Q: { letter: 'M', time: false, factor: 3 },
  M: { letter: 'M', time: false, factor: 1 },
  W: { letter: 'W', time: false, factor: 1 },
  D: { letter: 'D', time: false, factor: 1 },
  H: { letter: 'H', time: true, factor: 1 },
  MIN: { letter: 'M', time: true, factor: 1 },
  S: { letter: 'S', time: true, factor: 1 },
};

/** Words before a duration that soften it and belong to the expression: "almost two years". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'approximately', 'some']);

/**
 * Modifiers before a count that belong to the duration's extent: "at least six years", "a mere
 * 24 hours". Comparatives and "just" ("more than a week", "just one year") stay outside, as MEANTIME marks them. "over" and "under" are modifiers only after a preposition ("in over six years"):
 * elsewhere they are prepositions themselves ("rose over six years").
 */
export const DURATION_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['just', 'over'], ['just', 'under'], ['well', 'over'], ['a', 'mere'], ['mere'], ['barely'],
];
export const PREPOSITION_MODIFIERS: ReadonlySet<string> = new Set(['over', 'under']);
export const PREPOSITIONS_BEFORE_MODIFIER: ReadonlySet<string> = new Set(['in', 'for', 'within', 'after', 'of', 'than', 'by']);

/** Adjectives between a count and its unit: "six straight days", "two consecutive quarters", "three more years". */
export const DURATION_ADJECTIVES: ReadonlySet<string> = new Set([
  'straight', 'consecutive', 'successive', 'full', 'whole', 'entire', 'long', 'more', 'additional', 'extra', 'further', 'solid', 'short',
]);

/** Words after "an hour" that make it a duration without a word before it: "an hour before the vote". */
export const DURATION_FOLLOWERS: ReadonlySet<string> = new Set(['before', 'after', 'later', 'earlier', 'long']);

/**
 * Words before a plural unit with no count that make it a vague duration: "in minutes", "for
 * decades", "after years of talks", "took hours".
 */
export const BARE_PLURAL_LEADS: ReadonlySet<string> = new Set(['in', 'within', 'for', 'after', 'took', 'take', 'takes', 'spent', 'spend', 'lasted', 'last', 'lasts', 'than']);

/** Adjectives and adverbs of recurrence: "annual" → `P1Y`. */
export const RECURRENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['annual', 'P1Y'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['monthly', 'P1M'], ['weekly', 'P1W'],
  ['daily', 'P1D'], ['hourly', 'PT1H'], ['quarterly', 'P3M'], ['biannual', 'P6M'], ['nightly', 'P1D'],
]);

/** Words that make "a year" a rate when they precede it ("twice a year", "$2 million a year"). */
export const RATE_BEFORE: ReadonlySet<string> = new Set([
  'million', 'billion', 'trillion', 'thousand', 'bn', 'mn', 'm', 'times', 'twice', 'once', 'thrice', 'percent', 'cent', '%', 'lakh', 'crore',
]);

/** Days named relative to the reference date. */
export const RELATIVE_DAYS: ReadonlyMap<string, { days: number; partOfDay?: string }> = new Map<string, { days: number; partOfDay?: string }>([
  ['today', { days: 0 }],
  ['yesterday', { days: -1 }],
  ['tomorrow', { days: 1 }],
  ['tonight', { days: 0, partOfDay: 'NI' }],
]);

/** Words that stand for the present, the past or the future without naming a date. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['soon', 'FUTURE_REF'],
]);

/** Parts of the day as TIMEX3 writes them: "this morning" → `2008-01-09TMO`. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

export interface SeasonWord {
  code: string;
  /** Months of the (northern) season; winter runs into the next year. */
  firstMonth: number;
  lastMonth: number;
  /** "fall" is also a verb and a noun: it needs a year or a determiner. */
  needsContext?: boolean;
}

export const SEASONS: ReadonlyMap<string, SeasonWord> = new Map<string, SeasonWord>([
  ['spring', { code: 'SP', firstMonth: 3, lastMonth: 5 }],
  ['summer', { code: 'SU', firstMonth: 6, lastMonth: 8 }],
  ['autumn', { code: 'FA', firstMonth: 9, lastMonth: 11 }],
  ['fall', { code: 'FA', firstMonth: 9, lastMonth: 11, needsContext: true }],
  ['winter', { code: 'WI', firstMonth: 12, lastMonth: 14 }],
]);

/** Words before a reference word that belong to its extent: "very soon", "only recently". */
export const REFERENCE_INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'quite', 'so', 'only', 'just', 'fairly']);

/**
 * Adjectives that place a noun in the present or the past after "the": "the current crisis", "the
 * recent downturn". The adjective alone is the TIMEX3 extent, as TimeML tags it.
 */
export const REFERENCE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['current', 'PRESENT_REF'], ['present', 'PRESENT_REF'], ['recent', 'PAST_REF'],
]);

/**
 * Nouns after "current" that make a fixed term or name a thing in use rather than a time: "the
 * current account", and in technical writing "the current directory", "the current element".
 */
export const NOT_REFERENCE_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'affairs', 'assets', 'liabilities', 'flow', 'flows', 'density', 'draw', 'form', 'version', 'edition', 'model', 'owner', 'owners', 'holder', 'holders', 'champion', 'champions', 'leader', 'leaders', 'president', 'chairman', 'ceo',
  'directory', 'folder', 'file', 'path', 'working', 'element', 'node', 'locale', 'tag', 'schema', 'namespace', 'one', 'window', 'task',
  'state', 'query', 'process', 'position', 'number', 'instance', 'line', 'user', 'page', 'selection', 'document', 'branch', 'thread',
  'context', 'scope', 'session', 'editor', 'object', 'item', 'index', 'value', 'active', 'module', 'project', 'workspace', 'cursor',
  'row', 'column', 'frame', 'token', 'request', 'response', 'record', 'entry', 'key', 'setting', 'settings', 'configuration',
]);

/** Spans ahead named by their length: "in the near term", "over the long run", "in the foreseeable future". */
export const FUTURE_TERMS: ReadonlyArray<readonly string[]> = [
  ['near', 'term'], ['short', 'term'], ['medium', 'term'], ['long', 'term'], ['longer', 'term'], ['nearer', 'term'],
  ['long', 'run'], ['short', 'run'], ['near', 'future'], ['foreseeable', 'future'], ['distant', 'future'], ['immediate', 'future'],
];

/** Words that stand for the past, the present or the future after "in the": "in the past". */
export const THE_REFERENCE: ReadonlyMap<string, string> = new Map([
  ['past', 'PAST_REF'],
  ['future', 'FUTURE_REF'],
  ['present', 'PRESENT_REF'],
]);

/** Words before a season that make it a season of the year in view: "in the spring", "this summer". */
export const SEASON_DETERMINERS: ReadonlySet<string> = new Set(['the', 'in', 'during', 'this', 'by']);

/** Determiners that move a named period: "last week", "next month", "this year". */
export const PERIOD_SHIFTS: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['last', -1], ['previous', -1], ['next', 1], ['coming', 1], ['following', 1],
]);

/** Named periods the shifts apply to, as TIMEX3 granularities. */
export const PERIOD_NOUNS: ReadonlyMap<string, 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'decade' | 'century'> = new Map([
  ['year', 'year'], ['month', 'month'], ['week', 'week'], ['weekend', 'weekend'], ['quarter', 'quarter'],
  ['decade', 'decade'], ['century', 'century'],
]);

/** Ordinals that name quarters and halves: "the third quarter", "the second half". */
export const PERIOD_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/** The third of a period a part word names. */
export type PeriodPart = 'start' | 'mid' | 'end';

/** A word that names a part of a period. */
export interface PeriodPartWord {
  part: PeriodPart;
  /** Nouns take "of" before their period ("the end of 2025"); adjectives do not ("early 2009"). */
  needsOf?: boolean;
}

/** Where within a period: "early 2009", "mid-2011", "the end of the year". */
export const PERIOD_PARTS: ReadonlyMap<string, PeriodPartWord> = new Map<string, PeriodPartWord>([
  ['early', { part: 'start' }], ['beginning', { part: 'start', needsOf: true }], ['start', { part: 'start', needsOf: true }],
  ['mid', { part: 'mid' }], ['middle', { part: 'mid', needsOf: true }],
  ['late', { part: 'end' }], ['end', { part: 'end', needsOf: true }], ['close', { part: 'end', needsOf: true }],
]);

/** Words that make a year fiscal: "fiscal 2023", "the financial year" ("FY2024" is read apart). */
export const FISCAL_WORDS: ReadonlySet<string> = new Set(['fiscal', 'financial']);

/** Words that bound a period: "before 2019", "by mid-2023", "since 2014", "pre-1979". */
export const BOUND_WORDS: ReadonlyMap<string, TemporalBound> = new Map<string, TemporalBound>([
  ['before', 'before'], ['pre', 'before'], ['by', 'by'], ['until', 'until'], ['till', 'until'], ['through', 'until'],
  ['since', 'since'], ['after', 'after'], ['post', 'after'],
]);

/** Multi-word bounds, matched before single words: "no later than June", "ahead of 2025". */
export const BOUND_PHRASES: ReadonlyArray<{ words: readonly string[]; bound: TemporalBound }> = [
  { words: ['no', 'later', 'than'], bound: 'by' },
  { words: ['not', 'later', 'than'], bound: 'by' },
  { words: ['prior', 'to'], bound: 'before' },
  { words: ['ahead', 'of'], bound: 'before' },
  { words: ['up', 'to'], bound: 'until' },
];

/** Words before a bare four-digit number that make it a year: "in 1979", "since 2014". */
export const YEAR_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'of', 'from', 'during', 'pre', 'post', 'mid',
  'early', 'late', 'through', 'between', 'and', 'to', 'throughout', 'year', 'fiscal', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'circa', 'c', 'ca', 'around', 'the', 'for', 'end', 'start',
]);

/** Words after a four-digit number that make it a count, not a year: "2000 employees". */
export const COUNT_AFTER_NUMBER: ReadonlySet<string> = new Set([
  'percent', 'per', '%', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'tonnes',
  'tons', 'mw', 'gw', 'kw', 'mph', 'people', 'employees', 'workers', 'jobs', 'units', 'troops', 'barrels',
  'points', 'cars', 'homes', 'families', 'students', 'votes', 'seats', 'aircraft', 'planes', 'ships', 'times',
  'million', 'billion', 'thousand', 'crore', 'lakh', 'x', 'mm', 'cm', 'm', 'hp', 'cc', 'dollars', 'euros', 'pounds', 'rupees',
]);

/** Characters before a number that make it money or a code, never a year: "$2010", "#2010". */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set([
  '$', '£', '€', '¥', '#', '№', 'no', 'number', 'rs', 'usd', 'us', 'room', 'flight', 'route', 'page', 'model', 'bus',
  'gate', 'platform', 'highway', 'code', 'item', 'article', 'section', 'resolution', 'rule', 'unit', 'pin', 'zip',
]);

/** Words whose nearest presence in the sentence makes the event past or future. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'll', 'upcoming', 'tomorrow', 'next', 'coming', 'won', 'forthcoming',
]);

/**
 * Present-tense verbs of a timetable, which news uses for what is scheduled: "Voting closes on
 * Sunday", "The law comes into force on January 1" look forward.
 */
export const SCHEDULE_PRESENT_VERBS: ReadonlySet<string> = new Set([
  'opens', 'reopens', 'closes', 'starts', 'begins', 'ends', 'expires', 'resumes', 'launches', 'kicks', 'comes', 'takes', 'meets',
  'convenes', 'arrives', 'departs', 'goes', 'debuts', 'premieres', 'airs',
]);

/** The same verbs after a plural subject: "Polls close at 10pm", "Talks resume on Monday". */
export const SCHEDULE_PLURAL_VERBS: ReadonlySet<string> = new Set([
  'open', 'reopen', 'close', 'start', 'begin', 'end', 'expire', 'resume', 'launch', 'meet', 'convene', 'arrive', 'depart', 'go',
]);

/** Verbs (and "to be") that make a following infinitive future: "is expected to", "plans to". */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'expected', 'scheduled', 'set', 'due', 'plans', 'plan', 'planning', 'aims', 'aim', 'intends', 'intend',
  'going', 'slated', 'poised', 'likely', 'hopes', 'wants', 'seeks', 'is', 'are', 'promised', 'vowed', 'pledged',
  // An agreement or decision to act looks forward from when it was made: "has agreed to repay the loan by June".
  'agreed', 'agrees', 'decided', 'decides', 'promises', 'pledges', 'vows', 'committed', 'commits', 'threatened', 'threatens', 'voted', 'votes',
]);

export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'ago', 'yesterday', 'last', 'previously', 'earlier', 'began', 'made', 'took',
  'came', 'went', 'told', 'met', 'held', 'gave', 'sold', 'won', 'led', 'left', 'brought', 'bought', 'built',
  'paid', 'said', 'saw', 'became', 'fell', 'rose', 'thought', 'found', 'grew', 'flew', 'got', 'kept', 'lost',
  'ran', 'sent', 'spent', 'stood', 'wrote', 'spoke', 'chose', 'drew', 'drove', 'fought', 'broke', 'knew',
  'shook', 'threw', 'wore', 'struck', 'hit', 'felt', 'heard', 'meant', 'sought', 'taught', 'understood',
  'withdrew', 'shrank', 'sank', 'froze', 'stole', 'rode', 'slid', 'spun', 'oversaw', 'undertook', 'forgot', 'swore', 'arose', 'dealt', 'lent', 'bore', 'upheld',
]);

/** Words ending in "-ed" that are not past-tense verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'shed', 'embed', 'proceed', 'exceed', 'succeed',
  'indeed', 'breed', 'creed', 'bleed', 'greed', 'weed', 'reed', 'deed', 'steed', 'bred', 'led', 'fed', 'wed',
  'shred', 'sled', 'ted', 'fred', 'ned', 'ahmed', 'mohammed', 'muhammed', 'united', 'limited', 'based',
  'related', 'concerned', 'interested', 'advanced', 'detailed', 'experienced', 'skilled', 'talented', 'beloved',
  'expected', 'scheduled', 'planned', 'proposed', 'anticipated', 'intended', 'supposed', 'allowed', 'required',
]);

/** Past forms that are finite whatever precedes them ("it was", "they had"), never participles. */
export const FINITE_PAST: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'ago']);

/** Forms of "be" and "have" before a participle that keep it out of the past tense: "is planned". */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'will', 'to']);

/**
 * Words before "in" + a duration that make it a span, not a deadline: "the first time in two
 * years", "the highest level in a decade".
 */
export const SPAN_BEFORE_IN: ReadonlySet<string> = new Set([
  'time', 'level', 'high', 'low', 'highest', 'lowest', 'first', 'biggest', 'largest', 'worst', 'best', 'record',
  'strongest', 'weakest', 'fastest', 'slowest', 'once', 'twice', 'times', 'ever', 'jump', 'rise', 'fall', 'drop',
  'decline', 'increase', 'gain', 'loss', 'growth',
]);

/** Words ending in "-est" that are no superlatives, for the test of a span before "in". */
export const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'interest', 'interests', 'request', 'forest', 'guest', 'contest', 'protest', 'harvest', 'invest', 'suggest', 'arrest', 'honest', 'modest', 'digest', 'manifest', 'conquest', 'behest', 'inquest', 'unrest', 'midwest', 'northwest', 'southwest',
]);

/**
 * Words that open a deadline counted from the reference date: "in six months", "within a year",
 * "over the next four years", "for the coming months".
 */
export const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within', 'inside', 'over', 'during', 'for', 'throughout']);

/** Words after a duration that count it from something else than the reference date: "two years ago", "six months later". */
export const NOT_FROM_NOW_AFTER: ReadonlySet<string> = new Set(['ago', 'later', 'earlier', 'afterwards', 'afterward', 'thereafter', 'before', 'after', 'of', 'old']);

/** Words before "a year", "a week" that make it a duration: "for a year", "more than a week". */
export const DURATION_LEADS: ReadonlySet<string> = new Set([
  'for', 'than', 'about', 'nearly', 'almost', 'around', 'over', 'just', 'only', 'after', 'least', 'took', 'spent', 'lasted', 'of', 'last',
]);

/** Hyphens and dashes that join a word to the next: "pre-1979", "mid-2011", "fifty-year". */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑', '–']);

/** Endings glued to a day number: "2nd", "26th". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Time zones a clock time is written in that TIMEX3 writes as `Z`: "18:00 UTC", "6:40 p.m. (GMT +8)". */
export const UTC_ZONES: ReadonlySet<string> = new Set(['utc', 'gmt']);

/** Units an anaphoric phrase ("that day", "the same quarter") can name; "period" takes the unit of the date it points back to. */
export const ANAPHORIC_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year', 'period', 'time']);

/** Phrases after "the same month" that move it back a year: "the same month a year ago", "the same period last year". */
export const YEAR_BEFORE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['a', 'year', 'ago'], ['a', 'year', 'earlier'], ['a', 'year', 'before'], ['one', 'year', 'ago'], ['one', 'year', 'earlier'],
  ['last', 'year'], ['of', 'last', 'year'], ['the', 'previous', 'year'], ['of', 'the', 'previous', 'year'], ['the', 'year', 'before'],
  ['of', 'the', 'last', 'year'], ['the', 'prior', 'year'], ['of', 'the', 'prior', 'year'],
];

/** Adjectives that make "the entire year" a whole unit of time, a length rather than a date. */
export const WHOLE_UNIT_ADJECTIVES: ReadonlySet<string> = new Set(['entire', 'whole', 'full']);

/** Ordinals that pick a week of a month: "the first week of May", "the last week of March". */
export const WEEK_OF_MONTH_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1],
]);

/** Nouns after "morning" that make it the part of a day the text is about: "in morning trading". */
export const SESSION_NOUNS: ReadonlySet<string> = new Set(['trading', 'trade', 'session', 'dealings', 'deals']);

/** Words before "the" + a unit that make "the year", "the quarter" a date of the text: "for the year", "earlier in the month". */
export const BARE_UNIT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'during', 'of', 'throughout', 'through']);

/** Units "the" alone turns into the period the text is about: "for the year", "in the quarter". */
export const BARE_UNITS: ReadonlySet<string> = new Set(['year', 'quarter', 'month', 'week', 'decade']);

/** Verbs that make "the day" the trading day or session of the text: "shares closed the day higher". */
export const DAY_BOUNDARY_VERBS: ReadonlySet<string> = new Set([
  'closed', 'close', 'closes', 'closing', 'ended', 'end', 'ends', 'ending', 'finished', 'finish', 'finishes', 'finishing',
  'started', 'start', 'starts', 'starting', 'began', 'begin', 'begins', 'opened', 'open', 'opens',
]);

/**
 * Words after "the" that move a unit from the date the text named before: "the previous year",
 * "the following day". "the next" moves too, but after "in", "within" or "over" it opens a span
 * ahead ("in the next year"), which the deadline recogniser reads.
 */
export const NEIGHBOUR_SHIFTS: ReadonlyMap<string, number> = new Map([
  ['previous', -1], ['prior', -1], ['preceding', -1], ['following', 1], ['next', 1], ['subsequent', 1],
]);

/**
 * Words after a count and unit that place it from the date named before: "a year earlier", "three
 * days later", "two years afterwards". "before" and "after" are not here: "an hour before" stays a length.
 */
export const ANCHOR_SHIFT_WORDS: ReadonlyMap<string, number> = new Map([
  ['earlier', -1], ['later', 1], ['afterwards', 1], ['afterward', 1], ['thereafter', 1],
]);

/**
 * What "later than" / "earlier than" compares a date with when the phrase only says how far it
 * moved from a plan: "two days later than planned", "a week earlier than originally expected".
 */
export const PLAN_ADVERBS: ReadonlySet<string> = new Set(['originally', 'initially', 'first', 'previously', 'earlier', 'once']);
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  'planned', 'scheduled', 'expected', 'anticipated', 'forecast', 'forecasted', 'predicted', 'projected', 'announced',
  'promised', 'intended', 'hoped', 'thought', 'estimated', 'agreed', 'targeted', 'envisaged', 'foreseen', 'usual', 'normal',
]);

/** Adjectives of a "period" whose length the text does not give: "for an indefinite period of time" (`PXD`). */
export const UNGIVEN_LENGTH_ADJECTIVES: ReadonlySet<string> = new Set([
  'indefinite', 'unspecified', 'undetermined', 'unknown', 'undefined', 'undisclosed', 'extended', 'prolonged',
]);

/** Nouns after "a later" / "an earlier" that name a point the text does not date: "at a later date". */
export const UNDATED_POINT_NOUNS: ReadonlySet<string> = new Set(['date', 'time', 'stage', 'point']);

/** Prepositions before "noon" or "midnight" that make it a clock time rather than a name ("Midnight Express"). */
export const CLOCK_WORD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'past', 'from', 'since', 'near', 'to',
]);

/** "noon" and "midnight" as TIMEX3 clock times (ISO 8601 writes the end of a day as 24:00). */
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map([['noon', '12:00'], ['midday', '12:00'], ['midnight', '24:00']]);

/** Prepositions before "the" that make "the long term" a time ("in the long term"), not an adjective ("the long term outlook"). */
export const FUTURE_TERM_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'over', 'for', 'into', 'during', 'beyond', 'throughout', 'within', 'until', 'till', 'through', 'to',
]);
