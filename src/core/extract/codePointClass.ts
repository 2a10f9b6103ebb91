/**
 * Membership of code points in a one-character class of a regular expression, asked by code
 * rather than by running the expression: the answer for each BMP code is found once, by the
 * expression itself, so it is the expression's answer whatever its flags fold.
 */
export class CodePointClass {
  /** Per BMP code unit: 0 not yet asked, 1 in the class, 2 not. */
  private readonly known = new Uint8Array(0x10000);
  private readonly single: RegExp;

  /** `characterClass`: the class as written in a pattern (`[\p{L}'’]`); `flags` as the pattern that uses it has them. */
  constructor(characterClass: string, flags: string) {
    this.single = new RegExp(`^${characterClass}$`, flags.replace(/[gy]/g, ''));
  }

  has(codePoint: number): boolean {
    if (codePoint > 0xffff) return this.single.test(String.fromCodePoint(codePoint));
    let known = this.known[codePoint];
    if (known === 0) this.known[codePoint] = known = this.single.test(String.fromCharCode(codePoint)) ? 1 : 2;
    return known === 1;
  }

  /**
   * Whether the code point that ends at `index` is in the class: what a lookbehind of the class
   * reads there (a surrogate pair is one code point to a pattern with the `u` flag). False at 0.
   */
  endsAt(text: string, index: number): boolean {
    return index > 0 && this.has(codePointBefore(text, index));
  }
}

/** The code point that ends at `index` (> 0), as a pattern with the `u` flag reads backwards: a surrogate pair is one. */
export function codePointBefore(text: string, index: number): number {
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const lead = text.charCodeAt(index - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return ((lead - 0xd800) << 10) + (last - 0xdc00) + 0x10000;
  }
  return last;
}
