import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndexModel } from '../../src/core/indexModel';
import { ModelWorkerPool } from '../../src/node/modelWorkerPool';
import type { PooledModel } from '../../src/node/modelWorkerProtocol';

/** As the extension's WorkspaceIndex: this many documents read and modelled at once. */
const IN_FLIGHT = 8;
/** The extension passes the user's local date; any fixed one costs the same and keeps runs comparable. */
const TODAY = '2026-01-15';

/**
 * `node workspaceIndexChild.js <folder> <modelWorker.js>`: indexes every document of a folder as
 * the extension's `WorkspaceIndex` does for local files (a worker of the pool reads each file and
 * its sidecar, skips binaries and builds the model; this thread keeps it; several documents in
 * flight), and prints the time and the peak memory as one JSON line: `seconds` until every
 * document's listed part is in (what the Commitments view shows), `wholeSeconds` until every
 * model has also been read whole (what the cross-document analysis reads next). With a model cache folder,
 * the workers keep models there and read them back, as the extension's do in its workspace
 * storage. Built on its own (see benchBundles.ts) so the memory is the index's, not the bench's.
 */
async function indexFolder(folder: string, workerScript: string, cacheDirectory: string | undefined): Promise<void> {
  const started = performance.now();
  const pool = new ModelWorkerPool(workerScript, buildIndexModel, cacheDirectory === undefined ? {} : { cacheDirectory });
  const index = new Map<string, { text: string; model: PooledModel }>();
  let characters = 0;
  let listed = 0;
  let fromCache = 0;
  const names = (await readdir(folder)).sort();
  let next = 0;
  const lane = async () => {
    while (next < names.length) {
      const path = join(folder, names[next++]);
      // The extension's default limit (seedmark.maxDocumentSizeMB = 5); the worker reads the file and its sidecar.
      const read = await pool.buildFromFile({ path, sidecarPath: `${path}.annotations.yaml`, today: TODAY, maxBytes: 5_000_000, roots: [folder] });
      if (!('model' in read)) continue;
      const { text, model } = read;
      index.set(path, { text, model });
      if (model.cached?.hit) fromCache++;
      characters += text.length;
      listed += model.listed.length;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  const seconds = (performance.now() - started) / 1000;
  // What the cross-document analysis and the Problems panel read next, after the view is up: every model whole.
  let annotations = 0;
  for (const { model } of index.values()) annotations += model.merged.length;
  const wholeSeconds = (performance.now() - started) / 1000;
  const workers = pool.size;
  pool.dispose();
  console.log(JSON.stringify({ documents: index.size, characters, annotations, listed, fromCache, workers, seconds, wholeSeconds, maxRssKB: process.resourceUsage().maxRSS }));
}

const [folder, workerScript, cacheDirectory] = process.argv.slice(2);
if (!folder || !workerScript) throw new Error('usage: node workspaceIndexChild.js <folder of documents> <modelWorker.js> [<model cache folder>]');
indexFolder(folder, workerScript, cacheDirectory).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
