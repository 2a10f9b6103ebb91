import type { ClaimFact, CommitmentFact, IsoDate, Sentence, SourceRef, TemporalFact, TextSpan } from '../model';
import {
  AGENT_NOUNS,
  BOILERPLATE_MARKERS,
  COMMITMENT_CUES,
  PREDICTION_VERBS,
  type ActorPlace,
} from '../tables/commitmentCues';
import { SOURCE_PRONOUNS } from '../tables/reporting';
import { isRelatedArticleLine } from './claims/relatedArticleLine';
import { BOILERPLATE_BIT, COMMITMENT_CUE_BITS, cueWordMasks } from './cueWordMasks';
import { isInFactOrder } from './factOrder';
import type { ScannedText } from './scannedText';
import { WordStartPattern } from './wordStartPattern';
import { hasMoreWordsThan, isNameLike, normaliseSpaces, span, trimSpan, wordsOf } from './phrases';

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
  lastClaim?: { claim: ClaimFact; paragraph: number };
}

interface CompiledCue {
  pattern: WordStartPattern;
  actor: ActorPlace;
  needsAgent: boolean;
  /** "will VERB": the action starts at the verb, which is part of the cue. */
  actionInsideCue: boolean;
  /** This cue's bit in a sentence's word mask. */
  bit: number;
  keyword?: RegExp;
}

const COMPILED_CUES: readonly CompiledCue[] = COMMITMENT_CUES.map((cue, index) => ({
  pattern: new WordStartPattern(cue.pattern),
  actor: cue.actor,
  needsAgent: cue.needsAgent ?? false,
  actionInsideCue: cue.needsAgent ?? false,
  bit: COMMITMENT_CUE_BITS[index],
  ...(cue.keyword ? { keyword: cue.keyword } : {}),
}));

/** The bits of a sentence's mask that say it may hold a commitment cue. */
const ANY_CUE_BITS = COMMITMENT_CUE_BITS.reduce((all, bit) => all | bit, 0);

/** Modal verbs that make what follows a possibility or a condition, not a commitment. */
const HEDGING_MODALS = /\b(?:would|could|might|may|can|cannot|should|if|unless)\s+(?:also\s+|not\s+)?$/i;

/** How many paragraphs back a paragraph's attribution may be carried to an unattributed one. */
const SOURCE_CARRY_PARAGRAPHS = 2;

/**
 * Finds commitments: who promised, planned, sought or wanted what, by when, according to whom.
 * One commitment per sentence (its first cue), split in two or more when the action names
 * several deadlines ("finalise A within a year and B in the next two to three years").
 */
export function extractCommitments(scanned: ScannedText, found: FoundFacts, carry: CommitmentCarry = {}): CommitmentFact[] {
  const text = scanned.text;
  const context = { ...found, sentences: scanned.sentences };
  const commitments: CommitmentFact[] = [];
  const claims = indexClaims(context, carry);
  // Handed over in document order by the temporal extractor; sorted here only if not.
  const temporal = isInFactOrder(context.temporal) ? context.temporal : [...context.temporal].sort((a, b) => a.start - b.start);
  let lastActor = carry.lastActor;
  const sentences = context.sentences;
  const masks = cueWordMasks(text, sentences);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const mask = masks[index];
    if ((mask & ANY_CUE_BITS) === 0) continue;
    const body = text.slice(sentence.start, sentence.end);
    if (isRelatedArticleLine(body) || (mask & BOILERPLATE_BIT && BOILERPLATE_MARKERS.some((marker) => marker.pattern.test(body)))) continue;
    const found = findCue(text, sentence, body, mask);
    if (!found) continue;
    const actor = resolveActor(text, sentence, found, lastActor);
    if (!actor) continue;
    lastActor = actor.name;
    const claim = claims.bySentenceStart.get(sentence.start);
    const actionEnd = claim && claim.source.span.start > found.cue.end ? attributionStart(text, found.cue.end, claim) : sentence.end;
    const action = trimSpan(text, found.actionStart, actionEnd, '.,;:"\u201d');
    if (action.end <= action.start) continue;
    const source = sourceFor(sentence, claims);
    const deadlines = within(temporal, action).filter((t) => isDeadline(t, context.referenceDate));
    for (const [index, part] of splitByDeadlines(text, action, deadlines).entries()) {
      const start = index === 0 ? Math.min(actor.span?.start ?? found.cue.start, found.cue.start) : part.action.start;
      // Fields named rather than spread (in the order the spread gave them): spreads are slow here.
      const commitment: CommitmentFact = {
        kind: 'commitment',
        start,
        end: part.action.end,
        text: text.slice(start, part.action.end),
        actor,
        cue: found.cue,
        action: normaliseSpaces(part.action.text),
      };
      if (part.deadline) commitment.deadline = part.deadline;
      if (source) commitment.source = source;
      commitments.push(commitment);
    }
  }
  if (lastActor !== undefined) carry.lastActor = lastActor;
  const lastClaim = claims.ordered[claims.ordered.length - 1];
  if (lastClaim && lastClaim !== claims.carried) carry.lastClaim = lastClaim;
  return commitments;
}

interface CueMatch {
  cue: TextSpan;
  actionStart: number;
  actor: ActorPlace;
  needsAgent: boolean;
  owner?: TextSpan;
}

function findCue(text: string, sentence: Sentence, body: string, mask: number): CueMatch | undefined {
  let best: CueMatch | undefined;
  for (const compiled of COMPILED_CUES) {
    if ((mask & compiled.bit) === 0 || (compiled.keyword && !compiled.keyword.test(body))) continue;
    for (let match = compiled.pattern.matchFrom(body, 0); match; match = compiled.pattern.matchFrom(body, match.index + Math.max(match[0].length, 1))) {
      const start = sentence.start + match.index;
      if (best && start >= best.cue.start) break;
      const candidate = toCueMatch(text, sentence, compiled, match, start);
      if (candidate) {
        best = candidate;
        break;
      }
    }
  }
  return best;
}

function toCueMatch(text: string, sentence: Sentence, compiled: CompiledCue, match: RegExpMatchArray, start: number): CueMatch | undefined {
  const end = start + match[0].length;
  if (HEDGING_MODALS.test(text.slice(Math.max(sentence.start, start - 24), start))) return undefined;
  let actionStart = end;
  if (compiled.actionInsideCue) {
    const verb = /\p{L}+$/u.exec(match[0]);
    if (!verb || PREDICTION_VERBS.has(verb[0].toLowerCase())) return undefined;
    actionStart = end - verb[0].length;
  }
  const ownerText = match.groups?.owner;
  const owner = ownerText ? ownerSpan(text, start, match[0], ownerText) : undefined;
  const found: CueMatch = { cue: span(text, start, end), actionStart, actor: compiled.actor, needsAgent: compiled.needsAgent };
  if (owner) found.owner = owner;
  return found;
}

function ownerSpan(text: string, cueStart: number, cueText: string, owner: string): TextSpan {
  const offset = cueStart + cueText.indexOf(owner);
  return trimSpan(text, offset, offset + owner.length);
}

interface Actor {
  name: string;
  span?: TextSpan;
}

function resolveActor(text: string, sentence: Sentence, found: CueMatch, lastActor: string | undefined): Actor | undefined {
  if (found.actor === 'previous') return lastActor ? { name: lastActor } : undefined;
  if (found.actor === 'owner' && found.owner) {
    const owner = trimSpan(text, found.owner.start, found.owner.end);
    const article = LEADING_THE.exec(owner.text);
    const name = article ? article[0].toLowerCase() + owner.text.slice(article[0].length) : owner.text;
    return { name: normaliseSpaces(name), span: owner };
  }
  const subject = subjectBefore(text, sentence, found.cue.start);
  if (!subject) return undefined;
  const lowered = subject.text.toLowerCase();
  if (found.needsAgent && !isAgent(subject.text)) return undefined;
  if (SOURCE_PRONOUNS.has(lowered)) return { name: lastActor ?? subject.text, span: subject };
  return { name: normaliseSpaces(subject.text), span: subject };
}

const LEADING_THE = /^the\s+/i;

function isAgent(subject: string): boolean {
  if (isNameLike(subject)) return true;
  const words = wordsOf(subject);
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  return AGENT_NOUNS.has(head);
}

const AUXILIARIES_BEFORE_CUE = /(?:\s+(?:also|has|have|had|is|are|was|were|now|still|already|further|too))+\s*$/i;
const CLAUSE_OPENERS = /^(?:that|and|but|while|whereas|as|so|meanwhile|however|moreover)\s+/i;
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject of the clause the cue is in: the words between the clause start and the cue.
 * A participle cue after a comma ("…, seeking its support") takes the subject of the main clause.
 */
function subjectBefore(text: string, sentence: Sentence, cueStart: number): TextSpan | undefined {
  const before = text.slice(sentence.start, cueStart).replace(AUXILIARIES_BEFORE_CUE, '');
  const clauseBreak = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), lastWordIndex(before, 'that'), coordinatedClauseBreak(before));
  const clauseStart = clauseBreak === -1 ? 0 : clauseBreak + (/^(?:[,;]|that|and)\s*/.exec(before.slice(clauseBreak))?.[0].length ?? 0);
  let subject = trimSpan(text, sentence.start + clauseStart, sentence.start + before.length, ',');
  subject = stripOpener(text, subject);
  if (subject.end <= subject.start) return mainClauseSubject(text, sentence, cueStart);
  if (hasMoreWordsThan(subject.text, MAX_SUBJECT_WORDS)) return trailingNounPhrase(text, subject);
  return subject;
}

/** "… was discussed and Russia has assured": an "and" after a finite verb starts a new clause. */
function coordinatedClauseBreak(before: string): number {
  const index = lastWordIndex(before, 'and');
  if (index === -1) return -1;
  return /\b(?:is|are|was|were|has|have|had|will|\p{L}+ed)\b/u.test(before.slice(0, index)) ? index : -1;
}

/** Where the last whole, lower-case `word` followed by white space starts, or -1. */
function lastWordIndex(haystack: string, word: string): number {
  for (let at = haystack.lastIndexOf(word); at !== -1; at = at === 0 ? -1 : haystack.lastIndexOf(word, at - 1)) {
    const after = haystack[at + word.length];
    if (after !== undefined && WHITE_SPACE.test(after) && (at === 0 || !ASCII_WORD_CHARACTER.test(haystack[at - 1]))) return at;
  }
  return -1;
}

const WHITE_SPACE = /\s/;
/** What `\b` counts as a word character in a pattern without the `u` flag. */
const ASCII_WORD_CHARACTER = /\w/;

function stripOpener(text: string, target: TextSpan): TextSpan {
  const opener = CLAUSE_OPENERS.exec(target.text);
  return opener ? trimSpan(text, target.start + opener[0].length, target.end) : target;
}

/** The last determiner-led or capitalised phrase of a long stretch ("… after talks, the ministry"). */
function trailingNounPhrase(text: string, target: TextSpan): TextSpan | undefined {
  const match = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,;]*|(?:\b\p{Lu}[\p{L}'’\-]*\s*)+)$/u.exec(target.text);
  if (!match || hasMoreWordsThan(match[0], MAX_SUBJECT_WORDS)) return undefined;
  return trimSpan(text, target.start + (match.index ?? 0), target.end);
}

const MAIN_CLAUSE = /(?:^|,\s+)((?:the\s+)?[\p{Lu}][\p{L}'’\-]*(?:\s+[\p{Lu}][\p{L}'’\-]*){0,4})\s+(?:has|have|had|is|are|was|were|will|also|[\p{L}]+ed|[\p{L}]+s)\b/u;

function mainClauseSubject(text: string, sentence: Sentence, cueStart: number): TextSpan | undefined {
  const before = text.slice(sentence.start, cueStart);
  const match = MAIN_CLAUSE.exec(before);
  if (!match) return undefined;
  const offset = sentence.start + (match.index ?? 0) + match[0].indexOf(match[1]);
  return span(text, offset, offset + match[1].length);
}

/** The cue's action ends where a trailing attribution (", the sources said") begins. */
function attributionStart(text: string, from: number, claim: ClaimFact): number {
  const comma = text.lastIndexOf(',', claim.source.span.start);
  return comma > from ? comma : claim.source.span.start;
}

function isDeadline(fact: TemporalFact, referenceDate: IsoDate): boolean {
  if (fact.kind === 'deadline') return true;
  const latest = fact.range?.latest ?? fact.due;
  return fact.timexType === 'DATE' && latest !== undefined && latest > referenceDate;
}

interface ActionPart {
  action: TextSpan;
  deadline?: TemporalFact;
}

/** One part per deadline; a part ends at the "and" that follows its deadline. */
function splitByDeadlines(text: string, action: TextSpan, deadlines: readonly TemporalFact[]): ActionPart[] {
  if (deadlines.length === 0) return [{ action }];
  if (deadlines.length === 1) return [{ action, deadline: deadlines[0] }];
  const parts: ActionPart[] = [];
  let partStart = action.start;
  for (let i = 0; i < deadlines.length; i++) {
    const deadline = deadlines[i];
    const next = deadlines[i + 1];
    let partEnd = action.end;
    if (next) {
      const between = text.slice(deadline.end, next.start);
      const conjunction = /\s(?:and|as well as|while|,)\s/.exec(between);
      if (!conjunction) continue;
      partEnd = deadline.end + (conjunction.index ?? 0);
    }
    parts.push({ action: trimSpan(text, partStart, partEnd, ',;'), deadline });
    partStart = partEnd;
    if (next) partStart = skipConjunction(text, partStart, next.start);
  }
  return parts;
}

function skipConjunction(text: string, from: number, limit: number): number {
  const match = /^\s*(?:,\s*)?(?:and|as well as|while)?\s*/.exec(text.slice(from, limit));
  return from + (match ? match[0].length : 0);
}

interface ClaimIndex {
  bySentenceStart: Map<number, ClaimFact>;
  /** Claims in document order with the paragraph each sits in. */
  ordered: Array<{ claim: ClaimFact; paragraph: number }>;
  byParagraph: Map<number, ClaimFact>;
  /** The claim carried in from before these sentences, first in `ordered`. */
  carried?: { claim: ClaimFact; paragraph: number };
}

/** Claims looked up by sentence and paragraph in constant time: extraction stays linear. */
function indexClaims(context: FoundFacts & { sentences: readonly Sentence[] }, carry: CommitmentCarry): ClaimIndex {
  const index: ClaimIndex = { bySentenceStart: new Map(), ordered: carry.lastClaim ? [carry.lastClaim] : [], byParagraph: new Map() };
  if (carry.lastClaim) index.carried = carry.lastClaim;
  // Claims and sentences are both in document order, so one walk pairs each claim with the
  // sentence it starts at, without a map of every sentence.
  const sentences = context.sentences;
  let sentence = 0;
  for (const claim of context.claims) {
    if (sentence < sentences.length && sentences[sentence].start > claim.start) sentence = 0;
    while (sentence < sentences.length && sentences[sentence].start < claim.start) sentence++;
    const paragraph = sentence < sentences.length && sentences[sentence].start === claim.start ? sentences[sentence].paragraph : -1;
    index.bySentenceStart.set(claim.start, claim);
    index.ordered.push({ claim, paragraph });
    if (!index.byParagraph.has(paragraph)) index.byParagraph.set(paragraph, claim);
  }
  return index;
}

/** Temporal facts inside the span, found by binary search in the start-sorted list. */
function within(sorted: readonly TemporalFact[], target: TextSpan): TemporalFact[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < target.start) low = middle + 1;
    else high = middle;
  }
  const found: TemporalFact[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < target.end; i++) if (sorted[i].end <= target.end) found.push(sorted[i]);
  return found;
}

function sourceFor(sentence: Sentence, claims: ClaimIndex): SourceRef | undefined {
  const sameSentence = claims.bySentenceStart.get(sentence.start);
  if (sameSentence) return toSource(sameSentence);
  const sameParagraph = claims.byParagraph.get(sentence.paragraph);
  if (sameParagraph) return toSource(sameParagraph, true);
  const earlier = lastBefore(claims.ordered, sentence.start);
  return earlier && sentence.paragraph - earlier.paragraph <= SOURCE_CARRY_PARAGRAPHS ? toSource(earlier.claim, true) : undefined;
}

function lastBefore(ordered: ClaimIndex['ordered'], offset: number): ClaimIndex['ordered'][number] | undefined {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ordered[middle].claim.start < offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? ordered[low - 1] : undefined;
}

function toSource(claim: ClaimFact, inferred = false): SourceRef {
  const source: SourceRef = { name: claim.source.name, cue: claim.cue.text.toLowerCase(), span: claim.source.span };
  if (inferred) source.inferred = true;
  return source;
}
