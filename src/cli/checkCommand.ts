import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isExcludedBy } from '../core/globs';
import { mergeAnnotations } from '../core/sidecar/mergeAnnotations';
import { documentPathForSidecar, SIDECAR_SUFFIX } from '../core/sidecar/sidecarPath';
import { parseOrExit, type ParsedCommandLine } from './commandLine';
import { EXIT_FILE_ERROR, EXIT_OK, type CliIo } from './io';
import { readDocument } from './readDocument';
import { readSidecarFile } from './sidecarFiles';
import { quotedForTerminal } from './terminalText';

/** Folders no sidecar worth checking lives in: dependencies, version control, build output. */
const DEFAULT_EXCLUDE: readonly string[] = ['node_modules', '.git', '.hg', '.svn', 'dist', 'out'];

const HELP = `Usage: seedmark check [--exclude GLOB]... [PATH...]

Re-anchors every sidecar (*${SIDECAR_SUFFIX}) under each PATH (default: the current folder)
against its document and lists each broken sidecar, each orphaned annotation and each stale
value (one read from words whose digits, number words or date words have since changed).
Usable as a pre-commit hook.

Options:
  --exclude GLOB       skip sidecars whose path, or whose document's path, matches GLOB
                       (repeatable). Paths are relative to the PATH searched; GLOB reads as
                       in the seedmark.exclude setting (**, *, ?, {a,b}, [a-z]; without a "/"
                       it matches a name at any depth). Always skipped: folders named
                       ${DEFAULT_EXCLUDE.join(', ')}. A sidecar given as a PATH is
                       always checked.
  -h, --help           show this help

Exit status: 0 when every sidecar is readable and every annotation is found in its document
with its value current, 1 otherwise, 2 on a usage error.`;

const OPTIONS = { exclude: { type: 'string', multiple: true } } as const;

function interpret({ values, positionals }: ParsedCommandLine<typeof OPTIONS>): { roots: string[]; exclude: string[] } {
  return { roots: positionals.length > 0 ? positionals : ['.'], exclude: [...DEFAULT_EXCLUDE, ...(values.exclude ?? [])] };
}

export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrExit('check', HELP, args, OPTIONS, interpret, io);
  if (typeof parsed === 'number') return parsed;
  const { roots, exclude } = parsed;
  let sidecars = 0;
  let annotations = 0;
  let broken = 0;
  let orphaned = 0;
  let moved = 0;
  let stale = 0;
  for (const root of roots) {
    let found: string[];
    try {
      found = await findSidecars(root, exclude);
    } catch (error) {
      io.err(`seedmark: ${root}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
      broken++;
      continue;
    }
    for (const path of found) {
      sidecars++;
      const state = await readSidecarFile(path);
      if (state.kind !== 'ok') {
        broken++;
        const problems = state.kind === 'broken' ? state.problems : [{ line: 1, column: 1, message: 'missing' }];
        for (const problem of problems) io.out(`${path}:${problem.line}:${problem.column}: error: ${problem.message}`);
        continue;
      }
      const documentPath = documentOf(path);
      if (!documentPath) {
        broken++;
        io.out(`${path}:1:1: error: not named after a document (expected NAME${SIDECAR_SUFFIX})`);
        continue;
      }
      const document = await readDocument(documentPath);
      if (!document.ok) {
        broken++;
        io.out(`${path}:1:1: error: its document ${documentPath} cannot be read (${document.reason})`);
        continue;
      }
      const merged = mergeAnnotations(document.text, [], state.sidecar.annotations);
      annotations += merged.length;
      for (const item of merged) {
        const { id, kind, anchor } = item.annotation;
        if (item.anchorState === 'orphaned') {
          orphaned++;
          io.out(`${path}: error: annotation ${id} (${kind}) is orphaned: ${quotedForTerminal(anchor.exact)} is no longer in ${documentPath}`);
          continue;
        }
        if (item.stale && item.annotation.stale !== true && item.start !== undefined && item.end !== undefined) {
          stale++;
          io.out(`${path}: error: annotation ${id} (${kind}) has a stale value: it was read from ${quotedForTerminal(anchor.exact)}, the text now says ${quotedForTerminal(document.text.slice(item.start, item.end))}`);
        } else if (item.stale) {
          stale++;
          io.out(`${path}: error: annotation ${id} (${kind}) has a stale value (marked stale: true); check it against the text and remove the mark`);
        }
        if (item.anchorState === 'fuzzy') {
          moved++;
          io.out(`${path}: warning: annotation ${id} (${kind}) matched reworded text (similarity ${(item.score ?? 0).toFixed(2)})`);
        } else if (item.anchorState === 'moved') moved++;
      }
    }
  }
  io.out(`checked ${sidecars} sidecar${sidecars === 1 ? '' : 's'} with ${annotations} annotations: ${broken} broken, ${orphaned} orphaned, ${stale} stale, ${moved} moved`);
  return broken > 0 || orphaned > 0 || stale > 0 ? EXIT_FILE_ERROR : EXIT_OK;
}

/**
 * The document a sidecar annotates, by the sidecar's name. Its `document.file` is not followed:
 * a sidecar is untrusted input and must not make `check` read a file elsewhere.
 */
function documentOf(sidecarPath: string): string | undefined {
  return documentPathForSidecar(sidecarPath);
}

/** The sidecars under a PATH in name order, leaving out what the exclude globs match (relative to the PATH). */
async function findSidecars(root: string, exclude: readonly string[]): Promise<string[]> {
  const info = await stat(root);
  if (!info.isDirectory()) return root.endsWith(SIDECAR_SUFFIX) ? [root] : [];
  const excluded = (path: string) => isExcludedBy(relative(root, path).split(sep).join('/'), exclude);
  const found: string[] = [];
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    // A linked sidecar is checked too (reading it decides whether its target may be followed);
    // a linked folder is not walked, as it may lead back up the tree.
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!excluded(path)) await walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(SIDECAR_SUFFIX) && !excluded(path) && !excluded(documentOf(path) ?? path)) found.push(path);
    }
  };
  await walk(root);
  return found;
}
