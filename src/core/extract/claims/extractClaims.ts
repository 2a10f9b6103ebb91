import type { ClaimFact } from '../../model';
import { SOURCE_PRONOUNS } from '../../tables/reporting';
import { normaliseSpaces } from '../phrases';
import type { ScannedText } from '../scannedText';
import type { Word } from '../words/scanWords';
import { TITLES } from '../../tables/personTitles';
import { mainClauseSubject } from './mainClause';
import { ReportingCues } from './reportingCues';

/** What attribution carries from one part of a document to the next: the last named source. */
export interface ClaimCarry {
  lastNamed?: string;
  /** The last named source that can be a "he" or "she": a name, not "the sources" or "a report". */
  lastPerson?: string;
}

/**
 * Finds attributed statements: "SOURCE said (that) CLAIM", "CLAIM, SOURCE said",
 * "CLAIM, according to SOURCE", '"CLAIM," said SOURCE'. Pronoun sources ("they said") are
 * carried to the last named source, as a reader would. `carry` holds the last named source
 * before these sentences and is updated, so a document can be read one paragraph at a time.
 */
export function extractClaims(scanned: ScannedText, carry: ClaimCarry = {}): ClaimFact[] {
  const { text, sentences } = scanned;
  const cues = new ReportingCues();
  const claims: ClaimFact[] = [];
  let lastNamed = carry.lastNamed;
  let lastPerson = carry.lastPerson;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const found = cues.attribute(text, sentence);
    if (!found) {
      // "Board chair Dr Fiona Kerr apologised.": a titled person is whom a later "she said" means.
      lastPerson = titledPersonSubject(text, scanned.words[index]) ?? lastPerson;
      continue;
    }
    const lower = found.source.text.toLowerCase();
    const pronoun = SOURCE_PRONOUNS.has(lower);
    // A "he" or "she" is a person's: with none named yet, the pronoun stays as it is, not "the report".
    const carried = lower === 'he' || lower === 'she' ? lastPerson : lastNamed;
    const name = pronoun ? (found.antecedent !== undefined ? normaliseSpaces(found.antecedent) : (carried ?? found.source.text)) : normaliseSpaces(found.source.text);
    if (!pronoun) {
      lastNamed = name;
      if (/^\p{Lu}/u.test(name) && !/^(?:the|a|an|this|these|those)\s/i.test(name)) lastPerson = name;
    }
    // Fields named rather than spread (in the order the spread gave them): spreads are slow here.
    const end = found.end ?? sentence.end;
    const claim: ClaimFact = {
      kind: 'claim',
      start: sentence.start,
      end,
      text: text.slice(sentence.start, end),
      source: { span: found.source, name, cue: found.cue.text.toLowerCase() },
      cue: found.cue,
    };
    if (pronoun) claim.pronoun = true;
    claims.push(claim);
  }
  if (lastNamed !== undefined) carry.lastNamed = lastNamed;
  if (lastPerson !== undefined) carry.lastPerson = lastPerson;
  return claims;
}

const SUBJECT_REACH = 30;

/** The sentence's subject when it is a person with a title before a capitalised name ("Board chair Dr Fiona Kerr"). */
function titledPersonSubject(text: string, words: readonly Word[]): string | undefined {
  // Such a subject opens its sentence, past a fronted phrase at most: a run-on sentence is not walked whole.
  const subject = mainClauseSubject(text, words.length > SUBJECT_REACH ? words.slice(0, SUBJECT_REACH) : words);
  if (!subject || !/\p{Lu}\p{Ll}+$/u.test(subject.text)) return undefined;
  const titled = subject.text.split(/\s+/u).some((word) => TITLES.has(word.toLowerCase().replace(/\.$/u, '')));
  return titled ? normaliseSpaces(subject.text) : undefined;
}
