import type { Sentence, TextSpan } from '../../model';
import { COMMITMENT_CUES, PREDICTION_VERBS, type ActorPlace, type CommitmentCue } from '../../tables/commitmentCues';
import { span, trimSpan } from '../phrases';
import type { Word } from '../words/scanWords';

/** A commitment cue found in a sentence, with where its action starts and where its actor is. */
export interface CueMatch {
  cue: TextSpan;
  actionStart: number;
  actor: ActorPlace;
  needsAgent: boolean;
  /** The possessor inside the cue, for an `owner` actor ("Pakistan" in "Pakistan's plan"). */
  owner?: TextSpan;
  /** See CommitmentCue.standsWhenPast. */
  standsWhenPast?: boolean;
  /** See CommitmentCue.overridesGroup. */
  overridesGroup?: boolean;
  /** See CommitmentCue.needsDate. */
  needsDate?: boolean;
}

/**
 * Each cue word and the cues (as bits, by their index in COMMITMENT_CUES) that may match in a
 * sentence holding it: one pass over a sentence's words tells which cue patterns to try. Trying
 * all fourteen Unicode patterns on every sentence took 9.7 ms on the MEANTIME and commitments-dev
 * texts (whose whole extraction takes about 17 ms); the pass takes 0.4 ms.
 */
const CUES_BY_WORD: ReadonlyMap<string, number> = cuesByWord(COMMITMENT_CUES);

function cuesByWord(cues: readonly CommitmentCue[]): ReadonlyMap<string, number> {
  if (cues.length > 31) throw new Error(`commitment cues are told apart by the bits of a number: at most 31, not ${cues.length}`);
  const byWord = new Map<string, number>();
  cues.forEach((cue, index) => {
    for (const form of cue.key) {
      const word = longestLetterRun(form);
      byWord.set(word, (byWord.get(word) ?? 0) | (1 << index));
    }
  });
  return byWord;
}

/**
 * The word of a key form ("calls for", "'ll") that a match of the form holds as a word of the
 * sentence's word scan: its longest run of letters, the rarest of its words.
 */
function longestLetterRun(form: string): string {
  const runs = form.toLowerCase().match(/\p{L}+/gu) ?? [];
  const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
  if (longest === '') throw new Error(`a commitment cue's key form holds a word: ${JSON.stringify(form)} has none`);
  return longest;
}

/** The cues that may match in a sentence with these words, as bits; 0 when none may. */
export function cuesHeldBy(words: readonly Word[]): number {
  let held = 0;
  for (const word of words) held |= CUES_BY_WORD.get(word.lower) ?? 0;
  return held;
}

/** Modal verbs that make what follows a possibility or a condition, not a commitment. */
const HEDGING_MODALS = /\b(?:would|could|might|may|can|cannot|should|if|unless)\s+(?:also\s+|not\s+)?$/i;

/** A cue starts a word and ends one; after an apostrophe it is the tail of another ("O'will"). */
const CUE_SOURCES: readonly string[] = COMMITMENT_CUES.map((cue) => `(?<![\\p{L}'’])(?:${cue.pattern})(?![\\p{L}])`);

/**
 * Finds the first commitment cue of a sentence. One per extraction: its patterns are global and
 * keep their position between matches, so they belong to one call, not to the module.
 */
export class CommitmentCueFinder {
  /** Made when first needed: most paragraphs hold the words of a few cues at most. */
  private readonly patterns: Array<RegExp | undefined> = [];

  /**
   * The cue that starts first in the sentence and reads as a commitment there. `held`: the cues
   * the sentence may hold (`cuesHeldBy`); the others are not tried.
   */
  allCues(text: string, sentence: Sentence, body: string, held: number): CueMatch[] {
    const found: CueMatch[] = [];
    for (let index = 0; index < COMMITMENT_CUES.length; index++) {
      if ((held & (1 << index)) === 0) continue;
      const pattern = (this.patterns[index] ??= new RegExp(CUE_SOURCES[index], 'giu'));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
        const candidate = toCueMatch(text, sentence, COMMITMENT_CUES[index], match, sentence.start + match.index);
        if (candidate && !found.some((other) => other.cue.start < candidate.cue.end && candidate.cue.start < other.cue.end)) found.push(candidate);
      }
    }
    return found.sort((a, b) => a.cue.start - b.cue.start);
  }

  firstCue(text: string, sentence: Sentence, body: string, held: number): CueMatch | undefined {
    let best: CueMatch | undefined;
    for (let index = 0; index < COMMITMENT_CUES.length; index++) {
      if ((held & (1 << index)) === 0) continue;
      const pattern = (this.patterns[index] ??= new RegExp(CUE_SOURCES[index], 'giu'));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
        const start = sentence.start + match.index;
        if (best && start >= best.cue.start) break;
        const candidate = toCueMatch(text, sentence, COMMITMENT_CUES[index], match, start);
        if (candidate) {
          best = candidate;
          break;
        }
      }
    }
    return best;
  }
}

function toCueMatch(text: string, sentence: Sentence, cue: CommitmentCue, match: RegExpExecArray, start: number): CueMatch | undefined {
  const end = start + match[0].length;
  if (HEDGING_MODALS.test(text.slice(Math.max(sentence.start, start - 24), start))) return undefined;
  const needsAgent = cue.needsAgent ?? false;
  let actionStart = end;
  // "will VERB": the action starts at the verb, which is part of the cue.
  if (needsAgent) {
    const verb = /\p{L}+$/u.exec(match[0]);
    if (!verb || PREDICTION_VERBS.has(verb[0].toLowerCase())) return undefined;
    actionStart = end - verb[0].length;
  }
  // "its decision to close two depots", "signed a deal to sell": the cue ends with the verb the action starts at.
  const infinitive = /\bto\s+(\p{L}+)$/u.exec(match[0]);
  if (infinitive) actionStart = end - infinitive[1].length;
  const found: CueMatch = { cue: span(text, start, end), actionStart, actor: cue.actor, needsAgent };
  if (cue.standsWhenPast) found.standsWhenPast = true;
  if (cue.overridesGroup) found.overridesGroup = true;
  // "goes live on July 1": the timetable's verb is its action.
  if (cue.needsDate) {
    found.needsDate = true;
    found.actionStart = start;
  }
  const owner = match.groups?.owner;
  if (owner) found.owner = ownerSpan(text, start, match[0], owner);
  return found;
}

function ownerSpan(text: string, cueStart: number, cueText: string, owner: string): TextSpan {
  const offset = cueStart + cueText.indexOf(owner);
  return trimSpan(text, offset, offset + owner.length);
}
