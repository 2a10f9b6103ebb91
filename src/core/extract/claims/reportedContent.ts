import type { TextSpan } from '../../model';

/**
 * What follows a reporting verb: a clause or quotation ("said that …", "said: \"…\"", "said the
 * plant will close"), nothing because the report came first ("…," he added.) or a noun phrase
 * ("announced the development", "adds support for tabs"). The last is a report of an act, or no
 * report at all, rather than a statement credited to a speaker.
 */
export type ReportedContent = 'clause' | 'aside' | 'object';

/** A bare complement clause shows its finite verb within this many words of the cue. */
const BARE_CLAUSE_REACH = 7;

/** Finite verbs and modals that mark a bare clause: "revealed he had undergone surgery". */
const FINITE_MARKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did',
  'shall', 'won\'t', 'wasn\'t', 'isn\'t', 'hadn\'t', 'hasn\'t', 'wouldn\'t', 'couldn\'t',
]);

/** Words that open a clause of their own, not the reported one: "promises savings as it is lighter". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'because', 'since', 'when', 'while', 'if', 'which', 'who', 'where', 'after', 'before', 'although', 'though', 'unless', 'until']);

/** How the stretch after `cue` (to the sentence end) reads: see `ReportedContent`. */
export function reportedContentAfter(text: string, cue: TextSpan, sentenceEnd: number): ReportedContent {
  let index = cue.end;
  while (index < sentenceEnd && isSpace(text.charCodeAt(index))) index++;
  if (index >= sentenceEnd) return 'aside';
  const first = text.charCodeAt(index);
  if (first === 34 || first === 0x201c || first === 58 || (first === 39 && text.charCodeAt(index + 1) === 39)) return 'clause';
  if (first === 44) return /^,\s*["\u201c]/.test(text.slice(index, index + 4)) ? 'clause' : 'aside';
  if (first === 46 || first === 59 || first === 41) return 'aside';
  // Word by word up to the first comma: "that", a finite verb or an opening quotation mark
  // (after a colon or not: "told the paper: \"…\"") opens a clause.
  const pattern = /[A-Za-z']+|[,;]|:\s*["\u201c]|(?<=\s)["\u201c]/g;
  pattern.lastIndex = index;
  for (let count = 0; count < BARE_CLAUSE_REACH; count++) {
    const match = pattern.exec(text);
    if (!match || match.index >= sentenceEnd) break;
    const word = match[0].toLowerCase();
    if (word === ',' || word === ';' || SUBORDINATORS.has(word)) break;
    if (word === 'that' || word.startsWith(':') || word === '"' || word === '\u201c' || FINITE_MARKERS.has(word)) return 'clause';
  }
  return 'object';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
