import type { ClaimFact, CommitmentFact, IsoDate, Sentence, TemporalFact, TextSpan } from '../../model';
import { canStartVerbPhrase } from '../clauses/clauseWords';
import { frameBefore, headlineInfinitive } from '../clauses/frames';
import { clauseStart, mainSubject, subjectBefore, type SubjectPlace } from '../clauses/subject';
import { findVerbGroups } from '../clauses/verbGroups';
import { isInFactOrder } from '../factOrder';
import { isNameLike, normaliseSpaces, span, trimSpan } from '../phrases';
import type { ScannedText } from '../scannedText';
import type { Word } from '../words/scanWords';
import { actorOf, agentAfter, appositiveName, isActorName, isThing, subjectSpan, type Actor, type ActorContext } from './actor';
import { CommitmentCueFinder, cuesHeldBy, type CueMatch } from './cueMatching';
import { deadlinesFor } from './deadlines';
import { isCourtesyVerb, readGroup } from './groupCues';
import { NameTally } from './nameTally';
import { announcerOf, isProperName, namedSubject, reportedSubject, reporterOf, type Bounds } from './speakersAndNames';
import { isSiteFurniture } from './siteFurniture';
import { ClaimIndex, attributionStart, type PlacedClaim } from './sources';

/** What commitments read besides the text: the facts found before them. */
export interface FoundFacts {
  claims: readonly ClaimFact[];
  temporal: readonly TemporalFact[];
  referenceDate: IsoDate;
}

/**
 * What commitment finding carries from one part of a document to the next: the last actor (for
 * "it will …") and the last claim with its paragraph (an unattributed paragraph borrows the
 * source of a claim up to two paragraphs back). Updated in place.
 */
export interface CommitmentCarry {
  lastActor?: string;
  lastClaim?: PlacedClaim;
}

/** One cue of a sentence before its actor is read: from a verb group or from the cue table. */
interface Candidate {
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
  table?: CueMatch;
}

/**
 * Finds commitments: who promised, planned, sought or wanted what, by when, according to whom.
 * Every clause of a sentence with a plan in its verb group counts ("X will shut A, and Y will
 * open B" is two), and one cue is split further when its action names several deadlines
 * ("finalise A within a year and B in the next two to three years").
 */
export function extractCommitments(scanned: ScannedText, found: FoundFacts, carry: CommitmentCarry = {}): CommitmentFact[] {
  const { text, sentences, words } = scanned;
  const commitments: CommitmentFact[] = [];
  const claims = new ClaimIndex(found.claims, sentences, carry.lastClaim);
  // Handed over in document order by the temporal extractor; sorted here only if not.
  const temporal = isInFactOrder(found.temporal) ? found.temporal : [...found.temporal].sort((a, b) => a.start - b.start);
  const cues = new CommitmentCueFinder();
  let lastActor = carry.lastActor;
  const topics = new Topics();
  const tally = new NameTally();
  const paragraph: Bounds = { start: sentences[0]?.start ?? 0, end: sentences[sentences.length - 1]?.end ?? 0 };
  let openQuote: ClaimFact | undefined;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const sentenceWords = words[index];
    const claim = claims.claimOf(sentence);
    const continued = claim ? undefined : openQuote;
    openQuote = nextOpenQuote(text, sentence, claim, openQuote);
    const body = text.slice(sentence.start, sentence.end);
    tally.read(text, sentenceWords);
    // A question asks; it promises nothing ("Want to help?", "Will the plant close?").
    if (body.trimEnd().endsWith('?')) continue;
    const source = claim ? claims.sourceFor(sentence) : continued ? claims.sourceOfClaim(continued) : claims.sourceFor(sentence);
    const candidates = candidatesOf(text, sentence, sentenceWords, body, cues, source !== undefined);
    if (candidates.length === 0 || isSiteFurniture(body)) {
      // Who the paragraph is about, for the pronouns and agentless clauses of later sentences.
      const named = namedSubject(text, sentenceWords, paragraph);
      if (named) {
        lastActor = named.name;
        // A speaker ("Jobs said …") is quoted, not the one whose plans the story is about.
        if (!named.speaks) {
          topics.mention(named.name, isHeadline(text, sentence) ? HEADLINE_WEIGHT : 1);
          tally.subject(named.name);
        }
      }
      continue;
    }
    const speaker = source?.name;
    const ownSpeaker = claim ? claim.source.name : undefined;
    const context: ActorContext = { lastNamed: lastActor, speaker, topic: tally.main() ?? topics.main(), names: tally };
    let previousActor: Actor | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c];
      const next = candidates[c + 1];
      const floor = c > 0 ? candidates[c - 1].lastWord + 1 : 0;
      let place: SubjectPlace | undefined = subjectBefore(text, sentenceWords, candidate.firstWord, floor);
      if (place?.shared || isParticipleAfterComma(sentenceWords, candidate.firstWord)) place = previousActor?.span ? undefined : ((c === 0 ? reportedSubject(text, sentenceWords, candidate.firstWord) : undefined) ?? mainSubject(text, sentenceWords));
      const subject = place && !place.shared ? (appositiveName(text, sentenceWords, place, candidate.firstWord) ?? subjectSpan(text, sentenceWords, place)) : undefined;
      let actionEnd = next ? nextClauseStart(text, sentenceWords, next, candidate) : sentence.end;
      if (claim && claim.source.span.start > candidate.cueEnd && claim.source.span.start < actionEnd) actionEnd = Math.min(actionEnd, attributionStart(text, candidate.cueEnd, claim));
      const semicolon = text.indexOf(';', candidate.cueEnd);
      if (semicolon !== -1 && semicolon < actionEnd) actionEnd = semicolon;
      const agent = candidate.passive ? agentAfter(text, sentenceWords, candidate.lastWord, actionEnd) : undefined;
      // "Airbus announced that the engines would be replaced": an agentless plan is the announcer's.
      const announcer = announcerOf(text, sentenceWords, candidate.firstWord);
      // A speaker announces only what their claim covers, not a sentence after it the splitter joined on.
      context.announcer = announcer ?? (claim && candidate.cueStart < claim.end ? ownSpeaker : undefined);
      context.reporter = reporterOf(text, sentenceWords, candidate.firstWord) ?? (claim && claim.cue.end <= candidate.cueStart && !claim.pronoun ? claim.source.name : undefined);
      const shared = place === undefined && previousActor !== undefined && subjectBefore(text, sentenceWords, candidate.firstWord, floor)?.shared;
      const actor = candidate.table
        ? tableActor(text, candidate.table, subject, context)
        : shared
          ? previousActor
          : actorOf(subject, candidate.passive, agent, context);
      if (!actor) continue;
      previousActor = actor;
      if (!actor.implicit && !actor.mention && actor.span && isActorName(actor.name)) {
        lastActor = actor.name;
        context.lastNamed = actor.name;
        if (isNameLike(actor.name) && (actor.span === undefined || isProperName(text, actor.span, paragraph))) {
          topics.mention(actor.name, isHeadline(text, sentence) ? HEADLINE_WEIGHT : 1);
          tally.subject(actor.name);
        }
      }
      const action = trimSpan(text, candidate.actionStart, actionEnd, '.,;:"\u201d');
      if (action.end <= action.start) continue;
      // The clause bounds the deadline: "but by 2026 the stretch will open" holds it before the subject.
      const windowStart = place && !place.shared ? sentenceWords[clauseStart(sentenceWords, place.first, floor)].start : candidate.cueStart;
      const parts = deadlinesFor(text, windowStart, action, temporal, found.referenceDate);
      // "The plane will carry 300 people" describes; "The plane will make its first flight on 25 October" is a schedule.
      if (candidate.active && (subject === undefined ? !shared && candidate.cueStart > sentence.start : isThing(subject.text)) && !parts.some((part) => part.deadline)) continue;
      // "were prepared to start in 2003": a plan of the past, dated in the past.
      if (candidate.past && holdsPastDate(temporal, action, found.referenceDate)) continue;
      for (const [part, { action: partAction, deadline }] of parts.entries()) {
        // A clause sharing the subject of the one before ("… and expects to finish …") starts at its own cue.
        const ownSubject = !shared && actor.span !== undefined && actor.span.start >= sentence.start;
        // "The first trucks will be shipped in May": the span holds the thing standing for an implicit actor.
        const subjectStart = ownSubject && actor.span ? actor.span.start : actor.implicit && subject && subject.start >= sentence.start ? subject.start : candidate.cueStart;
        const start = part === 0 ? Math.min(subjectStart, candidate.cueStart) : partAction.start;
        // Fields named rather than spread (in the order the spread gave them): spreads are slow here.
        const commitment: CommitmentFact = {
          kind: 'commitment',
          start,
          end: partAction.end,
          text: text.slice(start, partAction.end),
          actor,
          cue: span(text, candidate.cueStart, candidate.cueEnd),
          action: normaliseSpaces(partAction.text),
        };
        if (deadline) commitment.deadline = deadline;
        if (source) commitment.source = source;
        commitments.push(commitment);
      }
    }
  }
  if (lastActor !== undefined) carry.lastActor = lastActor;
  const lastClaim = claims.lastNew();
  if (lastClaim) carry.lastClaim = lastClaim;
  return commitments;
}

/** The cues of a sentence in order: its verb groups read as plans, then table cues elsewhere in it. */
function candidatesOf(
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
    });
  }
  const held = cuesHeldBy(words);
  if (held !== 0) {
    for (const match of cues.allCues(text, sentence, body, held)) {
      const overlapped = candidates.findIndex((other) => other.cueStart < match.cue.end && match.cue.start < other.cueEnd);
      // "The ministry's plan is to build": the plan noun's cue holds the group and names the actor.
      const replaces = overlapped !== -1 && match.actor === 'owner' && match.cue.start < candidates[overlapped].cueStart;
      if (overlapped !== -1 && !replaces) continue;
      // "wanted", "sought", "was seeking" in the reporter's own past: a history, not a standing plan.
      if (!attributed && isPastCue(match.cue.text) && !match.standsWhenPast) continue;
      const first = wordAt(words, match.cue.start);
      const last = Math.max(first, wordAt(words, match.cue.end - 1));
      if (/\bto\s+\p{L}+$/u.test(match.cue.text) && !startsVerbPhrase(text, words[last])) continue;
      // "the plant they wanted to see": a want whose verb is courtesy or curiosity plans nothing.
      if (/^(?:want|wish)/iu.test(match.cue.text) && isCourtesyVerb(wantedVerb(words, wordAt(words, match.actionStart)))) continue;
      const frame = frameBefore(words, first);
      if (frame === 'hedged' || frame === 'conditional' || frame === 'rejected') continue;
      const table: Candidate = { cueStart: match.cue.start, cueEnd: match.cue.end, actionStart: match.actionStart, firstWord: first, lastWord: last, passive: false, active: false, past: false, table: match };
      if (replaces) {
        const group = candidates[overlapped];
        candidates[overlapped] = { ...table, cueEnd: Math.max(table.cueEnd, group.cueEnd), actionStart: group.actionStart, lastWord: Math.max(last, group.lastWord) };
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

function isCapitalCode(code: number): boolean {
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

function holdsPastDate(sorted: readonly TemporalFact[], action: { start: number; end: number }, referenceDate: IsoDate): boolean {
  return sorted.some((fact) => fact.start >= action.start && fact.end <= action.end && (fact.range?.latest ?? fact.due ?? '9999') < referenceDate);
}

/** A title line: a sentence alone on its line with no closing punctuation. */
function isHeadline(text: string, sentence: Sentence): boolean {
  const last = text.charCodeAt(sentence.end - 1);
  if (last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d) return false;
  const after = text.charCodeAt(sentence.end);
  return Number.isNaN(after) || after === 10 || after === 13;
}

/** Where the clause of the next cue starts: its subject, or its cue when it shares ours. */
function nextClauseStart(text: string, words: readonly Word[], next: Candidate, current: Candidate): number {
  const floor = current.lastWord + 1;
  const place = subjectBefore(text, words, next.firstWord, floor);
  if (!place) return next.cueStart;
  if (place.shared) return words[place.first].start;
  // "…, then by 2016 it will …": a phrase fronted before the next subject, after a comma, belongs to the next clause.
  const boundary = clauseStart(words, place.first, floor);
  return words[boundary > floor ? boundary : place.first].start;
}

function tableActor(text: string, match: CueMatch, subject: TextSpan | undefined, context: ActorContext): Actor | undefined {
  if (match.actor === 'previous') return context.lastNamed ? { name: context.lastNamed, implicit: true } : undefined;
  if (match.actor === 'owner' && match.owner) return actorOf(trimSpan(text, match.owner.start, match.owner.end), false, undefined, context);
  return actorOf(subject, false, undefined, context);
}

/** A headline names who the story is about: its subject counts as much as this many mentions. */
const HEADLINE_WEIGHT = 3;

/**
 * The names a paragraph is about, by how often they are the subject: an agentless "will be
 * released" stands for the paragraph's main actor more often than for the last one named.
 */
class Topics {
  private readonly counts = new Map<string, number>();
  private best: string | undefined;

  mention(name: string, weight: number): void {
    const count = (this.counts.get(name) ?? 0) + weight;
    this.counts.set(name, count);
    if (this.best === undefined || count >= (this.counts.get(this.best) ?? 0)) this.best = name;
  }

  main(): string | undefined {
    return this.best;
  }
}

/** ", seeking its support": a participle clause shares the subject of the main clause. */
function isParticipleAfterComma(words: readonly Word[], first: number): boolean {
  return words[first - 1]?.lower === ',' && words[first].lower.endsWith('ing');
}

/** The index of the word holding offset `at` (or the first word after it). */
function wordAt(words: readonly Word[], at: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle].end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The quotation still open after this sentence: one its claim opens and does not close
 * ('X said "We will … .'), continued until a sentence closes it.
 */
function nextOpenQuote(text: string, sentence: Sentence, claim: ClaimFact | undefined, open: ClaimFact | undefined): ClaimFact | undefined {
  let marks = 0;
  let opens = 0;
  let closes = 0;
  for (let at = sentence.start; at < sentence.end; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) marks++;
    else if (code === 0x201c) opens++;
    else if (code === 0x201d) closes++;
  }
  const unbalanced = marks % 2 === 1 || opens !== closes;
  if (claim) return unbalanced && opens >= closes ? claim : undefined;
  if (open) return unbalanced ? undefined : open;
  return undefined;
}
