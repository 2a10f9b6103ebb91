import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `work` after `warmup` unmeasured runs and returns the spread of `runs` timed runs (ms). */
export function measure(work: () => void, runs = 7, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** A small deterministic generator so every bench run sees the same edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/**
 * Times `work` until about `budgetMs` is spent, with at least `minRuns` and at most `maxRuns`
 * runs, after unmeasured warm-up runs lasting at least `warmupMs` (at least one run; none when
 * `warmupMs` is 0 because the caller already warmed the same code). Fast work gets more runs, so
 * its median is not one noisy sample.
 */
export function measureWithinBudget(work: () => void, options: BudgetOptions): Timing {
  return measureInterleaved([work], options)[0];
}

export interface BudgetOptions {
  budgetMs: number;
  warmupMs: number;
  minRuns?: number;
  maxRuns?: number;
  /**
   * Timed runs per turn of `measureInterleaved` (default 1). Above 1 each turn starts with one
   * untimed run, which brings the work's code and data back into the processor caches the other
   * works' turns took: the timed runs are then warm. With 1 every timed run comes right after
   * another work's, with the caches that one left.
   */
  runsPerTurn?: number;
}

/**
 * `measureWithinBudget` for several pieces of work whose timings are compared: each is warmed up
 * in turn, then they take turns (`runsPerTurn` timed runs each per turn, until each has its
 * count), so a slow spell of a shared machine falls on all of them rather than on whichever ran
 * then. Timed one after the other, the same code's ratio to a peer moved by up to 2× between
 * bench runs here.
 */
export function measureInterleaved(works: ReadonlyArray<() => void>, options: BudgetOptions): Timing[] {
  const minRuns = options.minRuns ?? 5;
  const maxRuns = options.maxRuns ?? 20;
  const timed = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  if (options.warmupMs > 0) {
    for (const work of works) {
      const warmupStarted = performance.now();
      do timed(work);
      while (performance.now() - warmupStarted < options.warmupMs);
    }
  }
  const runsPerTurn = Math.max(1, options.runsPerTurn ?? 1);
  const samples = works.map((work) => [timed(work)]);
  const runs = samples.map(([first]) => Math.max(minRuns, Math.min(maxRuns, Math.floor(options.budgetMs / Math.max(first, 0.001)))));
  while (samples.some((taken, index) => taken.length < runs[index])) {
    works.forEach((work, index) => {
      if (samples[index].length >= runs[index]) return;
      if (runsPerTurn > 1) work();
      for (let turn = 0; turn < runsPerTurn && samples[index].length < runs[index]; turn++) samples[index].push(timed(work));
    });
  }
  return samples.map(summarise);
}

export function scaleTiming(timing: Timing, factor: number): Timing {
  return { ...timing, median: timing.median * factor, p95: timing.p95 * factor, min: timing.min * factor, max: timing.max * factor };
}

export function median(values: readonly number[]): number {
  return summarise(values).median;
}
