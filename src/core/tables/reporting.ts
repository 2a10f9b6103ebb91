/**
 * Reporting cues: the verbs and phrases that attribute a statement to a speaker. Each form is
 * listed as it appears in text (inflections included) so matching is a table lookup.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states',
  'announced', 'announces', 'claimed', 'claims', 'noted', 'notes', 'explained', 'explains',
  'confirmed', 'confirms', 'reported', 'reports', 'warned', 'warns', 'argued', 'argues',
  'insisted', 'insists', 'revealed', 'reveals', 'disclosed', 'discloses', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'denied', 'denies', 'estimated', 'estimates',
  'predicted', 'predicts', 'wrote', 'writes', 'commented', 'comments', 'remarked', 'remarks',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'asserted',
  'asserts', 'maintained', 'maintains', 'suggested', 'suggests', 'observed', 'observes',
  'pointed out', 'points out', 'conceded', 'concedes', 'alleged', 'alleges', 'recalled',
  'recalls', 'informed', 'informs', 'briefed', 'briefs', 'declared', 'declares', 'replied',
  'replies', 'responded', 'responds', 'testified', 'testifies',
  // Participles of a second report in one sentence ("released a statement saying", "X, stating that").
  'saying', 'stating', 'claiming', 'adding', 'noting', 'warning', 'revealing', 'explaining', 'insisting', 'arguing', 'concluding',
  'mentioning', 'predicting', 'announcing',
  'mentioned', 'mentions', 'concluded', 'concludes', 'indicated', 'indicates', 'indicate', 'predict', 'claim', 'recommended',
  'recommends', 'enthused', 'continued', 'went on to say', 'goes on to say', 'reads', 'point out', 'has asked', 'have asked',
  'are predicting', 'is predicting', 'are warning', 'is warning', 'are privately warning', 'is claiming', 'are claiming', 'spoke out',
  'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'estimate',
  // What a study or an inquiry reports: "the review found that", "figures show that".
  'found', 'finds', 'showed', 'shows', 'show',
];

/**
 * Cues that report words only with a clause or quotation after them (or before, '"…," he added'):
 * with a noun phrase they tell of an act or of a thing ("The update adds support for tabs", "the
 * study revealed a flaw", "I have asked Jo to lead", "promised a refund", "Sales continued to grow").
 */
export const NEEDS_REPORTED_CONTENT: ReadonlySet<string> = new Set([
  'added', 'adds', 'adding', 'revealed', 'reveals', 'revealing', 'has asked', 'have asked', 'recommended', 'recommends', 'promised',
  'promises', 'pledged', 'pledges', 'vowed', 'vows', 'continued', 'indicated', 'indicates', 'indicate', 'maintained', 'maintains',
  'observed', 'observes', 'recalled', 'recalls', 'reads', 'wrote', 'writes', 'warning', 'tells', 'tell', 'mentions', 'mentioned',
  'found', 'finds', 'showed', 'shows', 'show',
]);

/**
 * What a study or a record finds: a report only with "that" right after it ("the audit found
 * that"). "They found a glitch that caused …" finds a thing; "The log shows: …" quotes nothing.
 */
export const FINDING_CUES: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'show']);

/** Cues of an outlet passing on a report, a second layer under the speaker it quotes. */
export const SECOND_HAND_CUES: ReadonlySet<string> = new Set([
  'according to', 'as reported by', 'quoted by', 'citing', 'reported', 'reports',
]);

/** Phrases that put the source after the cue: "according to the ministry". */
export const SOURCE_AFTER_CUES: readonly string[] = [
  'according to', 'as reported by', 'citing', 'quoted by', 'in the words of', 'as stated on', 'as stated in', 'as stated by',
];

/** Words for people who speak or for what carries their words: "citing people close to the talks". */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'someone', 'source', 'sources', 'official', 'officials', 'analyst', 'analysts', 'insider', 'insiders',
  'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'employee', 'employees', 'witness', 'witnesses', 'report',
  'reports', 'statement', 'statements', 'document', 'documents', 'filing', 'filings', 'study', 'survey', 'memo', 'letter', 'email',
]);

/** Pronouns that stand for the last named source rather than naming one. */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'we', 'i',
]);

/** Words that can stand between a speaker and the cue without being part of the name. */
export const WORDS_BEFORE_CUE: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'earlier', 'previously', 'repeatedly', 'reportedly', 'recently',
  'then', 'once', 'has', 'have', 'had', 'again', 'separately', 'publicly', 'privately',
  'officially', 'today', 'yesterday', 'first', 'too',
]);

/** Words after which a reporting verb is not a report of speech: "to say", "would say". */
export const NON_REPORTING_BEFORE_CUE: ReadonlySet<string> = new Set([
  'to', 'would', 'could', 'might', 'may', 'can', 'cannot', 'should', 'must', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'whose',
  'our', 'your', 'my', 'no', 'any', 'these', 'those', 'such',
]);

/**
 * Verbs that look like reporting verbs but, before a noun, mean something else:
 * "the report said" is a report, "reports of fighting" is not an attribution.
 */
export const NOUN_READINGS_OF_CUES: ReadonlySet<string> = new Set([
  'reports', 'claims', 'comments', 'notes', 'estimates', 'remarks', 'states', 'tells', 'claim', 'reads', 'predict', 'indicate', 'promises',
]);
