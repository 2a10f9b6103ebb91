import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mergeAnnotations } from '../core/sidecar/mergeAnnotations';
import { documentPathForSidecar, SIDECAR_SUFFIX } from '../core/sidecar/sidecarPath';
import { EXIT_FILE_ERROR, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { readDocument } from './readDocument';
import { readSidecarFile } from './sidecarFiles';

const HELP = `Usage: seedmark check [PATH...]

Re-anchors every sidecar (*${SIDECAR_SUFFIX}) under each PATH (default: the current folder)
against its document and lists each broken sidecar and each orphaned annotation.
Usable as a pre-commit hook.

Exit status: 0 when every sidecar is readable and every annotation is found in its document,
1 otherwise, 2 on a usage error.`;

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return EXIT_OK;
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown) {
    io.err(`seedmark check: unknown option ${unknown}\n${HELP}`);
    return EXIT_USAGE;
  }
  const roots = args.length > 0 ? args : ['.'];
  let sidecars = 0;
  let annotations = 0;
  let broken = 0;
  let orphaned = 0;
  let moved = 0;
  for (const root of roots) {
    let found: string[];
    try {
      found = await findSidecars(root);
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
          io.out(`${path}: error: annotation ${id} (${kind}) is orphaned: ${JSON.stringify(anchor.exact)} is no longer in ${documentPath}`);
        } else if (item.anchorState === 'fuzzy') {
          moved++;
          io.out(`${path}: warning: annotation ${id} (${kind}) matched reworded text (similarity ${(item.score ?? 0).toFixed(2)})`);
        } else if (item.anchorState === 'moved') moved++;
      }
    }
  }
  io.out(`checked ${sidecars} sidecar${sidecars === 1 ? '' : 's'} with ${annotations} annotations: ${broken} broken, ${orphaned} orphaned, ${moved} moved`);
  return broken > 0 || orphaned > 0 ? EXIT_FILE_ERROR : EXIT_OK;
}

/**
 * The document a sidecar annotates, by the sidecar's name. Its `document.file` is not followed:
 * a sidecar is untrusted input and must not make `check` read a file elsewhere.
 */
function documentOf(sidecarPath: string): string | undefined {
  return documentPathForSidecar(sidecarPath);
}

async function findSidecars(root: string): Promise<string[]> {
  const info = await stat(root);
  if (info.isFile()) return root.endsWith(SIDECAR_SUFFIX) ? [root] : [];
  const found: string[] = [];
  const entries = await readdir(root, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...(await findSidecars(path)));
    } else if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) found.push(path);
  }
  return found;
}
