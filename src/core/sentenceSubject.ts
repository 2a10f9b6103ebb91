/**
 * Who a sentence is about, as a first guess for the actor of a commitment a person marks by hand
 * where extraction found none: the words that open the sentence, up to its first verb-like word
 * ("The Port Ellery Harbour Authority will reopen …" → "The Port Ellery Harbour Authority").
 * Only a suggestion in an input box the person edits; an empty guess leaves the box empty.
 */

/** Words that end the subject: auxiliaries, the verbs commitments are made with, reporting verbs, and clause openers. */
const SUBJECT_ENDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "won't", 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'does', 'do', 'did', 'also', 'then', 'now', 'still', 'plans', 'planned', 'intends', 'intended', 'aims', 'aimed',
  'hopes', 'hoped', 'expects', 'expected', 'vows', 'vowed', 'pledges', 'pledged', 'promises', 'promised', 'agrees', 'agreed',
  'decides', 'decided', 'wants', 'wanted', 'seeks', 'sought', 'proposes', 'proposed', 'says', 'said', 'told', 'tells', 'announced',
  'announces', 'approved', 'approves', 'added', 'adds', 'warned', 'warns', 'to', 'that', 'which', 'who', 'on', 'in', 'at', 'by',
  'after', 'before', 'since', 'when', 'if',
]);

/** A subject longer than this is not one (a clause the guess misread): no guess. */
const MAX_SUBJECT_WORDS = 8;

export function sentenceSubject(sentence: string): string {
  const words = sentence.replace(/^[\s"“‘'([—–-]+/u, '').split(/\s+/);
  const subject: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[,;:.!?"”’)\]]+$/u, '');
    if (!bare || SUBJECT_ENDS.has(bare.toLowerCase())) break;
    subject.push(bare);
    if (bare !== word) break;
    if (subject.length > MAX_SUBJECT_WORDS) return '';
  }
  return subject.join(' ');
}
