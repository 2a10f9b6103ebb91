import type { SeedmarkConfiguration } from './config';

/**
 * The settings whose values differ between two snapshots. Each surface reacts to its own
 * settings only: a severity change redraws the Problems panel and re-reads nothing.
 */
export function changedSettings(before: SeedmarkConfiguration, after: SeedmarkConfiguration): Set<keyof SeedmarkConfiguration> {
  const changed = new Set<keyof SeedmarkConfiguration>();
  for (const key of Object.keys(after) as Array<keyof SeedmarkConfiguration>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed.add(key);
  }
  return changed;
}

/** Settings that change which documents are seeds or how they are read: the index must run again. */
export const INDEX_SETTINGS: ReadonlyArray<keyof SeedmarkConfiguration> = ['enable', 'include', 'exclude', 'maxDocumentSizeMB'];

/** Settings the Problems panel reads. */
export const DIAGNOSTIC_SETTINGS: ReadonlyArray<keyof SeedmarkConfiguration> = ['overdueSeverity', 'orphanSeverity', 'conflictSeverity'];

export function touches(changed: ReadonlySet<keyof SeedmarkConfiguration>, settings: ReadonlyArray<keyof SeedmarkConfiguration>): boolean {
  return settings.some((key) => changed.has(key));
}
