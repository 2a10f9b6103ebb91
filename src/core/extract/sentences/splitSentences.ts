import type { Sentence } from '../../model';
import { runToEnd } from '../../steps';
import { ABBREVIATIONS } from '../../tables/abbreviations';

/**
 * Splits a document into sentences, one paragraph at a time. A rule-based splitter is used
 * rather than `Intl.Segmenter`, whose cost grows quadratically with the length of the string it
 * is given (design.md §3), and each line is its own unit so the cost stays linear.
 *
 * A line is a unit of its own: headlines, bylines and captions have no final stop.
 * Paragraphs are runs of non-blank lines.
 */
export function splitSentences(text: string): Sentence[] {
  return runToEnd(splitSentencesInSteps(text));
}

/** Lines split between two pauses of `splitSentencesInSteps`: a few milliseconds of news. */
const LINES_PER_STEP = 1024;

/** `splitSentences`, pausing every thousand lines or so: a long document is split in slices. */
export function* splitSentencesInSteps(text: string): Generator<void, Sentence[]> {
  const sentences: Sentence[] = [];
  let lines = 0;
  let paragraph = 0;
  let previousLineBlank = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const blank = isBlank(text, lineStart, contentEnd);
    if (!blank) {
      if (previousLineBlank && sentences.length > 0) paragraph++;
      splitLine(text, lineStart, contentEnd, paragraph, sentences);
    }
    previousLineBlank = blank;
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    if (++lines % LINES_PER_STEP === 0) yield;
  }
  return sentences;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13 || code === 0x2009 || code === 0x202f;
}

const CLOSING_QUOTES = new Set(['"', '\u201d', '\u2019', "'", ')', ']']);

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sentenceStart = skipSpaces(text, start, end);
  for (let i = sentenceStart; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isStopCode(code)) continue;
    let boundary = i + 1;
    while (boundary < end && isStopCode(text.charCodeAt(boundary))) boundary++;
    while (boundary < end && CLOSING_QUOTES.has(text[boundary])) boundary++;
    if (boundary < end && !isSpace(text.charCodeAt(boundary))) continue;
    const next = skipSpaces(text, boundary, end);
    if (next >= end) break;
    if (code === 46 && !startsNewSentence(text, sentenceStart, i, next)) continue;
    out.push({ start: sentenceStart, end: trimEnd(text, sentenceStart, boundary), paragraph });
    sentenceStart = next;
    i = next - 1;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) out.push({ start: sentenceStart, end: last, paragraph });
}

function isStopCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** A full stop ends a sentence unless it closes an abbreviation, an initial or a number. */
function startsNewSentence(text: string, sentenceStart: number, dot: number, next: number): boolean {
  const nextChar = text[next];
  if (!/[A-Z0-9"'\u201c\u2018([]/.test(nextChar)) return false;
  let wordStart = dot;
  while (wordStart > sentenceStart && isLetterOrDotCode(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials ("J. Smith", "U.S.") are single capitals; a sentence rarely ends in one.
  if (/^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return false;
  return true;
}

/** `[A-Za-z.]` by code. */
function isLetterOrDotCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The sentences in runs of one paragraph each, in order. */
export function paragraphsOf(sentences: readonly Sentence[]): Sentence[][] {
  const paragraphs: Sentence[][] = [];
  for (const sentence of sentences) {
    const current = paragraphs[paragraphs.length - 1];
    if (current && current[0].paragraph === sentence.paragraph) current.push(sentence);
    else paragraphs.push([sentence]);
  }
  return paragraphs;
}
