import type { ClaimFact, Fact, ReferenceDate, Sentence, TemporalFact } from '../../model';
import { extractClaims, type ClaimCarry } from '../claims/extractClaims';
import { extractCommitments, type CommitmentCarry } from '../commitments/extractCommitments';
import { extractFigures } from '../figures/extractFigures';
import { commonAffixes } from './commonAffixes';
import { mergeInFactOrder } from '../factOrder';
import { scanText } from '../scannedText';
import { moveFactOffsets, unshared } from './shiftFact';
import { splitSentencesInSteps } from '../sentences/splitSentences';
import { extractTemporal } from '../temporal/extractTemporal';
import { runToEnd } from '../../steps';

/** One paragraph as last read: its place, its sentences and facts, and what it carried in and out. */
interface ParagraphEntry {
  /** From its first sentence's start to its last sentence's end: the text around it is blank. */
  start: number;
  end: number;
  sentences: Sentence[];
  /** All kinds, sorted as `extract` sorts them. */
  facts: Fact[];
  claimCarryIn: ClaimCarry;
  claimCarryOut: ClaimCarry;
  commitmentCarryIn: CommitmentCarry;
  commitmentCarryOut: CommitmentCarry;
  /** The carried claim within reach when the paragraph was read: what its commitments could borrow. */
  claimInReach?: ClaimFact;
  /** How many paragraphs back the carried claim was when the paragraph was read. */
  claimDistance?: number;
}

/** The carried claim only matters up to this many paragraphs back (see `extractCommitments`). */
const CLAIM_CARRY_REACH = 2;

/** Paragraphs moved after an edit between two pauses: moving one is cheap, a long document has tens of thousands. */
const MOVES_PER_STEP = 512;

/**
 * Incremental extraction: remembers the last text and each paragraph's facts, and after an edit
 * reads again only the paragraphs the edit touched. The changed stretch is found by comparing
 * the new text with the last one (common prefix and suffix), so callers need not describe their
 * edits. Attribution and commitments carry context from paragraph to paragraph (the last named
 * source, the last actor, a recent claim); when an edit changes what a paragraph passes on, the
 * following paragraphs are read again until what they receive is what they received before.
 * The result is exactly `extract` without a cache (tested on random edits).
 */
export class ParagraphFactCache {
  private text = '';
  private referenceKey = '';
  private paragraphs: ParagraphEntry[] = [];
  /** A first reading under way: how many paragraphs, from the first, are read to the end. */
  private firstReading?: { reference: ReferenceDate; done: number };
  /** Paragraphs read by the last extraction; used to measure what an edit cost. */
  lastMisses = 0;

  extractFacts(text: string, reference: ReferenceDate): { facts: Fact[]; sentences: Sentence[] } {
    return runToEnd(this.extractFactsInSteps(text, reference));
  }

  /**
   * `extractFacts`, pausing after each paragraph it reads. The cache is only consistent again
   * once the run has finished: a caller runs it to the end before asking again.
   */
  *extractFactsInSteps(text: string, reference: ReferenceDate): Generator<void, { facts: Fact[]; sentences: Sentence[] }> {
    const referenceKey = `${reference.date}\u0000${reference.from}`;
    this.lastMisses = 0;
    if (referenceKey !== this.referenceKey || this.paragraphs.length === 0) {
      this.referenceKey = referenceKey;
      this.paragraphs = yield* this.splitRegion(text, 0, text.length, 0);
      this.firstReading = { reference, done: 0 };
      try {
        yield* this.readFrom(0, text, reference, Number.POSITIVE_INFINITY);
      } finally {
        this.firstReading = undefined;
      }
    } else if (text !== this.text) {
      yield* this.applyEdit(text, reference);
    }
    this.text = text;
    return this.result();
  }

  /**
   * During a first reading (every paragraph read afresh, in document order): the offset up to
   * which the text has been read, and the facts and sentences found before it, which are final.
   * A caller between two steps can show those while the rest is read. Undefined otherwise.
   */
  readSoFar(): { through: number; reference: ReferenceDate; facts: Fact[]; sentences: Sentence[] } | undefined {
    const reading = this.firstReading;
    if (!reading) return undefined;
    return { through: this.endOfParagraphs(reading.done), reference: reading.reference, ...this.result(reading.done) };
  }

  /** How far a first reading has got (see `readSoFar`): the end of its last finished paragraph, 0 before the first; undefined when none is under way. */
  readThrough(): number | undefined {
    const reading = this.firstReading;
    return reading && this.endOfParagraphs(reading.done);
  }

  private endOfParagraphs(count: number): number {
    return count === 0 ? 0 : this.paragraphs[count - 1].end;
  }

  private *applyEdit(text: string, reference: ReferenceDate): Generator<void, void> {
    const old = this.text;
    const { prefix, suffix } = commonAffixes(old, text);
    const oldEditEnd = old.length - suffix;
    const delta = text.length - old.length;
    // The paragraph the edit starts in (or the gap after it: deleting a blank line joins two paragraphs).
    const startsIn = lastIndexWhere(this.paragraphs, (paragraph) => paragraph.start <= prefix);
    const first = Math.max(startsIn, 0);
    const regionStart = startsIn === -1 ? 0 : this.paragraphs[startsIn].start;
    // The paragraph the edit ends in, or the first one after it; every paragraph before `startsIn` ends before the edit.
    const endsIn = lastIndexWhere(this.paragraphs, (paragraph) => paragraph.end < oldEditEnd) + 1;
    const last = Math.min(endsIn, this.paragraphs.length - 1);
    const oldRegionEnd = endsIn >= this.paragraphs.length ? old.length : this.paragraphs[endsIn].end;
    const fresh = yield* this.splitRegion(text, regionStart, oldRegionEnd + delta, first);
    const following = this.paragraphs.slice(last + 1);
    const renumber = first + fresh.length - (last + 1);
    // Offsets at or after the old region's end move by `delta`; earlier ones (a source carried from before the edit) do not.
    for (let index = 0; index < following.length; index++) {
      movedParagraph(following[index], delta, renumber, oldRegionEnd);
      if (index % MOVES_PER_STEP === MOVES_PER_STEP - 1) yield;
    }
    this.paragraphs = [...this.paragraphs.slice(0, first), ...fresh, ...following];
    yield* this.readFrom(first, text, reference, first + fresh.length);
  }

  /** Splits `text[start, end)` into paragraph entries, numbered from `firstIndex`; `readFrom` reads them. */
  private *splitRegion(text: string, start: number, end: number, firstIndex: number): Generator<void, ParagraphEntry[]> {
    const entries = yield* paragraphEntriesInSteps(yield* splitSentencesInSteps(text.slice(start, end)), start, firstIndex);
    this.lastMisses += entries.length;
    return entries;
  }

  /**
   * Reads paragraphs from `from` on. Paragraphs before `freshEnd` were just split and are read
   * whole: first the facts local to them (dates, deadlines, figures), then attribution and
   * commitments, which depend on what the paragraph before hands on. Later ones keep their local
   * facts and are read again only while what they are handed differs from what they were handed
   * last time: the last named source and actor, the claim within reach, and how far back the
   * carried claim is (renumbered paragraphs can bring it into reach of a later paragraph or out
   * of it). Each stage of a paragraph is a step of its own: the first paragraph a session reads
   * also compiles the stage's patterns, which for a whole paragraph at once would be one long block.
   */
  private *readFrom(from: number, text: string, reference: ReferenceDate, freshEnd: number): Generator<void, void> {
    for (let index = from; index < this.paragraphs.length; index++) {
      const entry = this.paragraphs[index];
      const previous = index > 0 ? this.paragraphs[index - 1] : undefined;
      const claimCarryIn: ClaimCarry = { ...previous?.claimCarryOut };
      const commitmentCarryIn: CommitmentCarry = { ...previous?.commitmentCarryOut };
      const claimDistance = commitmentCarryIn.lastClaim ? index - commitmentCarryIn.lastClaim.paragraph : undefined;
      // Only a claim that reported a plan is carried on to a paragraph (ClaimIndex.sourceFor).
      const claimInReach = withinReach(claimDistance) && commitmentCarryIn.lastClaim?.plans ? commitmentCarryIn.lastClaim.claim : undefined;
      if (
        index >= freshEnd &&
        sameClaimCarry(claimCarryIn, entry.claimCarryIn) &&
        commitmentCarryIn.lastActor === entry.commitmentCarryIn.lastActor &&
        sameClaim(claimInReach, entry.claimInReach) &&
        sameReach(claimDistance, entry.claimDistance)
      ) {
        this.repointCarriedClaim(index, commitmentCarryIn);
        return;
      }
      const scanned = scanText(text, entry.sentences);
      let local: Fact[];
      if (index < freshEnd) {
        const temporal = extractTemporal(scanned, reference);
        yield;
        local = [...temporal, ...extractFigures(scanned)];
        yield;
      } else {
        local = entry.facts.filter((fact) => fact.kind !== 'claim' && fact.kind !== 'commitment');
        this.lastMisses++;
      }
      const claimCarryOut: ClaimCarry = { ...claimCarryIn };
      const claims = extractClaims(scanned, claimCarryOut);
      yield;
      const temporal = local.filter((fact): fact is TemporalFact => fact.kind === 'date' || fact.kind === 'deadline');
      const commitmentCarryOut: CommitmentCarry = { ...commitmentCarryIn };
      const commitments = extractCommitments(scanned, { claims, temporal, referenceDate: reference.date }, commitmentCarryOut).map(unshared);
      entry.facts = mergeInFactOrder<Fact>([local, claims, commitments]);
      Object.assign(entry, { claimCarryIn, claimCarryOut, commitmentCarryIn, commitmentCarryOut, claimInReach, claimDistance });
      if (this.firstReading) this.firstReading.done = index + 1;
      yield;
    }
  }

  /**
   * The paragraphs from `from` on were handed what they were handed before, so they are not read
   * again; but the claim they carry may be an object of a paragraph that was read again, equal in
   * value and no longer owned by any paragraph, which later edits would then not move. They are
   * pointed at the claim now handed on, as far as it was passed along.
   */
  private repointCarriedClaim(from: number, handed: CommitmentCarry): void {
    for (let index = from; index < this.paragraphs.length; index++) {
      const entry = this.paragraphs[index];
      const held = entry.commitmentCarryIn.lastClaim;
      if (held === handed.lastClaim) return;
      entry.commitmentCarryIn = handed;
      if (!held || entry.commitmentCarryOut.lastClaim?.claim !== held.claim) return;
      entry.commitmentCarryOut = { ...entry.commitmentCarryOut, lastClaim: handed.lastClaim };
      handed = entry.commitmentCarryOut;
    }
  }

  /** The facts and sentences of the first `count` paragraphs (all by default). */
  private result(count = this.paragraphs.length): { facts: Fact[]; sentences: Sentence[] } {
    const facts: Fact[] = [];
    const sentences: Sentence[] = [];
    for (let index = 0; index < count; index++) {
      const paragraph = this.paragraphs[index];
      for (const fact of paragraph.facts) facts.push(fact);
      for (const sentence of paragraph.sentences) sentences.push(sentence);
    }
    return { facts, sentences };
  }
}

/** Sentences grouped into paragraphs between two pauses: a long document has tens of thousands. */
const SENTENCES_PER_STEP = 4096;

/**
 * A region's sentences (offsets relative to `start`) as paragraph entries with document offsets
 * and paragraph numbers from `firstIndex`, in steps.
 */
function* paragraphEntriesInSteps(sentences: readonly Sentence[], start: number, firstIndex: number): Generator<void, ParagraphEntry[]> {
  const entries: ParagraphEntry[] = [];
  let current: ParagraphEntry | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const { start: sentenceStart, end: sentenceEnd, paragraph } = sentences[index];
    const sentence: Sentence = { start: sentenceStart + start, end: sentenceEnd + start, paragraph: paragraph + firstIndex };
    if (current && current.sentences[0].paragraph === sentence.paragraph) {
      current.sentences.push(sentence);
      current.end = sentence.end;
    } else {
      current = { start: sentence.start, end: sentence.end, sentences: [sentence], facts: [], claimCarryIn: {}, claimCarryOut: {}, commitmentCarryIn: {}, commitmentCarryOut: {} };
      entries.push(current);
    }
    if (index % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
  }
  return entries;
}

/** Moves a paragraph that followed an edit: offsets by `delta`, paragraph numbers by `renumber`. */
function movedParagraph(entry: ParagraphEntry, delta: number, renumber: number, oldRegionEnd: number): void {
  if (delta === 0 && renumber === 0) return;
  entry.start += delta;
  entry.end += delta;
  for (const sentence of entry.sentences) {
    sentence.start += delta;
    sentence.end += delta;
    sentence.paragraph += renumber;
  }
  if (delta !== 0) for (const fact of entry.facts) moveFactOffsets(fact, oldRegionEnd, delta);
  const newRegionEnd = oldRegionEnd + delta;
  entry.commitmentCarryIn = renumberedCarry(entry.commitmentCarryIn, renumber, newRegionEnd);
  entry.commitmentCarryOut = renumberedCarry(entry.commitmentCarryOut, renumber, newRegionEnd);
}

/**
 * The carried claim is a paragraph's own fact object, so its offsets have already moved with it;
 * only the paragraph number is the carry's. Claims past the new region moved; earlier ones did
 * not. One from the replaced region is stale: the paragraphs carrying it are read again or, where
 * reading stops, handed the claim read again (`repointCarriedClaim`).
 */
function renumberedCarry(carry: CommitmentCarry, renumber: number, newRegionEnd: number): CommitmentCarry {
  if (!carry.lastClaim || renumber === 0 || carry.lastClaim.claim.start < newRegionEnd) return carry;
  return { ...carry, lastClaim: { ...carry.lastClaim, paragraph: carry.lastClaim.paragraph + renumber } };
}

function sameClaimCarry(a: ClaimCarry, b: ClaimCarry): boolean {
  return a.lastNamed === b.lastNamed && a.lastPerson === b.lastPerson;
}

/** A carried claim counts for a paragraph only up to CLAIM_CARRY_REACH paragraphs back. */
function withinReach(distance: number | undefined): boolean {
  return distance !== undefined && distance <= CLAIM_CARRY_REACH;
}

function sameClaim(a: ClaimFact | undefined, b: ClaimFact | undefined): boolean {
  if (!a || !b) return a === b;
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the paragraphs after this one see the carried claim as they saw it when last read: at
 * the same distance (each later one is as much farther), or out of reach both then and now
 * (every later one is farther still).
 */
function sameReach(now: number | undefined, before: number | undefined): boolean {
  return now === before || (!withinReach(now) && !withinReach(before));
}

function lastIndexWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  // Paragraphs are in document order: binary search for the last one that satisfies a monotone predicate.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(items[middle])) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
