import type { ExtractOptions, ExtractionResult, Fact, ReferenceDate } from '../model';
import { extractClaims } from './attribution';
import { extractCommitments } from './commitments';
import { mergeInFactOrder } from './factOrder';
import { extractFigures } from './figures';
import { detectReferenceDate } from './referenceDate';
import { sentenceWordScanFor } from './sentenceWordScan';
import { splitSentences } from './sentences';
import { extractTemporal } from './temporal';

/**
 * Extracts every fact Seedmark knows from a document: figures, dates and deadlines, attributed
 * claims and commitments. Pure and deterministic for a given text and options.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const referenceDate = chooseReferenceDate(text, options);
  if (options.cache) return { referenceDate, ...options.cache.extractFacts(text, referenceDate) };
  const sentences = splitSentences(text);
  // The temporal scan reads every word of every sentence, and notes for the other extractors
  // which cue words each sentence holds and whether a figure can start in it.
  const wordScan = sentenceWordScanFor(sentences.length);
  const temporal = extractTemporal(text, sentences, referenceDate, wordScan);
  const figures = extractFigures(text, { sentences, mayHoldFigure: wordScan.mayHoldFigure });
  const masks = wordScan.cueMasks;
  const claims = extractClaims(text, sentences, {}, masks);
  const commitments = extractCommitments(text, { sentences, claims, temporal, referenceDate: referenceDate.date, masks });
  const facts = mergeInFactOrder<Fact>([temporal, figures, claims, commitments]);
  return { referenceDate, facts, sentences };
}

function chooseReferenceDate(text: string, options: ExtractOptions): ReferenceDate {
  if (options.referenceDate) return { date: options.referenceDate, from: options.referenceDateFrom ?? 'caller' };
  const found = detectReferenceDate(text);
  if (found) return found;
  return { date: options.today ?? todayIso(), from: 'today' };
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
