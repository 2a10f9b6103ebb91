import { performance } from 'node:perf_hooks';
import type { ExtractionResult } from '../../src/core/model';
import { loadMeantime } from '../eval/goldData';
import { combineMeantime, scoreMeantimeDocument, type MeantimeReport, type Score } from '../eval/scoring';
import { CORPUS_NAMES, type Corpora, type CorpusName } from './corpora';
import { median, scaleTiming, measureInterleaved, type Timing } from './stats';
import type { BenchSystem, SystemName } from './systems/benchSystem';

export interface Throughput {
  characters: number;
  /** Milliseconds per 100,000 characters (≈ 100 KB of mostly ASCII text). */
  msPer100KB: Timing;
  megabytesPerSecond: { median: number; min: number; max: number };
  /** This system's median ms/100KB ÷ Seedmark's on the same corpus: 5 means five times slower. */
  ratioToSeedmark: number;
}

export type ThroughputEntry = Throughput | { skipped: string };

/** The F1 (with the counts behind it) of one category; `errors` are left to `npm run eval -- --errors`. */
export type AccuracyScore = Omit<Score, 'errors'>;

export interface Accuracy {
  temporalRelaxed: AccuracyScore;
  temporalStrict: AccuracyScore;
  temporalValue: AccuracyScore;
  /** `null` for a system that finds no figures (chrono). */
  figuresRelaxed: AccuracyScore | null;
}

/** One system's cache-cold runs on a short corpus (see `cacheCold`). */
export interface CacheColdEntry {
  msPer100KB: Timing;
  /** This system's median ÷ Seedmark's cache-cold median on the same corpus. */
  ratioToSeedmark: number;
}

export interface ExtractionBenchResult {
  throughput: Record<SystemName, Record<CorpusName, ThroughputEntry>>;
  /**
   * Seedmark and chrono-node on the short corpora again, each timed run right after one of the
   * other system's, so each starts with the processor caches the other left (the `throughput`
   * runs come in turns of five after an untimed run, and are warm).
   */
  cacheCold: Partial<Record<CorpusName, Partial<Record<SystemName, CacheColdEntry>>>>;
  accuracy: Record<SystemName, Accuracy>;
  linearity: {
    oneMegabyteMs: number;
    tenMegabytesMs: number;
    /** Median over the interleaved rounds of 10 MB time ÷ the mean of the 1 MB runs either side of it. */
    ratio: number;
    /** Each round's ratio. */
    ratios: number[];
    target: number;
    withinTarget: boolean;
  };
}

/**
 * What each system is not run on, and why. Recognizers-Text reads a few KB per second, so 5 warm
 * runs on 1 MB would take over 25 minutes; chrono on 10 MB about 4 minutes.
 */
const SKIPPED: Partial<Record<SystemName, Partial<Record<CorpusName, string>>>> = {
  chrono: { tenMegabytes: 'not run: chrono reads ~0.25 MB/s, 5 runs on 10 MB would take ~4 min' },
  recognizers: {
    oneMegabyte: 'not run: Recognizers-Text reads ~3 KB/s (meantime and the seed sample only)',
    tenMegabytes: 'not run: Recognizers-Text reads ~3 KB/s (meantime and the seed sample only)',
  },
};

/** The systems timed in alternating runs on each corpus (see `measureInterleaved`). */
const INTERLEAVED: readonly SystemName[] = ['seedmark', 'chrono'];

/**
 * Corpora whose runs take a few milliseconds at most. Taking single turns with another system,
 * such a run starts with the processor caches the other one left and takes up to 1.7× its warm
 * time (on the seed sample here, Seedmark 0.34–0.36 ms a run when run after run, 0.52–0.60 ms
 * right after a chrono-node run; chrono-node 0.46 and 0.56 ms): the systems' ratio then measures
 * their cache footprints as much as their work. Their runs are timed warm, in turns of WARM_RUNS_PER_TURN
 * after an untimed run, and measured cache-cold as well (`cacheCold`).
 */
const SHORT_CORPORA: readonly CorpusName[] = ['seedSample', 'meantime'];
const WARM_RUNS_PER_TURN = 5;

/** Seedmark's 10 MB time may be at most this many times its 1 MB time (10 would be linear). */
const LINEARITY_TARGET = 12;
/** Interleaved 1 MB, 10 MB, 1 MB rounds for the linearity ratio. */
const LINEARITY_ROUNDS = 5;

/** Each system on each corpus, in one process, warm; the MEANTIME runs double as the accuracy run. */
export function benchExtraction(systems: readonly BenchSystem[], corpora: Corpora, progress: (line: string) => void): ExtractionBenchResult {
  const gold = loadMeantime();
  const timings = {} as Record<SystemName, Record<CorpusName, Timing | { skipped: string }>>;
  const accuracy = {} as Record<SystemName, Accuracy>;
  const cacheCold: ExtractionBenchResult['cacheCold'] = {};
  for (const system of systems) timings[system.name] = {} as Record<CorpusName, Timing | { skipped: string }>;
  // Seedmark and chrono-node, whose ratio is a target, take turns on every corpus first;
  // Recognizers-Text, hundreds of times slower, would stretch every round to seconds, so it is
  // timed on its own after them. After it has run, the same process reads MEANTIME about twice as
  // slowly and chrono-node more so than Seedmark (the ratio moved from 0.9 to 1.5), so nothing
  // compared is timed after it.
  const groups = [systems.filter((system) => INTERLEAVED.includes(system.name)), ...systems.filter((system) => !INTERLEAVED.includes(system.name)).map((system) => [system])];
  for (const group of groups) {
    for (const name of CORPUS_NAMES) {
      const corpus = corpora.byName[name];
      const running = group.filter((system) => {
        const skipped = SKIPPED[system.name]?.[name];
        if (skipped) timings[system.name][name] = { skipped };
        return !skipped;
      });
      if (running.length === 0) continue;
      const short = SHORT_CORPORA.includes(name);
      progress(`${running.map((system) => system.name).join(' and ')} on ${name}${running.length > 1 ? (short ? `, turns of ${WARM_RUNS_PER_TURN} runs` : ', runs alternating') : ''}`);
      const results = new Map<SystemName, ExtractionResult[]>();
      const works = running.map((system) => () => {
        results.set(system.name, corpus.documents.map((document) => system.extract(document.text, document.referenceDate)));
      });
      const measured = measureInterleaved(
        works,
        // About a second of unmeasured runs of each system on each corpus first, so the timed runs
        // are warm: a second on the seed sample alone left the MEANTIME runs timing the JIT's work
        // on code paths the seed sample never took (their spread was 5× their minimum). The 10 MB
        // document runs code the 1 MB runs warmed; one warm-up run of it would cost 5 s. Up to 100
        // runs, so that a median over short texts spans more than a few tens of milliseconds.
        { budgetMs: 2_000, warmupMs: name === 'tenMegabytes' ? 0 : 1_000, maxRuns: 100, runsPerTurn: short ? WARM_RUNS_PER_TURN : 1 },
      );
      if (short && running.length > 1) {
        progress(`${running.map((system) => system.name).join(' and ')} on ${name}, cache-cold: single runs alternating`);
        const cold = measureInterleaved(works, { budgetMs: 2_000, warmupMs: 0, maxRuns: 100 });
        const scale = 100_000 / corpus.characters;
        const seedmarkAt = running.findIndex((system) => system.name === 'seedmark');
        cacheCold[name] = Object.fromEntries(
          running.map((system, index) => [system.name, { msPer100KB: scaleTiming(cold[index], scale), ratioToSeedmark: cold[index].median / cold[seedmarkAt].median }]),
        );
      }
      running.forEach((system, index) => {
        timings[system.name][name] = measured[index];
        const lastResults = results.get(system.name);
        if (!lastResults) throw new Error(`${system.name} gave no results on ${name}`);
        if (name === 'meantime') accuracy[system.name] = accuracyOf(system.name, gold.map((document, at) => scoreMeantimeDocument(document, lastResults[at])));
      });
    }
  }
  const throughput = {} as ExtractionBenchResult['throughput'];
  for (const system of systems) {
    throughput[system.name] = {} as Record<CorpusName, ThroughputEntry>;
    for (const name of CORPUS_NAMES) {
      const timing = timings[system.name][name];
      const base = timings.seedmark[name];
      throughput[system.name][name] =
        'skipped' in timing ? timing : toThroughput(timing, corpora.byName[name].characters, 'skipped' in base ? Number.NaN : base.median);
    }
  }
  const seedmark = systems.find((system) => system.name === 'seedmark');
  if (!seedmark) throw new Error('Seedmark must be among the systems');
  progress('seedmark linearity, 1 MB and 10 MB interleaved');
  return { throughput, cacheCold, accuracy, linearity: measureLinearity(seedmark, corpora) };
}

/**
 * The 10 MB ÷ 1 MB time, from runs taken side by side: the two throughput rows are measured a
 * minute apart, and on a shared machine their ratio moved between 8.7 and 13 from run to run with
 * no change in the code. Each round times 1 MB, 10 MB, 1 MB, so both see the same machine.
 */
function measureLinearity(seedmark: BenchSystem, corpora: Corpora): ExtractionBenchResult['linearity'] {
  const [one] = corpora.byName.oneMegabyte.documents;
  const [ten] = corpora.byName.tenMegabytes.documents;
  const time = (document: typeof one) => {
    const started = performance.now();
    seedmark.extract(document.text, document.referenceDate);
    return performance.now() - started;
  };
  const ones: number[] = [];
  const tens: number[] = [];
  const ratios: number[] = [];
  let before = time(one);
  for (let round = 0; round < LINEARITY_ROUNDS; round++) {
    const tenMs = time(ten);
    const after = time(one);
    ones.push(before);
    tens.push(tenMs);
    ratios.push(tenMs / ((before + after) / 2));
    before = after;
  }
  ones.push(before);
  const ratio = median(ratios);
  return { oneMegabyteMs: median(ones), tenMegabytesMs: median(tens), ratio, ratios, target: LINEARITY_TARGET, withinTarget: ratio <= LINEARITY_TARGET };
}

function toThroughput(timing: Timing, characters: number, seedmarkMedianMs: number): Throughput {
  const megabytes = characters / 1e6;
  return {
    characters,
    msPer100KB: scaleTiming(timing, 100_000 / characters),
    // The fastest run gives the highest rate: min and max swap.
    megabytesPerSecond: { median: megabytes / (timing.median / 1000), min: megabytes / (timing.max / 1000), max: megabytes / (timing.min / 1000) },
    ratioToSeedmark: timing.median / seedmarkMedianMs,
  };
}

function accuracyOf(system: SystemName, reports: MeantimeReport[]): Accuracy {
  const combined = combineMeantime(reports);
  const strip = ({ errors: _errors, ...counts }: Score): AccuracyScore => counts;
  return {
    temporalRelaxed: strip(combined.temporalRelaxed),
    temporalStrict: strip(combined.temporalStrict),
    temporalValue: strip(combined.temporalValue),
    figuresRelaxed: system === 'chrono' ? null : strip(combined.figuresRelaxed),
  };
}
