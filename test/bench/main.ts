import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node/en';
import { extract } from '../../src/core/extract';
import { findSharedDirectory } from '../eval/goldData';
import { benchSidecar, repeatTo } from './sidecarBench';
import { measure, type Timing } from './stats';

/**
 * `npm run bench [-- --json]`: every figure is the median (and spread) of warm runs in this
 * one process, so systems are compared on the same machine at the same moment.
 */
function main(): void {
  const json = process.argv.includes('--json');
  const shared = findSharedDirectory();
  if (!shared) throw new Error('../shared/eval was not found: the bench corpora come from there');
  const meantime = readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n\n');
  const seed = readFileSync(resolve(shared, 'samples', 'pakistan-russia-2022-02-26.txt'), 'utf8');
  const corpus = `${meantime}\n\n${seed}`;
  const oneMegabyte = repeatTo(corpus, 1_000_000);

  const extraction = {
    seedmark: throughput(() => extract(oneMegabyte, { referenceDate: '2024-01-01' }), oneMegabyte.length),
    chronoAlone: throughput(() => chrono.parse(oneMegabyte, new Date(Date.UTC(2024, 0, 1))), oneMegabyte.length),
  };
  const sidecar = benchSidecar(corpus);
  const report = { machine: { cores: cpus().length, node: process.version }, extraction, sidecar };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`machine: ${report.machine.cores} cores, Node ${report.machine.node}`);
  console.log('\nextraction of a 1 MB document (median of warm runs)');
  const base = extraction.seedmark.msPer100KB.median;
  for (const [name, result] of Object.entries(extraction)) {
    console.log(`  ${name.padEnd(14)} ${fmt(result.msPer100KB.median)} ms/100KB (${fmt(result.msPer100KB.min)}–${fmt(result.msPer100KB.max)})  ${fmt(result.megabytesPerSecond)} MB/s  ×${fmt(result.msPer100KB.median / base)} of Seedmark`);
  }
  console.log('\nsidecars');
  const r = sidecar.reanchor;
  console.log(`  re-anchor ${r.annotations} annotations on ${(r.documentBytes / 1e6).toFixed(1)} MB after ${r.editedShare * 100}% edits: median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms (${fmt(r.min)}–${fmt(r.max)}), ${r.found} found`);
  const l = sidecar.loadSidecar;
  console.log(`  load + validate a ${l.annotations}-annotation sidecar (${(l.sidecarBytes / 1e6).toFixed(1)} MB): median ${fmt(l.median)} ms, p95 ${fmt(l.p95)} ms (${fmt(l.min)}–${fmt(l.max)})`);
}

function throughput(work: () => unknown, characters: number): { msPer100KB: Timing; megabytesPerSecond: number } {
  const timing = measure(() => void work(), 5, 1);
  const scale = 100_000 / characters;
  const msPer100KB: Timing = { ...timing, median: timing.median * scale, p95: timing.p95 * scale, min: timing.min * scale, max: timing.max * scale };
  return { msPer100KB, megabytesPerSecond: characters / 1e6 / (timing.median / 1000) };
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

main();
