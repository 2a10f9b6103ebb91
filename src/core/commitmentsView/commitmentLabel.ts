/**
 * How a commitment reads in a list: what a reader scans for first. The action as a person would
 * write it down ("open a library", not "that the city will open a library … the mayor said on
 * Monday"), short enough for one row, and the deadline phrase without a doubled preposition.
 */

/** Words a clause starts with that say nothing about the action ("that", "to"). */
const LEADING_FILLER = /^(?:that|to)\s+/i;

/**
 * The action for a row: without a leading "that" or "to", without its deadline phrase (the row
 * shows the due date beside it, and the details the phrase), cut at a clause boundary or,
 * failing that, at a word boundary near `limit` characters, with an ellipsis when something was
 * cut.
 */
export function readableAction(action: string, limit = 60, deadline?: string): string {
  let text = withoutPhrase(action.replace(/\s+/g, ' ').trim(), deadline);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_FILLER, '');
  }
  text = text.replace(/[\s,;:.]+$/, '');
  if (text.length <= limit) return text;
  // A clause boundary (comma, semicolon, dash) late enough to keep the gist.
  const clause = /[,;:]\s|\s[—–-]\s/g;
  let cut = -1;
  for (let match = clause.exec(text); match && match.index <= limit; match = clause.exec(text)) if (match.index >= limit / 2) cut = match.index;
  if (cut === -1) {
    const space = text.lastIndexOf(' ', limit - 1);
    cut = space >= limit / 2 ? space : limit - 1;
  }
  return `${text.slice(0, cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * The action of a passive with its subject in front ("two depots closed by June" for "… two
 * depots will be closed by June"), as a reader notes what will happen to what: the action alone
 * ("closed by June") would not say to what. The subject is read off the quote, the words before
 * "will be", "is to be" and the like; a pronoun or a quote that does not read so leaves the action
 * as it is.
 */
export function withPassiveSubject(action: string, quote: string): string {
  const flatAction = action.replace(/\s+/g, ' ').trim();
  const flatQuote = quote.replace(/\s+/g, ' ').trim();
  const at = flatQuote.toLowerCase().lastIndexOf(` ${flatAction.toLowerCase()}`);
  if (!flatAction || at <= 0 || !PARTICIPLE.test(flatAction)) return action;
  const passive = PASSIVE_BEFORE_ACTION.exec(flatQuote.slice(0, at));
  if (!passive) return action;
  // "The second phase, which includes a new berth, is to be …": the noun phrase before the insertion.
  const subject = passive[1].split(',')[0].replace(LEADING_ARTICLE, '').trim();
  if (!subject || PRONOUN.test(subject) || subject.split(' ').length > MAX_SUBJECT_WORDS) return action;
  return `${subject} ${flatAction}`;
}

/** "<subject> will be", "… is to be", "… are expected to be": the passive's auxiliary ending the quote before the action. */
const PASSIVE_BEFORE_ACTION =
  /^(.*?)\s+(?:(?:will|would|shall|should|must|could|may|might|can|is|are|was|were)\s+)(?:(?:not|also|now|soon|then|still|first|finally|likely|expected|due|set|scheduled|going|planned|about)\s+)*(?:to\s+)?(?:be|have\s+been)$/i;
/** The action starts with a past participle ("closed", "sold", "given"), not an adjective ("able to", "ready to"). */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|shut|cut|put|set|sold|built|paid|made|held|kept|sent|spent|brought|bought|run|done|told|left|lost|won|shown|met|led|hit|begun|grown|drawn|laid|found|bound|sought|taught|struck|split|spread|upheld|withdrawn|rebuilt|rerun|redone|reset)\b/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const PRONOUN = /^(?:it|they|he|she|this|these|those|that|which|who|we|i|you)$/i;
/** A longer "subject" is a clause the quote starts with, not a noun phrase. */
const MAX_SUBJECT_WORDS = 6;

/**
 * A deadline phrase as a detail line: the phrase itself, first letter in capitals ("By June 10",
 * "Within two years"). Never a preposition added in front: the phrase has its own.
 */
export function deadlinePhrase(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.charAt(0).toUpperCase() + flat.slice(1);
}

/**
 * The action without its deadline phrase, where the phrase stands as whole words; the action as
 * it was when no more than a word would be left.
 */
function withoutPhrase(action: string, phrase: string | undefined): string {
  const flat = phrase?.replace(/\s+/g, ' ').trim();
  if (!flat) return action;
  const at = action.toLowerCase().indexOf(flat.toLowerCase());
  if (at === -1) return action;
  const end = at + flat.length;
  const wordChar = /[\p{L}\p{N}]/u;
  if ((at > 0 && wordChar.test(action[at - 1])) || (end < action.length && wordChar.test(action[end]))) return action;
  const rest = `${action.slice(0, at).replace(/[\s,]+$/, '')} ${action.slice(end).replace(/^[\s,]+/, '')}`.trim();
  // One word left ("completed") says less than the action with its deadline.
  return /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(rest) ? rest : action;
}
