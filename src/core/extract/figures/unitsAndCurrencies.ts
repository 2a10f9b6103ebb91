import type { FigureCategory } from '../../model';
import { CURRENCY_CODE_ALIASES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SIGNS_AFTER, CURRENCY_SYMBOLS } from '../../tables/currencies';
import { UNITS, type UnitEntry } from '../../tables/units';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, SPACE, alternation, caseInsensitiveWordsPattern, singleSpaced, stickyMatch, wordMatchAt } from './tablePatterns';

/** A currency written before the number ("US$", "Rs.", "PKR"), with where it starts. */
export interface CurrencyBefore {
  code: string;
  /** The form counts only with a scale after the number ("#13 billion", not "#1"). */
  needsScale: boolean;
  start: number;
}

/** A currency written after the number: a code, a name ("dollars", "cents") or a sign ("50p"). */
export interface CurrencyAfter {
  end: number;
  code: string;
  /** Minor units: "50 cents" is 0.5 of the main unit. */
  factor: number;
}

/** A unit after the number: a percentage, a duration or a quantity. */
export interface Measure {
  end: number;
  unit: string;
  category: Exclude<FigureCategory, 'count'>;
  /** Written as an adjective: "three-hour", "1,100-kilometre". */
  adjectival: boolean;
}

/**
 * The currency sign or code ending right before the number at `at`, at most one space away,
 * starting no earlier than `floor` (the end of the figure before).
 */
export function readCurrencyBefore(text: string, at: number, floor: number): CurrencyBefore | undefined {
  const match = stickyMatch(CURRENCY_BEFORE, text, at);
  if (!match) return undefined;
  const form = CURRENCY_BEFORE_FORMS.get(singleSpaced(match[1]));
  const start = at - match[1].length - match[2].length;
  if (!form || start < floor) return undefined;
  return { code: form.code, needsScale: form.needsScale, start };
}

/** A currency sign or code starting at `position`: the second end of a range ("$12 million to $20 million"). */
export function readCurrencyAt(text: string, position: number): { end: number; code: string | undefined } | undefined {
  const match = stickyMatch(CURRENCY_AT, text, position);
  if (!match) return undefined;
  return { end: position + match[0].length, code: CURRENCY_BEFORE_FORMS.get(singleSpaced(match[0].trim()))?.code };
}

/** The currency written right after a number: a name, else a code, else a sign. */
export function readCurrencyAfter(text: string, position: number): CurrencyAfter | undefined {
  const name = wordMatchAt(CURRENCY_NAME_AFTER, text, position);
  if (name) {
    const entry = CURRENCY_NAMES.get(singleSpaced(name[1].toLowerCase()));
    if (entry) return { end: position + name[0].length, code: entry.code, factor: entry.factor ?? 1 };
  }
  const code = stickyMatch(CURRENCY_CODE_AFTER, text, position);
  if (code) return { end: position + code[0].length, code: CURRENCY_CODE_ALIASES.get(code[1]) ?? code[1], factor: 1 };
  const sign = stickyMatch(CURRENCY_SIGN_AFTER, text, position);
  const signEntry = sign && CURRENCY_SIGNS_AFTER.get(sign[1] ?? sign[2]);
  if (sign && signEntry) return { end: position + sign[0].length, code: signEntry.code, factor: signEntry.factor ?? 1 };
  return undefined;
}

/**
 * A currency name after a vague count's "of" ("millions of dollars"): the name only, since a code
 * or a sign there is not how copy writes it. `code` is absent where the pattern's case folding
 * matched a name the table does not spell ("dollarſ").
 */
export function readCurrencyNameAfter(text: string, position: number): { end: number; code: string | undefined; factor: number } | undefined {
  const name = wordMatchAt(CURRENCY_NAME_AFTER, text, position);
  if (!name) return undefined;
  const entry = CURRENCY_NAMES.get(singleSpaced(name[1].toLowerCase()));
  return { end: position + name[0].length, code: entry?.code, factor: entry?.factor ?? 1 };
}

/** The unit right after a number; the longer reading wins: "% points" over "%", "square kilometres" over nothing. */
export function readMeasure(text: string, position: number): Measure | undefined {
  const abbreviation = stickyMatch(UNIT_ABBREVIATION_AT, text, position);
  const word = wordMatchAt(UNIT_WORD_AT, text, position);
  if (word && (!abbreviation || word[0].length >= abbreviation[0].length)) {
    const entry = UNIT_BY_WORD.get(singleSpaced(word[2].toLowerCase()));
    if (entry) return { end: position + word[0].length, unit: entry.unit, category: entry.category, adjectival: word[1] !== undefined };
  }
  if (abbreviation) {
    const entry = UNIT_BY_ABBREVIATION.get(singleSpaced(abbreviation[1]));
    if (entry) return { end: position + abbreviation[0].length, unit: entry.unit, category: entry.category, adjectival: false };
  }
  const glued = stickyMatch(UNIT_GLUED_AT, text, position);
  const gluedEntry = glued && UNIT_BY_GLUED.get(glued[1]);
  if (glued && gluedEntry) return { end: position + glued[0].length, unit: gluedEntry.unit, category: gluedEntry.category, adjectival: false };
  return undefined;
}

/** Whether a unit symbol or abbreviation starts at `position` ("5-10km": the letters after the second end are a unit). */
export function isUnitAbbreviationAt(text: string, position: number): boolean {
  return stickyMatch(UNIT_ABBREVIATION_AT, text, position) !== null;
}

const CURRENCY_BEFORE_FORMS: ReadonlyMap<string, { code: string; needsScale: boolean }> = new Map([
  ...[...CURRENCY_SYMBOLS].map(([form, symbol]) => [form, { code: symbol.code, needsScale: symbol.needsScale ?? false }] as const),
  ...[...CURRENCY_CODES].map((code) => [code, { code: CURRENCY_CODE_ALIASES.get(code) ?? code, needsScale: false }] as const),
]);
// A form that starts with a letter ("Rs", "USD") must not continue a word; a sign may.
const LETTER_CURRENCY_FORMS = [...CURRENCY_BEFORE_FORMS.keys()].filter((form) => /^\p{L}/u.test(form));
const SIGN_CURRENCY_FORMS = [...CURRENCY_BEFORE_FORMS.keys()].filter((form) => !/^\p{L}/u.test(form));
const CURRENCY_FORMS_SOURCE = `${NOT_WORD_BEFORE}(?:${alternation(LETTER_CURRENCY_FORMS)})|(?:${alternation(SIGN_CURRENCY_FORMS)})`;
/** Group 1 is the form, group 2 the space between it and the number. */
const CURRENCY_BEFORE = new RegExp(`(?<=(${CURRENCY_FORMS_SOURCE})(${SPACE}?))`, 'uy');
const CURRENCY_AT = new RegExp(`(?:${CURRENCY_FORMS_SOURCE})${SPACE}?`, 'uy');

const CURRENCY_CODE_AFTER = new RegExp(`${SPACE}?(${alternation(CURRENCY_CODES)})${NOT_WORD_AFTER}`, 'uy');
const GLUED_SIGNS_AFTER = [...CURRENCY_SIGNS_AFTER].filter(([, sign]) => sign.glued).map(([form]) => form);
const SPACED_SIGNS_AFTER = [...CURRENCY_SIGNS_AFTER].filter(([, sign]) => !sign.glued).map(([form]) => form);
/** Group 1 is a sign glued to the digits ("50p"), group 2 one that may stand a space away ("20 €"). */
const CURRENCY_SIGN_AFTER = new RegExp(`(?:(${alternation(GLUED_SIGNS_AFTER)})|${SPACE}?(${alternation(SPACED_SIGNS_AFTER)}))${NOT_WORD_AFTER}`, 'uy');
const CURRENCY_NAME_AFTER = caseInsensitiveWordsPattern(`(?:${SPACE}+|-)`, CURRENCY_NAMES.keys());

const UNIT_BY_WORD = new Map<string, UnitEntry>();
const UNIT_BY_ABBREVIATION = new Map<string, UnitEntry>();
const UNIT_BY_GLUED = new Map<string, UnitEntry>();
for (const entry of UNITS) {
  for (const word of entry.words ?? []) UNIT_BY_WORD.set(word.toLowerCase(), entry);
  for (const abbreviation of entry.abbreviations ?? []) UNIT_BY_ABBREVIATION.set(abbreviation, entry);
  for (const form of entry.glued ?? []) UNIT_BY_GLUED.set(form, entry);
}
/** A unit letter right on the digits, ending there: "41C", not "41 C" or "5Cs". */
const UNIT_GLUED_AT = new RegExp(`(${alternation(UNIT_BY_GLUED.keys())})${NOT_WORD_AFTER}`, 'uy');
// Abbreviations are case-sensitive ("MW" is not "mw") and sit on the digits or one space away.
const UNIT_ABBREVIATION_AT = new RegExp(`${SPACE}?(${alternation(UNIT_BY_ABBREVIATION.keys())})${NOT_WORD_AFTER}`, 'uy');
/** Group 1 is the hyphen of the adjectival form ("1,100-kilometre"), group 2 the unit. */
const UNIT_WORD_AT = caseInsensitiveWordsPattern(`(?:${SPACE}+|${SPACE}?(-)${SPACE}?)`, UNIT_BY_WORD.keys());
