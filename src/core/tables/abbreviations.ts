/**
 * Words that end in a full stop without ending the sentence (lower-case, without the final
 * stop). Titles, name suffixes, months, corporate and address forms, currencies written with
 * a stop ("Rs.") and Latin forms.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'fr', 'st', 'sr', 'jr', 'esq',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'est',
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'art', 'sec', 'ch', 'para',
  'ave', 'blvd', 'rd', 'mt', 'ft',
  'rs', 'mln', 'bln', 'approx', 'ca', 'cf', 'vs', 'etc', 'al', 'viz',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);
