/**
 * The key by which commitments are grouped under one actor: "The government", "the government"
 * and "the Government's" are one actor; so are "European Aeronautic Defence and Space Company
 * (EADS)" and "EADS" once the text has introduced the one as the other.
 */

/** Lower case, no leading article, no possessive, punctuation and white space folded. */
export function actorKey(name: string, aliases?: ReadonlyMap<string, string>): string {
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s?(?=\s|$)/gu, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/u, '');
  return aliases?.get(key) ?? key;
}

/**
 * The "Name (ABBR)" aliases a text introduces: each abbreviation in parentheses after a name
 * maps to the key of that name ("Government Accountability Office (GAO)" → "gao" stands for
 * "government accountability office"). Only an abbreviation whose letters start words of the
 * name counts, so a parenthesis holding anything else ("(about US$16 million)") is no alias.
 */
export function actorAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  // A literal here is a new expression per call: its position is no state of the module.
  const pattern = /((?:\p{Lu}[\p{L}.&-]*\s+){1,8})\((\p{Lu}{2,8})\)/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const abbreviation = match[2];
    const words = match[1].trim().split(/\s+/u);
    const name = nameSpelledBy(words, abbreviation);
    if (name) aliases.set(abbreviation.toLowerCase(), actorKey(name));
  }
  return aliases;
}

/** The shortest tail of `words` whose capitalised words begin with the abbreviation's letters in order. */
function nameSpelledBy(words: readonly string[], abbreviation: string): string | undefined {
  for (let first = words.length - 1; first >= 0; first--) {
    const initials = words
      .slice(first)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (initials === abbreviation) return words.slice(first).join(' ');
    if (initials.length > abbreviation.length) return undefined;
  }
  return undefined;
}
