import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchActivation } from './activationBench';
import { buildBenchBundles } from './benchBundles';
import { benchContendingWriters } from './contentionBench';
import { benchColdStart, runNode } from './coldStartBench';
import { CORPUS_NAMES, loadCorpora } from './corpora';
import { benchExtraction } from './extractionBench';
import type { IncrementalBenchResult } from './incrementalBench';
import { benchLargeWorkspace } from './largeWorkspaceBench';
import { benchModelCache } from './modelCacheBench';
import { EXTENSION_BUNDLE_TARGET_BYTES, printLargeWorkspace, printModelCache, printReport, type BenchReport } from './report';
import type { SidecarBenchResult } from './sidecarBench';
import { createChronoSystem } from './systems/chronoSystem';
import { createRecognizersSystem } from './systems/recognizersSystem';
import { createSeedmarkSystem } from './systems/seedmarkSystem';
import { benchWorkspaceIndex } from './workspaceIndexBench';
import { benchWorstCases } from './worstCaseBench';

/**
 * `npm run bench [-- --json]`: Seedmark, chrono-node and Recognizers-Text on the same corpora in
 * one process run (warm medians), plus cold starts and memory in fresh child processes, the
 * production bundle sizes, activation, incremental re-extraction, sidecars, a 2,000-document
 * workspace, a 10,000-document one started twice (the model cache), and the worst-case inputs whose limits the tests do not assert on wall-clock time.
 * Progress goes to stderr so `--json` output on stdout stays parseable. docs/bench.md explains
 * every figure.
      largeWorkspace,
 */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const started = performance.now();
  const progress = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

  const corpora = loadCorpora();
  progress('building the production bundles and the child-process entry points');
  const bundles = await buildBenchBundles();
  const largeWorkspaceRow = () => {
    progress('issue #20\'s workspace: a 4.99 MB seed, the sample and five short reports (fresh process)');
    return benchLargeWorkspace(
      bundles,
      corpora.byName.meantime.documents.map((document) => document.text),
      corpora.byName.seedSample.documents[0].text,
    );
  };
  const modelCacheRow = () => {
    progress('a 10,000-document workspace: first start, then five second starts from the model cache (fresh processes)');
    return benchModelCache(bundles, corpora.joined);
  };
  if (only === 'model-cache') {
    try {
      const modelCache = modelCacheRow();
      if (json) console.log(JSON.stringify(modelCache, null, 2));
      else printModelCache(modelCache);
    } finally {
      bundles.dispose();
    }
    return;
  }
  if (only === 'large-workspace') {
    try {
      const largeWorkspace = largeWorkspaceRow();
      if (json) console.log(JSON.stringify(largeWorkspace, null, 2));
      else printLargeWorkspace(largeWorkspace);
    } finally {
      bundles.dispose();
    }
    return;
  }
  try {
    const systems = [createSeedmarkSystem(), createChronoSystem(), createRecognizersSystem()];
    const extraction = benchExtraction(systems, corpora, progress);
    const worstCases = benchWorstCases(progress);
    progress('incremental re-extraction (fresh process)');
    const oneMegabyte = extraction.throughput.seedmark.oneMegabyte;
    const fullExtractionMs = 'skipped' in oneMegabyte ? Number.NaN : (oneMegabyte.msPer100KB.median * oneMegabyte.characters) / 100_000;
    const documentFile = join(bundles.directory, 'one-megabyte.json');
    writeFileSync(documentFile, JSON.stringify(corpora.byName.oneMegabyte.documents[0]));
    const incremental = runNode<IncrementalBenchResult>([bundles.incrementalEntry, documentFile, String(fullExtractionMs)]);
    progress('sidecars (fresh process)');
    const corpusFile = join(bundles.directory, 'corpus.txt');
    writeFileSync(corpusFile, corpora.joined);
    const sidecar = runNode<SidecarBenchResult>([bundles.sidecarEntry, corpusFile]);
    progress('writers under contention: four processes adding to one sidecar at once');
    const contention = await benchContendingWriters(bundles.sidecarWriterEntry);
    const { coldStart, baselineRssMB, peakMemory } = benchColdStart(bundles, corpora, progress);
    progress('activation of the production extension bundle (fresh processes)');
    const activation = benchActivation(bundles);
    progress('indexing a 2,000-document workspace');
    const workspaceIndex = benchWorkspaceIndex(bundles, corpora.joined);
    const modelCache = modelCacheRow();
    const largeWorkspace = largeWorkspaceRow();

    const report: BenchReport = {
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', totalMemoryMB: Math.round(totalmem() / 2 ** 20), node: process.version, platform: `${process.platform}-${process.arch}` },
      corpora: Object.fromEntries(
        CORPUS_NAMES.map((name) => [name, { documents: corpora.byName[name].documents.length, characters: corpora.byName[name].characters }]),
      ) as BenchReport['corpora'],
      ...extraction,
      coldStart,
      baselineRssMB,
      peakMemory,
      incremental,
      sidecar,
      contention,
      workspaceIndex,
      modelCache,
      activation,
      worstCases,
      largeWorkspace,
      bundleSizes: bundles.sizes,
      extensionBundleTarget: { maxBytes: EXTENSION_BUNDLE_TARGET_BYTES, withinTarget: bundles.sizes.extension.bytes <= EXTENSION_BUNDLE_TARGET_BYTES },
      benchSeconds: (performance.now() - started) / 1000,
    };
    if (json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
  } finally {
    bundles.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
