import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CodePointClass } from '../../src/core/extract/codePointClass';
import { WordStartPattern } from '../../src/core/extract/wordStartPattern';
import { COMMITMENT_CUES } from '../../src/core/tables/commitmentCues';
import { textsAtHand } from './textsAtHand';

interface Found {
  index: number;
  text: string;
  groups?: Record<string, string | undefined>;
}

/** Every match, one after another from where the last ended, as `findCue` walks them. */
function walk(next: (from: number) => RegExpExecArray | null): Found[] {
  const found: Found[] = [];
  for (let match = next(0); match; match = next(match.index + Math.max(match[0].length, 1))) {
    found.push({ index: match.index, text: match[0], groups: match.groups ? { ...match.groups } : undefined });
  }
  return found;
}

/** The pattern with its lookbehind, as the cues were matched before WordStartPattern. */
function withLookbehind(source: string): (text: string) => Found[] {
  const pattern = new RegExp(`(?<![\\p{L}'’])(?:${source})(?![\\p{L}])`, 'giu');
  return (text) =>
    walk((from) => {
      pattern.lastIndex = from;
      return pattern.exec(text);
    });
}

const CUES = COMMITMENT_CUES.map((cue) => ({ tested: new WordStartPattern(cue.pattern), expected: withLookbehind(cue.pattern) }));

function assertSameMatches(text: string): void {
  for (const { tested, expected } of CUES) assert.deepEqual(walk((from) => tested.matchFrom(text, from)), expected(text), `${tested.source} on ${JSON.stringify(text.slice(0, 120))}`);
}

/** Cue words and what may stand right before them: letters the `iu` flags fold, apostrophes, astral letters, lone surrogates. */
const PIECES = [
  'will', 'plans to', 'pledged to', 'seeks to', 'wants', "Pakistan's plan is to build", 'the plan includes', 'there will be', 'part of Russia’s strategy',
  'is seeking', 'has promised to', "we'll", 'shall', 'build', 'a', ' ', '  ', '\n', "'", '’', '-', 'x', 'é', 'ſ', 'K', '\u0345', '𝐀', '𝐚', '\ud835', '\udc00', '😀', '2', 'İ',
];

describe('WordStartPattern', () => {
  it('finds what the cue patterns with their lookbehind find, in every sentence of the texts at hand', function () {
    this.timeout(120_000);
    for (const text of textsAtHand()) for (const line of text.split('\n')) assertSameMatches(line);
  });

  it('finds what they find next to folded, astral and lone-surrogate characters (fast-check)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }), (pieces) => assertSameMatches(pieces.join(''))),
      { numRuns: 3000 },
    );
  });

  it('passes over a cue word glued to a letter or an apostrophe and finds the next one', () => {
    const pattern = new WordStartPattern('will');
    const text = "Goodwill, O'will and 𝐀will will go.";
    assert.equal(pattern.matchFrom(text, 0)?.index, text.lastIndexOf('will'));
  });
});

describe('CodePointClass', () => {
  it('answers as the expression does, with its flags', () => {
    const letters = new CodePointClass('[\\p{L}]', 'iu');
    assert.equal(letters.has('a'.charCodeAt(0)), true);
    assert.equal(letters.has('1'.charCodeAt(0)), false);
    // U+0345 is a combining mark, not a letter, but `iu` folds it onto ι, which is one.
    assert.equal(/^\p{L}$/u.test('\u0345'), false);
    assert.equal(letters.has(0x345), /^[\p{L}]$/iu.test('\u0345'));
    assert.equal(letters.has(0x1d400), true);
  });

  it('reads a surrogate pair before an index as one code point, and a lone surrogate as itself', () => {
    const letters = new CodePointClass('[\\p{L}]', 'iu');
    assert.equal(letters.endsAt('𝐀x', 2), true);
    assert.equal(letters.endsAt('\udc00x', 1), false);
    assert.equal(letters.endsAt('x', 0), false);
  });
});
