import type { Sentence, TextSpan } from '../../model';
import { WORDS_BEFORE_CUE } from '../../tables/reporting';
import { dropTrailingWords, isNameLike, span, trimSpan, wordsUpTo } from '../phrases';

/**
 * Where the speaker of an attribution is, on either side of its cue: before a reporting verb
 * ("the minister said"), after a source-after cue ("according to the ministry") or after a
 * quotation ('"…," said the mayor').
 */

/** The source in "according to SOURCE, …" runs to the next comma or the end of the sentence. */
export function sourceAfter(text: string, from: number, sentenceEnd: number): TextSpan | undefined {
  const reach = Math.min(sentenceEnd, from + SOURCE_REACH);
  const stop = text.slice(from, reach).search(/,\s|[;:]\s|\s[—–-]\s/);
  if (stop === -1 && reach < sentenceEnd) return undefined;
  const source = trimSpan(text, from, stop === -1 ? sentenceEnd : from + stop, '.,"\u201d\u2019');
  return plausibleSource(source) ? source : undefined;
}

/**
 * The speaker before the cue: the last comma-separated segment, joined with the one before it
 * when the two are "Name, the role" ("Fawad Chaudhry, the information minister, said").
 */
export function sourceBefore(text: string, sentenceStart: number, cueStart: number): TextSpan | undefined {
  const left = dropTrailingWords(text, span(text, Math.max(sentenceStart, cueStart - SOURCE_REACH), cueStart), WORDS_BEFORE_CUE);
  if (left.end <= left.start) return undefined;
  const segments = commaSegments(text, left);
  let source = segments[segments.length - 1];
  let previous = segments[segments.length - 2];
  // "Jane Roe, who chairs the board, said": the relative clause is left out of the speaker.
  if (previous && /^(?:who|which|whose)\s/i.test(source.text)) {
    source = previous;
    previous = segments[segments.length - 3];
  }
  // "Orvik, Europe's biggest maker of vans, said", "Jane Roe, aged 61, said": a possessive role or an age is an appositive too.
  if (previous && (/^(?:the|a|an|its|his|her|their)\s/i.test(source.text) || /^\p{Lu}\p{L}*['’]s\s+\p{Ll}/u.test(source.text) || /^aged\s+\d/u.test(source.text)) && isNameLike(previous.text) && segments.length >= 2) {
    source = span(text, previous.start, source.end);
  }
  source = afterLastClauseMarker(text, source);
  return plausibleSource(source) ? source : undefined;
}

/** '"We will finish," said the mayor.' — the source follows the cue after a quotation. */
export function invertedSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  const before = text.slice(Math.max(sentence.start, cue.start - SOURCE_REACH), cue.start).trimEnd();
  if (!/[,"\u201d\u2019]$/.test(before)) return undefined;
  return sourceAfter(text, cue.end, sentence.end);
}

function commaSegments(text: string, within: TextSpan): TextSpan[] {
  const segments: TextSpan[] = [];
  let start = within.start;
  // A literal here is a new expression per call, so its position is no state of the module;
  // exec rather than matchAll, which copies the expression.
  const pattern = /,\s|[;:]\s|["\u201c\u201d]/g;
  for (let match = pattern.exec(within.text); match; match = pattern.exec(within.text)) {
    const at = within.start + match.index;
    segments.push(trimSpan(text, start, at, ',"\u201c\u201d\u2018\u2019'));
    start = at + match[0].length;
  }
  segments.push(trimSpan(text, start, within.end, ',"\u201c\u201d\u2018\u2019'));
  return segments;
}

/** "X said that Y told Z" — the speaker of the second cue starts after "that". */
function afterLastClauseMarker(text: string, source: TextSpan): TextSpan {
  // The last marker, found by one forward pass: a greedy ".*" before the marker made the
  // engine retry the alternation at every position from the end (an eighth of attribution's
  // time). "and that" needs no alternative of its own: its "that" is a later marker.
  const markers = /\b(?:that|because|but|while|whereas|although)\s+/gi;
  let end = -1;
  for (let marker = markers.exec(source.text); marker; marker = markers.exec(source.text)) end = marker.index + marker[0].length;
  return end === -1 ? source : trimSpan(text, source.start + end, source.end);
}

const MAX_SOURCE_WORDS = 14;

/**
 * How far from a cue a source is looked for, in characters. A source has at most
 * MAX_SOURCE_WORDS words, so it always fits; without a bound, a long sentence full of cues
 * ("said … said … said …") would be rescanned from its start at every cue.
 */
const SOURCE_REACH = 600;

function plausibleSource(source: TextSpan): boolean {
  const words = wordsUpTo(source.text, MAX_SOURCE_WORDS);
  if (words.length === 0 || words.length > MAX_SOURCE_WORDS) return false;
  // A speaker is a name, a pronoun or a noun phrase; a segment opening with a verb or a
  // preposition is the tail of the claim ("… was also said").
  const first = words[0].toLowerCase();
  return !SEGMENT_OPENERS_THAT_ARE_NOT_SPEAKERS.has(first);
}

const SEGMENT_OPENERS_THAT_ARE_NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'as', 'if', 'when', 'which', 'who', 'what', 'where', 'there', 'this', 'these', 'those',
  'not', 'and', 'or', 'but', 'so', 'than', 'then', 'also', 'it\'s', 'while',
]);
