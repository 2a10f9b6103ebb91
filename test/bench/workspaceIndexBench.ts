import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchBundles } from './benchBundles';
import { runNode } from './coldStartBench';
import { seededRandom } from './stats';

export interface WorkspaceIndexBenchResult {
  documents: number;
  characters: number;
  /** Annotations the index holds (suggestions and sidecar annotations). */
  annotations: number;
  /** Worker threads the model pool used. */
  workers: number;
  /** Reading and modelling every document, as the extension does (worker pool, several in flight), in a fresh process. */
  seconds: number;
  documentsPerSecond: number;
  /** Peak resident memory of that process, with every model kept as the index keeps it. */
  peakRssMB: number;
}

const DOCUMENTS = 2_000;

/** A generated workspace of 2,000 small documents (1–5 KB of whole corpus paragraphs each), indexed from disk. */
export function benchWorkspaceIndex(bundles: BenchBundles, corpus: string): WorkspaceIndexBenchResult {
  const folder = join(bundles.directory, 'workspace');
  mkdirSync(folder);
  const paragraphs = corpus.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  const random = seededRandom(2000);
  for (let index = 0; index < DOCUMENTS; index++) {
    const length = 1_000 + Math.floor(random() * 4_000);
    const parts: string[] = [];
    let total = 0;
    for (let at = Math.floor(random() * paragraphs.length); total < length; at = (at + 1) % paragraphs.length) {
      parts.push(paragraphs[at]);
      total += paragraphs[at].length + 2;
    }
    writeFileSync(join(folder, `document-${String(index).padStart(4, '0')}.txt`), parts.join('\n\n'));
  }
  const result = runNode<{ documents: number; characters: number; annotations: number; workers: number; seconds: number; maxRssKB: number }>([bundles.workspaceIndexEntry, folder, bundles.modelWorkerEntry]);
  return {
    documents: result.documents,
    characters: result.characters,
    annotations: result.annotations,
    workers: result.workers,
    seconds: result.seconds,
    documentsPerSecond: result.documents / result.seconds,
    peakRssMB: result.maxRssKB / 1024,
  };
}
