import type { ClaimFact, CommitmentFact, IsoDate, Sentence, TemporalFact, TextSpan } from '../../model';
import { reportingWordBefore } from '../clauses/frames';
import { clauseStart, mainSubject, subjectBefore, subjectOfClauseBefore, type SubjectPlace } from '../clauses/subject';
import { isInFactOrder } from '../factOrder';
import { isNameLike, normaliseSpaces, span, trimSpan } from '../phrases';
import type { ScannedText } from '../scannedText';
import type { Word } from '../words/scanWords';
import { Appositives } from './appositives';
import { actorOf, agentAfter, appositiveName, isActorName, isThing, subjectSpan, type Actor, type ActorContext } from './actor';
import { CommitmentCueFinder, type CueMatch } from './cueMatching';
import { deadlinesFor } from './deadlines';
import { NameTally } from './nameTally';
import { announcerOf, isProperName, namedSubject, reportedSubject, reporterOf, type Bounds } from './speakersAndNames';
import { candidatesOf, isCapitalCode, isHeadline, wordAt, type Candidate } from './sentenceCues';
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
 * source of a claim of a plan up to two paragraphs back). Updated in place.
 */
export interface CommitmentCarry {
  lastActor?: string;
  lastClaim?: PlacedClaim;
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
  const appositives = new Appositives();
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
    appositives.read(text, sentenceWords);
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
    // "Orvik, the region's largest bus maker, said …": a speaker described in apposition is the name beside it.
    const speaker = source && (appositives.nameFor(source.name) ?? source.name);
    const ownSpeaker = claim && (appositives.nameFor(claim.source.name) ?? claim.source.name);
    const context: ActorContext = { lastNamed: lastActor, speaker, names: tally, appositives };
    let previousActor: Actor | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c];
      const next = candidates[c + 1];
      // "The county will hire Smith": a name the paragraph first gives after the cue is what the clause acts on, not who acts.
      context.cueStart = candidate.cueStart;
      context.topic = tally.main(candidate.cueStart) ?? topics.main();
      const floor = c > 0 ? candidates[c - 1].lastWord + 1 : 0;
      let place: SubjectPlace | undefined = subjectBefore(text, sentenceWords, candidate.firstWord, floor);
      if (place?.shared || isParticipleAfterComma(sentenceWords, candidate.firstWord)) {
        // "… whose jet first flew in 2005 and is expected to …": with no plan before the "and", the clause it closes has the subject.
        const before = place?.shared && !previousActor ? subjectOfClauseBefore(text, sentenceWords, place.first, floor) : undefined;
        place = previousActor?.span ? undefined : ((c === 0 ? reportedSubject(text, sentenceWords, candidate.firstWord) : undefined) ?? before ?? mainSubject(text, sentenceWords));
      }
      // "Orvik, whose new van …": the van's plans are the owner's.
      const possessor = place && sentenceWords[place.first - 1]?.lower === 'whose' ? nameBefore(text, sentenceWords, place.first - 1) : undefined;
      const subject = place && !place.shared ? (appositiveName(text, sentenceWords, place, candidate.firstWord) ?? subjectSpan(text, sentenceWords, place)) : undefined;
      let actionEnd = next ? nextClauseStart(text, sentenceWords, next, candidate) : sentence.end;
      if (claim && claim.source.span.start > candidate.cueEnd && claim.source.span.start < actionEnd) actionEnd = Math.min(actionEnd, attributionStart(text, candidate.cueEnd, claim));
      if (candidate.table?.actor === 'owner') actionEnd = nounPlanEnd(sentenceWords, candidate.actionStart, actionEnd);
      const semicolon = text.indexOf(';', candidate.cueEnd);
      if (semicolon !== -1 && semicolon < actionEnd) actionEnd = semicolon;
      // "will cut waiting times by next winter, after an inspection found …": the clause after is another's.
      const subordinate = SUBORDINATE_CLAUSE.exec(text.slice(candidate.cueEnd, actionEnd));
      if (subordinate) actionEnd = candidate.cueEnd + subordinate.index;
      const byPhrase = candidate.passive ? agentAfter(text, sentenceWords, candidate.lastWord, actionEnd) : undefined;
      // "will be shut by June": a "by" phrase the date layer reads as a time is the deadline, not the agent.
      const agent = byPhrase && !temporal.some((fact) => fact.start < byPhrase.end && byPhrase.start < fact.end) ? byPhrase : undefined;
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
          : possessor && !agent
            ? { name: possessor, implicit: true }
            : actorOf(subject, candidate.passive, agent, context);
      if (!actor) continue;
      previousActor = actor;
      const noteNamed = (): void => {
        if (!actor.implicit && !actor.mention && actor.span && isActorName(actor.name)) {
          lastActor = actor.name;
          context.lastNamed = actor.name;
          if (isNameLike(actor.name) && (actor.span === undefined || isProperName(text, actor.span, paragraph))) {
            topics.mention(actor.name, isHeadline(text, sentence) ? HEADLINE_WEIGHT : 1);
            tally.subject(actor.name);
          }
        }
      };
      // A timetable's subject is a name the story is about only once its date shows it is one.
      const timetable = candidate.table?.needsDate === true;
      if (!timetable) noteNamed();
      const action = trimSpan(text, candidate.actionStart, withoutCoordinator(text, candidate.actionStart, actionEnd), '.,;:"\u201d');
      if (action.end <= action.start) continue;
      // The clause bounds the deadline: "but by 2026 the stretch will open" holds it before the subject.
      const windowStart = place && !place.shared ? sentenceWords[clauseStart(sentenceWords, place.first, floor)].start : candidate.cueStart;
      const parts = deadlinesFor(text, windowStart, action, temporal, found.referenceDate);
      // "The plane will carry 300 people" describes; "The plane will make its first flight on 25 October" is a schedule.
      // "Orvik announced that its vans will run on hydrogen": what a maker announces of its things is its plan.
      const thingClause = subject === undefined ? !shared && candidate.cueStart > sentence.start : isThing(subject.text);
      if (candidate.active && thingClause && !parts.some((part) => part.deadline) && !isAnnounced(sentenceWords, candidate.firstWord)) continue;
      if (timetable) {
        if (!parts.some((part) => part.deadline)) continue;
        noteNamed();
      }
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
          action: withNegation(text.slice(candidate.cueStart, candidate.cueEnd), normaliseSpaces(partAction.text)),
        };
        if (deadline) commitment.deadline = deadline;
        if (source) commitment.source = source;
        commitments.push(commitment);
        if (claim) claims.notePlan(claim);
      }
    }
  }
  if (lastActor !== undefined) carry.lastActor = lastActor;
  const lastClaim = claims.lastNew();
  if (lastClaim) carry.lastClaim = lastClaim;
  return commitments;
}

/** "will not raise prices": the cue's negation belongs to what is promised, or a row would read "raise prices". */
function withNegation(cue: string, action: string): string {
  const negation = /\b(never|no longer)\b|\bnot\b|n['’]t\b/iu.exec(cue);
  if (!negation) return action;
  const word = negation[1]?.toLowerCase() ?? 'not';
  return action.toLowerCase().startsWith(`${word} `) ? action : `${word} ${action}`;
}

function holdsPastDate(sorted: readonly TemporalFact[], action: { start: number; end: number }, referenceDate: IsoDate): boolean {
  return sorted.some((fact) => fact.start >= action.start && fact.end <= action.end && (fact.range?.latest ?? fact.due ?? '9999') < referenceDate);
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);

/** A comma and a conjunction opening a clause of reason, contrast or time: its dates and acts are not the plan's. */
// ", as well as a clinic" and ", as part of …" go on with the plan's own object.
const SUBORDINATE_CLAUSE = /,\s+(?:after|because|although|though|whereas|while|since|despite|as(?!\s+(?:well|part|much|many|soon|long|planned|agreed|promised)\b))\s/iu;

/** Finite verbs that open the predicate of a clause whose subject is a plan: "Its decision to close two depots was final". */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'remains', 'remained']);

/**
 * A plan stated in its subject ("Its decision to close two depots was final") ends where the
 * clause's own verb begins; the verb right after a relative pronoun ("a port that is …") is the
 * relative clause's.
 */
function nounPlanEnd(words: readonly Word[], actionStart: number, actionEnd: number): number {
  for (let at = wordAt(words, actionStart); at < words.length && words[at].start < actionEnd; at++) {
    if (words[at].start < actionStart || !PREDICATE_OPENERS.has(words[at].lower)) continue;
    if (!RELATIVE_PRONOUNS.has(words[at - 1]?.lower ?? '')) return words[at].start;
  }
  return actionEnd;
}

/** "build a plant, and | the state will …": the word that joins the next clause is not part of this action. */
const TRAILING_COORDINATOR = /(?:^|[\s,;])(?:and|but|or|while|whereas|so|then)[\s,]*$/iu;

function withoutCoordinator(text: string, start: number, end: number): number {
  const match = TRAILING_COORDINATOR.exec(text.slice(Math.max(start, end - 12), end));
  return match ? end - match[0].length : end;
}

/** Where the clause of the next cue starts: its subject, or its cue when it shares ours. */
function nextClauseStart(text: string, words: readonly Word[], next: Candidate, current: Candidate): number {
  const floor = current.lastWord + 1;
  // "pledged £2m towards the scheme, which will open in 2023": the relative clause starts at its pronoun; what it hangs on is this action's.
  const relative = next.firstWord - 1;
  if (relative >= floor && RELATIVE_PRONOUNS.has(words[relative].lower)) return words[relative].start;
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

/** The capitalised name ending right before word `at` ("Orvik Air" in "Orvik Air whose …", "Orvik Air, whose …"), or undefined. */
function nameBefore(text: string, words: readonly Word[], at: number): string | undefined {
  const last = words[at - 1]?.lower === ',' ? at - 2 : at - 1;
  if (last < 0 || !isCapitalCode(text.charCodeAt(words[last].start))) return undefined;
  let first = last;
  while (first > 0 && isCapitalCode(text.charCodeAt(words[first - 1].start)) && /^\p{L}/u.test(words[first - 1].lower)) first--;
  if (/^(?:the|a|an)$/u.test(words[first].lower)) first++;
  return first <= last ? text.slice(words[first].start, words[last].end) : undefined;
}

/** Reporting verbs that announce a decision, not a view: "announced that", "confirmed that". */
const ANNOUNCING_WORDS: ReadonlySet<string> = new Set(['announced', 'announces', 'announce', 'confirmed', 'confirms', 'unveiled', 'unveils']);

/** True when the clause at word `first` is reported by an announcing verb before it in its sentence, followed by "that". */
function isAnnounced(words: readonly Word[], first: number): boolean {
  const reporting = reportingWordBefore(words, first);
  return reporting >= 0 && ANNOUNCING_WORDS.has(words[reporting].lower);
}

/** ", seeking its support": a participle clause shares the subject of the main clause. */
function isParticipleAfterComma(words: readonly Word[], first: number): boolean {
  return words[first - 1]?.lower === ',' && words[first].lower.endsWith('ing');
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
