import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchBundles } from './benchBundles';
import { PROJECT_ROOT } from './benchBundles';
import type { Corpora } from './corpora';
import { median, summarise, type Timing } from './stats';
import { SYSTEM_NAMES, type SystemName } from './systems/benchSystem';

export interface ColdStart {
  runs: number;
  /** Loading the system's module(s) in a fresh Node process. */
  requireMs: Timing;
  /** Building the system (Recognizers builds its models here) and reading one sentence. */
  firstCallMs: Timing;
  totalMs: Timing;
  /** Peak resident memory of the child right after the first call (median over the runs). */
  peakRssAfterFirstCallMB: number;
}

export interface PeakMemory {
  /** Peak resident memory of a fresh process after reading every MEANTIME article. */
  meantimeMB: number;
  /** …and then the 1 MB document; `null` for a system not run on 1 MB. */
  oneMegabyteMB: number | null;
}

export interface ColdStartBenchResult {
  coldStart: Record<SystemName, ColdStart>;
  /** A child that only reads the corpora file: what every figure below includes. */
  baselineRssMB: number;
  peakMemory: Record<SystemName, PeakMemory>;
}

const COLD_START_RUNS = 3;
const FIRST_CALL_TEXT = 'ISLAMABAD, Feb 25, 2022: The ministry said it would spend $3.5 billion within six months.';

/** Cold start and peak memory, each in fresh `node -e` processes so nothing is cached or shared. */
export function benchColdStart(bundles: BenchBundles, corpora: Corpora, progress: (line: string) => void): ColdStartBenchResult {
  const corporaPath = join(bundles.directory, 'corpora.json');
  writeFileSync(
    corporaPath,
    JSON.stringify({ meantime: corpora.byName.meantime.documents, oneMegabyte: corpora.byName.oneMegabyte.documents[0] }),
  );
  const coldStart = {} as Record<SystemName, ColdStart>;
  const peakMemory = {} as Record<SystemName, PeakMemory>;
  for (const system of SYSTEM_NAMES) {
    progress(`${system} cold start ×${COLD_START_RUNS}`);
    const { path, factory } = bundles.systemEntry[system];
    const samples = Array.from({ length: COLD_START_RUNS }, () =>
      runNodeScript<{ requireMs: number; firstCallMs: number; maxRssKB: number }>(`
        const started = performance.now();
        const entry = require(${JSON.stringify(path)});
        const loaded = performance.now();
        entry[${JSON.stringify(factory)}]().extract(${JSON.stringify(FIRST_CALL_TEXT)}, '2022-02-26');
        const called = performance.now();
        console.log(JSON.stringify({ requireMs: loaded - started, firstCallMs: called - loaded, maxRssKB: process.resourceUsage().maxRSS }));
      `),
    );
    coldStart[system] = {
      runs: samples.length,
      requireMs: summarise(samples.map((s) => s.requireMs)),
      firstCallMs: summarise(samples.map((s) => s.firstCallMs)),
      totalMs: summarise(samples.map((s) => s.requireMs + s.firstCallMs)),
      peakRssAfterFirstCallMB: median(samples.map((s) => s.maxRssKB / 1024)),
    };
    progress(`${system} peak memory`);
    // Recognizers is not run on 1 MB (see extractionBench.ts): it would take minutes.
    const readsOneMegabyte = system !== 'recognizers';
    const memory = runNodeScript<{ meantimeKB: number; oneMegabyteKB: number | null }>(`
      const corpora = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(corporaPath)}, 'utf8'));
      const system = require(${JSON.stringify(path)})[${JSON.stringify(factory)}]();
      for (const document of corpora.meantime) system.extract(document.text, document.referenceDate);
      const meantimeKB = process.resourceUsage().maxRSS;
      let oneMegabyteKB = null;
      if (${readsOneMegabyte}) {
        system.extract(corpora.oneMegabyte.text, corpora.oneMegabyte.referenceDate);
        oneMegabyteKB = process.resourceUsage().maxRSS;
      }
      console.log(JSON.stringify({ meantimeKB, oneMegabyteKB }));
    `);
    peakMemory[system] = { meantimeMB: memory.meantimeKB / 1024, oneMegabyteMB: memory.oneMegabyteKB === null ? null : memory.oneMegabyteKB / 1024 };
  }
  const baseline = runNodeScript<{ maxRssKB: number }>(`
    JSON.parse(require('node:fs').readFileSync(${JSON.stringify(corporaPath)}, 'utf8'));
    console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
  `);
  return { coldStart, baselineRssMB: baseline.maxRssKB / 1024, peakMemory };
}

function runNodeScript<T>(script: string): T {
  return runNode<T>(['-e', script]);
}

/** Runs a fresh Node with `args` and parses the JSON object it prints on its last line. */
export function runNode<T>(args: readonly string[]): T {
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    // The system bundles leave chrono-node and Recognizers external; they resolve from the project.
    env: { ...process.env, NODE_PATH: join(PROJECT_ROOT, 'node_modules') },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench child process failed (exit ${child.status}):\n${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}
