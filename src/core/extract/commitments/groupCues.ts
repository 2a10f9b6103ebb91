import type { TextSpan } from '../../model';
import { PREDICTION_VERBS } from '../../tables/commitmentCues';
import { frameBefore, conditionAfter, type Frame } from '../clauses/frames';
import type { VerbGroup } from '../clauses/verbGroups';
import { span } from '../phrases';
import { isAgentHead } from './actor';
import type { Word } from '../words/scanWords';

/** A commitment cue read from a verb group, before its actor is known. */
export interface GroupCue {
  cue: TextSpan;
  actionStart: number;
  group: VerbGroup;
  frame: Frame;
}

/** Verbs whose future describes what a thing is or does, not what an actor will do: "It will seat 300". */
const CAPABILITY_VERBS: ReadonlySet<string> = new Set([
  'seat', 'carry', 'hold', 'travel', 'save', 'weigh', 'measure', 'miss', 'compete', 'serve', 'play', 'outsell', 'top', 'double', 'triple', 'climb', 'soar',
  'slow', 'shrink', 'love', 'like', 'enjoy', 'want', 'wonder', 'agree', 'look', 'sound', 'seem', 'appear', 'know', 'understand', 'say',
  'tell', 'believe', 'think', 'worry', 'fail', 'win', 'lose', 'survive', 'thank', 'go', 'have', 'prove', 'attract',
  'appeal', 'dominate', 'revolutionise', 'revolutionize', 'transform', 'mark', 'signal', 'represent',
]);

/** What one holds as an act: "hold a referendum", "hold talks", "hold a news conference". */
const HELD_EVENTS: ReadonlySet<string> = new Set([
  'referendum', 'vote', 'election', 'elections', 'poll', 'meeting', 'meetings', 'talks', 'hearing', 'hearings', 'conference', 'summit',
  'ceremony', 'review', 'inquiry', 'consultation', 'auction', 'sale', 'festival', 'rally', 'debate', 'briefing', 'session', 'exercise', 'exercises',
]);

/** What one leads as a task: "will lead the review"; "will lead to job losses" only predicts. */
const LED_EFFORTS: ReadonlySet<string> = new Set([
  'review', 'inquiry', 'investigation', 'probe', 'talks', 'negotiations', 'delegation', 'team', 'taskforce', 'task', 'effort', 'efforts',
  'campaign', 'project', 'mission', 'bid', 'consortium', 'committee', 'panel', 'coalition', 'expedition', 'reform', 'reforms', 'response',
  'search', 'operation', 'programme', 'program', 'study', 'audit', 'commission', 'trip', 'visit', 'overhaul', 'redesign', 'rollout',
]);

const MULTIPLYING: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'halve']);

const TAKE_ACTS: ReadonlySet<string> = new Set(['place', 'over', 'effect', 'part', 'delivery', 'office', 'charge', 'control', 'steps', 'action', 'off']);

/** Lengths after "take": "It will take years" predicts; "will take the case to court" acts. */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['time', 'years', 'months', 'weeks', 'days', 'hours', 'decades', 'long', 'longer', 'some', 'several', 'many', 'a']);

const WANTING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'wished']);

/** What one "wants to" do without planning anything: thank, know, see, say. */
const COURTESY_VERBS: ReadonlySet<string> = new Set([
  'thank', 'know', 'see', 'say', 'congratulate', 'express', 'welcome', 'acknowledge', 'apologise', 'apologize', 'stress', 'emphasise',
  'emphasize', 'remind', 'point', 'hear', 'understand', 'learn', 'find', 'believe', 'add', 'note', 'reassure', 'recognise', 'recognize',
]);

/** True for a verb that follows "want to" without making a plan ("want to thank", "wanted to see"). */
export function isCourtesyVerb(lower: string): boolean {
  return COURTESY_VERBS.has(lower);
}

const VOTING: ReadonlySet<string> = new Set(['vote', 'votes', 'voted']);

/** What a vote does by being cast ("voted to approve the merger"), rather than a decision to act later. */
const DONE_BY_VOTING: ReadonlySet<string> = new Set([
  'approve', 'back', 'support', 'endorse', 'adopt', 'accept', 'reject', 'ratify', 'pass', 'elect', 're-elect', 'reelect', 'confirm',
  'remain', 'stay', 'keep', 'retain', 'oppose', 'block', 'censure', 'condemn', 'recognise', 'recognize', 'override', 'overturn',
]);

const EXPECTING: ReadonlySet<string> = new Set(['expect', 'expects', 'expected', 'hope', 'hopes', 'hoped']);

/** "take place", "make a decision", "hold a vote", "double its output": acts rather than outcomes. */
function isAct(words: readonly Word[], head: number): boolean {
  const lower = words[head].lower;
  const next = words[head + 1]?.lower ?? '';
  if (lower === 'take') return TAKE_ACTS.has(next) || (!SPANS_OF_TIME.has(next) && /^(?:the|its|their|his|her|our)$/.test(next));
  if (lower === 'make') return /^(?:a|an|its|their|his|her|our)$/.test(next) && !/^(?:difference|impact|sense)$/.test(words[head + 2]?.lower ?? '');
  // "will hold a referendum" holds an event; "the hall will hold 300" only has room.
  if (lower === 'hold') return [1, 2, 3].some((ahead) => HELD_EVENTS.has(words[head + ahead]?.lower ?? ''));
  // "will appeal the ruling" goes to court; "will appeal to young buyers" only pleases.
  if (lower === 'appeal') return next !== 'to';
  // "will serve as interim chief" takes a post; "will serve 300 homes" only describes a capacity.
  if (lower === 'serve') return next === 'as' || next === 'out';
  if (lower === 'lead') return next !== 'to' && [1, 2, 3].some((ahead) => LED_EFFORTS.has(words[head + ahead]?.lower ?? ''));
  // "will double its output" acts on something; "sales will double" only grow.
  if (MULTIPLYING.has(lower)) return /^(?:the|its|their|his|her|our|output|production|capacity|investment|spending|staff)$/.test(next);
  return false;
}

/** What may follow "will be" in a plan: "will be available", "will be in service", "will be back". */
const PLAN_STATES: ReadonlySet<string> = new Set(['available', 'ready', 'free', 'open', 'willing', 'back', 'closed', 'shut', 'operational', 'live', 'online', 'eligible', 'entitled']);
const PLAN_STATE_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['in', new Set(['service', 'operation', 'production', 'place', 'charge'])],
  ['on', new Set(['sale', 'display', 'leave', 'track', 'hand'])],
]);

/** The bare verb of an "-ing" form, in its likely spellings: "carrying" → carry, "saving" → save, "travelling" → travel. */
function bareForms(lower: string): string[] {
  if (!lower.endsWith('ing') || lower.length < 6) return [lower];
  const stem = lower.slice(0, -3);
  const forms = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) forms.push(stem.slice(0, -1));
  return forms;
}

function predicts(lower: string): boolean {
  return bareForms(lower).some((form) => PREDICTION_VERBS.has(form) || CAPABILITY_VERBS.has(form));
}

/**
 * Reads a verb group as a commitment cue, or says it is none: a guess ("will probably"), a
 * belief or condition governing it ("hopes that X will", "if …, X will"), a past or
 * overtaken plan ("had agreed to", "hoped to" in the reporter's past), a prediction or a
 * description ("will help", "will be a success", "It will seat 300"), or a back-shifted
 * "would" outside reported speech.
 */
/**
 * `attributed`: the sentence is someone's statement (its own attribution, a quotation it continues
 * or its paragraph's source), so its past tense is the speaker's report, not the reporter's history.
 */
export function readGroup(text: string, words: readonly Word[], group: VerbGroup, clauseEnd: number, attributed: boolean): GroupCue | undefined {
  if (group.hedged || group.pluperfect) return undefined;
  const frame = frameBefore(words, group.first);
  if (frame === 'hedged' || frame === 'conditional' || frame === 'rejected') return undefined;
  if (conditionAfter(words, group.last + 1, clauseEnd) || isInvertedCondition(words, group.first)) return undefined;
  const reported = frame === 'reported' || attributed;
  if (group.kind === 'would' && !reportedNearby(words, group.first) && !reportedAfter(words, group.last + 1)) return undefined;
  if (group.kind === 'would' && holdsWordNear(words, 'if', group.first)) return undefined;
  if (group.past && !reported) return undefined;
  const head = words[group.head];
  if (!head) return undefined;
  // An intent verb's infinitive is planned, whatever the verb: "plans to increase output".
  const intended = group.kind === 'plan-verb' && !EXPECTING.has(group.marker);
  if (!group.passive && !group.copular && !intended && !isAct(words, group.head) && predicts(head.lower)) {
    // "will continue to offer", "is going to be": the verb after a continuation carries the plan.
    if (!(head.lower === 'continue' || head.lower === 'remain') || group.kind === 'plan-verb') return undefined;
    // "will continue to face disruption" goes on suffering, no plan.
    const carried = words[group.head + 1]?.lower === 'to' ? words[group.head + 2]?.lower : undefined;
    if (carried !== undefined && predicts(carried) && !isAct(words, group.head + 2)) return undefined;
  }
  if (group.kind === 'would' && words[group.head].lower === 'like') return undefined;
  // "I want to thank our staff", "we want to know what happened": courtesy and curiosity, no plan.
  if (group.kind === 'plan-verb' && WANTING.has(group.marker) && COURTESY_VERBS.has(head.lower)) return undefined;
  if (group.kind === 'plan-verb' && VOTING.has(group.marker) && DONE_BY_VOTING.has(head.lower)) return undefined;
  const firstTo = group.copular ? firstToVerb(words, group.head) : -1;
  if (group.copular && !isPlanState(words, group.head) && !isScheduled(group) && firstTo < 0) return undefined;
  const first = words[group.first];
  // "will be the first carrier to fly": the cue runs to the verb, which starts the action.
  const last = firstTo >= 0 ? words[firstTo] : head;
  const cue = span(text, first.start, last.end);
  return { cue, actionStart: last.start, group, frame };
}

/** "is scheduled to be in May", "is due to be at the docks": a timetable set for the subject, whatever it is to be. */
function isScheduled(group: VerbGroup): boolean {
  return group.kind === 'be-plan' && SCHEDULE_MARKERS.has(group.marker);
}

const SCHEDULE_MARKERS: ReadonlySet<string> = new Set(['scheduled', 'due', 'slated', 'timetabled']);

/**
 * "will be the first carrier to fly it": for an actor, to be the first to do something is to do
 * it; the index of that verb, or -1. A thing "the first jet to use" it is described, not committed.
 */
function firstToVerb(words: readonly Word[], at: number): number {
  if (words[at]?.lower !== 'the' || words[at + 1]?.lower !== 'first') return -1;
  for (let to = at + 2; to <= at + 4 && to < words.length; to++) {
    if (words[to].lower !== 'to') continue;
    const verb = words[to + 1]?.lower ?? '';
    return isAgentHead(words[to - 1].lower) && /^[a-z]+$/u.test(verb) && verb !== 'be' ? to + 1 : -1;
  }
  return -1;
}

/**
 * "… that should a buyer be willing to pay, …": "should" before the subject, opening its clause,
 * makes the clause a condition.
 */
function isInvertedCondition(words: readonly Word[], first: number): boolean {
  for (let at = first - 2; at >= 0 && at >= first - 6; at--) {
    const lower = words[at].lower;
    if (lower === 'should') return at === 0 || CLAUSE_EDGES.has(words[at - 1].lower);
    if (!/^[\p{L}'’-]+$/u.test(lower)) return false;
  }
  return false;
}

const CLAUSE_EDGES: ReadonlySet<string> = new Set([',', 'that', 'and', 'but', 'or', ';', '"', '“']);

function isPlanState(words: readonly Word[], at: number): boolean {
  const word = words[at]?.lower;
  if (word === undefined) return false;
  if (PLAN_STATES.has(word)) return true;
  const phrase = PLAN_STATE_PHRASES.get(word);
  // "on leave", "on medical leave": one modifier may stand between.
  if (phrase) return phrase.has(words[at + 1]?.lower ?? '') || phrase.has(words[at + 2]?.lower ?? '');
  return false;
}

/** Words a reporting verb may stand before a back-shifted "would" and still govern it: "announced that the two engines on the prototype would". */
const REPORTED_REACH = 30;

/** "said (that) X would": a reporting verb before the "would" in its clause, with no quotation between them. */
function reportedNearby(words: readonly Word[], would: number): boolean {
  for (let at = would - 1; at >= 0 && at >= would - REPORTED_REACH; at--) {
    const lower = words[at].lower;
    if (lower === '"' || lower === '“' || lower === '”' || lower === ';') return false;
    if (REPORTING_HEADS.has(lower)) return true;
  }
  return false;
}

/** Words a trailing attribution may take: ", the company's chief executive said." */
const TRAILING_REACH = 10;

/**
 * "X would …, the chairman said": the sentence ends in an attribution after a comma, with no
 * quotation or clause break in it, so the back-shifted "would" before it is the speaker's "will".
 */
function reportedAfter(words: readonly Word[], from: number): boolean {
  const end = words.length - (words[words.length - 1]?.lower === '.' ? 1 : 0);
  let reporting = false;
  for (let at = end - 1; at >= from && at >= end - TRAILING_REACH - 1; at--) {
    const lower = words[at].lower;
    if (lower === '"' || lower === '“' || lower === '”' || lower === ';') return false;
    if (lower === ',') return reporting;
    if (REPORTING_HEADS.has(lower)) reporting = true;
  }
  return false;
}

const REPORTING_HEADS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'stated', 'confirmed', 'promised', 'assured', 'pledged', 'vowed', 'agreed', 'decided', 'added',
  'explained', 'revealed', 'insisted', 'told', 'indicated', 'disclosed', 'mentioned', 'declared', 'wrote', 'reported', 'memo', 'statement',
]);

/** Words either side of a "would" where an "if" makes it conditional ("would …, she said, if …"). */
const CONDITION_REACH = 40;

function holdsWordNear(words: readonly Word[], lower: string, at: number): boolean {
  for (let index = Math.max(0, at - CONDITION_REACH); index < words.length && index <= at + CONDITION_REACH; index++) if (words[index].lower === lower) return true;
  return false;
}
