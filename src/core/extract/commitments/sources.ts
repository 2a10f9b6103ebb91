import type { ClaimFact, Sentence, SourceRef } from '../../model';

/** How many paragraphs back a paragraph's attribution may be carried to an unattributed one. */
const SOURCE_CARRY_PARAGRAPHS = 2;

/**
 * A paragraph longer than this, in sentences, is no unit of attribution: a text laid out as one
 * block (a wire story with no paragraph breaks) gives no sign of who speaks in a sentence without
 * a reporting verb, so the reporter's own voice is assumed.
 */
const MAX_ATTRIBUTED_PARAGRAPH = 4;

/** A claim with the paragraph it sits in. */
export interface PlacedClaim {
  claim: ClaimFact;
  paragraph: number;
  /** Its sentence reported a plan; only then do the paragraphs after it continue the report ("The plan also includes …"). */
  plans?: true;
}

/**
 * The claims of the sentences being read, looked up by sentence and paragraph in constant time
 * so that extraction stays linear: a commitment's source is the claim of its sentence, of its
 * paragraph, or of one up to SOURCE_CARRY_PARAGRAPHS before that reported a plan. A paragraph after
 * "Marsh said members had not been consulted" is the reporter's again.
 */
export class ClaimIndex {
  private readonly bySentenceStart = new Map<number, ClaimFact>();
  private readonly placedByStart = new Map<number, PlacedClaim>();
  /** Claims in document order, the one carried in from before these sentences first. */
  private readonly ordered: PlacedClaim[] = [];
  private readonly byParagraph = new Map<number, ClaimFact>();
  private readonly paragraphSizes = new Map<number, number>();

  /** `carried`: the last claim before these sentences, if any. */
  constructor(
    claims: readonly ClaimFact[],
    sentences: readonly Sentence[],
    private readonly carried: PlacedClaim | undefined,
  ) {
    if (carried) this.ordered.push(carried);
    for (const sentence of sentences) this.paragraphSizes.set(sentence.paragraph, (this.paragraphSizes.get(sentence.paragraph) ?? 0) + 1);
    // Claims and sentences are both in document order, so one walk pairs each claim with the
    // sentence it starts at, without a map of every sentence.
    let sentence = 0;
    for (const claim of claims) {
      if (sentence < sentences.length && sentences[sentence].start > claim.start) sentence = 0;
      while (sentence < sentences.length && sentences[sentence].start < claim.start) sentence++;
      const paragraph = sentence < sentences.length && sentences[sentence].start === claim.start ? sentences[sentence].paragraph : -1;
      this.bySentenceStart.set(claim.start, claim);
      const placed: PlacedClaim = { claim, paragraph };
      this.placedByStart.set(claim.start, placed);
      this.ordered.push(placed);
      if (!this.byParagraph.has(paragraph)) this.byParagraph.set(paragraph, claim);
    }
  }

  /** The last claim of these sentences, to carry to the next part of the document; undefined if they hold none. */
  lastNew(): PlacedClaim | undefined {
    const last = this.ordered[this.ordered.length - 1];
    return last && last !== this.carried ? last : undefined;
  }

  /** The claim's sentence reported a plan: later paragraphs may carry on its report. */
  notePlan(claim: ClaimFact): void {
    const placed = this.placedByStart.get(claim.start);
    if (placed) placed.plans = true;
  }

  /** The claim made by the sentence itself, if any. */
  claimOf(sentence: Sentence): ClaimFact | undefined {
    return this.bySentenceStart.get(sentence.start);
  }

  /** Who said what the sentence holds: the claim of the sentence itself, or one inferred from its paragraph or those before. */
  sourceFor(sentence: Sentence): SourceRef | undefined {
    const sameSentence = this.claimOf(sentence);
    if (sameSentence) return toSource(sameSentence);
    if ((this.paragraphSizes.get(sentence.paragraph) ?? 0) > MAX_ATTRIBUTED_PARAGRAPH) return undefined;
    const sameParagraph = this.byParagraph.get(sentence.paragraph);
    if (sameParagraph) return toSource(sameParagraph, true);
    const earlier = this.lastBefore(sentence.start);
    return earlier?.plans && sentence.paragraph - earlier.paragraph <= SOURCE_CARRY_PARAGRAPHS ? toSource(earlier.claim, true) : undefined;
  }

  /** The source a sentence takes from a quotation it continues. */
  sourceOfClaim(claim: ClaimFact): SourceRef {
    return toSource(claim, true);
  }

  private lastBefore(offset: number): PlacedClaim | undefined {
    const ordered = this.ordered;
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ordered[middle].claim.start < offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? ordered[low - 1] : undefined;
  }
}

function toSource(claim: ClaimFact, inferred = false): SourceRef {
  const source: SourceRef = { name: claim.source.name, cue: claim.cue.text.toLowerCase(), span: claim.source.span };
  if (inferred) source.inferred = true;
  return source;
}

/** The cue's action ends where a trailing attribution (", the sources said") begins. */
export function attributionStart(text: string, from: number, claim: ClaimFact): number {
  const comma = text.lastIndexOf(',', claim.source.span.start);
  return comma > from ? comma : claim.source.span.start;
}
