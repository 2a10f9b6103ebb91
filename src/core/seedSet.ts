import { isExcludedBy, matchesAnyGlob, type GlobSelection } from './globs';
import { SIDECAR_SUFFIX } from './sidecar/sidecarPath';

/**
 * Which documents are seeds: an explicit set, so a code repository's README and notes files are
 * left alone. By default a `seeds/` folder and files named `*.seed`, `*.seed.txt`, `*.seed.md`;
 * the "Treat as Seed Document" commands add files and folders through `seedmark.include`.
 * Keep in step with the `seedmark.include` default in package.json (a unit test compares them).
 */
export const DEFAULT_SEED_GLOBS: readonly string[] = ['**/seeds/**', '**/*.seed', '**/*.seed.txt', '**/*.seed.md'];

/**
 * Whether a workspace-relative path is a seed: not excluded, and either matched by an include
 * glob or already annotated (it has a sidecar). An exclude wins over a sidecar, so "Stop
 * Treating as Seed Document" holds for an annotated file too.
 */
export function isSeedPath(path: string, selection: GlobSelection, hasSidecar: boolean): boolean {
  // A sidecar inside a seeds/ folder is the seeds' annotations, never a seed of its own.
  if (path.endsWith(SIDECAR_SUFFIX) || isExcludedBy(path, selection.exclude)) return false;
  return hasSidecar || matchesAnyGlob(path, selection.include);
}

/**
 * A glob matching exactly this path. The dialect has no escape character, so a character that
 * would be read as a pattern stands in a one-member class (`[[]`, `[*]`): a file called
 * `notes[1].txt` is not read as `notes1.txt`.
 */
export function literalGlob(path: string): string {
  return path.replace(/[[\]{}*?]/g, '[$&]');
}

/** The glob "Treat as Seed Document" writes for a file or for a folder and all it holds. */
export function seedGlobFor(path: string, isFolder: boolean): string {
  const trimmed = path.replace(/\/+$/, '');
  return isFolder ? `${literalGlob(trimmed)}/**` : literalGlob(trimmed);
}

/** The settings after an edit, and whether anything changed (nothing to write when not). */
export interface SeedSetEdit extends GlobSelection {
  changed: boolean;
}

/**
 * Makes a file or folder part of the seed set: an exclude naming exactly it goes, and an include
 * for it is added unless one already selects it. An exclude written for something wider (a
 * `node_modules` folder) is left alone: the user wrote it on purpose.
 */
export function treatAsSeed(selection: GlobSelection, path: string, isFolder: boolean): SeedSetEdit {
  const glob = seedGlobFor(path, isFolder);
  const exclude = selection.exclude.filter((pattern) => pattern !== glob);
  const selected = isFolder ? selection.include.some((pattern) => pattern.endsWith('/**') && matchesAnyGlob(path, [pattern])) : matchesAnyGlob(path, selection.include);
  const include = selected ? [...selection.include] : [...selection.include, glob];
  return { include, exclude, changed: include.length !== selection.include.length || exclude.length !== selection.exclude.length };
}

/**
 * Takes a file or folder out of the seed set: its own include goes; if another include (such as
 * `**\/seeds/**`) or its sidecar still makes it a seed, an exclude for it is added.
 */
export function stopTreatingAsSeed(selection: GlobSelection, path: string, isFolder: boolean, hasSidecar = false): SeedSetEdit {
  const glob = seedGlobFor(path, isFolder);
  const include = selection.include.filter((pattern) => pattern !== glob);
  const stillSelected = hasSidecar || matchesAnyGlob(path, include);
  const exclude = stillSelected && !selection.exclude.includes(glob) ? [...selection.exclude, glob] : [...selection.exclude];
  return { include, exclude, changed: include.length !== selection.include.length || exclude.length !== selection.exclude.length };
}
