/**
 * Commitment cues: the words with which an actor promises, plans, seeks or wants something.
 * Each word list is written once below; the cue patterns are built from the lists, and so is the
 * test that a sentence may hold a cue at all (see `key`).
 *
 * `actor` says where the actor is found:
 * - `subject`: the noun phrase before the cue ("Pakistan will finalise").
 * - `owner`: the possessor inside the cue ("part of Pakistan's plan", "the government's strategy").
 * - `previous`: none in the sentence; the last actor named before ("The plan also includes").
 */
export type ActorPlace = 'subject' | 'owner' | 'previous';

/** One way of voicing a commitment, as a pattern and the words it cannot match without. */
export interface CommitmentCue {
  /**
   * A regular-expression source matched case-insensitively, with the `u` flag, where it starts
   * and ends a word. It holds one of `key`'s forms as a whole word, wherever it matches.
   */
  pattern: string;
  /**
   * Forms (words or phrases, lower case) one of which every match of `pattern` holds: a sentence
   * holding none of their words is not tried, which spares the Unicode patterns most sentences.
   */
  key: readonly string[];
  actor: ActorPlace;
  /** Cues whose bare form is weak ("will VERB") also need an agent as subject (see AGENT_NOUNS). */
  needsAgent?: boolean;
  /** An announcement in the reporter's past still binds: "has announced 2,000 job cuts" plans them. */
  standsWhenPast?: boolean;
  /** Reads a verb a verb group reads too, better: "promised $40m" pledges the money, the verb is no part of it. */
  overridesGroup?: boolean;
  /**
   * A present tense that states a timetable only with a date still ahead ("the service goes live on
   * July 1"; "the shop opens at nine" is a habit): the cue is the action's verb, and a match with no
   * deadline in its clause is none.
   */
  needsDate?: boolean;
}

/** Nouns that name a plan: "Pakistan's plan", "there is a strategy to". */
export const PLAN_NOUNS: readonly string[] = [
  'plan', 'plans', 'strategy', 'aim', 'goal', 'objective', 'intention', 'target', 'agenda', 'priority', 'roadmap', 'vision', 'policy',
];

/** What a plan does in "the plan also includes …". */
const PLAN_CONTENT_VERBS = ['includes', 'include', 'envisages', 'calls for', 'seeks to', 'aims to', 'involves'];

/** What an actor "has" done to a plan: "has drawn up a new plan". */
const PLAN_MAKING_VERBS = ['envisaged', 'drawn up', 'devised', 'prepared', 'unveiled', 'approved', 'adopted', 'launched'];

/** "is seeking", "are considering". */
const PURSUIT_PARTICIPLES = ['seeking', 'pursuing', 'considering', 'exploring'];

const SEEK_VERBS = ['seeks', 'seek', 'sought', 'seeking'];

/** Verbs whose object is what is wanted: "wants a refinery". */
// Not "demands" or "requests": as verbs they ask something of others, and as nouns they are no plan.
const WANTING_VERBS = ['wants', 'wanted', 'desires', 'desired'];

/** Nouns of intent owned by someone: "our commitment to expand", "its decision to close", "their goal is to". */
const INTENT_NOUNS = ['plans', 'plan', 'commitment', 'strategy', 'goal', 'intention', 'desire', 'promise', 'pledge', 'decision', 'aim', 'ambition', 'bid'];

/** "announced plans to", "unveiled plans to". */
const PLAN_ANNOUNCING_VERBS = ['announced', 'announces', 'unveiled', 'unveils', 'outlined', 'outlines', 'revealed', 'reveals', 'confirmed', 'confirms', 'has', 'have'];

/** "signed a contract to supply", "reached an agreement to buy": a deal binding its party to a future act. */
/** "is exercising its options to buy": an option taken up binds like a deal signed. */
const DEAL_VERBS = [
  'signed', 'signs', 'sign', 'inked', 'reached', 'reaches', 'struck', 'strikes', 'entered into', 'concluded', 'exercising', 'exercises', 'exercised',
  'agreed', 'agrees', 'agree', 'secured', 'secures', 'finalised', 'finalized', 'finalises', 'finalizes', 'clinched', 'clinches',
];
const DEAL_NOUNS = ['contract', 'agreement', 'deal', 'accord', 'pact', 'options', 'option'];

/** "announced 2,000 job cuts", "unveils plant closures": an announced cut is a plan to make it. */
const ANNOUNCING_VERBS = ['announced', 'announces', 'announce', 'unveiled', 'unveils', 'unveil', 'confirmed', 'confirms'];
const CUT_NOUNS = ['cuts', 'layoffs', 'lay-offs', 'redundancies', 'closures', 'closure', 'job losses'];
/** What may stand between the verb and the cut: "10,000", "up to 500", "further", "major". */
const CUT_MODIFIER = '(?:[\\p{N}][\\p{N},.]*|new|further|more|major|deep|sweeping|about|around|nearly|some|up|to|the|its|job|plant|factory|store|branch|staff|workforce)';

/** "has pledged £2m towards", "promised $5bn in aid": money pledged is money to be paid. */
const PLEDGING_VERBS = [
  'pledged', 'pledges', 'pledge', 'promised', 'promises', 'committed', 'commits', 'earmarked', 'earmarks', 'allocated', 'allocates',
  'set aside', 'sets aside', 'ring-fenced', 'ringfenced', 'budgeted',
];
/** What may stand between the verb and the amount: "a further", "up to", "nearly", "an extra". */
const AMOUNT_MODIFIER = '(?:a|an|another|further|extra|additional|up|to|nearly|almost|about|around|some|more|than|over|at|least)';
const CURRENCY_AMOUNT = '(?:(?:US|A|C|NZ|HK|S)?[$€£¥₹]\\s?\\p{N}|\\p{N}[\\p{N},.]*\\s*(?:million|billion|trillion|m|bn)?\\s*(?:euros|dollars|pounds|yuan|yen|rupees|francs|kronor|crowns)\\b)';

/** "plans a new depot", "is planning another sale": a plan whose object is what will be done. */
const PLAN_VERBS = ['plans', 'plan', 'planning'];

/** Present tenses of a timetable: "goes live on July 1", "opens in May". */
const TIMETABLE_VERBS = ['goes live', 'go live', 'launches', 'debuts', 'opens', 'begins', 'starts', 'arrives', 'ships', 'takes effect', 'comes into force'];
/** "targets net-zero emissions by 2035", "aims for a full return to service by June": a target, with its date in the clause. */
const TARGETING_VERBS = ['targets', 'targeting', 'aims for', 'aim for', 'aiming for'];
/** "is expected in late May", "expected in 2026": an arrival timed by others, with its date right after. */
const EXPECTED_AT = '(?:(?:is|are)\\s+(?:also\\s+|now\\s+)?)?expected(?=\\s+(?:in|on|by|around)\\s)';

const WEIGHING_VERBS = ['discussed', 'discusses', 'explored', 'explores', 'considered', 'considers', 'studied', 'studies'];
/** "discussed the possibility of". */
const PROSPECT_NOUNS = ['possibility', 'option', 'prospect', 'idea'];

/**
 * The forms as a non-capturing alternation, in their listed order (which decides the match where
 * one form is a prefix of another); a space in a phrase stands for any run of white space.
 */
function oneOf(forms: readonly string[]): string {
  return `(?:${forms.map((form) => form.replace(/ /g, '\\s+')).join('|')})`;
}

const PLAN_NOUN = oneOf(PLAN_NOUNS);
const CAPITALISED_NAME = '[\\p{Lu}][\\p{L}\\-]*(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4}';

/**
 * The commitment cues. Where two match in a sentence the one starting first wins; at the same
 * start, the one listed first.
 */
export const COMMITMENT_CUES: readonly CommitmentCue[] = [
  { pattern: `part\\s+of\\s+(?<owner>${CAPITALISED_NAME})['’]s?\\s+${PLAN_NOUN}`, key: PLAN_NOUNS, actor: 'owner' },
  {
    pattern: `(?<owner>(?:the\\s+)?[\\p{L}\\-]+(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4})['’]s?\\s+${PLAN_NOUN}\\s+(?:is|was)\\s+(?:also\\s+)?to\\s+\\p{L}+`,
    key: PLAN_NOUNS,
    actor: 'owner',
  },
  { pattern: `(?:there\\s+is|there\\s+are|there\\s+was)\\s+(?:also\\s+)?(?:a\\s+)?${PLAN_NOUN}\\s+to`, key: PLAN_NOUNS, actor: 'previous' },
  { pattern: 'there\\s+will\\s+(?:also\\s+)?be', key: ['there'], actor: 'previous' },
  {
    pattern: `(?:the|this|its|their|his|her)\\s+${PLAN_NOUN}\\s+(?:also\\s+)?${oneOf(PLAN_CONTENT_VERBS)}`,
    key: PLAN_CONTENT_VERBS,
    actor: 'previous',
  },
  {
    pattern: `(?:has|have|had)\\s+(?:also\\s+)?${oneOf(PLAN_MAKING_VERBS)}\\s+(?:a|an|the)\\s+(?:\\p{L}+\\s+)?${PLAN_NOUN}`,
    key: PLAN_MAKING_VERBS,
    actor: 'subject',
  },
  { pattern: `(?:is|are|was|were)\\s+(?:also\\s+)?${oneOf(PURSUIT_PARTICIPLES)}`, key: PURSUIT_PARTICIPLES, actor: 'subject' },
  { pattern: `${oneOf(SEEK_VERBS)}(?:\\s+to)?`, key: SEEK_VERBS, actor: 'subject' },
  { pattern: `${oneOf(WANTING_VERBS)}\\b`, key: WANTING_VERBS, actor: 'subject' },
  {
    pattern: `(?<owner>our|its|their|his|her|my|${CAPITALISED_NAME}['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}${oneOf(INTENT_NOUNS)}\\s+(?:(?:is|was)\\s+)?to\\s+\\p{L}+`,
    key: INTENT_NOUNS,
    actor: 'owner',
  },
  // Plans made public stand once unveiled: "unveiled plans to widen the canal" is no history.
  { pattern: `${oneOf(PLAN_ANNOUNCING_VERBS)}\\s+(?:new\\s+|its\\s+|their\\s+)?plans?\\s+to\\s+\\p{L}+`, key: ['plan', 'plans'], actor: 'subject', standsWhenPast: true },
  {
    pattern: `${oneOf(DEAL_VERBS)}\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}\\p{N}$#.,-]+\\s+){0,3}${oneOf(DEAL_NOUNS)}\\s+(?:[\\p{L}]+\\s+){0,5}?to\\s+\\p{L}+`,
    key: DEAL_NOUNS,
    actor: 'subject',
    standsWhenPast: true,
  },
  {
    pattern: `${oneOf(ANNOUNCING_VERBS)}(?=\\s+(?:${CUT_MODIFIER}\\s+){0,4}${oneOf(CUT_NOUNS)}\\b)`,
    key: ANNOUNCING_VERBS,
    actor: 'subject',
    standsWhenPast: true,
  },
  {
    pattern: `${oneOf(PLEDGING_VERBS)}(?=\\s+(?:${AMOUNT_MODIFIER}\\s+){0,3}${CURRENCY_AMOUNT})`,
    key: PLEDGING_VERBS,
    actor: 'subject',
    standsWhenPast: true,
    overridesGroup: true,
  },
  { pattern: `${oneOf(PLAN_VERBS)}(?=\\s+(?:a|an|another|new|more|further)\\s)`, key: PLAN_VERBS, actor: 'subject' },
  { pattern: oneOf(TIMETABLE_VERBS), key: TIMETABLE_VERBS, actor: 'subject', needsDate: true },
  { pattern: oneOf(TARGETING_VERBS), key: ['targets', 'targeting', 'aims', 'aim', 'aiming'], actor: 'subject', needsDate: true },
  { pattern: EXPECTED_AT, key: ['expected'], actor: 'subject', needsDate: true },
  { pattern: `${oneOf(WEIGHING_VERBS)}\\s+(?:the\\s+)?${oneOf(PROSPECT_NOUNS)}\\s+of`, key: PROSPECT_NOUNS, actor: 'subject' },
];

/**
 * Verbs after "will" that predict an outcome rather than commit an actor to one:
 * "cooperation will help", "the move will mean".
 */
export const PREDICTION_VERBS: ReadonlySet<string> = new Set([
  'help', 'benefit', 'mean', 'cause', 'lead', 'result', 'allow', 'enable', 'make', 'bring',
  'affect', 'hurt', 'harm', 'boost', 'hit', 'cost', 'take', 'likely', 'probably', 'need', 'remain',
  'continue', 'depend', 'become', 'happen', 'come', 'go', 'fall', 'rise', 'grow', 'increase',
  'decrease', 'decline', 'drop', 'face', 'suffer', 'see', 'find', 'feel', 'get', 'not', 'never',
  'reach', 'exceed', 'surpass', 'last', 'ensure', 'create', 'generate', 'save', 'reduce',
]);

/**
 * Nouns that can make a commitment (an actor with agency). A bare "will VERB" counts as a
 * commitment only when its subject is a name, a pronoun or one of these.
 */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  'government', 'governments', 'ministry', 'minister', 'ministers', 'president', 'prime', 'premier',
  'cabinet', 'council', 'committee', 'commission', 'authority', 'authorities', 'agency', 'department',
  'company', 'companies', 'firm', 'firms', 'board', 'bank', 'banks', 'city', 'state', 'states',
  'country', 'countries', 'administration', 'parliament', 'congress', 'senate', 'party', 'union',
  'officials', 'official', 'leaders', 'leader', 'team', 'group', 'side', 'army', 'military', 'police',
  'court', 'regulator', 'regulators', 'office', 'mayor', 'governor', 'chief', 'management',
  'operator', 'contractor', 'developer', 'university', 'school', 'hospital', 'port', 'airline',
  'museum', 'zoo', 'library', 'club', 'shop', 'store', 'bakery', 'clinic', 'utility', 'charity', 'foundation', 'trust', 'fund',
  'institute', 'centre', 'center', 'network', 'studio', 'label', 'airport', 'railway', 'retailer', 'chain', 'brand', 'insurer',
  'carrier', 'manufacturer', 'maker', 'supplier', 'consortium', 'corporation', 'business', 'organisation', 'organization', 'charity',
  'county', 'town', 'village', 'municipality', 'province', 'region', 'district', 'borough', 'nation', 'federation', 'association',
  'league', 'alliance', 'coalition', 'bureau', 'tribunal', 'panel', 'legislature', 'assembly', 'embassy', 'delegation', 'startup',
  'broadcaster', 'distributor', 'watchdog', 'inspectorate', 'secretariat', 'treasury', 'regime', 'opposition', 'college', 'academy',
  'church', 'diocese',
  'we', 'i', 'he', 'she', 'they', 'it',
]);

/** Sentences that are site furniture rather than reporting: comment policies, sign-up prompts. */
export const BOILERPLATE_MARKERS: readonly RegExp[] = [
  /\bcomments?\b.*\b(?:moderated|posted|on-topic|abusive|faq)\b/i,
  /\b(?:subscribe|sign\s+up|newsletter|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved)\b/i,
  /\b(?:click|tap)\s+here\b/i,
  /^replying\s+to\b/i,
];
