import type { TextSpan } from '../../model';
import { AGENT_NOUNS } from '../../tables/commitmentCues';
import { ABSTRACT_SUBJECTS, PREPOSITIONS } from '../clauses/clauseWords';
import type { SubjectPlace } from '../clauses/subject';
import { normaliseSpaces, span, trimSpan } from '../phrases';
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
  /** Who an agentless clause most likely means: the announcer in the sentence, else the paragraph's main actor. */
  topic?: string;
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
  if (ABSTRACT_SUBJECTS.has(lowered)) return undefined;
  if (FIRST_PERSON.has(lowered)) {
    // "We" in a spokesman's quote is the company: "ANA senior vice president Mitsuo Morimoto" → ANA.
    const speaker = context.speaker && lowered !== 'i' && lowered !== 'my' ? (organisationOf(context.speaker) ?? context.speaker) : context.speaker;
    const name = speaker ?? context.lastNamed;
    return name ? { name, span: subject, mention: subject.text } : { name: subject.text, span: subject };
  }
  if (PRONOUNS.has(lowered) || DESCRIPTION.test(lowered)) {
    const person = lowered === 'he' || lowered === 'she';
    // "It" and "the company" stand for an organisation or a thing's maker, never for the person reporting it.
    const organisation = lowered === 'it' || lowered === 'its' || DESCRIPTION.test(lowered);
    const name = person ? (context.speaker ?? context.lastNamed) : organisation ? (context.lastNamed ?? context.topic ?? (context.speaker && organisationOf(context.speaker))) : (context.lastNamed ?? context.speaker);
    return name ? { name, span: subject, mention: subject.text } : { name: subject.text, span: subject };
  }
  // With nobody in the context to stand for it, an agentless plan has no actor and is not reported.
  if (passive || isThing(subject.text)) return implicitActor(context) ?? { name: normaliseSpaces(subject.text), span: subject };
  return { name: normaliseSpaces(subject.text), span: subject };
}

/** The organisation a speaker's title names before the role: "EADS chief executive Louis Gallois" → "EADS". */
export function organisationOf(speaker: string): string | undefined {
  const match = /^((?:\p{Lu}[\p{L}&.-]*\s+){1,4}?)(?:\p{Ll}|CEO\b|President\b|Chairman\b|Director\b)/u.exec(speaker.replace(/['’]s\b/gu, ''));
  return match ? match[1].trim() : undefined;
}

function implicitActor(context: ActorContext): Actor | undefined {
  const name = context.topic ?? context.lastNamed ?? context.speaker;
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
  const words = of > 0 ? all.slice(0, of) : all;
  const head = words[words.length - 1].toLowerCase().replace(/['’]s?$/u, '');
  if (/^\p{Ll}+\p{Lu}/u.test(subject) || words.some((word) => /\p{N}/u.test(word))) return true;
  if (/^\p{Lu}/u.test(words[words.length - 1]) && !/^(?:The|A|An)$/u.test(words[words.length - 1])) return false;
  return !AGENT_NOUNS.has(head) && !isPeopleNoun(head);
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
  // "by the railway": a determiner and an agent noun ("by the council") also name the agent.
  if (last <= head + 2 && words[head + 2].lower === 'the') {
    for (let at = head + 3; at < words.length && at <= head + 5 && words[at].start < limit; at++) {
      if (AGENT_NOUNS.has(words[at].lower) || ROLE_NOUNS.has(words[at].lower)) return span(text, words[head + 2].start, words[at].end);
      if (!/^[a-z]+$/.test(words[at].lower)) break;
    }
  }
  if (last === head + 1 || (last === head + 2 && words[last].lower === 'the')) return undefined;
  return span(text, words[head + 2].start, words[last].end);
}
