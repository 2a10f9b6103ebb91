import type { Sentence, TextSpan } from '../../model';
import { FINDING_CUES, NEEDS_REPORTED_CONTENT, NOUN_READINGS_OF_CUES, REPORTING_VERBS, SECOND_HAND_CUES, SOURCE_AFTER_CUES, SPEAKER_NOUNS } from '../../tables/reporting';
import { hasMoreWordsThan, isNameLike, span } from '../phrases';
import { wordsOf } from '../words/scanWords';
import { chooseAttribution, type Candidate } from './chooseAttribution';
import { readsAsReportingVerb } from './cueReadings';
import { missedSentenceEnd } from './missedSentenceBreaks';
import { participleSource } from './participleSpeakers';
import { antecedentInSentence } from './pronounAntecedent';
import { insideQuotation } from './quotation';
import { isRelatedArticleLine } from './relatedArticleLine';
import { reportedContentAfter, type ReportedContent } from './reportedContent';
import { mainClauseSubject, sharedSubjectSource } from './mainClause';
import { invertedSource, sourceAfter, sourceBefore } from './speakers';
import { transcriptLine } from './transcriptLine';

/** A speaker and the cue that attributes the sentence to them. */
export interface Attribution {
  source: TextSpan;
  cue: TextSpan;
  /** The end of the attributed words, when before the sentence's end. */
  end?: number;
  /** What a pronoun speaker stands for, found in the sentence itself ("Jo Ode opened the fair, where she said …"). */
  antecedent?: string;
}

// ASCII forms, so no `u` flag: with it V8 matches a hundred-way alternation about half as fast,
// and attribution runs it over every sentence (measured on the bench's workspace corpus).
// Every sentence, not only those whose word scan holds a cue word: on the MEANTIME and
// commitments-dev texts both patterns over every sentence took 0.75 ms, the word test that
// would spare most sentences 0.7 ms before the patterns ran on the rest (of about 17 ms for
// the whole extraction).
const VERB_SOURCE = `\\b${alternation(REPORTING_VERBS)}\\b`;
const AFTER_SOURCE = `\\b${alternation(SOURCE_AFTER_CUES)}\\b`;

/** Longest form first, so that a phrase is found whole where its first word is a form of its own. */
function alternation(forms: readonly string[]): string {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((form) => form.replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * Finds the cues of attribution in sentences. One per extraction: its patterns are global and
 * keep their position between matches, so they belong to one call, not to the module.
 */
export class ReportingCues {
  private readonly verbs = new RegExp(VERB_SOURCE, 'gi');
  private readonly sourceAfterCues = new RegExp(AFTER_SOURCE, 'gi');

  /** The sentence's attribution: of its reporting acts, the one `chooseAttribution` ranks first. */
  attribute(text: string, sentence: Sentence): Attribution | undefined {
    const body = text.slice(sentence.start, sentence.end);
    if (isRelatedArticleLine(body)) return undefined;
    const chosen = chooseAttribution(this.candidates(text, sentence, body));
    if (!chosen) return undefined;
    const antecedent = antecedentInSentence(text, sentence, chosen.source);
    return antecedent === undefined ? chosen : { ...chosen, antecedent };
  }

  /**
   * The reporting acts of the sentence in the order `chooseAttribution` reads them. The search
   * stops at a first act no later one can outrank (nearly every sentence with a report has one).
   */
  private candidates(text: string, sentence: Sentence, body: string): Candidate[] {
    const found: Candidate[] = [];
    // exec from lastIndex 0 rather than matchAll, which copies the regular expression on every
    // call: with two calls per sentence that copy was attribution's largest single cost.
    const after = this.sourceAfterCues;
    after.lastIndex = 0;
    for (let match = after.exec(body); match; match = after.exec(body)) {
      const cueStart = sentence.start + match.index;
      const cue = span(text, cueStart, cueStart + match[0].length);
      const source = sourceAfter(text, cue.end, sentence.end);
      if (!source) continue;
      // "Citing rising costs, the firm said …": what the subject cites is a reason, not a speaker
      // ("Citing people close to the talks, the paper reported …"); the subject reports it.
      if (/^citing$/i.test(match[0]) && !namesSpeaker(source.text)) {
        const subject = match.index === 0 ? undefined : mainClauseSubject(text, wordsOf(text, sentence.start, cue.start));
        if (subject) found.push(candidate(text, sentence, subject, cue, 'object'));
        continue;
      }
      found.push(candidate(text, sentence, source, cue, 'clause'));
      if (isSettled(found)) return found;
    }
    const verbs = this.verbs;
    verbs.lastIndex = 0;
    for (let match = verbs.exec(body); match; match = verbs.exec(body)) {
      const cueStart = sentence.start + match.index;
      const cue = span(text, cueStart, cueStart + match[0].length);
      if (!readsAsReportingVerb(text, sentence, cue)) continue;
      const attribution = verbAttribution(text, sentence, cue);
      if (!attribution) continue;
      found.push(attribution);
      if (isSettled(found)) return found;
    }
    const line = transcriptLine(text, sentence);
    if (line) found.push({ ...line, content: 'clause', quoted: false, secondHand: false });
    return found;
  }
}

/** A lone first act outside quotation marks, in the speaker's own voice, reporting words: nothing later outranks it. */
function isSettled(found: readonly Candidate[]): boolean {
  const first = found[0];
  return found.length === 1 && !first.quoted && !first.secondHand && first.content !== 'object';
}

/** The speaker of a reporting verb and what follows it, or undefined when it reports nothing. */
function verbAttribution(text: string, sentence: Sentence, cue: TextSpan): Candidate | undefined {
  const lower = cue.text.toLowerCase().replace(/\s+/g, ' ');
  let content = reportedContentAfter(text, cue, sentence.end);
  // "…, as it did last year, said Jo Ode of the union": after a comma, a name after the cue is the speaker.
  const afterComma = /,\s*$/.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start));
  const named = afterComma && !isParticipleCue(lower) ? invertedSource(text, sentence, cue) : undefined;
  let source = named && isNamedSpeaker(named.text) ? named : undefined;
  if (source) content = 'clause';
  source ??= (isParticipleCue(lower) ? participleSource(text, sentence, cue) : undefined) ?? sourceBefore(text, sentence.start, cue.start) ?? sharedSubjectSource(text, sentence, cue);
  if (!source) {
    // '"We will finish," said the mayor': the words came first.
    source = invertedSource(text, sentence, cue);
    if (source) content = 'clause';
  }
  if (!source) return undefined;
  // '"…," said the mayor at the fair. the show went on': what follows the break is the reporter's.
  const end = content === 'clause' && source.start > cue.start ? missedSentenceEnd(text, source.end, sentence.end) : undefined;
  // "The update adds support for tabs", "I have asked Jo to lead": with a thing for object these verbs report nothing.
  if (content === 'object' && NEEDS_REPORTED_CONTENT.has(lower)) return undefined;
  if (FINDING_CUES.has(lower) && !/^\s+that\b/iu.test(text.slice(cue.end, cue.end + 8))) return undefined;
  if (NOUN_READINGS_OF_CUES.has(lower) && hasMoreWordsThan(source.text, MAX_WORDS_BEFORE_NOUN_READABLE_CUE)) return undefined;
  const found = candidate(text, sentence, source, cue, content, lower);
  if (end !== undefined) found.end = end;
  return found;
}

function candidate(text: string, sentence: Sentence, source: TextSpan, cue: TextSpan, content: ReportedContent, lower = cue.text.toLowerCase().replace(/\s+/g, ' ')): Candidate {
  return { source, cue, content, quoted: insideQuotation(text, sentence, cue.start), secondHand: SECOND_HAND_CUES.has(lower) };
}

/** "Bo Lind", "Bo Lind of the port authority": a name, with where the speaker is from. */
function isNamedSpeaker(phrase: string): boolean {
  const head = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(phrase)?.[0];
  if (!head || !isNameLike(head) || /^(?:The|A|An|It|This|That|These|Those|There|He|She|They|We|I)\b/.test(head)) return false;
  const rest = phrase.slice(head.length);
  return rest === '' || /^\s+(?:of|at|from|for|with)\s/.test(rest);
}

/** A name (not a quotation) or a phrase holding a word for people or their statements. */
function namesSpeaker(phrase: string): boolean {
  if (/^\p{Lu}/u.test(phrase)) return true;
  for (const word of phrase.toLowerCase().split(/[^a-z]+/)) if (SPEAKER_NOUNS.has(word)) return true;
  return false;
}

/** "saying", "stating": a report in a participle clause ("released a statement saying …"). */
function isParticipleCue(cue: string): boolean {
  return cue.endsWith('ing') && !cue.includes(' ');
}

/** A speaker before "reports"/"claims"/"notes" is a short name or noun phrase ("Reuters reports"). */
const MAX_WORDS_BEFORE_NOUN_READABLE_CUE = 6;
