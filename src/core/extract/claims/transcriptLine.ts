import type { Sentence, TextSpan } from '../../model';
import { isNameLike, span, trimSpan } from '../phrases';

/** A transcript speaker and the colon that introduces their words. */
export interface TranscriptLine {
  source: TextSpan;
  cue: TextSpan;
}

/**
 * 'Secretary Jane Roe: "We agree."': a transcript line, a speaker's name (with any role before it)
 * and a colon before a quotation; the colon is the cue. Lines of a transcript run on without a
 * sentence break between them ('… we agree." : Dr. Max Ode: "So do we."'), so a line may start
 * after a colon or a closing quotation mark as well as at the sentence start. The first line found.
 */
export function transcriptLine(text: string, sentence: Sentence): TranscriptLine | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes(':')) return undefined;
  // A literal: a new expression per call, so its position is no state of the module.
  const colons = /\s*:\s*["\u201c](?=[\p{L}\p{N}'‘])/gu;
  for (let match = colons.exec(body); match; match = colons.exec(body)) {
    const colon = sentence.start + match.index + match[0].indexOf(':');
    const head = headBefore(text, sentence.start, sentence.start + match.index);
    // Inside a line ('… agreed." : Dr. Max Ode: "…'), a one-word head is more likely a label ("Error: \"…\"").
    if (head && (head.start === sentence.start || /\s/.test(head.text))) return { source: head, cue: span(text, colon, colon + 1) };
  }
  return undefined;
}

/** Longest a speaker's name and role run before the colon. */
const MAX_HEAD_CHARS = 120;

/** The speaker before a transcript colon, back to the sentence start, a colon or a quotation mark. */
function headBefore(text: string, sentenceStart: number, end: number): TextSpan | undefined {
  let start = end;
  while (start > sentenceStart && !HEAD_BOUNDARY.has(text.charCodeAt(start - 1))) start--;
  if (end - start > MAX_HEAD_CHARS) return undefined;
  // After a quotation mark only when it closes the line before (preceded by its last word).
  if (start > sentenceStart && start - 2 >= sentenceStart && QUOTES.has(text.charCodeAt(start - 1)) && /[\s(]/.test(text.charAt(start - 2))) return undefined;
  const head = trimSpan(text, start, end);
  if (!/^\p{Lu}/u.test(head.text) || !plainHead(head.text)) return undefined;
  return isNameLike(lastWords(head.text)) ? head : undefined;
}

const QUOTES: ReadonlySet<number> = new Set([34, 0x201c, 0x201d]);
const HEAD_BOUNDARY: ReadonlySet<number> = new Set([58, 59, ...QUOTES]);

/** No sentence inside the head: a full stop only ends a short abbreviation ("Asst.", "Gen."). */
function plainHead(head: string): boolean {
  return !/(?:^|[^\p{Lu}\p{Ll}]|\p{L}{6,})\./u.test(head);
}

/** The last three words: where a transcript speaker's name stands after the role. */
function lastWords(value: string): string {
  return value.trim().split(/\s+/u).slice(-3).join(' ');
}
