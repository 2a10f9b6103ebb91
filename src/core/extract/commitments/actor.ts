import type { TextSpan } from '../../model';
import { AGENT_NOUNS } from '../../tables/commitmentCues';
import { ABSTRACT_SUBJECTS, MEANS_HEADS, PREPOSITIONS } from '../clauses/clauseWords';
import type { SubjectPlace } from '../clauses/subject';
import { isNameLike, normaliseSpaces, span, trimSpan } from '../phrases';
import type { Appositives } from './appositives';
import { TITLES } from '../../tables/personTitles';
import type { NameTally } from './nameTally';
import type { Word } from '../words/scanWords';

/**
 * Who commits: a clean noun phrase as the text names it, or the actor a pronoun, a description
 * or an agentless clause stands for. `implicit` when the actor is not named in the clause
 * (a passive, an inanimate subject); `mention` keeps the pronoun or description resolved
 * ("it" → the company named before).
 */
export interface Actor {
  name: string;
  span?: TextSpan;
  implicit?: boolean;
  mention?: string;
}

/** Who a reader would take a pronoun or an agentless clause to mean, nearest first. */
export interface ActorContext {
  /** The last actor named in the paragraph. */
  lastNamed?: string;
  /** The speaker of the sentence or of the quotation it continues. */
  speaker?: string;
  /** Who announces the clause in its own sentence: an agentless plan in it is theirs. */
  announcer?: string;
  /** Who an agentless clause most likely means otherwise: the paragraph's main organisation or actor. */
  topic?: string;
  /** The subject or speaker of the reporting verb the clause depends on, in the same sentence. */
  reporter?: string;
  /** The names of the paragraph so far, for an "it" nothing nearer resolves. */
  names?: NameTally;
  /** The descriptions the paragraph has put beside names ("Orvik, the largest bus maker,"). */
  appositives?: Appositives;
  /** Where the cue being read starts: a name the text gives only after it is none a pronoun or a description stands for. */
  cueStart?: number;
}

const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'its', 'their', 'our', 'his', 'her', 'my', 'you']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my', 'us', 'me']);
/** Descriptions that stand for an actor named before: "the company", "the airline". */
const DESCRIPTION = /^the\s+(?:company|firm|group|airline|carrier|manufacturer|maker|business|corporation)$/i;

/** The subject's words as a span, with a leading "and"/"but" and a trailing comma left out. */
export function subjectSpan(text: string, words: readonly Word[], place: SubjectPlace): TextSpan {
  let first = place.first;
  // "This imperils the X plan": a determiner after a verb-like word starts the noun phrase.
  for (let at = place.last; at > place.first; at--) {
    const lower = words[at].lower;
    const before = words[at - 1].lower;
    if ((lower === 'the' || lower === 'a' || lower === 'an') && /^[a-z]+$/.test(before) && !PREPOSITIONS.has(before) && !(before in OPEN_NP)) {
      first = at;
      break;
    }
  }
  return trimSpan(text, words[first].start, words[place.last].end, ',"“”\'‘’');
}

/**
 * "The city's biggest employer, Orvik Foods, will …": a description with a name in apposition
 * between it and the verb group names its actor by that name. Undefined when the subject ends in
 * a name itself or the insertion is no name.
 */
export function appositiveName(text: string, words: readonly Word[], place: SubjectPlace, groupFirst: number): TextSpan | undefined {
  const open = place.last + 1;
  const close = groupFirst - 1;
  if (close - open < 2 || words[open].lower !== ',' || words[close].lower !== ',') return undefined;
  const head = words[place.last];
  if (!/^[a-z]+$/u.test(text.slice(head.start, head.end))) return undefined;
  const name = trimSpan(text, words[open + 1].start, words[close - 1].end);
  return isNameLike(name.text) && !isThing(name.text) ? name : undefined;
}

/** Words that may precede a determiner inside one noun phrase ("all the", "half the"). */
const OPEN_NP: Readonly<Record<string, true>> = { all: true, both: true, half: true, and: true, or: true };

/**
 * The actor of a clause with subject `subject` (undefined when none was found). A name or an
 * agent noun is the actor; a pronoun or a description is resolved from the context; a thing
 * ("the update", "iPhone 4") or a passive stands for the actor of the context, flagged implicit.
 */
export function actorOf(subject: TextSpan | undefined, passive: boolean, agent: TextSpan | undefined, context: ActorContext): Actor | undefined {
  if (agent) return { name: normaliseSpaces(agent.text), span: agent };
  if (!subject) return implicitActor(context);
  const lowered = subject.text.toLowerCase();
  if (ABSTRACT_SUBJECTS.has(lowered) || MEANS_HEADS.has(lowered.slice(lowered.lastIndexOf(' ') + 1))) return undefined;
  if (FIRST_PERSON.has(lowered)) {
    // "We" in a spokesman's quote is the company: "ANA senior vice president Mitsuo Morimoto" → ANA.
    const speaker = context.speaker && lowered !== 'i' && lowered !== 'my' ? (organisationOf(context.speaker) ?? context.speaker) : context.speaker;
    // "I" with no speaker (a letter quoted in full) is the person the paragraph is about.
    const person = lowered === 'i' || lowered === 'my' ? context.names?.mainPerson() : undefined;
    const name = speaker ?? person ?? context.lastNamed;
    return name ? { name, span: subject, mention: subject.text } : { name: subject.text, span: subject };
  }
  // "Orvik, the largest bus maker, …. The maker will …": a description in apposition before means its name.
  const described = PRONOUNS.has(lowered) ? undefined : context.appositives?.nameFor(subject.text);
  if (described) return { name: described, span: subject, mention: subject.text };
  if (PRONOUNS.has(lowered) || DESCRIPTION.test(lowered)) {
    const person = lowered === 'he' || lowered === 'she';
    // "It" and "the company" stand for an organisation or a thing's maker, never for the person reporting it.
    const organisation = lowered === 'it' || lowered === 'its' || DESCRIPTION.test(lowered);
    const name = person ? (context.speaker ?? context.lastNamed) : organisation ? organisationFor(context, lowered === 'it' || lowered === 'its') : (context.lastNamed ?? context.speaker);
    const resolved = name ?? (organisation ? describedReporter(context.reporter) : undefined);
    return resolved ? { name: resolved, span: subject, mention: subject.text } : { name: subject.text, span: subject };
  }
  // With nobody in the context to stand for it, an agentless plan has no actor and is not reported.
  if (passive || isThing(subject.text)) {
    // "The Orvik X200 will ship in May": a thing named with its maker's name is the maker's.
    // "Terminal 3 of Orvik Airport … Terminal 3 will open": a numbered thing named as someone's is theirs.
    const owner = context.appositives?.ownerIn(subject.text);
    if (owner) return { name: owner, implicit: true };
    const maker = namedAnnouncer(context) ? undefined : context.names?.organisationIn(subject.text);
    if (maker) return { name: maker, implicit: true };
    return implicitActor(context) ?? { name: normaliseSpaces(subject.text), span: subject };
  }
  return { name: normaliseSpaces(subject.text), span: subject };
}

/**
 * The organisation "it" or "the company" stands for: the one reporting the clause ("The council
 * said that it will …"; a speaker's employer when the speaker is a person), else the last actor
 * named unless that was a person, else the organisation the paragraph named last.
 */
function organisationFor(context: ActorContext, pronoun: boolean): string | undefined {
  const reporter = context.reporter;
  // "The sources said the company …": people in the plural are no organisation "it" could stand for.
  if (reporter && !PRONOUNS.has(reporter.toLowerCase()) && !DESCRIPTION.test(reporter) && !/\s\p{Ll}+s$/u.test(reporter)) {
    const employer = organisationOf(reporter);
    if (employer) return employer;
    // "Rita Moe said the group …": a description is the reporter only when the reporter is known as an organisation.
    if (!context.names?.isPersonName(reporter) && !TITLES.has(lastWordOf(reporter)) && !/,/u.test(reporter) && (pronoun || context.names?.isOrganisation(reporter))) return reporter;
  }
  const named = context.lastNamed && !context.names?.isPersonName(context.lastNamed) ? context.lastNamed : undefined;
  return named ?? context.names?.latest(pronoun, context.cueStart) ?? context.topic ?? (context.speaker && organisationOf(context.speaker));
}

/**
 * The organisation a speaker's title names: before the role ("EADS chief executive Louis Gallois"
 * → "EADS"), in an appositive role ("Louis Gallois, the Airbus chief executive" → "Airbus") or
 * after "of" in it ("…, the chief executive officer of Apple Inc." → "Apple Inc."). A title alone
 * ("Chief executive Thomas Enders") or a determiner ("A group of …") names none.
 */
export function organisationOf(speaker: string): string | undefined {
  const bare = speaker.replace(/['’]s\b/gu, '');
  const comma = bare.indexOf(',');
  const head = comma === -1 ? bare : bare.slice(0, comma);
  const role = comma === -1 ? '' : bare.slice(comma + 1).trim();
  // Anywhere in the head: "A statement by Orvik given by Orvik spokesman Li Wei" → "Orvik".
  const before = /(?:^|\s)((?:\p{Lu}[\p{L}&.-]*\s+){1,4}?)(?:chief|executive|ceo|president|chairman|chairwoman|director|spokes\p{Ll}+|head|founder|co-founder|board|vice|senior|managing|general|official|officer|analyst|manager|engineer|employee|representative|secretary|minister|CEO|President|Chairman|Director)\b/u.exec(head);
  if (before && isOrganisationWords(before[1])) return before[1].trim().replace(/^(?:The|A|An)\s+/u, '');
  const inRole = /^(?:the|a|an)\s+((?:\p{Lu}[\p{L}&.-]*\s+){1,4}?)(?:\p{Ll}|CEO\b)/u.exec(role);
  // A role after the comma says the head is a person; "The Dunmore council" has no role to read.
  if (inRole && isOrganisationWords(inRole[1])) return inRole[1].trim();
  const ofName = /\bof\s+((?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,4})\s*$/u.exec(role);
  return ofName ? ofName[1].replace(/\.$/u, '').trim() : undefined;
}

/** Words of a title, not of an organisation: "Chief Executive", "Senior Vice President". */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'chief', 'executive', 'senior', 'vice', 'president', 'chairman', 'director', 'managing', 'general', 'deputy', 'mr', 'mr.',
  'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'prime', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'head', 'former', 'acting',
]);

function isOrganisationWords(words: string): boolean {
  return words.trim().split(/\s+/u).some((word) => !TITLE_WORDS.has(word.toLowerCase()));
}

/** The announcer unless left as a pronoun ("He announced that …"), which names no one: the paragraph's actor is the better guess. */
function namedAnnouncer(context: ActorContext): string | undefined {
  return context.announcer && !PRONOUNS.has(context.announcer.toLowerCase()) ? context.announcer : undefined;
}

function implicitActor(context: ActorContext): Actor | undefined {
  // "Orvik chief executive Ada Park said the new store will open …": the plan is the organisation's the speaker names.
  const named = namedAnnouncer(context);
  const announcer = named && (organisationOf(named) ?? named);
  const name = announcer ?? context.topic ?? context.lastNamed ?? context.speaker;
  return name ? { name, implicit: true } : undefined;
}

/** Words that open a sentence capitalised without naming anyone: "It", "There", "Today's". */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those', 'today', 'yesterday', 'tomorrow', 'here', 'what',
  'some', 'many', 'most', 'all', 'both', 'each', 'one', 'none', 'others', 'everyone', 'nobody', 'someone', 'who', 'which',
]);

/** A subject that names someone who can act: a name, not a pronoun, a time word or a thing. */
export function isActorName(subject: string): boolean {
  const first = subject.split(/\s+/u)[0].toLowerCase().replace(/['’]s?$/u, '');
  return !NOT_NAMES.has(first) && !/\s(?:has|have|had|is|was|been)\b/iu.test(subject) && !isThing(subject);
}

/**
 * A subject that names a thing rather than someone who can act: a common noun phrase whose
 * head is no agent noun ("the first flight", "the price"), or a product name, told by a digit or
 * a lower-case letter before a capital ("iPhone 4", "A380"). Such a subject stands for its maker.
 */
export function isThing(subject: string): boolean {
  const all = subject.split(/\s+/u);
  // The head of "the ministry of transport" is "ministry", of "deliveries to the airline" "deliveries".
  const of = all.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word.toLowerCase()));
  let words = of > 0 ? all.slice(0, of) : all;
  // "the team formed to study …": a participle after the noun opens a reduced relative clause.
  if (words.length > 2 && /^\p{Ll}+ed$/u.test(words[words.length - 1])) words = words.slice(0, -1);
  const head = words[words.length - 1].toLowerCase().replace(/['’]s?$/u, '');
  if (/^\p{Ll}+\p{Lu}/u.test(subject) || words.some((word) => /\p{N}/u.test(word))) return true;
  // "Deliveries to the airline": one capitalised word with a common noun's ending opens its sentence, it names no one.
  if (words.length === 1 && of > 0 && COMMON_NOUN_ENDING.test(head)) return true;
  // "Construction is scheduled to begin": a lone word with an action noun's ending is the work, not a name.
  if (all.length === 1 && ACTION_NOUN_ENDING.test(head) && !AGENT_NOUNS.has(head)) return true;
  // "the Orvik App Store", "the Lumen Update": a capitalised name whose head names a product or a facility is still a thing.
  if (PRODUCT_HEADS.has(head)) return true;
  if (/^\p{Lu}/u.test(words[words.length - 1]) && !/^(?:The|A|An)$/u.test(words[words.length - 1])) return false;
  return !AGENT_NOUNS.has(head) && !isPeopleNoun(head);
}

/** Heads of the names of products and facilities, which an organisation makes or runs and which act for nobody. */
const PRODUCT_HEADS: ReadonlySet<string> = new Set(['store', 'system', 'edition', 'version', 'series', 'software', 'update', 'terminal', 'app']);

const COMMON_NOUN_ENDING = /(?:ies|tions|sions|ments|ings|ures|ances|ences|ities)$/u;
/** Endings of nouns of action, after a stem of three letters: "construction", "development", "revisions". */
const ACTION_NOUN_ENDING = /^\p{L}{3,}(?:tion|sion|ment)s?$/u;

/** A noun that names someone who can act: an agent noun ("council") or a role ("carrier", "suppliers"). */
export function isAgentHead(lower: string): boolean {
  return AGENT_NOUNS.has(lower) || isPeopleNoun(lower);
}

/**
 * "The airline said it would …", "The airline's spokesman said it would …", with no name around:
 * "it" is at least the organisation the reporter describes, never a person.
 */
function describedReporter(reporter: string | undefined): string | undefined {
  if (!reporter || !/^the\s+\p{Ll}/iu.test(reporter)) return undefined;
  const possessor = /^(the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))['’]s\s/iu.exec(reporter);
  if (possessor) return AGENT_NOUNS.has(possessor[2].toLowerCase()) ? possessor[1] : undefined;
  return TITLES.has(lastWordOf(reporter)) ? undefined : reporter;
}

function lastWordOf(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
}

/** People and organisations by their role: plurals of doers ("suppliers", "analysts") and a few singular roles. */
function isPeopleNoun(head: string): boolean {
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  return /(?:ists|ians|men|women|people|staff)$/u.test(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(singular) || AGENT_NOUNS.has(singular);
}

const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'manufacturer', 'maker', 'carrier', 'supplier', 'partner', 'consortium', 'airlines', 'airways', 'corporation', 'spokesman', 'spokeswoman',
  'spokesperson', 'executive', 'ceo', 'director', 'officer', 'founder', 'chairman', 'owner', 'buyer', 'seller', 'customer', 'employer',
  'retailer', 'producer', 'provider', 'investor', 'lender', 'builder', 'operator', 'publisher', 'label', 'studio', 'inc', 'ltd', 'plc', 'co',
  'railway', 'worker', 'employee', 'user', 'member', 'shareholder', 'resident', 'voter', 'lawmaker', 'politician', 'regulator', 'developer',
  'engineer', 'farmer', 'teacher', 'doctor', 'nurse', 'driver', 'pilot', 'trader', 'banker', 'lawyer', 'student', 'citizen', 'donor',
  'sponsor', 'organiser', 'organizer', 'official', 'leader', 'manager', 'president', 'governor', 'mayor', 'minister', 'agent', 'senator',
  'representative', 'delegate', 'airline', 'analyst', 'critic', 'fan', 'client', 'tenant', 'landlord', 'contractor', 'vendor',
]);

/** "will be compensated by Airbus": the agent of a passive, a capitalised name after "by". */
export function agentAfter(text: string, words: readonly Word[], head: number, limit: number): TextSpan | undefined {
  const by = words[head + 1];
  if (!by || by.lower !== 'by' || head + 2 >= words.length) return undefined;
  let last = head + 1;
  for (let at = head + 2; at < words.length && words[at].start < limit; at++) {
    const code = text.charCodeAt(words[at].start);
    const capital = code >= 65 && code <= 90;
    if (capital || (last > head + 1 && (words[at].lower === 'of' || words[at].lower === 'and')) || (at === head + 2 && words[at].lower === 'the')) last = at;
    else break;
  }
  // "by the railway", "by local suppliers": a common noun phrase headed by an agent noun also names the agent.
  if (last === head + 1 || (last === head + 2 && words[last].lower === 'the')) {
    const from = words[head + 2].lower === 'the' ? head + 3 : head + 2;
    for (let at = from; at < words.length && at <= from + 2 && words[at].start < limit; at++) {
      if (AGENT_NOUNS.has(words[at].lower) || isPeopleNoun(words[at].lower)) return span(text, words[head + 2].start, words[at].end);
      if (!/^[a-z]+$/.test(words[at].lower)) break;
    }
  }
  if (last === head + 1 || (last === head + 2 && words[last].lower === 'the')) return undefined;
  return span(text, words[head + 2].start, words[last].end);
}
