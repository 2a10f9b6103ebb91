/**
 * Month names as they appear in English news. `needsContext` marks the names that are also
 * common words ("may be", "to march"): those count as months only next to a day, a year or a
 * temporal preposition. Abbreviations count only with a full stop or a number after them, since
 * "Jan" and "Jun" are also given names.
 */
export interface MonthName {
  month: number;
  needsContext?: boolean;
  abbreviation?: boolean;
}

export const MONTH_NAMES: ReadonlyMap<string, MonthName> = new Map<string, MonthName>([
  ['january', { month: 1 }],
  ['february', { month: 2 }],
  ['march', { month: 3, needsContext: true }],
  ['april', { month: 4 }],
  ['may', { month: 5, needsContext: true }],
  ['june', { month: 6 }],
  ['july', { month: 7 }],
  ['august', { month: 8 }],
  ['september', { month: 9 }],
  ['october', { month: 10 }],
  ['november', { month: 11 }],
  ['december', { month: 12 }],
  ['jan', { month: 1, abbreviation: true }],
  ['feb', { month: 2, abbreviation: true }],
  ['mar', { month: 3, abbreviation: true }],
  ['apr', { month: 4, abbreviation: true }],
  ['jun', { month: 6, abbreviation: true }],
  ['jul', { month: 7, abbreviation: true }],
  ['aug', { month: 8, abbreviation: true }],
  ['sep', { month: 9, abbreviation: true }],
  ['sept', { month: 9, abbreviation: true }],
  ['oct', { month: 10, abbreviation: true }],
  ['nov', { month: 11, abbreviation: true }],
  ['dec', { month: 12, abbreviation: true }],
]);

/** Words before an ambiguous month name that make it a month: "in May", "since March". */
export const MONTH_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'to', 'through',
  'early', 'mid', 'late', 'last', 'next', 'this', 'of', 'pre', 'post', 'end', 'between', 'and', 'or',
  'throughout', 'around', 'about', 'until', 'starting', 'beginning', 'ending', 'the', 'least',
]);
