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
