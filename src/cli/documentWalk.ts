import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_SEED_GLOBS, isSeedPath } from '../core/seedSet';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecarPath';

/**
 * What a command-line path yields, in output order:
 * - `document`: a file to read. `named` when the path was given as it is, so a file that turns out
 *   not to be text is an error; a file found in a folder that turns out binary is only skipped.
 * - `skipped`: left out, with the one-line reason the user sees on stderr (no error).
 * - `error`: a path that could not be looked at (missing, unreadable folder): an error.
 */
export type WalkEntry = { kind: 'document'; path: string; named: boolean } | { kind: 'skipped'; path: string; reason: string } | { kind: 'error'; path: string; reason: string };

/**
 * Names a folder walk reads as documents besides the seed set's own: plain text and Markdown.
 * Compared without regard to case, as archives from Windows spell `.TXT`.
 */
const TEXT_DOCUMENT = /\.(?:txt|text|md|markdown|seed)$/i;

/** Folders never walked: dependencies, and hidden folders such as `.git`. */
const SKIPPED_FOLDER = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * The documents the paths given to `extract --jsonl` stand for, as the walk finds them, so the
 * first lines can be written before a large archive is fully listed. A file is yielded as given;
 * a folder yields, depth-first in code-unit order of names (the same on every machine and locale):
 * - files named `*.txt`, `*.text`, `*.md`, `*.markdown`, `*.seed` (so `*.seed.txt`, `*.seed.md`);
 * - any file the editor takes as a seed: under a `seeds/` folder, or with a sidecar beside it;
 * - never a sidecar (`*.annotations.yaml`), a hidden file or folder, or `node_modules`;
 * - a symbolic link to a file inside the folder given is read; one that leads out of it is
 *   skipped with a note; a link to a folder is not walked (inside, its files are met anyway).
 * A path met twice (given twice, or a file inside a folder also given) is yielded once.
 */
export async function* walkDocuments(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  const once = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', path, reason: reasonOf(error) };
      continue;
    }
    if (!info.isDirectory()) {
      if (path.endsWith(SIDECAR_SUFFIX)) yield { kind: 'skipped', path, reason: 'a sidecar, not a document' };
      else if (once(path)) yield { kind: 'document', path, named: true };
      continue;
    }
    let root: string;
    try {
      root = await realpath(path);
    } catch (error) {
      yield { kind: 'error', path, reason: reasonOf(error) };
      continue;
    }
    for await (const entry of walkFolder(path, root)) {
      if (entry.kind !== 'document' || once(entry.path)) yield entry;
    }
  }
}

async function* walkFolder(folder: string, root: string): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: folder, reason: reasonOf(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const annotated = new Set(entries.filter((entry) => entry.name.endsWith(SIDECAR_SUFFIX)).map((entry) => entry.name.slice(0, -SIDECAR_SUFFIX.length)));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDER(entry.name)) yield* walkFolder(path, root);
      continue;
    }
    if (!isDocumentName(path, annotated.has(entry.name))) continue;
    if (entry.isSymbolicLink()) {
      const target = await linkTarget(path, root);
      if (target.kind === 'skipped') yield { kind: 'skipped', path, reason: target.reason };
      if (target.kind !== 'file') continue;
    } else if (!entry.isFile()) continue;
    yield { kind: 'document', path, named: false };
  }
}

/** Whether a file found in a folder is a document by its name (or its sidecar), before it is read. */
function isDocumentName(path: string, hasSidecar: boolean): boolean {
  if (path.endsWith(SIDECAR_SUFFIX)) return false;
  return TEXT_DOCUMENT.test(path) || isSeedPath(path.split(sep).join('/'), { include: DEFAULT_SEED_GLOBS, exclude: [] }, hasSidecar);
}

/** What a symbolic link found in a walk leads to: a file or folder inside the tree, or why it is skipped. */
async function linkTarget(path: string, root: string): Promise<{ kind: 'file' | 'folder' } | { kind: 'skipped'; reason: string }> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return { kind: 'skipped', reason: 'a symbolic link to nothing' };
  }
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { kind: 'skipped', reason: 'a symbolic link that leads out of the folder' };
  try {
    return { kind: (await stat(target)).isDirectory() ? 'folder' : 'file' };
  } catch (error) {
    return { kind: 'skipped', reason: reasonOf(error) };
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(error)})`;
}
