import { extract } from '../../../src/core/extract';
import type { BenchSystem } from './benchSystem';

/** Seedmark's pure core, called as the CLI and the extension call it. */
export function createSeedmarkSystem(): BenchSystem {
  return { name: 'seedmark', extract: (text, referenceDate) => extract(text, { referenceDate, today: referenceDate }) };
}
