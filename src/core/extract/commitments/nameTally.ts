import { TITLES } from '../../tables/personTitles';
import { MONTH_NAMES } from '../../tables/months';
import { WEEKDAY_NAMES } from '../../tables/weekdays';
import { isReportingWord } from '../clauses/frames';
import type { Word } from '../words/scanWords';

/**
 * The organisations a paragraph names, counted wherever they stand ("Apple's new phone",
 * "introduced by Apple", "Apple said"), with the people it names kept apart. A thing that will
 * be released, delivered or opened stands for its maker or operator, an organisation, and the
 * one a story names most is the best guess a reader has; a person ("CEO Jane Roe") presents the
 * plan, the organisation makes it. Names after "in" or "at" are places, months and weekdays are
 * times, and a capitalised word opening its sentence counts only once it is seen inside one.
 */
export class NameTally {
  private readonly names = new Map<string, Tallied>();
  /** Lower-case words of the names of people: a title before, a role after, or a surname of one. */
  private readonly people = new Set<string>();
  /** The people named, by surname. */
  private readonly persons = new Map<string, { name: string; count: number }>();
  private order = 0;
  /** "Orvik Freight Lines (OFL)": the abbreviation's key → the name's key. */
  private readonly aliases = new Map<string, string>();
  /** The last word of the latest place in the sentence being read, or -1. */
  private placeEnd = -1;

  /** Counts the names of one sentence, read in document order. */
  read(text: string, words: readonly Word[]): void {
    this.placeEnd = -1;
    for (let at = 0; at < words.length; at++) {
      if (!isCapitalised(text, words[at])) continue;
      let last = at;
      while (last + 1 < words.length && continuesName(text, words, last + 1)) last++;
      // "Orvik CEO Jane Roe": a title inside a run ends the organisation and opens a person.
      let from = at;
      for (let word = at; word <= last + 1; word++) {
        if (word <= last && !TITLES.has(words[word].lower)) continue;
        if (word > from) this.count(text, words, from, word - 1, last);
        from = word + 1;
      }
      at = last;
    }
  }

  private count(text: string, words: readonly Word[], from: number, to: number, runEnd: number): void {
    const run = trimRun(words, from, to);
    if (!run) return;
    const name = text.slice(words[run.first].start, words[run.last].end);
    const key = keyOf(name);
    if (!key || TIME_WORDS.has(key) || COUNTRY_CODES.has(key) || isDemonym(text, words, run) || NOT_ORGANISATION_HEADS.has(key.slice(key.lastIndexOf(' ') + 1))) return;
    if (run.titled || (to === runEnd && hasRoleAfter(words, to))) {
      for (const word of key.split(' ')) this.people.add(word);
      this.countPerson(key, name);
      return;
    }
    if (this.isPerson(key)) {
      this.countPerson(key, name);
      return;
    }
    if (isPlace(text, words, run.first)) {
      this.placeEnd = run.last;
      return;
    }
    // "in Lyon, France": a name after a place and a comma is part of the place.
    if (this.placeEnd >= 0 && run.first === this.placeEnd + 2 && words[run.first - 1].lower === ',') {
      this.placeEnd = run.last;
      return;
    }
    // "the Orvik Developer's Conference": a possessive glued to a longer name is inside that name.
    if (isApostrophe(words[run.last + 1]) && words[run.last + 2]?.lower === 's' && words[run.last + 3] !== undefined && isCapitalised(text, words[run.last + 3])) return;
    // "The Orvik plant …" opens its sentence too: only articles and quotes stand before the name.
    const opening = from === 0 || (from === 1 && QUOTE_MARKS.has(words[0].lower));
    // "16 GB", "Terminal 3": a capital after a number is a unit; one before a number a model or a room.
    // "60 Orvik T40 jets": unless a model code follows, which makes the capital a maker's name.
    if (words[run.first - 1]?.isNumber && !isModelCode(words, run.last + 1)) return;
    const abbreviation = abbreviationAfter(text, words, run.last);
    if (abbreviation) this.aliases.set(abbreviation.toLowerCase(), this.aliases.get(key) ?? key);
    const tallied = this.tallied(key, abbreviation && !spells(name, abbreviation) ? abbreviation : name, words[run.first].start);
    if (!words[run.last + 1]?.isNumber) tallied.bare++;
    if (isModelCode(words, run.last + 1)) tallied.models++;
    if (opening) tallied.opening++;
    else tallied.inside++;
    // "Jane Roe said …", "the Orvik Herald reported": a speaker or an outlet presents the story; who it is about is named elsewhere.
    if (to === runEnd && (isReportingWord(words[to + 1]?.lower ?? '') || isOutlet(words, run.last))) tallied.speaking++;
    tallied.last = ++this.order;
  }

  /** The person the paragraph names most (by surname: "Jane Roe" and "Roe" are one), for an "I" no speaker claims. */
  mainPerson(): string | undefined {
    let best: { name: string; count: number } | undefined;
    for (const person of this.persons.values()) if (!best || person.count > best.count) best = person;
    return best?.name;
  }

  private countPerson(key: string, name: string): void {
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    const person = this.persons.get(surname);
    if (!person) this.persons.set(surname, { name, count: 1 });
    else {
      person.count++;
      if (name.length > person.name.length) person.name = name;
    }
  }

  /** Counts a name that is the subject of a sentence, which says more about whom the story is about. */
  subject(name: string): void {
    const tallied = this.names.get(this.aliases.get(keyOf(name)) ?? keyOf(name));
    // Only a name already seen inside a sentence as no place: "Lyon hosted …" is still a place.
    if (tallied && isConfirmed(tallied)) tallied.inside += SUBJECT_WEIGHT;
  }

  private tallied(key: string, name: string, offset: number): Tallied {
    const own = this.aliases.get(key) ?? key;
    let tallied = this.names.get(own);
    if (!tallied) {
      tallied = { name, inside: 0, opening: 0, bare: 0, models: 0, speaking: 0, last: 0, first: offset };
      this.names.set(own, tallied);
    } else if (name.length < tallied.name.length && keyOf(name) === own) {
      // "Orvik Inc." and "Orvik" are one name, shown as the shorter.
      tallied.name = name;
    }
    return tallied;
  }

  /** The organisation named most so far (the latest named on a tie), or undefined; `before`: as for `latest`. */
  main(before = Number.POSITIVE_INFINITY): string | undefined {
    let best: Tallied | undefined;
    let bestCount = 0;
    for (const [key, tallied] of this.names) {
      // Named only as a speaker: someone quoted, not whom the story is about.
      if (!isConfirmed(tallied) || this.isPerson(key) || tallied.speaking === tallied.inside + tallied.opening || tallied.first >= before) continue;
      const count = tallied.inside + tallied.opening + tallied.models * MODEL_WEIGHT;
      if (count > bestCount || (count === bestCount && best !== undefined && tallied.last > best.last)) {
        best = tallied;
        bestCount = count;
      }
    }
    return best?.name;
  }

  /**
   * The organisation named last, for an "it" nothing nearer resolves; `speakers`: also one only
   * heard speaking ("Orvik announced … It is to be held …"), which a description never means;
   * `before`: only a name the text gives before this offset.
   */
  latest(speakers: boolean, before = Number.POSITIVE_INFINITY): string | undefined {
    let best: Tallied | undefined;
    for (const [key, tallied] of this.names) {
      if (!isConfirmed(tallied) || this.isPerson(key) || (!speakers && tallied.speaking === tallied.inside + tallied.opening)) continue;
      // "The airline will resume flights to Kyiv": a name first given after the words being resolved is not what they stand for.
      if (tallied.first >= before) continue;
      if (!best || tallied.last > best.last) best = tallied;
    }
    return best?.name;
  }

  /** An organisation of the paragraph named before a model number in `phrase` ("the Orvik X200" → "Orvik"). */
  organisationIn(phrase: string): string | undefined {
    const words = phrase.split(/[^\p{L}\p{N}&-]+/u).filter((word) => word !== '');
    // "new Orvik Transit vans": a maker's name also stands before a product's name, in a phrase headed by a common noun.
    let productNamed = words.length > 2 && /^\p{Ll}/u.test(words[words.length - 1]);
    for (let at = 0; at + 1 < words.length; at++) {
      const word = words[at];
      // "Deliveries to Orvik Air": after a preposition two capitalised words are a name, not a maker and its product.
      if (PLACE_PREPOSITIONS.has(word) || PHRASE_PREPOSITIONS.has(word)) productNamed = false;
      // Only a maker's name before a model number or a product's name: "the Malaysia visit" is no Malaysian product.
      if (!/^\p{Lu}/u.test(word) || !(/\p{N}/u.test(words[at + 1]) || (productNamed && /^\p{Lu}/u.test(words[at + 1])))) continue;
      const key = keyOf(word);
      if (this.isPerson(key)) continue;
      const tallied = this.names.get(this.aliases.get(key) ?? key);
      if (tallied && isConfirmed(tallied) && tallied.bare > 0) return tallied.name;
      // "the Tarn T40" from "Tarn Motors": the maker's short name.
      for (const [full, named] of this.names) if (isConfirmed(named) && named.bare > 0 && full.startsWith(`${key} `)) return named.name;
    }
    return undefined;
  }

  /** True when the paragraph has named `name` as an organisation: a name, no person, not only heard speaking. */
  isOrganisation(name: string): boolean {
    const key = keyOf(name).replace(/^(?:the|a|an) /u, '');
    const tallied = this.names.get(this.aliases.get(key) ?? key);
    return tallied !== undefined && isConfirmed(tallied) && !this.isPerson(key) && tallied.speaking < tallied.inside + tallied.opening;
  }

  /** True when the name is, or ends in, a word of a person's name seen in the paragraph. */
  isPersonName(name: string): boolean {
    return this.isPerson(keyOf(name));
  }

  private isPerson(key: string): boolean {
    const words = key.split(' ');
    return this.people.has(words[words.length - 1]);
  }
}

/**
 * A name, not a word capitalised for opening its sentence: seen inside a sentence, or of several
 * capitalised words ("Orvik Freight announced …").
 */
function isConfirmed(tallied: Tallied): boolean {
  return tallied.inside > 0 || tallied.name.includes(' ');
}

/**
 * A maker named before its model ("the Orvik T40") counts this many mentions more: a story about
 * a product is about its maker, whose plans an agentless "will be delivered" states.
 */
const MODEL_WEIGHT = 0.5;

/** "T40", "380", "KC-45", "X-9": a model code, a number or capitals glued to one, at word `at`. */
function isModelCode(words: readonly Word[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  if (word.isNumber) return true;
  const next = words[at + 1];
  if (next?.isNumber && next.start === word.end) return true;
  return next?.lower === '-' && next.start === word.end && words[at + 2]?.isNumber === true && words[at + 2].start === next.end;
}

/** Nouns after a name that make it a newspaper, an agency or a broadcaster, which report and do not act. */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'agency', 'magazine', 'daily', 'weekly', 'website', 'broadcaster', 'tabloid', 'journal']);
/** Last words of the names of newspapers. */
const OUTLET_NAME_ENDS: ReadonlySet<string> = new Set(['times', 'daily', 'post', 'herald', 'tribune', 'gazette', 'journal', 'telegraph', 'chronicle']);

/** "The Orvik Herald", "the Orvik Daily newspaper", "the Lumen news agency": an outlet named at the run ending at `last`. */
function isOutlet(words: readonly Word[], last: number): boolean {
  const next = words[last + 1]?.lower ?? '';
  return OUTLET_NAME_ENDS.has(words[last].lower) || OUTLET_NOUNS.has(next) || (next === 'news' && words[last + 2]?.lower === 'agency');
}

/** A subject counts this many mentions more than a name elsewhere in a sentence. */
const SUBJECT_WEIGHT = 1;

function isApostrophe(word: Word | undefined): boolean {
  return word !== undefined && (word.lower === "'" || word.lower === '’');
}

/** "Orvik Freight Lines (OFL)": the abbreviation in brackets right after a name, as a key. */
function abbreviationAfter(text: string, words: readonly Word[], last: number): string | undefined {
  if (words[last + 1]?.lower !== '(' || words[last + 3]?.lower !== ')') return undefined;
  const inside = text.slice(words[last + 2].start, words[last + 2].end);
  return /^\p{Lu}{2,8}$/u.test(inside) ? inside : undefined;
}

/**
 * True when the abbreviation could stand for the name: it opens with the name's first letter
 * ("Orvik Freight Lines (OFL)", "Orvik Air (ORA)"). A run cut from a longer name ("… Space
 * Company ORB N.V. (ORB)") does not, and is then shown by its abbreviation.
 */
function spells(name: string, abbreviation: string): boolean {
  return name[0] === abbreviation[0];
}

interface Tallied {
  name: string;
  /** Mentions inside a sentence, where the capital shows a name. */
  inside: number;
  /** Mentions opening a sentence, which count once the name is seen inside one. */
  opening: number;
  /** Mentions with no number after them: "Terminal 3" alone names a room, not a maker. */
  bare: number;
  /** Mentions before a model code ("Orvik T40"): the name of a maker. */
  models: number;
  /** Mentions as the one who speaks ("Jane Roe said"). */
  speaking: number;
  /** When it was last named, in reading order. */
  last: number;
  /** Where the text first names it. */
  first: number;
}


/** Nouns of a role in an appositive after a person's name ("Jane Roe, the company's chief executive,"). */
const ROLE_AFTER: ReadonlySet<string> = new Set([
  'ceo', 'president', 'chairman', 'chairwoman', 'executive', 'officer', 'director', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'founder', 'manager', 'head', 'aged', 'who', 'economist', 'lawyer', 'professor', 'doctor', 'governor', 'mayor',
]);

/** Prepositions that end a noun phrase's premodifiers: "deliveries to …", "a unit of …". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'by', 'from', 'with']);

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(']);

/** Prepositions before a place rather than an organisation: "plants in Ohio", "a show at Expo Hall". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'between', 'via']);

/** Capitalised words that name no one: articles and pronouns opening a sentence, and times. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'their', 'our', 'his', 'her',
  'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'of', 'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'so',
]);

const TIME_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES.keys(), ...WEEKDAY_NAMES.keys(), 'today', 'yesterday', 'tomorrow']);

/** Corporate suffixes left out of the key, so "Orvik Inc." and "Orvik" are one name. */
const SUFFIXES = /\s+(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa|nv|group)$/u;

function keyOf(name: string): string {
  let key = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  // "Orvik Group PLC": suffixes come stacked.
  for (let bare = key.replace(SUFFIXES, ''); bare !== key; bare = key.replace(SUFFIXES, '')) key = bare;
  return key;
}

function isCapitalised(text: string, word: Word): boolean {
  const code = text.charCodeAt(word.start);
  // "777-200LR": letters glued to digits are a model code.
  const before = text.charCodeAt(word.start - 1);
  if (before >= 48 && before <= 57) return false;
  return code >= 65 && code <= 90 && word.end - word.start > 1 && /^\p{L}+$/u.test(word.lower);
}

/** A name goes on through capitalised words and the marks inside one ("Rolls-Royce", "AT&T", "Inc."). */
function continuesName(text: string, words: readonly Word[], at: number): boolean {
  const word = words[at];
  const before = words[at - 1];
  const joined = before.end === word.start;
  if (word.isNumber) return false;
  if (joined && (word.lower === '-' || word.lower === '&' || word.lower === '.')) return at + 1 < words.length && words[at + 1].start === word.end && isCapitalised(text, words[at + 1]);
  if (joined && (before.lower === '-' || before.lower === '&')) return isCapitalised(text, word);
  // "A380", "KC-45": capitals glued to digits are a product code, no part of a name.
  if (isModelCode(words, at) && !word.isNumber) return false;
  return !joined && isCapitalised(text, word);
}

/** The run without the articles, titles and product codes around it; `titled` when a title stood before the name. */
function trimRun(words: readonly Word[], first: number, last: number): { first: number; last: number; titled: boolean } | undefined {
  let titled = first > 0 && TITLES.has(words[first - 1].lower);
  while (first <= last && (NOT_NAMES.has(words[first].lower) || TITLES.has(words[first].lower))) {
    if (TITLES.has(words[first].lower)) titled = true;
    first++;
  }
  // "A380", "A4" or "KC-45": the product code's letters open no name.
  if (first <= last && isModelCode(words, last) && !words[last].isNumber) last--;
  if (first > last) return undefined;
  return { first, last, titled };
}

/** "Jane Roe, the chief executive," / "Jane Roe, aged 55,": a role in the appositive after the name. */
function hasRoleAfter(words: readonly Word[], last: number): boolean {
  if (words[last + 1]?.lower !== ',') return false;
  for (let at = last + 2; at < words.length && at <= last + 8; at++) {
    const lower = words[at].lower;
    if (lower === ',' || lower === '.') return false;
    if (ROLE_AFTER.has(lower)) return true;
  }
  return false;
}

/**
 * "in Ohio", "at the Civic Theatre", "in downtown Lyon", "at Lyon's harbour": a place preposition
 * before the name, over an article, one modifier and a possessive name.
 */
function isPlace(text: string, words: readonly Word[], first: number): boolean {
  let modifiers = 0;
  for (let at = first - 1; at >= 0 && at >= first - 5; at--) {
    const lower = words[at].lower;
    if (PLACE_PREPOSITIONS.has(lower)) return true;
    if (lower === 'the' || isApostrophe(words[at]) || (lower === 's' && isApostrophe(words[at - 1])) || isCapitalised(text, words[at])) continue;
    if (!/^[a-z]+$/u.test(lower) || ++modifiers > 1) return false;
  }
  return false;
}

/** "Chinese airlines", "Dutch banks": a nationality word before a noun describes; it names no one. */
function isDemonym(text: string, words: readonly Word[], run: { first: number; last: number }): boolean {
  if (run.first !== run.last) return false;
  const next = words[run.last + 1];
  return DEMONYM_ENDING.test(words[run.first].lower) && next !== undefined && /^[a-z]+$/u.test(next.lower) && !isCapitalised(text, next) && !/^(?:and|or|said|says)$/u.test(next.lower);
}

const DEMONYM_ENDING = /(?:ese|ian|ean|ish|ch|an|i)$/u;

/** Country abbreviations: places, like the names after "in". */
const COUNTRY_CODES: ReadonlySet<string> = new Set(['us', 'usa', 'u s', 'uk', 'u k', 'uae', 'eu']);

/** Heads of names that are events, places or works, not organisations that act. */
const NOT_ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'conference', 'summit', 'expo', 'show', 'festival', 'games', 'olympics', 'cup', 'championship', 'week', 'day', 'street', 'avenue', 'road',
  'square', 'theater', 'theatre', 'center', 'centre', 'hall', 'park', 'stadium', 'arena', 'river', 'island', 'islands', 'mountains', 'valley',
  'award', 'awards', 'prize', 'act', 'bill', 'treaty', 'war', 'edition', 'series', 'version', 'program', 'programme', 'system', 'store',
  // Parts of a site, numbered like models: "Terminal 3", "Gate 12".
  'terminal', 'gate', 'room', 'platform', 'building', 'floor', 'phase', 'stage', 'runway', 'pier', 'hangar', 'dock', 'berth', 'unit',
]);
