import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocumentModel, type DocumentModel } from '../../src/core/documentModel';

/**
 * `node workspaceIndexChild.js <folder>`: indexes every document of a folder as the extension's
 * `WorkspaceIndex.indexDocument` does (stat, read, skip binaries, decode, build the model, keep
 * it), one document after another, and prints the time and the peak memory as one JSON line.
 * Built on its own (see benchBundles.ts) so the memory is the index's, not the bench's.
 */
async function indexFolder(folder: string): Promise<void> {
  const started = performance.now();
  const index = new Map<string, { text: string; model: DocumentModel }>();
  let characters = 0;
  let facts = 0;
  for (const name of (await readdir(folder)).sort()) {
    const path = join(folder, name);
    // The extension's default limit (seedmark.maxDocumentSizeMB = 5).
    if ((await stat(path)).size > 5_000_000) continue;
    const bytes = await readFile(path);
    if (bytes.subarray(0, 8192).includes(0)) continue;
    const text = new TextDecoder('utf-8').decode(bytes);
    const model = buildDocumentModel({ text });
    index.set(path, { text, model });
    characters += text.length;
    facts += model.result.facts.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ documents: index.size, characters, facts, seconds, maxRssKB: process.resourceUsage().maxRSS }));
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: node workspaceIndexChild.js <folder of documents>');
indexFolder(folder).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
