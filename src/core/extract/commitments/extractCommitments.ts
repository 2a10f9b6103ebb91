import type { ClaimFact, CommitmentFact, IsoDate, TemporalFact } from '../../model';
import { isInFactOrder } from '../factOrder';
import { normaliseSpaces, trimSpan } from '../phrases';
import type { ScannedText } from '../scannedText';
import { resolveActor } from './actor';
import { CommitmentCueFinder, cuesHeldBy } from './cueMatching';
import { partsByDeadline } from './deadlines';
import { isSiteFurniture } from './siteFurniture';
import { ClaimIndex, attributionStart, type PlacedClaim } from './sources';

/** What commitments read besides the text: the facts found before them. */
export interface FoundFacts {
  claims: readonly ClaimFact[];
  temporal: readonly TemporalFact[];
  referenceDate: IsoDate;
}

/**
 * What commitment finding carries from one part of a document to the next: the last actor (for
 * "it will …") and the last claim with its paragraph (an unattributed paragraph borrows the
 * source of a claim up to two paragraphs back). Updated in place.
 */
export interface CommitmentCarry {
  lastActor?: string;
  lastClaim?: PlacedClaim;
}

/**
 * Finds commitments: who promised, planned, sought or wanted what, by when, according to whom.
 * One commitment per sentence (its first cue), split in two or more when the action names
 * several deadlines ("finalise A within a year and B in the next two to three years").
 */
export function extractCommitments(scanned: ScannedText, found: FoundFacts, carry: CommitmentCarry = {}): CommitmentFact[] {
  const { text, sentences, words } = scanned;
  const commitments: CommitmentFact[] = [];
  const claims = new ClaimIndex(found.claims, sentences, carry.lastClaim);
  // Handed over in document order by the temporal extractor; sorted here only if not.
  const temporal = isInFactOrder(found.temporal) ? found.temporal : [...found.temporal].sort((a, b) => a.start - b.start);
  const cues = new CommitmentCueFinder();
  let lastActor = carry.lastActor;
  for (let index = 0; index < sentences.length; index++) {
    const held = cuesHeldBy(words[index]);
    if (held === 0) continue;
    const sentence = sentences[index];
    const body = text.slice(sentence.start, sentence.end);
    const match = cues.firstCue(text, sentence, body, held);
    // Asked only where a cue was found: asked of every sentence holding a cue word, the markers
    // took a fifth of the time of commitment finding.
    if (!match || isSiteFurniture(body)) continue;
    const actor = resolveActor(text, sentence, match, lastActor);
    if (!actor) continue;
    lastActor = actor.name;
    const claim = claims.claimOf(sentence);
    const actionEnd = claim && claim.source.span.start > match.cue.end ? attributionStart(text, match.cue.end, claim) : sentence.end;
    const action = trimSpan(text, match.actionStart, actionEnd, '.,;:"\u201d');
    if (action.end <= action.start) continue;
    const source = claims.sourceFor(sentence);
    for (const [part, { action: partAction, deadline }] of partsByDeadline(text, action, temporal, found.referenceDate).entries()) {
      const start = part === 0 ? Math.min(actor.span?.start ?? match.cue.start, match.cue.start) : partAction.start;
      // Fields named rather than spread (in the order the spread gave them): spreads are slow here.
      const commitment: CommitmentFact = {
        kind: 'commitment',
        start,
        end: partAction.end,
        text: text.slice(start, partAction.end),
        actor,
        cue: match.cue,
        action: normaliseSpaces(partAction.text),
      };
      if (deadline) commitment.deadline = deadline;
      if (source) commitment.source = source;
      commitments.push(commitment);
    }
  }
  if (lastActor !== undefined) carry.lastActor = lastActor;
  const lastClaim = claims.lastNew();
  if (lastClaim) carry.lastClaim = lastClaim;
  return commitments;
}
