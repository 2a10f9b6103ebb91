/**
 * Commitment cues: the words with which an actor promises, plans, seeks or wants something.
 * Each entry is a regular-expression source matched case-insensitively at a word boundary;
 * `actor` says where the actor is found.
 *
 * - `subject`: the noun phrase before the cue ("Pakistan will finalise").
 * - `owner`: the possessor inside the cue ("part of Pakistan's plan", "the government's strategy").
 * - `previous`: none in the sentence; the last actor named before ("The plan also includes").
 */
export type ActorPlace = 'subject' | 'owner' | 'previous';

export interface CommitmentCue {
  pattern: string;
  actor: ActorPlace;
  /** Cues whose bare form is weak ("will VERB") also need an agent as subject (see AGENT_NOUNS). */
  needsAgent?: boolean;
  /**
   * Lower-case words one of which every match of the pattern holds as a whole word: a sentence
   * with none of them is not tried, which spares the Unicode patterns on most sentences and so
   * never changes what is found.
   */
  words: readonly string[];
  /** A further cheap test for cues whose words are common: a pattern that every match of the cue also matches. */
  keyword?: RegExp;
}

const PLAN_NOUNS = '(?:plan|plans|strategy|aim|goal|objective|intention|target|agenda|priority|roadmap|vision|policy)';
/** Every cue naming a plan has one of these nouns as a whole word ("claim" and "planet" do not count). */
const PLAN_NOUN_WORDS = ['plan', 'plans', 'strategy', 'aim', 'goal', 'objective', 'intention', 'target', 'agenda', 'priority', 'roadmap', 'vision', 'policy'];
/**
 * The possessive cues ("Pakistan's plan", "part of the ministry's strategy") need the apostrophe
 * right before the noun. With the `u` flag, so that it folds what the cues' own patterns fold
 * (a long s in "ſtrategy").
 */
const HAS_OWNED_PLAN_NOUN = /['’]s?\s+(?:plans?|strategy|aim|goal|objective|intention|target|agenda|priority|roadmap|vision|policy)/iu;
/** "Pakistan's plan is to": the owned plan noun with the copula and "to" after it. */
const HAS_OWNED_PLAN_NOUN_IS_TO = /['’]s?\s+(?:plans?|strategy|aim|goal|objective|intention|target|agenda|priority|roadmap|vision|policy)\s+(?:is|was)\s+(?:also\s+)?to\s/iu;

const VERBS_BEFORE_TO = [
  'plans', 'planned', 'planning', 'intends', 'intended', 'aims', 'aimed', 'hopes', 'hoped', 'expects', 'expected', 'vows', 'vowed',
  'pledges', 'pledged', 'promises', 'promised', 'undertakes', 'undertook', 'commits', 'committed', 'agrees', 'agreed', 'decides',
  'decided', 'resolves', 'resolved', 'wants', 'wanted', 'wishes', 'wished', 'desires', 'desired', 'assures', 'assured', 'proposes',
  'proposed', 'prepares', 'prepared', 'strives', 'strived', 'endeavours', 'endeavors',
];

export const COMMITMENT_CUES: readonly CommitmentCue[] = [
  { pattern: `part\\s+of\\s+(?<owner>[\\p{Lu}][\\p{L}\\-]*(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4})['’]s?\\s+${PLAN_NOUNS}`, actor: 'owner', words: PLAN_NOUN_WORDS, keyword: HAS_OWNED_PLAN_NOUN },
  { pattern: `(?<owner>(?:the\\s+)?[\\p{L}\\-]+(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4})['’]s?\\s+${PLAN_NOUNS}\\s+(?:is|was)\\s+(?:also\\s+)?to\\s+\\p{L}+`, actor: 'owner', words: PLAN_NOUN_WORDS, keyword: HAS_OWNED_PLAN_NOUN_IS_TO },
  { pattern: `(?:there\\s+is|there\\s+are|there\\s+was)\\s+(?:also\\s+)?(?:a\\s+)?${PLAN_NOUNS}\\s+to`, actor: 'previous', words: PLAN_NOUN_WORDS },
  { pattern: `there\\s+will\\s+(?:also\\s+)?be`, actor: 'previous', words: ['there'] },
  { pattern: `(?:the|this|its|their|his|her)\\s+${PLAN_NOUNS}\\s+(?:also\\s+)?(?:includes|include|envisages|calls\\s+for|seeks\\s+to|aims\\s+to|involves)`, actor: 'previous', words: ['includes', 'include', 'envisages', 'calls', 'seeks', 'aims', 'involves'] },
  { pattern: '(?:has|have|had)\\s+(?:also\\s+)?(?:envisaged|drawn\\s+up|devised|prepared|unveiled|approved|adopted|launched)\\s+(?:a|an|the)\\s+(?:\\p{L}+\\s+)?' + PLAN_NOUNS, actor: 'subject', words: ['envisaged', 'drawn', 'devised', 'prepared', 'unveiled', 'approved', 'adopted', 'launched'] },
  { pattern: '(?:is|are|was|were)\\s+(?:also\\s+)?(?:keen|determined|committed|set|due|poised|scheduled|expected|planning|preparing|aiming|hoping|looking|trying)\\s+to', actor: 'subject', words: ['keen', 'determined', 'committed', 'set', 'due', 'poised', 'scheduled', 'expected', 'planning', 'preparing', 'aiming', 'hoping', 'looking', 'trying'] },
  { pattern: '(?:is|are|was|were)\\s+(?:also\\s+)?(?:seeking|pursuing|considering|exploring|demanding|requesting)', actor: 'subject', words: ['seeking', 'pursuing', 'considering', 'exploring', 'demanding', 'requesting'] },
  { pattern: '(?:has|have|had)\\s+(?:also\\s+)?(?:assured|promised|pledged|vowed|committed|agreed|decided|undertaken|resolved)(?:\\s+to)?', actor: 'subject', words: ['assured', 'promised', 'pledged', 'vowed', 'committed', 'agreed', 'decided', 'undertaken', 'resolved'] },
  { pattern: '(?:seeks|seek|sought|seeking)(?:\\s+to)?', actor: 'subject', words: ['seeks', 'seek', 'sought', 'seeking'] },
  { pattern: `(?:${VERBS_BEFORE_TO.join('|')})\\s+to`, actor: 'subject', words: VERBS_BEFORE_TO },
  { pattern: '(?:wants|wanted|desires|desired|demands|demanded|requests|requested)\\b', actor: 'subject', words: ['wants', 'wanted', 'desires', 'desired', 'demands', 'demanded', 'requests', 'requested'] },
  { pattern: '(?:discussed|discusses|explored|explores|considered|considers|studied|studies)\\s+(?:the\\s+)?(?:possibility|option|prospect|idea)\\s+of', actor: 'subject', words: ['possibility', 'option', 'prospect', 'idea'] },
  { pattern: "(?:will|shall|'ll)\\s+(?:also\\s+|now\\s+|soon\\s+|then\\s+)?(?!be\\b|have\\s+been\\b)\\p{L}+", actor: 'subject', needsAgent: true, words: ['will', 'shall', 'll'] },
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
  'we', 'i', 'he', 'she', 'they', 'it',
]);

/**
 * Sentences that are site furniture rather than reporting: comment policies, sign-up prompts.
 * `words` as for the cues: a sentence without one of them cannot match the pattern.
 */
export const BOILERPLATE_MARKERS: ReadonlyArray<{ pattern: RegExp; words: readonly string[] }> = [
  { pattern: /\bcomments?\b.*\b(?:moderated|posted|on-topic|abusive|faq)\b/i, words: ['comment', 'comments'] },
  {
    pattern: /\b(?:subscribe|sign\s+up|newsletter|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved)\b/i,
    words: ['subscribe', 'sign', 'newsletter', 'cookie', 'cookies', 'privacy', 'terms', 'all'],
  },
  { pattern: /\b(?:click|tap)\s+here\b/i, words: ['click', 'tap'] },
  { pattern: /^replying\s+to\b/i, words: ['replying'] },
];
