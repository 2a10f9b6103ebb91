/**
 * Every tuned number of re-anchoring in one place, each with the reason it has its value. The
 * scores they refer to are all in [0, 1]; "context" is the stored ~32 characters either side.
 */

/**
 * Quotes shorter than this many code points must match exactly, never fuzzily: a few
 * characters carry too little evidence to tell an edited "42%" from the next "43%", or "Linus"
 * from "chines" (design.md §5: short quotes must match exactly).
 */
export const MIN_FUZZY_QUOTE_LENGTH = 8;

/**
 * A fuzzy match may differ from the quote in at most this share of its characters. Beyond a
 * quarter, two sentences that merely share their words ("The board will meet in March" and
 * "The board will not meet before May") start to look alike.
 */
export const MAX_FUZZY_ERROR_RATE = 0.25;

/**
 * How a fuzzy candidate's score is made. The quote weighs most, but context weighs nearly as
 * much together (0.4) so that a look-alike sentence elsewhere, whose surroundings are
 * different, cannot reach the acceptance score on its quote alone (0.5 + noise ≈ 0.6). Position
 * only breaks near-ties: a paragraph may legitimately move far.
 */
export const FUZZY_WEIGHTS = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 } as const;

/**
 * A fuzzy match is accepted only at or above this score. With intact context a quote may lose
 * up to the full error rate (0.5 × 0.75 + 0.4 + ~0.1 ≈ 0.87); with context unrelated text
 * scores (≈ 0.25 per side under edit distance) even a perfect quote stays below it
 * (0.5 + 0.1 + 0.1 = 0.7 is the edge), so a sentence moved into new surroundings *and*
 * reworded is left for a person to re-attach rather than guessed.
 */
export const FUZZY_ACCEPT_SCORE = 0.72;

/**
 * The best fuzzy candidate must lead the runner-up (a candidate not overlapping it) by this
 * much. Two copies of an edited sentence differ mostly in position (at most 0.1), so a
 * duplicated paragraph whose context does not tell the copies apart stays orphaned.
 */
export const FUZZY_MIN_MARGIN = 0.1;

/**
 * Distance, in characters from the expected position, at which the position score reaches 0.
 * About a page of text: beyond that, position says nothing about which candidate is right.
 */
export const POSITION_HORIZON = 4096;

/**
 * Exact occurrences of a quote are ranked by context agreement (mean of prefix and suffix
 * similarity) plus this much times proximity, so distance only decides between copies whose
 * context agrees equally (a duplicated paragraph).
 */
export const EXACT_PROXIMITY_WEIGHT = 0.1;

/**
 * An exact occurrence near the expected position is taken without looking at the rest of the
 * document when its context agrees at least this well: a copy elsewhere could at best tie on
 * context and would lose on distance.
 */
export const NEAR_EXACT_CONTEXT_AGREEMENT = 0.8;

/**
 * An exact occurrence found anywhere is accepted with at least this context agreement, which
 * is well above what unrelated text scores (≈ 0.25); below it only a quote of at least
 * MIN_FUZZY_QUOTE_LENGTH that occurs once in the whole document is taken on its own.
 */
export const MIN_EXACT_CONTEXT_AGREEMENT = 0.5;

/**
 * An occurrence whose context agrees less than NEAR_EXACT_CONTEXT_AGREEMENT, or lies away from
 * where it was expected, is still taken when one side agrees at least this well: a sentence
 * whose start was rewritten keeps its end. About one character edited in the 32: a sentence
 * built alike, with another name beside the quote ("Ashby said, using" against "Elgin said,
 * using"), keeps the words around the name and reaches ≈ 0.9 on that side, so only a side
 * nearly intact tells the annotated text from its look-alikes.
 */
export const ONE_SIDE_CONTEXT_AGREEMENT = 0.95;

/**
 * Context that agrees well on both sides but with neither side nearly intact is what a
 * sentence built from the same words scores anywhere in the document; it identifies the
 * annotated text only where its position agrees too: within this many characters of where the
 * annotation was expected from its neighbours' displacement, or of where it was stored. Edits
 * inside the context on either side shift a quote by about a context's length each, so two
 * contexts' lengths.
 */
export const POSITION_AGREEMENT_DISTANCE = 64;

/**
 * An occurrence with neither side of its context verbatim must agree better than every other
 * occurrence of the quote by this much: when another place agrees nearly as well, the context
 * does not tell them apart and a person re-attaches the annotation. (Verbatim context on a side
 * is 32 characters that chance does not reproduce; copies with equal context are then told
 * apart by distance, as either is the annotated text.)
 */
export const CONTEXT_TIE_MARGIN = 0.1;

/** Characters either side of the expected position searched for exact occurrences first. */
export const EXACT_SEARCH_WINDOW = 4096;

/**
 * Characters either side of the expected position searched fuzzily first. Positions are
 * predicted from the old text or from the drift of the previous anchor, so the true match is
 * nearly always this close; the bit-parallel search costs ~0.05 ms per KB, which is what makes
 * thousands of fuzzy anchors affordable.
 */
export const NEAR_FUZZY_WINDOW = 256;

/** The second, wider fuzzy window, searched only when the near one has no acceptable match. */
export const WIDE_FUZZY_WINDOW = 8192;

/**
 * Characters the wide and whole-text fuzzy searches may scan in one call of `reanchor`, on top
 * of the document's own length (so a small document is always searched entirely). A whole
 * 1 MB document costs ~25 ms per quote; without a budget a file rewritten end to end would
 * take minutes. Anchors not found within it are orphaned, never guessed.
 */
export const WIDE_FUZZY_EXTRA_BUDGET = 65_536;
