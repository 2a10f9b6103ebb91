/**
 * Numbers written as words, scale words and the cues that make a number a name rather than an
 * amount. The number parser (extract/numbers.ts) and the figure extractor (extract/figures/)
 * iterate over these tables; adding a word is a one-line change here. Kept apart from the
 * temporal tables so the two extractors can change their vocabularies independently.
 */

/** Cardinal words below a hundred that stand on their own ("seven", "nineteen"). */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

/** Tens, which take a unit after them ("twenty-five", "forty two"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/**
 * Multipliers after a number, written out ("3 million", "two billion") or as the short forms
 * news copy uses ("2bn", "$15bn", "Rs10 crore"). `needsCurrency` marks the one-letter forms
 * that are also units: "500m" is metres unless money is named ("$500m").
 */
export interface ScaleWord {
  factor: number;
  needsCurrency?: boolean;
}

export const SCALE_WORDS: ReadonlyMap<string, ScaleWord> = new Map<string, ScaleWord>([
  ['hundred', { factor: 1e2 }],
  ['thousand', { factor: 1e3 }],
  ['million', { factor: 1e6 }],
  ['billion', { factor: 1e9 }],
  ['trillion', { factor: 1e12 }],
  // South Asian scales, common in Pakistani and Indian copy: "Rs10 crore", "5 lakh".
  ['lakh', { factor: 1e5 }],
  ['lac', { factor: 1e5 }],
  ['crore', { factor: 1e7 }],
  ['arab', { factor: 1e9 }],
]);

/** Abbreviated scales, matched case-insensitively and directly after the digits or one space. */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, ScaleWord> = new Map<string, ScaleWord>([
  ['bn', { factor: 1e9 }],
  ['bln', { factor: 1e9 }],
  ['mn', { factor: 1e6 }],
  ['mln', { factor: 1e6 }],
  ['tn', { factor: 1e12 }],
  ['trn', { factor: 1e12 }],
  ['m', { factor: 1e6, needsCurrency: true }],
  ['b', { factor: 1e9, needsCurrency: true }],
  ['k', { factor: 1e3, needsCurrency: true }],
]);

/**
 * Words that name a vague number of things ("thousands of pages", "a score of jets"). `value`
 * is the least the word can mean, so the figure carries the qualifier `ge`.
 */
export interface VagueCount {
  value: number;
  /** The word counts only when "of" follows ("a score of", not "a score"). */
  needsOf: boolean;
}

export const VAGUE_COUNT_WORDS: ReadonlyMap<string, VagueCount> = new Map<string, VagueCount>([
  ['dozens', { value: 24, needsOf: true }],
  ['scores', { value: 40, needsOf: true }],
  ['hundreds', { value: 200, needsOf: true }],
  ['thousands', { value: 2000, needsOf: true }],
  ['tens of thousands', { value: 2e4, needsOf: true }],
  ['hundreds of thousands', { value: 2e5, needsOf: true }],
  ['millions', { value: 2e6, needsOf: true }],
  ['tens of millions', { value: 2e7, needsOf: true }],
  ['hundreds of millions', { value: 2e8, needsOf: true }],
  ['billions', { value: 2e9, needsOf: true }],
  ['tens of billions', { value: 2e10, needsOf: true }],
  ['hundreds of billions', { value: 2e11, needsOf: true }],
]);

/** Exact counts spelled as a noun with an article: "a dozen", "a score of", "half a million". */
export const ARTICLE_COUNT_WORDS: ReadonlyMap<string, VagueCount> = new Map<string, VagueCount>([
  ['dozen', { value: 12, needsOf: false }],
  ['score', { value: 20, needsOf: true }],
]);

/** Endings that make digits an ordinal ("21st", "5th"): ordinals are positions, not amounts. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/**
 * Words just before a number that make it a name or a position: "No. 1", "Flight 447",
 * "version 10.4", "Terminal 3". Capitalised product and model names ("Boeing 747") are found by
 * shape in the extractor; this list holds the common nouns that do the same job.
 */
export const DESIGNATION_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'num', 'version', 'ver', 'v', 'release', 'flight', 'route', 'highway',
  'terminal', 'gate', 'platform', 'room', 'suite', 'apartment', 'apt', 'floor', 'level', 'page',
  'chapter', 'section', 'article', 'clause', 'paragraph', 'para', 'rule', 'resolution', 'act',
  'amendment', 'item', 'line', 'phase', 'stage', 'round', 'season', 'episode', 'part', 'vol',
  'volume', 'issue', 'model', 'series', 'mark', 'mk', 'code', 'id', 'channel', 'sector', 'block',
  'ward', 'district', 'zone', 'unit', 'grade', 'class', 'category', 'type', 'tier', 'step',
  'table', 'figure', 'fig', 'annex', 'case', 'bill', 'form', 'plot', 'house', 'street', 'road',
  'avenue', 'wing', 'division', 'brigade', 'corps', 'squad', 'generation', 'gen',
  'flat', 'seat', 'bay', 'berth', 'pier', 'dock', 'hall', 'locker',
  'dial', 'tel', 'phone', 'helpline', 'hotline', 'fax', 'ext', 'extension', 'sms', 'pin',
]);

/** Endings after a number that make it a clock time ("9am", "6:40 p.m.", "08:30 UTC"). */
export const CLOCK_WORDS_AFTER: readonly string[] = [
  'a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'pst', 'est', 'pkt', 'ist', 'cet',
];

/** Years as written in news copy: four digits in this range with no unit are dates, not amounts. */
export const YEAR_RANGE = { min: 1800, max: 2100 } as const;

/** Words before a year-shaped number that make it a year even before a plural: "in 2014", "the 2022 elections". */
export const YEAR_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'to', 'the', 'of', 'for', 'and', 'or', 'between', 'early', 'late', 'mid', 'year', 'fiscal', 'season', 'circa',
]);

/** Determiners before an unround number with nothing counted that make it a model: "the 787", "their 737". */
export const MODEL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'new', 'first', 'final', 'last']);

/**
 * Capitalised words before a number that lead into a count rather than name a model ("Only 5 …",
 * "Another 300 …"): the sentence-initial function words news copy starts a count with.
 */
export const COUNT_LEAD_WORDS: ReadonlySet<string> = new Set([
  'only', 'another', 'nearly', 'killing', 'including', 'totalling', 'totaling', 'just', 'around', 'roughly', 'some', 'about', 'over',
  'approximately', 'almost', 'additional', 'further', 'least', 'than', 'estimated', 'of', 'to', 'with', 'by', 'for',
]);

/**
 * Fractions that read as a share of a whole when "of" follows: "half of", "a third of",
 * "two-thirds of". `needsNumerator` marks the words that are ordinals on their own ("the third
 * of May"), so they count only after "a", "one", "two" ….
 */
export interface FractionWord {
  share: number;
  needsNumerator: boolean;
}

export const FRACTION_WORDS: ReadonlyMap<string, FractionWord> = new Map<string, FractionWord>([
  ['half', { share: 1 / 2, needsNumerator: false }],
  ['third', { share: 1 / 3, needsNumerator: true }],
  ['thirds', { share: 1 / 3, needsNumerator: true }],
  ['quarter', { share: 1 / 4, needsNumerator: true }],
  ['quarters', { share: 1 / 4, needsNumerator: true }],
  ['fifth', { share: 1 / 5, needsNumerator: true }],
  ['fifths', { share: 1 / 5, needsNumerator: true }],
]);

/** Words before "half of" / "third of" that make it a period or a position, not a share. */
export const FRACTION_BLOCKERS: ReadonlySet<string> = new Set(['the', 'first', 'second', 'last', 'final', 'next', 'this', 'that', 'other']);

/** Determiners before a spelled-out number that point back at things already named: "the two countries". */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those']);
