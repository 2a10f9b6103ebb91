import type { Word } from '../words/scanWords';

/**
 * What a paragraph ties to names: descriptions in apposition ("Orvik, the region's largest bus
 * maker, said …"), which a reader takes, wherever they stand for someone later (a speaker, a
 * subject: "The region's largest bus maker will …", "the maker will …"), to mean that name; and
 * numbered things named as a name's ("Terminal 3 of Orvik Airport"), which stand for it later
 * ("Terminal 3 will open in May"). Read sentence by sentence in document order; one per paragraph.
 */
export class Appositives {
  /** A description's key → the name it was put beside. */
  private readonly byDescription = new Map<string, string>();
  /** A description's head noun → the name of the latest description with that head. */
  private readonly byHead = new Map<string, string>();
  /** A numbered thing's key ("terminal 3") → the name it was said to be of. */
  private readonly owners = new Map<string, string>();

  /** Records the "Name, description," pairs and the "Thing 3 of Name" owners of one sentence. */
  read(text: string, words: readonly Word[]): void {
    this.readOwners(text, words);
    for (let comma = 1; comma + 2 < words.length; comma++) {
      if (words[comma].lower !== ',') continue;
      const name = nameEndingAt(text, words, comma - 1);
      if (name === undefined) continue;
      let close = comma + 1;
      while (close < words.length && close <= comma + MAX_DESCRIPTION_WORDS + 1 && words[close].lower !== ',') close++;
      if (words[close]?.lower !== ',' || !isDescription(text, words, comma + 1, close - 1)) continue;
      const description = text.slice(words[comma + 1].start, words[close - 1].end);
      this.byDescription.set(keyOf(description), name);
      this.byHead.set(words[close - 1].lower, name);
    }
  }

  /** The name a numbered thing in `phrase` was said to be of ("the new Terminal 3" → "Orvik Airport"), or undefined. */
  ownerIn(phrase: string): string | undefined {
    for (const [thing, owner] of this.owners) if (` ${keyOf(phrase)} `.includes(` ${thing} `)) return owner;
    return undefined;
  }

  private readOwners(text: string, words: readonly Word[]): void {
    for (let of = 2; of + 1 < words.length; of++) {
      if (words[of].lower !== 'of' || !words[of - 1].isNumber || !isCapital(text, words[of - 2]) || !isCapital(text, words[of + 1])) continue;
      let last = of + 1;
      while (last + 1 < words.length && isCapital(text, words[last + 1]) && /^\p{L}+$/u.test(words[last + 1].lower)) last++;
      this.owners.set(`${words[of - 2].lower} ${words[of - 1].lower}`, text.slice(words[of + 1].start, words[last].end));
    }
  }

  /**
   * The name a description was put beside: the same description ("Europe's largest bus maker"),
   * or "the" with its head noun alone ("the maker"). Undefined for a name or an unknown phrase.
   */
  nameFor(phrase: string): string | undefined {
    const key = keyOf(phrase);
    const exact = this.byDescription.get(key);
    if (exact !== undefined) return exact;
    const bare = /^the ([a-z-]+)$/u.exec(key);
    return bare ? this.byHead.get(bare[1]) : undefined;
  }
}

/** An appositive description is short: a longer stretch between commas is a clause or a list. */
const MAX_DESCRIPTION_WORDS = 8;

/** Words that make a stretch between commas a clause or a list rather than a description. */
const NOT_IN_DESCRIPTION: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'where', 'when', 'that', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will',
  'would', 'said', 'says', 'however', 'though', 'although', 'because', 'if',
]);

/**
 * "the largest maker", "Europe's biggest bus maker", "a unit of Orvik": opens with an article or a
 * possessive name and ends in a lower-case noun, with no clause word inside.
 */
function isDescription(text: string, words: readonly Word[], first: number, last: number): boolean {
  if (last - first < 1) return false;
  const opener = words[first].lower;
  const possessive = isCapital(text, words[first]) && isApostrophe(words[first + 1]) && words[first + 2]?.lower === 's';
  if (opener !== 'the' && opener !== 'a' && opener !== 'an' && !possessive) return false;
  const head = text.slice(words[last].start, words[last].end);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head) || head.endsWith('ly')) return false;
  for (let at = first; at <= last; at++) {
    const word = words[at];
    if (NOT_IN_DESCRIPTION.has(word.lower) || word.isNumber || !/^(?:[\p{L}-]+|['’])$/u.test(word.lower)) return false;
  }
  return true;
}

/** The capitalised run ending at word `last` ("Orvik Bus Lines", "150px Orvik" → "Orvik"), without a leading article. */
function nameEndingAt(text: string, words: readonly Word[], last: number): string | undefined {
  if (!isCapital(text, words[last]) || !/^\p{L}+$/u.test(words[last].lower)) return undefined;
  let first = last;
  while (first > 0 && isCapital(text, words[first - 1]) && /^\p{L}+$/u.test(words[first - 1].lower) && words[first - 1].end < words[first].start) first--;
  if (/^(?:the|a|an)$/u.test(words[first].lower)) first++;
  return first <= last ? text.slice(words[first].start, words[last].end) : undefined;
}

function isCapital(text: string, word: Word): boolean {
  const code = text.charCodeAt(word.start);
  return code >= 65 && code <= 90;
}

function isApostrophe(word: Word | undefined): boolean {
  return word !== undefined && (word.lower === "'" || word.lower === '’');
}

/** Lower case, curly apostrophes straight, no leading article, spaces folded: "The region’s  maker" → "region's maker". */
function keyOf(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/\s*'\s*/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:a|an) /u, '')
    .replace(/^the (?=\S+ \S)/u, '');
}
