import type { Sentence, TextSpan } from '../../model';
import { SPEAKER_NOUNS, WORDS_BEFORE_CUE } from '../../tables/reporting';
import { WEEKDAY_NAMES } from '../../tables/weekdays';
import { CLAUSE_OPENERS, PREPOSITIONS } from '../clauses/clauseWords';
import { dropTrailingWords, isNameLike, span, trimSpan, wordsUpTo } from '../phrases';
import { afterMissedSentenceBreak, beforeMissedSentenceBreak } from './missedSentenceBreaks';

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
  const source = beforeMissedSentenceBreak(text, trimSpan(text, from, stop === -1 ? sentenceEnd : from + stop, '.,"\u201d\u2019'));
  return plausibleSource(source) ? source : undefined;
}

/** A participle phrase set off by commas between a speaker and the cue: "filed in May", "speaking on condition of anonymity", "citing a memo". */
const PARTICIPLE_INSERTION = /^(?:(?:[a-z]+ed|[a-z]+ing)\s+(?:in|on|at|by|for|from|to|with|during|last|earlier|under)\b|(?:citing|including|quoting)\s)/;

/**
 * The speaker before the cue: the last comma-separated segment, joined with the one before it
 * when the two are "Name, the role" ("Fawad Chaudhry, the information minister, said").
 */
export function sourceBefore(text: string, sentenceStart: number, cueStart: number): TextSpan | undefined {
  let left = dropTrailingWords(text, span(text, Math.max(sentenceStart, cueStart - SOURCE_REACH), cueStart), WORDS_BEFORE_CUE);
  // "Orvik on Monday said": the day is when, not who.
  const day = DAY_BEFORE_CUE.exec(left.text);
  if (day) left = dropTrailingWords(text, span(text, left.start, left.end - day[0].length), WORDS_BEFORE_CUE);
  if (left.end <= left.start) return undefined;
  const segments = commaSegments(text, left);
  let source = segments[segments.length - 1];
  let previous: TextSpan | undefined = segments[segments.length - 2];
  // "Jane Roe, who chairs the board, said", "Jane Roe, who said": the relative clause is left out
  // of the speaker; "The suit, filed in May, claims", "Officials, speaking on condition of
  // anonymity, said": a participle phrase is an insertion as well.
  // In "the deal, which Acme values at $5m," the relative clause's own subject speaks.
  const relative = /^(?:who|which|whose)(?:\s+|$)/i.exec(source.text);
  const closedByComma = /,\s*$/.test(text.slice(Math.max(sentenceStart, cueStart - 3), cueStart));
  if (relative && !closedByComma && relative[0].length < source.text.length) {
    source = trimSpan(text, source.start + relative[0].length, source.end);
  } else if (previous && (relative || PARTICIPLE_INSERTION.test(source.text))) {
    source = antecedent(text, previous, segments[segments.length - 3]);
    previous = source === previous ? segments[segments.length - 3] : undefined;
  }
  if (previous && isAppositive(previous.text, source.text)) source = span(text, previous.start, source.end);
  // ", and officials said": the conjunction joins clauses, it is no part of the speaker.
  source = withoutLeadingConjunction(text, afterLastClauseMarker(text, source));
  const pronoun = endingPronoun(text, source);
  if (pronoun) return pronoun;
  // "Riders are up in the U.S. Kemp noted": a clause, then a sentence break the splitter missed.
  if (FINITE_VERB.test(source.text)) source = afterMissedSentenceBreak(text, source, true);
  if (/\b(?:which|whom|whose)\b/i.test(source.text)) return beforeRelativeInsertion(segments) ?? (plausibleSource(source) ? source : undefined);
  source = reducedRelativeSpeaker(text, source);
  if (plausibleSource(source)) return source;
  const insertion = beforeRelativeInsertion(segments);
  if (insertion) return insertion;
  // 'an aide "close to the talks" said': a quoted modifier inside the speaker's phrase.
  const quoted = scareQuotedSpeaker(text, left);
  if (quoted && plausibleSource(quoted)) return quoted;
  // A speaker after words the segments could not part from it: a sentence break the splitter
  // missed ("… sold in the U.S. Ode noted"), a fronted phrase with no comma ("In reply Jo Ode said").
  const named = trailingName(text, source);
  return named && plausibleSource(named) ? named : undefined;
}

/**
 * "A notice on the site, the header of which shows the logo, states: …": when the segments before
 * the cue are an insertion holding a relative pronoun, the speaker is the noun phrase that opens
 * the sentence.
 */
function beforeRelativeInsertion(segments: readonly TextSpan[]): TextSpan | undefined {
  if (segments.length < 2) return undefined;
  const first = segments[0];
  if (!/^(?:the|a|an)\s/i.test(first.text) || FINITE_VERB.test(first.text) || !/\b(?:of|in|for|by|with|on)\s+(?:which|whom)\b/i.test(segments[1].text)) return undefined;
  return plausibleSource(first) ? first : undefined;
}

/**
 * What a relative clause hangs on: the segment before it, or when that segment is a clause of its
 * own, the noun phrase after its last verb ("the firm released the text of its memo, which reads:",
 * "a warning was issued by Ada Quist, who said"). A noun phrase that is itself an appositive takes
 * the name before it ("offered by Jo Ode, an expert at the institute, who said").
 */
function antecedent(text: string, segment: TextSpan, before: TextSpan | undefined): TextSpan {
  let cut = -1;
  const verbs = /\b(?:[a-z]+ed|sent|wrote|issued|put out|is|are|was|were|has|have|had)\s+/g;
  for (let verb = verbs.exec(segment.text); verb; verb = verbs.exec(segment.text)) cut = verb.index + verb[0].length;
  if (cut !== -1) {
    const phrase = trimSpan(text, segment.start + cut, segment.end);
    return isNameLike(phrase.text) ? phrase : (trailingName(text, phrase) ?? phrase);
  }
  const name = before && /^(?:a|an|the)\s/i.test(segment.text) ? trailingName(text, before) : undefined;
  return name ? span(text, name.start, segment.end) : segment;
}

/** '"We will finish," said the mayor.' — the source follows the cue after a quotation. */
export function invertedSource(text: string, sentence: Sentence, cue: TextSpan): TextSpan | undefined {
  const before = text.slice(Math.max(sentence.start, cue.start - SOURCE_REACH), cue.start).trimEnd();
  // The quotation ends with its own comma or mark ('"We will," said', '"Will we?" asked'), or the claim with a comma.
  if (!/(?:[,?!]["\u201d\u2019]|["\u201d\u2019]\s*,|,)$/.test(before)) return undefined;
  const source = sourceAfter(text, cue.end, sentence.end);
  // A speaker's phrase holds no finite verb: ", adding a task will fail" is no inverted report.
  if (!source || FINITE_VERB.test(source.text)) return undefined;
  // '"…," said the mayor during a visit': the circumstance is no part of the speaker.
  const circumstance = / (?:during|after|before|while|when|at an?|at the|in an?|on \p{Lu}\p{Ll}+day)\b/u.exec(source.text);
  return circumstance && circumstance.index > 0 ? trimSpan(text, source.start, source.start + circumstance.index) : source;
}

const DAY_BEFORE_CUE = new RegExp(`\\s+on\\s+(?:${[...WEEKDAY_NAMES.keys()].map((day) => day[0].toUpperCase() + day.slice(1)).join('|')})$`, 'u');

/**
 * "Name, role": "Orvik, Europe's biggest maker of vans", "Jane Roe, aged 61", "Jo Ode, with a
 * London bank", "Jo Ode, of the union", "Jo Ode, chairman of the board". Not after an opening
 * word or phrase ("However, many said", "Speaking for the firm, manager Jo Ode said").
 */
function isAppositive(name: string, role: string): boolean {
  if (!isNameLike(name) || isSentenceAdverb(name)) return false;
  if (/^(?:the|a|an|its|his|her|their)\s/i.test(role) || /^\p{Lu}\p{L}*['’]s\s+\p{Ll}/u.test(role) || /^(?:aged\s+\d|with\s|of\s|from\s)/u.test(role)) return true;
  const first = name.slice(0, name.search(/\s|$/)).toLowerCase();
  // A role ending in a name of its own is the speaker already ("analyst Jo Ode").
  return /^\p{Ll}/u.test(role) && !/\s\p{Lu}\S*\s+\p{Lu}\S*$/u.test(role) && !PREPOSITIONS.has(first) && !CLAUSE_OPENERS.has(first) && !first.endsWith('ing') && !first.endsWith('ly');
}

/** "Meanwhile, the ministry said": a word that links the sentence to the story is no name the role could follow. */
function isSentenceAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  // Not every "-ly" word: Kelly, Italy and Emily are names.
  return SENTENCE_ADVERBS.has(lower);
}

const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'meanwhile', 'however', 'also', 'still', 'earlier', 'later', 'today', 'yesterday', 'elsewhere', 'moreover', 'instead',
  'nevertheless', 'nonetheless', 'now', 'then', 'indeed', 'overall', 'furthermore', 'thus', 'hence', 'therefore', 'otherwise', 'regardless',
  'first', 'second', 'third', 'next', 'last', 'separately', 'again', 'yet', 'so', 'additionally', 'finally', 'previously', 'recently',
  'currently', 'ultimately', 'initially', 'similarly', 'likewise', 'consequently', 'accordingly', 'lastly', 'originally',
]);

/** "During the talk he said": a subject pronoun right before the cue is the whole speaker. */
function endingPronoun(text: string, source: TextSpan): TextSpan | undefined {
  const pronoun = /\s(he|she|they|we|I)$/.exec(source.text);
  return pronoun ? span(text, source.end - pronoun[1].length, source.end) : undefined;
}

function scareQuotedSpeaker(text: string, left: TextSpan): TextSpan | undefined {
  const match = /(?:^|[,;:]\s)([^,;:"\u201c\u201d]*?\S\s*["\u201c][^"\u201c\u201d]{1,60}["\u201d])\s*$/.exec(left.text);
  if (!match) return undefined;
  const start = left.start + match.index + match[0].indexOf(match[1]);
  return trimSpan(text, start, start + match[1].length);
}

function withoutLeadingConjunction(text: string, source: TextSpan): TextSpan {
  const conjunction = /^(?:and|but|or|so|yet)\s+/i.exec(source.text);
  return conjunction ? trimSpan(text, source.start + conjunction[0].length, source.end) : source;
}

/** The run of capitalised words (with name connectors) that ends the stretch: a name. */
function trailingName(text: string, source: TextSpan): TextSpan | undefined {
  const tail = afterMissedSentenceBreak(text, source, true);
  const words = /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|for|and|the|de)\s+|\s+))*\p{Lu}[\p{L}\p{N}'’.&-]*)$/u.exec(tail.text);
  if (!words) return undefined;
  const start = tail.start + words.index + words[0].length - words[1].length;
  return start > source.start && isNameLike(words[1]) ? span(text, start, tail.end) : undefined;
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
  const markers = /\b(?:that|because|but|while|whereas|although|after|before|when|once|until|since)\s+/gi;
  let end = -1;
  for (let marker = markers.exec(source.text); marker; marker = markers.exec(source.text)) end = marker.index + marker[0].length;
  return end === -1 ? source : trimSpan(text, source.start + end, source.end);
}

const FINITE_VERB = /\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might)\b/i;

const MAX_SOURCE_WORDS = 14;

/**
 * How far from a cue a source is looked for, in characters. A source has at most
 * MAX_SOURCE_WORDS words, so it always fits; without a bound, a long sentence full of cues
 * ("said … said … said …") would be rescanned from its start at every cue.
 */
const SOURCE_REACH = 600;

/**
 * "a move officials said would cost $3m", "the plan the mayor said would fail": a relative clause
 * with no "that", whose speaker follows the noun it describes. The speaker is the second noun
 * phrase: one opening with its own article, or a plural speaker noun.
 */
function reducedRelativeSpeaker(text: string, source: TextSpan): TextSpan {
  // After "the", "the new analysts" is one phrase; after "a", "a move officials" cannot be.
  const match = /^(?:(a|an)|the|this|that)\s+\p{Ll}+\s+(?=(?:the|a|an)\s+\p{L}|(\p{Ll}+)$)/u.exec(source.text);
  if (!match || (match[2] !== undefined && (match[1] === undefined || !SPEAKER_NOUNS.has(match[2])))) return source;
  return span(text, source.start + match[0].length, source.end);
}

function plausibleSource(source: TextSpan): boolean {
  const words = wordsUpTo(source.text, MAX_SOURCE_WORDS);
  if (words.length === 0 || words.length > MAX_SOURCE_WORDS) return false;
  // A speaker is a name, a pronoun or a noun phrase; a segment opening with a verb or a
  // preposition is the tail of the claim ("… was also said"), one ending with an article or a
  // preposition a fragment ("Sales of the [recently announced model]").
  const first = words[0].toLowerCase();
  return !SEGMENT_OPENERS_THAT_ARE_NOT_SPEAKERS.has(first) && !FRAGMENT_ENDS.has(words[words.length - 1].toLowerCase());
}

const FRAGMENT_ENDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or']);

const SEGMENT_OPENERS_THAT_ARE_NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'as', 'if', 'when', 'which', 'who', 'what', 'where', 'there', 'this', 'these', 'those',
  'not', 'and', 'or', 'but', 'so', 'than', 'then', 'also', 'it\'s', 'while', 'if', 'unless', 'because', 'although', 'though', 'whether',
]);
