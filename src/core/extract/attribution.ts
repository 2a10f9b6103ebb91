import type { ScannedText } from './scannedText';
import type { ClaimFact, Sentence, TextSpan } from '../model';
import {
  NON_REPORTING_BEFORE_CUE,
  NOUN_READINGS_OF_CUES,
  REPORTING_VERBS,
  SOURCE_AFTER_CUES,
  SOURCE_PRONOUNS,
  WORDS_BEFORE_CUE,
} from '../tables/reporting';
import { REPORTING_VERB_BIT, SOURCE_AFTER_BIT, cueWordMasks } from './cueWordMasks';
import { dropTrailingWords, hasMoreWordsThan, isNameLike, lastAsciiWordBefore, normaliseSpaces, span, trimSpan, wordsUpTo } from './phrases';

/** What attribution carries from one part of a document to the next: the last named source. */
export interface ClaimCarry {
  lastNamed?: string;
}

/**
 * Finds attributed statements: "SOURCE said (that) CLAIM", "CLAIM, SOURCE said",
 * "CLAIM, according to SOURCE", '"CLAIM," said SOURCE'. Pronoun sources ("they said") are
 * carried to the last named source, as a reader would. `carry` holds the last named source
 * before these sentences and is updated, so a document can be read one paragraph at a time.
 */
export function extractClaims(scanned: ScannedText, carry: ClaimCarry = {}): ClaimFact[] {
  const { text, sentences } = scanned;
  const masks = cueWordMasks(text, sentences);
  const claims: ClaimFact[] = [];
  let lastNamed = carry.lastNamed;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const mask = masks[index];
    if ((mask & (SOURCE_AFTER_BIT | REPORTING_VERB_BIT)) === 0) continue;
    const found = attributeSentence(text, sentence, mask);
    if (!found) continue;
    const pronoun = SOURCE_PRONOUNS.has(found.source.text.toLowerCase());
    const name = pronoun ? lastNamed ?? found.source.text : normaliseSpaces(found.source.text);
    if (!pronoun) lastNamed = name;
    // Fields named rather than spread (in the order the spread gave them): spreads are slow here.
    const claim: ClaimFact = {
      kind: 'claim',
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      source: { span: found.source, name, cue: found.cue.text.toLowerCase() },
      cue: found.cue,
    };
    if (pronoun) claim.pronoun = true;
    claims.push(claim);
  }
  if (lastNamed !== undefined) carry.lastNamed = lastNamed;
  return claims;
}

interface Attribution {
  source: TextSpan;
  cue: TextSpan;
}

// ASCII forms, so no `u` flag: with it V8 matches a hundred-way alternation about half as fast,
// and attribution runs over every sentence (measured on the bench's workspace corpus).
const VERB_PATTERN = new RegExp(`\\b(?:${alternation(REPORTING_VERBS)})\\b`, 'gi');
const AFTER_PATTERN = new RegExp(`\\b(?:${alternation(SOURCE_AFTER_CUES)})\\b`, 'gi');

function alternation(forms: readonly string[]): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/ /g, '\\s+'))
    .join('|');
}

/** The first attribution in the sentence, source-after cues first since they are unambiguous. */
/** `mask`: the sentence's cue-word mask; each family of patterns runs only where it holds a word for it. */
function attributeSentence(text: string, sentence: Sentence, mask: number): Attribution | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (isRelatedArticleLine(body)) return undefined;
  // exec from lastIndex 0 rather than matchAll, which copies the regular expression on every
  // call: with two calls per sentence that copy was attribution's largest single cost.
  AFTER_PATTERN.lastIndex = 0;
  for (let match = mask & SOURCE_AFTER_BIT ? AFTER_PATTERN.exec(body) : null; match; match = AFTER_PATTERN.exec(body)) {
    const cueStart = sentence.start + match.index;
    const cue = span(text, cueStart, cueStart + match[0].length);
    const source = sourceAfter(text, cue.end, sentence.end);
    if (source) return { source, cue };
  }
  VERB_PATTERN.lastIndex = 0;
  for (let match = mask & REPORTING_VERB_BIT ? VERB_PATTERN.exec(body) : null; match; match = VERB_PATTERN.exec(body)) {
    const cueStart = sentence.start + match.index;
    const cue = span(text, cueStart, cueStart + match[0].length);
    if (!readsAsReportingVerb(text, sentence, cue)) continue;
    const source = sourceBefore(text, sentence.start, cue.start) ?? invertedSource(text, sentence, cue);
    if (source && NOUN_READINGS_OF_CUES.has(cue.text.toLowerCase()) && hasMoreWordsThan(source.text, MAX_WORDS_BEFORE_NOUN_READABLE_CUE)) continue;
    if (source) return { source, cue };
  }
  return undefined;
}

/**
 * The sentences (as "family@start") where a cue pattern matches although the sentence's cue-word
 * mask says it holds no word for it: always empty unless a cue's word is missing from the mask.
 * The tests run it over the corpora and generated sentences.
 */
export function findCueMaskGaps(text: string, sentences: readonly Sentence[]): string[] {
  const masks = cueWordMasks(text, sentences);
  const gaps: string[] = [];
  sentences.forEach((sentence, index) => {
    const body = text.slice(sentence.start, sentence.end);
    for (const [family, pattern, bit] of [['after', AFTER_PATTERN, SOURCE_AFTER_BIT], ['verb', VERB_PATTERN, REPORTING_VERB_BIT]] as const) {
      pattern.lastIndex = 0;
      if ((masks[index] & bit) === 0 && pattern.exec(body)) gaps.push(`${family}@${sentence.start}`);
    }
  });
  return gaps;
}

/** "Read: …" and "Also read: …" lines are links to other articles, not this one's claims. */
export function isRelatedArticleLine(body: string): boolean {
  // Every such line opens with a, m, r, s or w; the test runs on every sentence, twice.
  const first = body.charCodeAt(0) | 0x20;
  if (first !== 97 && first !== 109 && first !== 114 && first !== 115 && first !== 119) return false;
  return RELATED_ARTICLE_LINE.test(body);
}

const RELATED_ARTICLE_LINE = /^(?:also\s+)?(?:read|see|watch|related|read more|more)\s*:/i;

function readsAsReportingVerb(text: string, sentence: Sentence, cue: TextSpan): boolean {
  // Capitalised inside a sentence it is a name or a title ("our Comments FAQ").
  if (cue.start > sentence.start && /^\p{Lu}/u.test(cue.text)) return false;
  const before = lastAsciiWordBefore(text, Math.max(sentence.start, cue.start - 20), cue.start);
  if (before && NON_REPORTING_BEFORE_CUE.has(before.toLowerCase())) return false;
  if (NOUN_READINGS_OF_CUES.has(cue.text.toLowerCase())) {
    // "progress reports and …", "reports of fighting", "reports say": the plural noun, followed
    // by what follows a noun rather than by what a speaker says.
    const after = text.slice(cue.end, Math.min(sentence.end, cue.end + 16));
    if (!/^\s+\S/.test(after) || NOUN_FOLLOWERS.test(after)) return false;
  }
  return true;
}

const NOUN_FOLLOWERS = /^\s+(?:and|or|of|on|about|for|from|in|with|to|by|at|are|were|was|is|have|had|say|said|suggest|show|showed|that\s+(?:are|were|is|was))\b|^\s*[.,;:)\]]/i;
/** A speaker before "reports"/"claims"/"notes" is a short name or noun phrase ("Reuters reports"). */
const MAX_WORDS_BEFORE_NOUN_READABLE_CUE = 6;

/** The source in "according to SOURCE, …" runs to the next comma or the end of the sentence. */
function sourceAfter(text: string, from: number, sentenceEnd: number): TextSpan | undefined {
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
function sourceBefore(text: string, sentenceStart: number, cueStart: number): TextSpan | undefined {
  const left = dropTrailingWords(text, span(text, Math.max(sentenceStart, cueStart - SOURCE_REACH), cueStart), WORDS_BEFORE_CUE);
  if (left.end <= left.start) return undefined;
  const segments = commaSegments(text, left);
  let source = segments[segments.length - 1];
  const previous = segments[segments.length - 2];
  if (previous && /^(?:the|a|an|its|his|her|their)\s/i.test(source.text) && isNameLike(previous.text) && segments.length >= 2) {
    source = span(text, previous.start, source.end);
  }
  source = afterLastClauseMarker(text, source);
  return plausibleSource(source) ? source : undefined;
}

/** '"We will finish," said the mayor.' — the source follows the cue after a quotation. */
function invertedSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  const before = text.slice(Math.max(sentence.start, cue.start - SOURCE_REACH), cue.start).trimEnd();
  if (!/[,"\u201d\u2019]$/.test(before)) return undefined;
  return sourceAfter(text, cue.end, sentence.end);
}

const SEGMENT_BREAK = /,\s|[;:]\s|["\u201c\u201d]/g;

function commaSegments(text: string, within: TextSpan): TextSpan[] {
  const segments: TextSpan[] = [];
  let start = within.start;
  // exec with lastIndex rather than matchAll, which copies the expression on every call.
  const pattern = SEGMENT_BREAK;
  pattern.lastIndex = 0;
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
  let end = -1;
  CLAUSE_MARKER.lastIndex = 0;
  for (let marker = CLAUSE_MARKER.exec(source.text); marker; marker = CLAUSE_MARKER.exec(source.text)) end = marker.index + marker[0].length;
  return end === -1 ? source : trimSpan(text, source.start + end, source.end);
}

const CLAUSE_MARKER = /\b(?:that|because|but|while|whereas|although)\s+/gi;

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
