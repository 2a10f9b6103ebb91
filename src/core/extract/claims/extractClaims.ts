import type { ClaimFact } from '../../model';
import { SOURCE_PRONOUNS } from '../../tables/reporting';
import { normaliseSpaces } from '../phrases';
import type { ScannedText } from '../scannedText';
import { ReportingCues } from './reportingCues';

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
  const cues = new ReportingCues();
  const claims: ClaimFact[] = [];
  let lastNamed = carry.lastNamed;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const found = cues.attribute(text, sentence);
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
