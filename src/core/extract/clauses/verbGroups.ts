import { interposedLengthBefore } from '../words/interposedTime';
import type { Word } from '../words/scanWords';
import { BE_FORMS, GROUP_ADVERBS, HEDGE_ADVERBS, NEGATIONS, PAST_BE_FORMS, RAISING_PARTICIPLES, canStartVerbPhrase, isLyAdverb, isParticiple } from './clauseWords';

/**
 * Verb groups that can carry a plan: a future or back-shifted modal ("will be shut", "would
 * offer", "won't raise"), "be" with a plan word ("is due to", "are scheduled for", "is to be
 * held") and a plan verb with its infinitive ("plans to", "has agreed to", "vowed not to").
 * Found on the word scan alone; what they mean for a commitment is decided by their reader.
 */
export interface VerbGroup {
  /** Index of the group's first word (the auxiliary, the "be" or the plan verb). */
  first: number;
  /** Index of the word the action starts at: the main verb, or the plan word when none follows. */
  head: number;
  /** Index of the group's last word (the main verb, "to", or the plan word). */
  last: number;
  kind: 'future' | 'would' | 'be-plan' | 'plan-verb';
  /** The modal, the plan word ("due", "scheduled") or the plan verb ("plans") as written, lower case. */
  marker: string;
  negated: boolean;
  passive: boolean;
  /** "will be" before something that is not a verb: "will be available", "will be a success". */
  copular: boolean;
  /** A past form: "was due to", "had planned to", "hoped to". */
  past: boolean;
  /** "had planned to": a plan given up or overtaken. */
  pluperfect: boolean;
  /** "has agreed to": a present perfect, which keeps the plan alive. */
  perfect: boolean;
  hedged: boolean;
  /** "an event to be held": an infinitival relative, a schedule only with a date. */
  relative?: boolean;
}

/** "is due to", "are set to", "is scheduled for": a plan stated with "be". */
const BE_PLAN_WORDS: ReadonlySet<string> = new Set([
  'due', 'set', 'scheduled', 'slated', 'poised', 'planning', 'preparing', 'aiming', 'hoping', 'looking', 'going', 'expected', 'committed',
  'determined', 'keen', 'willing', 'ready', 'about', 'intending', 'seeking', 'trying', 'working', 'pledged', 'obliged', 'prepared', 'eager',
  'on', 'intended', 'planned',
]);

/** Plan words after "be" that also stand without it: ", scheduled to enter service", "with X due to receive". */
export const BARE_PLAN_WORDS: ReadonlySet<string> = new Set(['due', 'scheduled', 'slated', 'set']);

/** Verbs that take an infinitive of what the subject means to do, with whether their past keeps the plan. */
const PLAN_VERBS: ReadonlyMap<string, 'present' | 'binding-past' | 'past'> = planVerbs();

function planVerbs(): Map<string, 'present' | 'binding-past' | 'past'> {
  const verbs = new Map<string, 'present' | 'binding-past' | 'past'>();
  const add = (forms: string, tense: 'present' | 'binding-past' | 'past') => forms.split(' ').forEach((form) => verbs.set(form, tense));
  add('plan plans intend intends aim aims hope hopes want wants vow vows pledge pledges promise promises agree agrees commit commits', 'present');
  add('decide decides offer offers seek seeks propose proposes undertake undertakes resolve resolves prepare prepares choose chooses', 'present');
  add('expect expects threaten threatens wish wishes strive strives assure assures vote votes', 'present');
  // A pledge once made stands: "agreed to buy" is still owed. An intention in the past may have lapsed.
  // A vote to act is a decision taken: "the board voted to close the plant".
  add('vowed pledged promised agreed committed offered undertook resolved chose chosen assured voted', 'binding-past');
  add('planned intended aimed hoped wanted decided sought proposed prepared expected threatened wished', 'past');
  return verbs;
}

/** Pledge verbs that also take what is pledged as their object ("has promised a refund"). */
const PLEDGES_WITH_OBJECT: ReadonlySet<string> = new Set(['promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'offer', 'offers', 'offered', 'vow', 'vows', 'vowed']);

/** What opens the object of a pledge: a determiner, a number or a bare noun ("funding"), not a clause. */
const OBJECT_STARTS = /^(?:a|an|the|its|their|his|her|our|new|more|free|full|\d[\d.,]*|[a-z]+ing)$/;

const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall']);

const GROUP_OPENERS: ReadonlySet<string> = new Set([...FUTURE_MODALS, 'll', 'won', 'would', 'to', ...BE_FORMS, ...PLAN_VERBS.keys(), ...BARE_PLAN_WORDS]);

/** Every verb group of a sentence's words that may carry a plan, in order. */
export function findVerbGroups(words: readonly Word[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let index = 0; index < words.length; index++) {
    const lower = words[index].lower;
    // One look-up spares the tests below for the words that open no group, most of them.
    if (!GROUP_OPENERS.has(lower)) continue;
    let group: VerbGroup | undefined;
    if (FUTURE_MODALS.has(lower) || isContractedWill(words, index)) group = modalGroup(words, index, 'future');
    else if (lower === 'won' && isApostropheT(words, index + 1)) group = modalGroup(words, index + 2, 'future', index, true);
    else if (lower === 'would') group = modalGroup(words, index, 'would');
    else if (BE_FORMS.has(lower)) group = bePlanGroup(words, index);
    else if (PLAN_VERBS.has(lower)) group = planVerbGroup(words, index);
    else if (BARE_PLAN_WORDS.has(lower) && index > 0 && !BE_FORMS.has(words[index - 1].lower)) group = barePlanGroup(words, index);
    else if (lower === 'to' && words[index + 1]?.lower === 'be' && isParticiple(words[index + 2]?.lower ?? '') && index > 0 && !BE_FORMS.has(words[index - 1].lower)) {
      // "a new terminal, to be opened in May", "an event to be held on 3 June": a schedule in an infinitival relative.
      group = { ...blank(index, 'be-plan', 'to'), head: index + 2, last: index + 2, passive: true, relative: true };
    }
    if (group) {
      groups.push(group);
      index = group.last;
    }
  }
  return groups;
}

function isContractedWill(words: readonly Word[], index: number): boolean {
  return words[index].lower === 'll' && index > 0 && (words[index - 1].lower === "'" || words[index - 1].lower === '’');
}

function isApostropheT(words: readonly Word[], index: number): boolean {
  return (words[index]?.lower === "'" || words[index]?.lower === '’') && words[index + 1]?.lower === 't';
}

interface Skipped {
  at: number;
  negated: boolean;
  hedged: boolean;
}

/** Skips adverbs, negations and hedges from `at`; where the next content word stands. */
function skipAdverbs(words: readonly Word[], at: number): Skipped {
  let negated = false;
  let hedged = false;
  for (; at < words.length; at++) {
    const lower = words[at].lower;
    if (NEGATIONS.has(lower) && lower !== 'no') negated = true;
    // "will no longer fly": "no" alone is a determiner ("will no doubt", "is no threat").
    else if (lower === 'no' && words[at + 1]?.lower === 'longer') {
      negated = true;
      at++;
    } else if (HEDGE_ADVERBS.has(lower)) hedged = true;
    else if (!GROUP_ADVERBS.has(lower) && !isLyAdverb(lower)) break;
  }
  return { at, negated, hedged };
}

function blank(first: number, kind: VerbGroup['kind'], marker: string): VerbGroup {
  return { first, head: first, last: first, kind, marker, negated: false, passive: false, copular: false, past: false, pluperfect: false, perfect: false, hedged: false };
}

function modalGroup(words: readonly Word[], modal: number, kind: 'future' | 'would', first = modal, negated = false): VerbGroup | undefined {
  const group = blank(first, kind, kind === 'future' ? 'will' : 'would');
  const after = skipAdverbs(words, modal + 1);
  group.negated = negated || after.negated;
  group.hedged = after.hedged;
  let at = after.at;
  const word = words[at]?.lower;
  if (word === undefined || !canStartVerbPhrase(word)) return undefined;
  if (word === 'have') {
    // "would have been delivered": a counterfactual; "will have to": an obligation; "will have
    // 300 seats": a property. "will have hired 150 nurses by the summer" is a plan done by a date.
    const participle = words[at + 1]?.lower ?? '';
    if (kind !== 'future' || participle === 'been' || !isParticiple(participle)) return undefined;
    group.perfect = true;
    group.head = at + 1;
    group.last = at + 1;
    return group;
  }
  if (word === 'be') {
    const next = skipAdverbs(words, at + 1);
    group.negated ||= next.negated;
    at = next.at;
    const complement = words[at]?.lower;
    if (complement === undefined) return undefined;
    if (/^[a-z]+ing$/.test(complement) && complement !== 'being') {
      group.head = at;
    } else if (isParticiple(complement)) {
      group.passive = true;
      group.head = at;
    } else {
      group.copular = true;
      group.head = at;
    }
    group.last = at;
    return group;
  }
  group.head = at;
  group.last = at;
  return group;
}

function bePlanGroup(words: readonly Word[], be: number): VerbGroup | undefined {
  const after = skipAdverbs(words, be + 1);
  let at = after.at;
  const word = words[at]?.lower;
  if (word === undefined) return undefined;
  const past = PAST_BE_FORMS.has(words[be].lower);
  // "is to be held", "are to sign": a plan stated with "be to"; "was first to" ranks, it plans nothing.
  if (word === 'to' && RANKS.has(words[at - 1].lower)) return undefined;
  if (word === 'to') return infinitiveAfter(words, at, { ...blank(be, 'be-plan', 'to'), negated: after.negated, past });
  if (!BE_PLAN_WORDS.has(word)) return undefined;
  if (word === 'on') {
    // "is on track to"
    if (words[at + 1]?.lower !== 'track') return undefined;
    at++;
  }
  const group: VerbGroup = { ...blank(be, 'be-plan', word), negated: after.negated, hedged: after.hedged, past, head: at, last: at };
  const next = words[at + 1]?.lower;
  if (next === 'to') return infinitiveAfter(words, at + 1, group);
  // "is scheduled for release", "are not due until October", "is set for June".
  if (BARE_PLAN_WORDS.has(word) && (next === 'for' || next === 'in' || next === 'until' || next === 'on' || next === 'by')) return group;
  return undefined;
}

const RANKS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'next']);

function barePlanGroup(words: readonly Word[], at: number): VerbGroup | undefined {
  if (words[at + 1]?.lower !== 'to') return undefined;
  // "due to rising costs", "due to problems": "to" as a preposition before a noun.
  const next = words[at + 2]?.lower ?? '';
  if (next.endsWith('ing') || next.endsWith('s')) return undefined;
  return infinitiveAfter(words, at + 1, blank(at, 'be-plan', words[at].lower));
}

function planVerbGroup(words: readonly Word[], verb: number): VerbGroup | undefined {
  const lower = words[verb].lower;
  const tense = PLAN_VERBS.get(lower);
  const previous = words[verb - 1]?.lower;
  // "plans" after a determiner or a possessive is the noun ("its plans to"), read by the noun cues.
  if (previous !== undefined && NOUN_BEFORE.has(previous)) return undefined;
  // "will continue to offer free repairs": an infinitive completes the group before it; "are
  // reported to want to" raises the plan verb to its subject.
  if (previous === 'to' && !RAISING_PARTICIPLES.has(words[verb - 2]?.lower ?? '')) return undefined;
  let after = skipAdverbs(words, verb + 1);
  // "voted 7-2 on Tuesday to offer": the tally and the day stand between the verb and its "to".
  const toAfterTime = words[after.at]?.lower === 'to' ? undefined : findTo(words, after.at);
  if (toAfterTime !== undefined) after = { ...after, at: toAfterTime };
  const auxiliary = auxiliaryBefore(words, verb);
  if (words[after.at]?.lower !== 'to') {
    // "has promised a new release", "offers funding", "promised MPs an update": a pledge whose object is what is promised.
    if (!PLEDGES_WITH_OBJECT.has(lower) || !(OBJECT_STARTS.test(words[after.at]?.lower ?? '') || isRecipientThenObject(words, after.at))) return undefined;
    // "The phone offers the ability to …": what a thing affords, not what anyone pledges.
    if ([0, 1, 2].some((ahead) => AFFORDANCES.has(words[after.at + ahead]?.lower ?? ''))) return undefined;
    if (auxiliary !== undefined && words[auxiliary].lower === 'had') return undefined;
    return { ...blank(auxiliary ?? verb, 'plan-verb', lower), head: verb, last: verb, negated: after.negated, perfect: auxiliary !== undefined };
  }
  const group: VerbGroup = {
    ...blank(auxiliary ?? verb, 'plan-verb', lower),
    negated: after.negated,
    past: tense !== 'present' && auxiliary === undefined,
    pluperfect: auxiliary !== undefined && words[auxiliary].lower === 'had',
    perfect: auxiliary !== undefined && words[auxiliary].lower !== 'had',
  };
  if (tense === 'binding-past' && !group.pluperfect) group.past = false;
  return infinitiveAfter(words, after.at, group);
}

const AFFORDANCES: ReadonlySet<string> = new Set([
  'ability', 'possibility', 'capability', 'capabilities', 'feature', 'features', 'option', 'options', 'chance', 'opportunity', 'view', 'views',
]);

const RECIPIENT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'him', 'her', 'me', 'you']);

/** What is handed over when promised to someone: an act or a payment, not an outcome ("a quieter summer"). */
const DELIVERABLES: ReadonlySet<string> = new Set([
  'update', 'review', 'referendum', 'vote', 'decision', 'refund', 'refunds', 'report', 'inquiry', 'statement', 'payment', 'payments',
  'grant', 'grants', 'subsidy', 'bonus', 'rise', 'raise', 'increase', 'cut', 'response', 'meeting', 'debate', 'consultation',
  'compensation', 'loan', 'loans', 'contract', 'apology', 'investigation', 'audit', 'hearing', 'briefing', 'discount', 'rebate',
]);

/** "promised MPs a full update", "offered them a refund": a recipient of one word, then the object with its determiner. */
function isRecipientThenObject(words: readonly Word[], at: number): boolean {
  const recipient = words[at]?.lower ?? '';
  if (!RECIPIENT_PRONOUNS.has(recipient) && !/^[a-z]+s$/.test(recipient)) return false;
  if (!/^(?:a|an|the|new|more|free|full)$/.test(words[at + 1]?.lower ?? '')) return false;
  return [2, 3, 4].some((ahead) => DELIVERABLES.has(words[at + ahead]?.lower ?? ''));
}

/** The "to" after a tally or a time that starts at `at` ("7-2 on Tuesday to"), if there is one. */
function findTo(words: readonly Word[], at: number): number | undefined {
  for (let to = at + 1; to <= at + 6 && to < words.length; to++) {
    if (words[to].lower !== 'to') continue;
    return interposedLengthBefore((index) => (index >= at ? (words[index]?.lower ?? '') : ''), to - 1) === to - at ? to : undefined;
  }
  return undefined;
}

const NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'this', 'no', 'any', 's']);

/** "has", "have" or "had" right before a participle plan verb (adverbs between allowed). */
function auxiliaryBefore(words: readonly Word[], verb: number): number | undefined {
  for (let at = verb - 1; at >= 0 && at >= verb - 3; at--) {
    const lower = words[at].lower;
    if (lower === 'has' || lower === 'have' || lower === 'had') return at;
    if (!GROUP_ADVERBS.has(lower) && !HEDGE_ADVERBS.has(lower) && !isLyAdverb(lower)) return undefined;
  }
  return undefined;
}

/** Completes a group at its "to": the verb after it (skipping "not", "be"). */
function infinitiveAfter(words: readonly Word[], to: number, group: VerbGroup): VerbGroup | undefined {
  const after = skipAdverbs(words, to + 1);
  let at = after.at;
  const word = words[at]?.lower;
  if (word === undefined || !canStartVerbPhrase(word)) return undefined;
  group.negated ||= after.negated;
  if (word === 'be' && words[at + 1] && isParticiple(words[at + 1].lower)) {
    group.passive = true;
    at++;
  } else if (word === 'be') {
    group.copular = true;
    at++;
  }
  group.head = at;
  group.last = at;
  return group;
}

export { PLAN_VERBS };
