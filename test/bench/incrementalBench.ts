import { performance } from 'node:perf_hooks';
import { extract } from '../../src/core/extract';
import { ParagraphFactCache } from '../../src/core/extract/paragraphCache';
import type { BenchDocument } from './corpora';
import { median, seededRandom, summarise, type Timing } from './stats';

export interface IncrementalBenchResult {
  documentCharacters: number;
  edits: number;
  /** Re-extraction of the whole document with the paragraph cache after each one-character edit. */
  reextractMs: Timing;
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
  extract(text, { referenceDate: document.referenceDate, cache });
  const samples: number[] = [];
  const reread: number[] = [];
  for (let edit = 0; edit < WARMUP_EDITS + EDITS; edit++) {
    text = insertInsideWord(text, Math.floor(text.length * (0.25 + random() * 0.5)));
    const started = performance.now();
    extract(text, { referenceDate: document.referenceDate, cache });
    const elapsed = performance.now() - started;
    if (edit < WARMUP_EDITS) continue;
    samples.push(elapsed);
    reread.push(cache.lastMisses);
  }
  const reextractMs = summarise(samples);
  return {
    documentCharacters: text.length,
    edits: samples.length,
    reextractMs,
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
