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
];

/** Phrases that put the source after the cue: "according to the ministry". */
export const SOURCE_AFTER_CUES: readonly string[] = [
  'according to', 'as reported by', 'citing', 'quoted by', 'in the words of',
];

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
  'reports', 'claims', 'comments', 'notes', 'estimates', 'remarks', 'states', 'tells', 'claim', 'reads', 'predict', 'indicate',
]);
