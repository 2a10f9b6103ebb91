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
   * A cheap test the sentence must pass before the pattern is tried: a plain, non-Unicode
   * expression that every match of the pattern contains (so it never changes what is found),
   * sparing the costlier Unicode patterns on the many sentences that cannot match.
   */
  keyword?: RegExp;
}

const PLAN_NOUNS = '(?:plan|plans|strategy|aim|goal|objective|intention|target|agenda|priority|roadmap|vision|policy)';
/** Every cue naming a plan has one of its nouns as a whole word ("claim" and "planet" do not count). */
const HAS_PLAN_NOUN = /\b(?:plans?|strategy|aim|goal|objective|intention|target|agenda|priority|roadmap|vision|policy)\b/i;

export const COMMITMENT_CUES: readonly CommitmentCue[] = [
  { pattern: `part\\s+of\\s+(?<owner>[\\p{Lu}][\\p{L}\\-]*(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4})['’]s?\\s+${PLAN_NOUNS}`, actor: 'owner' , keyword: HAS_PLAN_NOUN },
  { pattern: `(?<owner>(?:the\\s+)?[\\p{L}\\-]+(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,4})['’]s?\\s+${PLAN_NOUNS}\\s+(?:is|was)\\s+(?:also\\s+)?to\\s+\\p{L}+`, actor: 'owner' , keyword: HAS_PLAN_NOUN },
  { pattern: `(?:there\\s+is|there\\s+are|there\\s+was)\\s+(?:also\\s+)?(?:a\\s+)?${PLAN_NOUNS}\\s+to`, actor: 'previous' , keyword: HAS_PLAN_NOUN },
  { pattern: `there\\s+will\\s+(?:also\\s+)?be`, actor: 'previous', keyword: /there\s+will/i },
  { pattern: `(?:the|this|its|their|his|her)\\s+${PLAN_NOUNS}\\s+(?:also\\s+)?(?:includes|include|envisages|calls\\s+for|seeks\\s+to|aims\\s+to|involves)`, actor: 'previous' , keyword: HAS_PLAN_NOUN },
  { pattern: '(?:has|have|had)\\s+(?:also\\s+)?(?:envisaged|drawn\\s+up|devised|prepared|unveiled|approved|adopted|launched)\\s+(?:a|an|the)\\s+(?:\\p{L}+\\s+)?' + PLAN_NOUNS, actor: 'subject' , keyword: HAS_PLAN_NOUN },
  { pattern: '(?:is|are|was|were)\\s+(?:also\\s+)?(?:keen|determined|committed|set|due|poised|scheduled|expected|planning|preparing|aiming|hoping|looking|trying)\\s+to', actor: 'subject', keyword: /(?:keen|determined|committed|set|due|poised|scheduled|expected|planning|preparing|aiming|hoping|looking|trying)\s+to/i },
  { pattern: '(?:is|are|was|were)\\s+(?:also\\s+)?(?:seeking|pursuing|considering|exploring|demanding|requesting)', actor: 'subject', keyword: /seeking|pursuing|considering|exploring|demanding|requesting/i },
  { pattern: '(?:has|have|had)\\s+(?:also\\s+)?(?:assured|promised|pledged|vowed|committed|agreed|decided|undertaken|resolved)(?:\\s+to)?', actor: 'subject', keyword: /assured|promised|pledged|vowed|committed|agreed|decided|undertaken|resolved/i },
  { pattern: '(?:seeks|seek|sought|seeking)(?:\\s+to)?', actor: 'subject', keyword: /seek|sought/i },
  { pattern: '(?:plans|planned|planning|intends|intended|aims|aimed|hopes|hoped|expects|expected|vows|vowed|pledges|pledged|promises|promised|undertakes|undertook|commits|committed|agrees|agreed|decides|decided|resolves|resolved|wants|wanted|wishes|wished|desires|desired|assures|assured|proposes|proposed|prepares|prepared|strives|strived|endeavours|endeavors)\\s+to', actor: 'subject', keyword: /(?:plan|intend|aim|hope|expect|vow|pledge|promise|undert|commit|agree|decide|resolve|want|wish|desire|assure|propose|prepare|strive|endeavo)\w*\s+to/i },
  { pattern: '(?:wants|wanted|desires|desired|demands|demanded|requests|requested)\\b', actor: 'subject', keyword: /wants|wanted|desire|demand|request/i },
  { pattern: '(?:discussed|discusses|explored|explores|considered|considers|studied|studies)\\s+(?:the\\s+)?(?:possibility|option|prospect|idea)\\s+of', actor: 'subject', keyword: /(?:possibility|option|prospect|idea)\s+of/i },
  { pattern: "(?:will|shall|'ll)\\s+(?:also\\s+|now\\s+|soon\\s+|then\\s+)?(?!be\\b|have\\s+been\\b)\\p{L}+", actor: 'subject', needsAgent: true, keyword: /will|shall|'ll/i },
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

/** Sentences that are site furniture rather than reporting: comment policies, sign-up prompts. */
export const BOILERPLATE_MARKERS: readonly RegExp[] = [
  /\bcomments?\b.*\b(?:moderated|posted|on-topic|abusive|faq)\b/i,
  /\b(?:subscribe|sign\s+up|newsletter|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved)\b/i,
  /\b(?:click|tap)\s+here\b/i,
  /^replying\s+to\b/i,
];
