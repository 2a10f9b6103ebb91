/**
 * The words that decide whether two reports describe the same commitment: what carries no
 * meaning of its own (stop words), what says the same act in other words (verb groups), and
 * what names a role rather than someone (role words). normaliseAction.ts iterates over these
 * tables; adding a synonym or a stop word is a one-line change here with a test beside it.
 */

/**
 * Words dropped from actions and actors: determiners, pronouns, prepositions, conjunctions,
 * auxiliaries and modals, and adverbs that hedge or pace a promise without changing it.
 * "new" and "additional" are here because reports of one promise add or omit them freely.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'it', 'their', 'they', 'them', 'his', 'her', 'he', 'she',
  'we', 'our', 'us', 'you', 'your', 'i', 'my', 'me', 'which', 'who', 'whom', 'whose', 'what', 'there', 'here',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'within', 'into', 'onto', 'over', 'under', 'about',
  'before', 'after', 'until', 'till', 'between', 'through', 'during', 'across', 'per', 'via', 'as', 'than', 'up', 'out', 'off',
  'and', 'or', 'but', 'nor', 'so', 'if', 'then', 'also', 'both', 'either', 'such',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'going', 'able',
  'again', 'soon', 'now', 'still', 'already', 'further', 'too', 'very', 'just', 'even', 'only', 'all', 'any', 'some',
  'more', 'most', 'other', 'another', 'each', 'every', 'own', 'new', 'additional', 'extra', 'next', 'last',
  'possible', 'possibly', 'early', 'earliest', 'eventually', 'finally', 'fully', 'formally', 'officially',
]);

/** Words that turn the action into its opposite: "will not raise taxes". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'cannot', 'neither', 'no']);

/** Words after a negation that make it a bound, not a negation: "no later than", "not only". */
export const NEGATION_BOUNDS_AFTER: ReadonlySet<string> = new Set([
  'later', 'earlier', 'sooner', 'more', 'less', 'fewer', 'longer', 'than', 'only', 'least',
]);

/**
 * Words naming time rather than the thing promised. A deadline is compared on its own (as a
 * date, in findConflicts.ts), so "in six months" and "by the end of the year" must not make two
 * reports of one promise look different.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'quarter', 'quarters',
  'hour', 'hours', 'fortnight', 'mid', 'half', 'time', 'deadline', 'date', 'period',
  'today', 'tomorrow', 'tonight', 'spring', 'summer', 'autumn', 'winter', 'annual', 'annually',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Verbs that open a reported promise ("pledged to finish", "plans to build"): the verb and its
 * "to" are dropped when the action was written with them, so the promise itself is compared.
 */
export const CUE_VERBS_BEFORE_TO: ReadonlySet<string> = new Set([
  'pledge', 'promise', 'vow', 'plan', 'aim', 'intend', 'commit', 'agree', 'undertake', 'seek', 'want', 'hope',
  'expect', 'decide', 'resolve', 'prepare', 'propose', 'strive', 'try', 'attempt', 'set', 'due', 'schedule', 'poise',
  'determine', 'keen', 'assure', 'endeavour', 'endeavor', 'wish', 'look', 'move', 'continue',
]);

/**
 * Commitment verbs that say the same act, first entry the canonical form. Only verbs (and
 * their nouns: "construction", "completion") with one dominant sense in policy and business
 * news are grouped; a verb that is not here is compared as written.
 */
export const VERB_GROUPS: readonly (readonly string[])[] = [
  ['complete', 'completion', 'finish', 'finalise', 'finalize', 'finalisation', 'conclude', 'conclusion', 'accomplish', 'fulfil', 'fulfill', 'fulfilment'],
  ['build', 'construct', 'construction', 'erect', 'lay'],
  ['start', 'begin', 'launch', 'commence', 'commencement', 'initiate', 'inaugurate', 'kickstart', 'embark'],
  ['cut', 'reduce', 'reduction', 'lower', 'decrease', 'slash', 'trim', 'curb', 'halve'],
  ['raise', 'increase', 'boost', 'hike', 'lift', 'double', 'triple', 'expand', 'expansion'],
  ['create', 'creation', 'establish', 'establishment', 'form', 'found', 'setup'],
  ['end', 'stop', 'halt', 'cease', 'terminate', 'abolish', 'phaseout'],
  ['cancel', 'scrap', 'abandon', 'withdraw', 'drop', 'shelve'],
  ['open', 'reopen', 'opening', 'reopening'],
  ['provide', 'provision', 'supply', 'deliver', 'delivery', 'give', 'offer', 'grant'],
  ['invest', 'investment', 'fund', 'funding', 'finance', 'financing', 'bankroll'],
  ['sign', 'signing', 'ink'],
  ['repair', 'fix', 'restore', 'restoration', 'rebuild', 'refurbish', 'renovate', 'renovation'],
  ['introduce', 'introduction', 'implement', 'implementation', 'rollout', 'enact', 'adopt', 'carryout'],
  ['hire', 'recruit', 'recruitment', 'employ', 'employment'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'procure', 'procurement'],
  ['sell', 'sale', 'divest', 'privatise', 'privatize', 'privatisation', 'privatization'],
  ['ban', 'prohibit', 'outlaw', 'forbid'],
  ['review', 'reassess', 'reexamine', 'revisit', 'reconsider'],
  ['hold', 'conduct', 'organise', 'organize', 'stage'],
  ['pay', 'repay', 'payment', 'repayment', 'reimburse', 'compensate', 'compensation'],
  ['protect', 'safeguard', 'defend', 'preserve'],
  ['connect', 'link', 'interconnect'],
  ['upgrade', 'modernise', 'modernize', 'modernisation', 'modernization', 'improve', 'improvement'],
];

/** Two-word verbs read as one word before grouping ("set up" is "setup", then "create"). */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map([
  ['set up', 'setup'], ['kick off', 'kickstart'], ['roll out', 'rollout'], ['phase out', 'phaseout'],
  ['carry out', 'carryout'], ['wrap up', 'complete'], ['bring in', 'introduce'], ['break ground', 'start'],
  ['get under way', 'start'], ['put in place', 'implement'], ['pay back', 'repay'], ['shut down', 'close'],
  ['per cent', 'percent'], ['percentage point', 'percent'],
]);

/**
 * Nouns that name almost any undertaking: two reports sharing only "project" share little, so
 * these weigh half (see actionSimilarity.ts).
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'project', 'plan', 'program', 'programme', 'scheme', 'initiative', 'work', 'works', 'effort', 'process', 'measure',
  'step', 'activity', 'operation', 'facility', 'system', 'service', 'thing', 'way', 'part', 'phase', 'stage', 'level',
]);

/**
 * Words that name a role or an institution's kind rather than who it is: "the government of
 * Pakistan" is Pakistan, "Prime Minister Imran Khan" is Imran Khan, and "the government" alone
 * names nobody in particular (an unknown actor, see actorSimilarity).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'government', 'govt', 'administration', 'ministry', 'minister', 'ministers', 'prime', 'president', 'vice', 'deputy',
  'chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'secretary', 'official', 'officials', 'spokesman',
  'spokeswoman', 'spokesperson', 'department', 'authority', 'authorities', 'cabinet', 'office', 'agency', 'company',
  'firm', 'group', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'leader', 'leadership', 'head', 'director', 'board',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'prof', 'professor', 'federal', 'state', 'national', 'officer', 'side', 'country',
  'source', 'sources', 'people', 'team', 'management', 'regulator',
]);
