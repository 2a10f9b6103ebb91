import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchBundles } from './benchBundles';
import { runNode } from './coldStartBench';
import { seededRandom, summarise, type Timing } from './stats';

export interface WorkspaceIndexBenchResult {
  documents: number;
  characters: number;
  /** Annotations the index holds (suggestions and sidecar annotations). */
  annotations: number;
  /** Worker threads the model pool used. */
  workers: number;
  /** Median wall time of reading and modelling every document as the extension does (worker pool, several in flight), each run in a fresh process. */
  seconds: number;
  /** The spread of those runs, in seconds. */
  spread: Timing;
  documentsPerSecond: number;
  /** The highest peak resident memory of those processes, with every model kept as the index keeps it. */
  peakRssMB: number;
}

const DOCUMENTS = 2_000;
/** Fresh processes indexing the same workspace: one run on a shared 2-core machine varies by ±15%. */
const RUNS = 5;

/** A generated workspace of 2,000 small documents (1–5 KB of whole corpus paragraphs each), indexed from disk. */
export function benchWorkspaceIndex(bundles: BenchBundles, corpus: string): WorkspaceIndexBenchResult {
  const folder = writeWorkspace(join(bundles.directory, 'workspace'), DOCUMENTS, corpus);
  const results = Array.from({ length: RUNS }, () => runNode<WorkspaceIndexChildResult>([bundles.workspaceIndexEntry, folder, bundles.modelWorkerEntry]));
  const spread = summarise(results.map((result) => result.seconds));
  const [first] = results;
  return {
    documents: first.documents,
    characters: first.characters,
    annotations: first.annotations,
    workers: first.workers,
    seconds: spread.median,
    spread,
    documentsPerSecond: first.documents / spread.median,
    peakRssMB: Math.max(...results.map((result) => result.maxRssKB)) / 1024,
  };
}

/** What test/bench/workspaceIndexChild.ts prints. */
export interface WorkspaceIndexChildResult {
  documents: number;
  characters: number;
  annotations: number;
  /** Annotations the Commitments view lists (see isListed). */
  listed: number;
  /** Models read from the model cache rather than built. */
  fromCache: number;
  workers: number;
  /** Until every document's listed part is in: the Commitments view can show. */
  seconds: number;
  /** Until every model has also been read whole, as the cross-document analysis does next. */
  wholeSeconds: number;
  maxRssKB: number;
}

/**
 * Writes `count` documents of 1–5 KB (whole paragraphs of the corpus, the same for every run)
 * into a new folder. Runs of the corpus repeat across documents; `distinct` gives each its own
 * first line, so no two texts are the same (as in an archive, and as a cache keyed by text needs).
 */
export function writeWorkspace(folder: string, count: number, corpus: string, distinct = false): string {
  mkdirSync(folder);
  const paragraphs = corpus.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  const random = seededRandom(2000);
  for (let index = 0; index < count; index++) {
    const length = 1_000 + Math.floor(random() * 4_000);
    const parts: string[] = [];
    let total = 0;
    for (let at = Math.floor(random() * paragraphs.length); total < length; at = (at + 1) % paragraphs.length) {
      parts.push(paragraphs[at]);
      total += paragraphs[at].length + 2;
    }
    if (distinct) parts.unshift(`Archive item ${index + 1}`);
    writeFileSync(join(folder, `document-${String(index).padStart(5, '0')}.txt`), parts.join('\n\n'));
  }
  return folder;
}
