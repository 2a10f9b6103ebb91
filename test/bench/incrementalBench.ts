import { performance } from 'node:perf_hooks';
import { extract } from '../../src/core/extract';
import { buildDocumentModel } from '../../src/core/documentModel';
import { ParagraphFactCache } from '../../src/core/extract/incremental/paragraphCache';
import { SuggestionMemo } from '../../src/core/sidecar/suggestionMemo';
import type { BenchDocument } from './corpora';
import { median, seededRandom, summarise, type Timing } from './stats';

export interface IncrementalBenchResult {
  documentCharacters: number;
  edits: number;
  /** Re-extraction of the whole document with the paragraph cache after each one-character edit. */
  reextractMs: Timing;
  /**
   * The editor's whole step after an edit: re-extraction with the paragraph cache plus the merge
   * into suggestions with the suggestion memo (buildDocumentModel, as SeedStore runs it).
   */
  modelMs: Timing;
  /** Paragraphs the cache had to read again per edit (median). */
  paragraphsReread: number;
  /** The same document extracted without a cache (median of the warm runs in the throughput section). */
  fullExtractionMs: number;
  /** fullExtractionMs ÷ the median re-extraction. */
  speedup: number;
}

const EDITS = 60;
const WARMUP_EDITS = 10;

/**
 * Typing in a large document: one character inserted inside a word somewhere in the middle half
 * of the 1 MB document, then a re-extraction with the `ParagraphFactCache` the editor keeps. The
 * edits accumulate, as they do while someone types, each at a different place.
 */
export function benchIncremental(document: BenchDocument, fullExtractionMs: number): IncrementalBenchResult {
  const cache = new ParagraphFactCache();
  const random = seededRandom(7);
  let text = document.text;
  extract(text, { referenceDate: document.referenceDate, today: document.referenceDate, cache });
  const samples: number[] = [];
  const reread: number[] = [];
  for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
    text = insertInsideWord(text, Math.floor(text.length * (0.25 + random() * 0.5)));
    const started = performance.now();
    extract(text, { referenceDate: document.referenceDate, today: document.referenceDate, cache });
    const elapsed = performance.now() - started;
    if (edit < WARMUP_EDITS) continue;
    samples.push(elapsed);
    reread.push(cache.lastMisses);
  }
  const reextractMs = summarise(samples);
  // The same typing through the whole model step, with its own cache and memo.
  const modelCache = new ParagraphFactCache();
  const memo = new SuggestionMemo();
  const modelSamples: number[] = [];
  let modelText = document.text;
  buildDocumentModel({ text: modelText, referenceDate: document.referenceDate, today: document.referenceDate, cache: modelCache, memo });
  for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
    modelText = insertInsideWord(modelText, Math.floor(modelText.length * (0.25 + random() * 0.5)));
    const started = performance.now();
    buildDocumentModel({ text: modelText, referenceDate: document.referenceDate, today: document.referenceDate, cache: modelCache, memo });
    if (edit >= WARMUP_EDITS) modelSamples.push(performance.now() - started);
  }
  return {
    documentCharacters: text.length,
    edits: samples.length,
    reextractMs,
    modelMs: summarise(modelSamples),
    paragraphsReread: median(reread),
    fullExtractionMs,
    speedup: fullExtractionMs / reextractMs.median,
  };
}

/** Inserts "x" after the first letter at or after `from`, so no edit opens a paragraph or a sentence. */
function insertInsideWord(text: string, from: number): string {
  let at = from;
  while (at < text.length - 1 && !/[a-z]/i.test(text[at])) at++;
  return `${text.slice(0, at + 1)}x${text.slice(at + 1)}`;
}
