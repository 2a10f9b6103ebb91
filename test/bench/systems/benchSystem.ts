import type { ExtractionResult, IsoDate } from '../../../src/core/model';

/** The systems compared, in the order the report prints them (Seedmark first: every ratio is to it). */
export const SYSTEM_NAMES = ['seedmark', 'chrono', 'recognizers'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

/**
 * One extractor under test. `extract` returns facts in the shapes `test/eval/scoring.ts` reads
 * (offsets in JS string units, [start, end)), so every system is scored by the same code.
 */
export interface BenchSystem {
  name: SystemName;
  extract(text: string, referenceDate: IsoDate): ExtractionResult;
}

/** Noon local time on the reference day, so no timezone moves a date-only reference to the day before. */
export function localNoon(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 12);
}
