import type { ExtractOptions, ExtractionResult, Fact, ReferenceDate } from '../model';
import { runToEnd } from '../steps';
import { extractClaims, type ClaimCarry } from './claims/extractClaims';
import { extractCommitments, type CommitmentCarry } from './commitments/extractCommitments';
import { mergeInFactOrder } from './factOrder';
import { extractFigures } from './figures/extractFigures';
import { detectReferenceDate } from './referenceDate';
import { scanText } from './scannedText';
import { paragraphsOf, splitSentencesInSteps } from './sentences/splitSentences';
import { extractTemporal } from './temporal/extractTemporal';

/**
 * Extracts every fact Seedmark knows from a document: figures, dates and deadlines, attributed
 * claims and commitments. Pure and deterministic for a given text and options.
 *
 * The pipeline: sentences, then, paragraph by paragraph, the words of each sentence (cut once,
 * for every extractor) and the extractors, each reading only those and what earlier stages
 * found; commitments read the claims (for their source) and the temporal facts (for their
 * deadline). Attribution and commitments carry what a reader carries from one paragraph to the
 * next (the last named source and actor, a recent claim). A paragraph's words are dropped once it
 * is read, so a long document never holds the words of all its sentences at once.
 */
export function extract(text: string, options: ExtractOptions): ExtractionResult {
  return runToEnd(extractInSteps(text, options));
}

/**
 * `extract`, pausing after each paragraph so the extension host can read a long document in
 * slices. A run must be finished before the same cache is asked again.
 */
export function* extractInSteps(text: string, options: ExtractOptions): Generator<void, ExtractionResult> {
  const referenceDate = chooseReferenceDate(text, options);
  if (options.cache) return { referenceDate, ...(yield* options.cache.extractFactsInSteps(text, referenceDate)) };
  const sentences = yield* splitSentencesInSteps(text);
  const claimCarry: ClaimCarry = {};
  const commitmentCarry: CommitmentCarry = {};
  const facts: Fact[] = [];
  for (const paragraph of paragraphsOf(sentences)) {
    const scanned = scanText(text, paragraph);
    const temporal = extractTemporal(scanned, referenceDate);
    const figures = extractFigures(scanned);
    const claims = extractClaims(scanned, claimCarry);
    const commitments = extractCommitments(scanned, { claims, temporal, referenceDate: referenceDate.date }, commitmentCarry);
    for (const fact of mergeInFactOrder<Fact>([temporal, figures, claims, commitments])) facts.push(fact);
    yield;
  }
  return { referenceDate, facts, sentences };
}

function chooseReferenceDate(text: string, options: ExtractOptions): ReferenceDate {
  if (options.referenceDate) return { date: options.referenceDate, from: options.referenceDateFrom ?? 'caller' };
  const found = detectReferenceDate(text);
  if (found) return found;
  return { date: options.today, from: 'today' };
}
