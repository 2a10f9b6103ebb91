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
export function measureWithinBudget(work: () => void, options: { budgetMs: number; warmupMs: number; minRuns?: number; maxRuns?: number }): Timing {
  const minRuns = options.minRuns ?? 5;
  const maxRuns = options.maxRuns ?? 20;
  const timed = () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const samples: number[] = [];
  if (options.warmupMs > 0) {
    const warmupStarted = performance.now();
    do timed();
    while (performance.now() - warmupStarted < options.warmupMs);
  }
  samples.push(timed());
  const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(options.budgetMs / Math.max(samples[0], 0.001))));
  while (samples.length < runs) samples.push(timed());
  return summarise(samples);
}

export function scaleTiming(timing: Timing, factor: number): Timing {
  return { ...timing, median: timing.median * factor, p95: timing.p95 * factor, min: timing.min * factor, max: timing.max * factor };
}

export function median(values: readonly number[]): number {
  return summarise(values).median;
}
