import type { ExtractOptions, ExtractionResult, Fact, ReferenceDate } from '../model';
import { extractClaims } from './claims/extractClaims';
import { extractCommitments } from './commitments/extractCommitments';
import { mergeInFactOrder } from './factOrder';
import { extractFigures } from './figures/extractFigures';
import { detectReferenceDate } from './referenceDate';
import { scanText } from './scannedText';
import { extractTemporal } from './temporal/extractTemporal';

/**
 * Extracts every fact Seedmark knows from a document: figures, dates and deadlines, attributed
 * claims and commitments. Pure and deterministic for a given text and options.
 *
 * The pipeline: sentences, then the words of each sentence (once, for every extractor), then the
 * extractors, each reading only that and what earlier stages found; commitments read the claims
 * (for their source) and the temporal facts (for their deadline).
 */
export function extract(text: string, options: ExtractOptions): ExtractionResult {
  const referenceDate = chooseReferenceDate(text, options);
  if (options.cache) return { referenceDate, ...options.cache.extractFacts(text, referenceDate) };
  const scanned = scanText(text);
  const temporal = extractTemporal(scanned, referenceDate);
  const figures = extractFigures(scanned);
  const claims = extractClaims(scanned);
  const commitments = extractCommitments(scanned, { claims, temporal, referenceDate: referenceDate.date });
  const facts = mergeInFactOrder<Fact>([temporal, figures, claims, commitments]);
  return { referenceDate, facts, sentences: [...scanned.sentences] };
}

function chooseReferenceDate(text: string, options: ExtractOptions): ReferenceDate {
  if (options.referenceDate) return { date: options.referenceDate, from: options.referenceDateFrom ?? 'caller' };
  const found = detectReferenceDate(text);
  if (found) return found;
  return { date: options.today, from: 'today' };
}
