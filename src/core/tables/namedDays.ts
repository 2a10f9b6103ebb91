/**
 * Named days ("Christmas", "Black Friday", "Easter Monday") and how each is dated in a given year.
 * Most are written with an apostrophe, which the word scan cuts into its own token, so each
 * possessive name is listed with both the straight and the curly apostrophe.
 */

/** How the date of a named day is found in a year. */
export type NamedDayRule =
  /** The same month and day every year. */
  | { month: number; day: number }
  /** The `nth` weekday (ISO, 1 = Monday) of a month, `-1` for the last, moved by `offset` days. */
  | { month: number; weekday: number; nth: number; offset?: number }
  /** Easter Sunday (Western churches), moved by `offset` days. */
  | { easter: number }
  /** A name that holds a weekday but no date of its own: "Black Monday" is no plain Monday. */
  | { undated: true };

export interface NamedDay {
  readonly words: readonly string[];
  readonly rule: NamedDayRule;
}

const APOSTROPHES = ["'", '’'];

/** Every spelling of a name that may hold an apostrophe: `words` with `'` stands for both. */
function spellings(words: readonly string[], rule: NamedDayRule): NamedDay[] {
  if (!words.includes("'")) return [{ words, rule }];
  return APOSTROPHES.map((apostrophe) => ({ words: words.map((word) => (word === "'" ? apostrophe : word)), rule }));
}

const THANKSGIVING = { month: 11, weekday: 4, nth: 4 };

const NAMED: ReadonlyArray<[string, NamedDayRule]> = [
  ['christmas eve', { month: 12, day: 24 }],
  ['christmas day', { month: 12, day: 25 }],
  ['christmas', { month: 12, day: 25 }],
  ['boxing day', { month: 12, day: 26 }],
  ["new year ' s eve", { month: 12, day: 31 }],
  ["new year ' s day", { month: 1, day: 1 }],
  ['halloween', { month: 10, day: 31 }],
  ["valentine ' s day", { month: 2, day: 14 }],
  ["st . patrick ' s day", { month: 3, day: 17 }],
  ["st patrick ' s day", { month: 3, day: 17 }],
  ["saint patrick ' s day", { month: 3, day: 17 }],
  ['may day', { month: 5, day: 1 }],
  ['juneteenth', { month: 6, day: 19 }],
  ['canada day', { month: 7, day: 1 }],
  // Many countries keep an Independence Day; the reader dates it only when no other country is named.
  ['independence day', { month: 7, day: 4 }],
  ['fourth of july', { month: 7, day: 4 }],
  ['bastille day', { month: 7, day: 14 }],
  ['guy fawkes night', { month: 11, day: 5 }],
  ['bonfire night', { month: 11, day: 5 }],
  ['armistice day', { month: 11, day: 11 }],
  ['remembrance day', { month: 11, day: 11 }],
  ['veterans day', { month: 11, day: 11 }],
  ["veterans ' day", { month: 11, day: 11 }],
  // United States holidays on a weekday of a month. "Labour Day" is left out: it is May 1 in most countries.
  ['labor day', { month: 9, weekday: 1, nth: 1 }],
  ['memorial day', { month: 5, weekday: 1, nth: -1 }],
  ['columbus day', { month: 10, weekday: 1, nth: 2 }],
  ["presidents ' day", { month: 2, weekday: 1, nth: 3 }],
  ['presidents day', { month: 2, weekday: 1, nth: 3 }],
  ["father ' s day", { month: 6, weekday: 7, nth: 3 }],
  ['thanksgiving day', THANKSGIVING],
  ['thanksgiving', THANKSGIVING],
  ['black friday', { ...THANKSGIVING, offset: 1 }],
  ['cyber monday', { ...THANKSGIVING, offset: 4 }],
  ['easter sunday', { easter: 0 }],
  ['easter day', { easter: 0 }],
  ['easter monday', { easter: 1 }],
  ['easter', { easter: 0 }],
  ['good friday', { easter: -2 }],
  ['maundy thursday', { easter: -3 }],
  ['palm sunday', { easter: -7 }],
  ['ash wednesday', { easter: -46 }],
  ['pentecost', { easter: 49 }],
  ['whit monday', { easter: 50 }],
  ['black monday', { undated: true }],
  ['black tuesday', { undated: true }],
  ['black wednesday', { undated: true }],
  ['black thursday', { undated: true }],
  ['bloody sunday', { undated: true }],
  ['blue monday', { undated: true }],
  ['super tuesday', { undated: true }],
  ['super saturday', { undated: true }],
  ['super bowl sunday', { undated: true }],
];

/** Longest names first, so that "Christmas Day" is read before "Christmas". */
export const HOLIDAYS: readonly NamedDay[] = NAMED
  .flatMap(([name, rule]) => spellings(name.split(' '), rule))
  .sort((a, b) => b.words.length - a.words.length);

/** Capitalised nouns after a named day that make a place or event of it: "Easter Island", "Thanksgiving Parade". */
export const NAMED_AFTER_DAY: ReadonlySet<string> = new Set(['island', 'islands', 'parade', 'party', 'festival', 'fair', 'market', 'concert', 'bowl', 'rising', 'offensive', 'uprising', 'treaty', 'agreement', 'accord']);
