import { GramIndex } from './gramIndex';
import { LineEndingNormalisedText } from './lineEndings';
import { hashPiece, PIECE_LENGTH, rollPiece, slotOf } from './pieceHash';

/** A stored anchor with its quote and context in normalised line endings. */
export interface NormalisedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  /** The stored context is short because the document started (prefix) or ended (suffix) there. */
  prefixCut: boolean;
  suffixCut: boolean;
  /** Where the anchor was stored, as an offset into the normalised new text (clamped to it). */
  storedStart: number;
}

/** A candidate position of a quote, in normalised offsets. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
}

/**
 * The new text as searched: normalised line endings, and what is shared between the anchors
 * of one re-anchoring (occurrence lists of repeated quotes, the wide-search budget).
 */
export class SearchTarget {
  readonly normalised: LineEndingNormalisedText;
  /** Characters the wide and whole-text fuzzy searches may still scan. */
  wideSearchBudget: number;
  private readonly occurrences = new Map<string, readonly number[]>();
  private gramFilter: Uint8Array | undefined;
  private gramIndex: GramIndex | undefined;

  constructor(text: string, wideSearchBudget: number) {
    this.normalised = new LineEndingNormalisedText(text);
    this.wideSearchBudget = wideSearchBudget;
  }

  get text(): string {
    return this.normalised.text;
  }

  /** Every start of `quote` in the whole text, computed once per distinct quote. */
  occurrencesOf(quote: string): readonly number[] {
    let starts = this.occurrences.get(quote);
    if (starts === undefined && !this.mayContain(quote)) starts = [];
    if (starts === undefined) {
      this.gramIndex ??= new GramIndex(this.text);
      starts = this.gramIndex.occurrencesOf(quote);
      this.occurrences.set(quote, starts);
    }
    return starts;
  }

  /**
   * False when some PIECE_LENGTH-character piece of `quote` occurs nowhere in the text, so the
   * quote cannot either. Reading a whole 1 MB text costs ~0.3 ms per quote, and most quotes
   * looked for everywhere are ones that were edited; a filter of all the text's pieces, built
   * once (~5 ms per MB), rules nearly all of them out without a scan.
   */
  private mayContain(quote: string): boolean {
    if (quote.length < PIECE_LENGTH || this.text.length < GRAM_FILTER_MIN_TEXT) return true;
    this.gramFilter ??= buildGramFilter(this.text);
    const filter = this.gramFilter;
    const lastGram = quote.length - PIECE_LENGTH;
    for (let offset = 0; ; offset = Math.min(offset + PIECE_LENGTH, lastGram)) {
      const slot = slotOf(hashPiece(quote, offset), GRAM_FILTER_BITS);
      if ((filter[slot >>> 3] & (1 << (slot & 7))) === 0) return false;
      if (offset === lastGram) return true;
    }
  }

  /** Starts of `quote` lying wholly inside [from, to), without scanning the rest of the text. */
  occurrencesWithin(quote: string, from: number, to: number): number[] {
    const low = Math.max(0, from);
    const window = this.text.slice(low, Math.min(this.text.length, to));
    const found: number[] = [];
    for (let index = window.indexOf(quote); index !== -1; index = window.indexOf(quote, index + 1)) found.push(low + index);
    return found;
  }
}

/** 1 at the expected position, falling linearly to 0 at `horizon` characters away. */
export function proximity(position: number, expected: number, horizon: number): number {
  return 1 - Math.min(Math.abs(position - expected), horizon) / horizon;
}

/**
 * 2^22 bits (512 KB, small enough to stay in the processor's cache while a 1 MB text is hashed
 * into it: 2^24 bits measured ~20% slower overall for cache misses). A 1 MB text sets about a
 * fifth of them; a quote is checked piece by piece, so an edited quote still fails the test
 * with high probability.
 */
const GRAM_FILTER_BITS = 22;

/**
 * Texts shorter than this are searched without the filter: clearing its 512 KB costs more than
 * reading a short text for each quote asked about, and every anchor whose context is in doubt
 * asks (its rivals are looked for in the whole text).
 */
const GRAM_FILTER_MIN_TEXT = 1 << 16;

function buildGramFilter(text: string): Uint8Array {
  const filter = new Uint8Array(1 << (GRAM_FILTER_BITS - 3));
  if (text.length < PIECE_LENGTH) return filter;
  let hash = hashPiece(text, 0);
  for (let start = 0; ; start++) {
    const slot = slotOf(hash, GRAM_FILTER_BITS);
    filter[slot >>> 3] |= 1 << (slot & 7);
    if (start + PIECE_LENGTH >= text.length) return filter;
    hash = rollPiece(hash, text, start);
  }
}
