import type { Sentence } from '../../model';
import { canStartVerbPhrase } from '../clauses/clauseWords';
import { frameBefore, headlineInfinitive } from '../clauses/frames';
import { subjectBefore } from '../clauses/subject';
import { findVerbGroups } from '../clauses/verbGroups';
import type { Word } from '../words/scanWords';
import { cuesHeldBy, type CommitmentCueFinder, type CueMatch } from './cueMatching';
import { isCourtesyVerb, readGroup } from './groupCues';

/**
 * The cues of a sentence before any actor is read: its verb groups read as plans, the cue
 * table's matches elsewhere in it, and a headline's "NAME to VERB", in order, with a plan noun
 * and the clause stating its content joined into one.
 */

/** One cue of a sentence before its actor is read: from a verb group or from the cue table. */
export interface Candidate {
  cueStart: number;
  cueEnd: number;
  actionStart: number;
  /** The word the subject is looked for before. */
  firstWord: number;
  lastWord: number;
  passive: boolean;
  /** An active verb group whose subject may be a thing ("the plane will carry"): a plan only with a date. */
  active: boolean;
  past: boolean;
  /** An infinitive group ("to be shipped") that may complete the verb right before it ("would begin"). */
  infinitive?: boolean;
  table?: CueMatch;
}

/** The cues of a sentence in order: its verb groups read as plans, then table cues elsewhere in it. */
export function candidatesOf(
  text: string,
  sentence: Sentence,
  words: readonly Word[],
  body: string,
  cues: CommitmentCueFinder,
  attributed: boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  const groups = findVerbGroups(words);
  for (let g = 0; g < groups.length; g++) {
    const clauseEnd = g + 1 < groups.length ? groups[g + 1].first : words.length;
    const read = readGroup(text, words, groups[g], clauseEnd, attributed);
    if (!read) continue;
    const group = read.group;
    // "fell due to EU rules": a capital after "to" inside a sentence starts a name, not a verb.
    if (words[group.head - 1]?.lower === 'to' && isCapitalCode(text.charCodeAt(words[group.head].start)) && !isTitleCase(text, words)) continue;
    candidates.push({
      cueStart: read.cue.start,
      cueEnd: read.cue.end,
      actionStart: read.actionStart,
      firstWord: group.first,
      lastWord: group.last,
      passive: group.passive,
      active: (!group.passive && !group.copular && (group.kind === 'future' || group.kind === 'would')) || group.relative === true,
      past: group.past,
      infinitive: words[group.first].lower === 'to',
    });
  }
  const held = cuesHeldBy(words);
  if (held !== 0) {
    for (const match of cues.allCues(text, sentence, body, held)) {
      const overlapped = candidates.findIndex((other) => other.cueStart < match.cue.end && match.cue.start < other.cueEnd);
      // "The ministry's plan is to build": the plan noun's cue holds the group and names the actor.
      // "unveiled plans to widen": a verb before the group's "plans" shows the group's verb is a noun, its subject the verb's.
      const startsBefore = overlapped !== -1 && match.cue.start < candidates[overlapped].cueStart && (match.actor === 'owner' || match.actor === 'subject');
      const replaces = overlapped !== -1 && (startsBefore || match.overridesGroup === true);
      if (overlapped !== -1 && !replaces) continue;
      // "wanted", "sought", "was seeking" in the reporter's own past: a history, not a standing plan;
      // "had signed a deal to buy … before the port closed": a past before the reporter's past is history.
      const history = !attributed && (match.standsWhenPast ? words[wordAt(words, match.cue.start) - 1]?.lower === 'had' : isPastCue(match.cue.text));
      if (history) {
        // "had unveiled plans to widen": the group inside the cue ("plans to widen") is that history too.
        if (startsBefore) candidates.splice(overlapped, 1);
        continue;
      }
      const first = wordAt(words, match.cue.start);
      const last = Math.max(first, wordAt(words, match.cue.end - 1));
      // "the plans a year ago", "Orvik's wants": after a determiner or a possessive the cue's verb is a noun.
      if (match.actor === 'subject' && first > 0 && NOUN_MARKERS.has(words[first - 1].lower)) continue;
      // "when it arrives on May 3, …": a timetable in a clause of time dates another clause's act.
      if (match.needsDate && TIME_CLAUSE_OPENERS.has(words[(subjectBefore(text, words, first, 0)?.first ?? first) - 1]?.lower ?? '')) continue;
      if (/\bto\s+\p{L}+$/u.test(match.cue.text) && !startsVerbPhrase(text, words[last])) continue;
      // "the plant they wanted to see": a want whose verb is courtesy or curiosity plans nothing.
      if (/^(?:want|wish)/iu.test(match.cue.text) && isCourtesyVerb(wantedVerb(words, wordAt(words, match.actionStart)))) continue;
      const frame = frameBefore(words, first);
      if (frame === 'hedged' || frame === 'conditional' || frame === 'rejected') continue;
      const table: Candidate = { cueStart: match.cue.start, cueEnd: match.cue.end, actionStart: match.actionStart, firstWord: first, lastWord: last, passive: false, active: false, past: false, table: match };
      if (replaces) {
        const group = candidates[overlapped];
        candidates[overlapped] = match.overridesGroup
          ? { ...table, firstWord: Math.min(first, group.firstWord) }
          : { ...table, cueEnd: Math.max(table.cueEnd, group.cueEnd), actionStart: group.actionStart, lastWord: Math.max(last, group.lastWord) };
      } else candidates.push(table);
    }
  }
  if (candidates.length === 0 && isHeadline(text, sentence)) {
    const to = headlineInfinitive(text, words);
    if (to > 0) {
      const verb = words[to + 1];
      const passive = verb.lower === 'be';
      candidates.push({ cueStart: words[to].start, cueEnd: verb.end, actionStart: verb.start, firstWord: to, lastWord: to + 1, passive, active: false, past: false });
    }
  }
  candidates.sort((a, b) => a.cueStart - b.cueStart);
  // "has drawn up a plan that seeks to build", "Part of X's policy is to build": what follows a plan
  // noun states the plan's content, so the two cues are one commitment.
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const before = kept[kept.length - 1];
    const relative = words[candidate.firstWord - 1]?.lower;
    if (before?.table && (relative === 'that' || relative === 'which') && before.lastWord === candidate.firstWord - 2) continue;
    // "would begin to be shipped": an infinitive right after a verb group completes it; it is no clause of its own.
    if (before && !before.table && candidate.infinitive && before.lastWord === candidate.firstWord - 1) {
      kept[kept.length - 1] = { ...before, cueEnd: candidate.cueEnd, lastWord: candidate.lastWord };
      continue;
    }
    if (before?.table && !candidate.table && before.lastWord === candidate.firstWord - 1 && before.actionStart <= words[candidate.firstWord].start) {
      kept[kept.length - 1] = { ...before, cueEnd: candidate.cueEnd, actionStart: candidate.actionStart, lastWord: candidate.lastWord };
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

/** The verb a want governs: the word at `at`, or the one after it when that is "to". */
function wantedVerb(words: readonly Word[], at: number): string {
  return (words[at]?.lower === 'to' ? words[at + 1] : words[at])?.lower ?? '';
}

/** "Port Authority To Reopen Pier": most words capitalised, as in a title-case headline. */
function isTitleCase(text: string, words: readonly Word[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const word of words) {
    if (!/^\p{L}/u.test(word.lower)) continue;
    letters++;
    if (isCapitalCode(text.charCodeAt(word.start))) capitals++;
  }
  return capitals * 2 > letters;
}

export function isCapitalCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** "commitment to expand" but not "commitment to the customer": the word after "to" opens a verb phrase. */
function startsVerbPhrase(text: string, word: Word): boolean {
  const code = text.charCodeAt(word.start);
  return canStartVerbPhrase(word.lower) && !(code >= 65 && code <= 90);
}

function isPastCue(cue: string): boolean {
  return /^(?:was|were|had)\b/i.test(cue) || /^(?:\p{L}+ed|sought)\b/iu.test(cue);
}

/** A title line: a sentence alone on its line with no closing punctuation. */
export function isHeadline(text: string, sentence: Sentence): boolean {
  const last = text.charCodeAt(sentence.end - 1);
  if (last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d) return false;
  const after = text.charCodeAt(sentence.end);
  return Number.isNaN(after) || after === 10 || after === 13;
}

/** Words after which a verb-like cue word is a noun: determiners, possessives and the possessive "s". */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'these', 'those', 'this', 's']);

/** Conjunctions opening a clause of time or condition: "when", "after", "once", "if". */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'until', 'till', 'once', 'while', 'as', 'if', 'unless', 'since', 'whenever']);

/** The index of the word holding offset `at` (or the first word after it). */
export function wordAt(words: readonly Word[], at: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle].end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
