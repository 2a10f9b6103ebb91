import type { TextSpan } from '../../model';
import { SOURCE_PRONOUNS } from '../../tables/reporting';
import type { ReportedContent } from './reportedContent';

/** A reporting act found in a sentence, with what decides between several. */
export interface Candidate {
  source: TextSpan;
  cue: TextSpan;
  content: ReportedContent;
  /** The cue stands inside a quotation: the quoted speaker reports, not the sentence. */
  quoted: boolean;
  /** An outlet passing on what a speaker said ("according to the paper", "the paper reported"). */
  secondHand: boolean;
  /** Where the attributed words end when a sentence break the splitter missed follows the speaker. */
  end?: number;
}

/**
 * The attribution a sentence gets when it holds several reporting acts (claims keep one per
 * sentence). In order, from the first found (source-after cues, then verbs, then a transcript line):
 * - a cue outside quotation marks over one inside them ('"… a memo saying …," it said');
 * - the speaker over the outlet that relays them ("The paper reported that an aide said …",
 *   "According to the paper, an aide claimed …"): the outlet is a second layer;
 * - a report of words over a verb with a noun-phrase object ("announced the phone at a fair,
 *   where he praised it by saying that …").
 */
export function chooseAttribution(found: readonly Candidate[]): Candidate | undefined {
  if (found.length <= 1) return found[0];
  const outside = found.filter((candidate) => !candidate.quoted);
  const pool = outside.length > 0 ? outside : found;
  let best = pool[0];
  if (best.secondHand) best = pool.find((other) => !other.secondHand && other.content !== 'object' && !isPronoun(other.source)) ?? best;
  if (best.content === 'object') best = pool.find((other) => other.cue.start > best.cue.start && other.content !== 'object') ?? best;
  return best;
}

function isPronoun(source: TextSpan): boolean {
  return SOURCE_PRONOUNS.has(source.text.toLowerCase());
}
