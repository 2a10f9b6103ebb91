/**
 * A sticky pattern with a cheap necessary test in front of it: the characters its match can start
 * with once the separators it allows (spaces, and for some a hyphen) are passed. Figure reading
 * tries a dozen such patterns after every number and most of them fail on the first character;
 * the test turns those away without entering the expression engine.
 *
 * The test may let through positions where the pattern then fails (case is ignored, and any
 * character past ASCII goes through, since `iu` patterns fold some of them onto ASCII letters);
 * it never turns away a position where the pattern matches. `findLeadGaps` in figures.ts checks
 * that over the corpora.
 */
export class LedPattern {
  private readonly leads = new Uint8Array(128);

  constructor(
    readonly pattern: RegExp,
    /** Every form the pattern's match can start with after its separators. */
    forms: Iterable<string>,
    /** The separators the pattern allows first: spaces, and with `hyphen` one hyphen among them. */
    private readonly separators: { hyphen: boolean },
  ) {
    if (!pattern.sticky) throw new Error(`LedPattern needs a sticky pattern: /${pattern.source}/`);
    for (const form of forms) {
      const code = form.charCodeAt(0);
      if (Number.isNaN(code) || code === 32 || code === 0xa0) throw new Error(`LedPattern forms start with the form, not a space: ${JSON.stringify(form)}`);
      if (code < 128) {
        this.leads[code] = 1;
        this.leads[String.fromCharCode(code).toLowerCase().charCodeAt(0)] = 1;
        this.leads[String.fromCharCode(code).toUpperCase().charCodeAt(0)] = 1;
      }
    }
  }

  /** False where the pattern cannot match at `position`. */
  mayMatchAt(text: string, position: number): boolean {
    let at = skipSpaces(text, position);
    if (this.separators.hyphen && text.charCodeAt(at) === 45) {
      // A hyphen is a separator here; the forms themselves may not start with one.
      if (this.leads[45] === 1) return true;
      at = skipSpaces(text, at + 1);
    }
    const code = text.charCodeAt(at);
    return code >= 128 || this.leads[code] === 1;
  }

  /** The pattern's match at `position`, or null; the pattern is run only where it may match. */
  matchAt(text: string, position: number): RegExpExecArray | null {
    if (!this.mayMatchAt(text, position)) return null;
    this.pattern.lastIndex = position;
    return this.pattern.exec(text);
  }
}

function skipSpaces(text: string, position: number): number {
  let at = position;
  for (let code = text.charCodeAt(at); code === 32 || code === 0xa0; code = text.charCodeAt(++at));
  return at;
}
