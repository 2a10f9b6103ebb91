import { availableParallelism } from 'node:os';
import { buildIndexModel, type IndexModel, type IndexModelInput } from '../core/indexModel';
import type { IsoDate } from '../core/model';
import { ModelWorkerPool } from '../node/modelWorkerPool';
import { sidecarPathOf } from './documentSidecar';
import { walkDocuments, type WalkEntry } from './documentWalk';
import { EXIT_FILE_ERROR, EXIT_OK, type CliIo } from './io';
import { jsonlErrorLine, jsonlLineChunks, type SidecarUse } from './jsonlRecord';
import { forEachInOrder } from './orderedStream';
import { readDocument } from './readDocument';
import { readSidecarFile } from './sidecarFiles';

export interface JsonlExtractOptions {
  /** Files and folders as given on the command line. */
  paths: readonly string[];
  /** Documents read at once: 1 reads them on this thread, more on that many worker threads. */
  jobs: number;
  today: IsoDate;
  /** `--date`: the reference date of every document. */
  date?: IsoDate;
  /** The bundled model worker (dist/modelWorker.js); the same one the editor's index uses. */
  workerScript: string;
}

/** What became of one path the walk yielded, ready to be written in its turn. */
type Outcome =
  | { kind: 'document'; path: string; text: string; model: IndexModel; sidecar: SidecarUse; sidecarProblem?: string }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'error'; path: string; reason: string };

/** Threads by default: one core is left for this thread, which reads the files and writes the lines. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * `seedmark extract --jsonl`: one JSON line per document of the paths given, in the walk's order
 * whatever `jobs` is, each written as soon as it and those before it are ready. At most two
 * documents per job are read and not yet written, so an archive of any size streams through.
 * Returns the exit code: 1 when a path could not be read (its line says why), else 0.
 */
export async function runJsonlExtract(options: JsonlExtractOptions, io: CliIo): Promise<number> {
  const pool = options.jobs > 1 ? new ModelWorkerPool(options.workerScript, buildIndexModel, { size: options.jobs }) : undefined;
  const build = pool ? (input: IndexModelInput) => pool.build(input) : (input: IndexModelInput) => Promise.resolve().then(() => buildIndexModel(input));
  let exitCode = EXIT_OK;
  try {
    await forEachInOrder(
      walkDocuments(options.paths),
      options.jobs * 2,
      (entry) => readAndBuild(entry, options, build),
      async (settled, entry) => {
        const outcome: Outcome = settled.ok ? settled.value : { kind: 'error', path: entry.path, reason: settled.error instanceof Error ? settled.error.message : String(settled.error) };
        if (!(await writeOutcome(outcome, io))) exitCode = EXIT_FILE_ERROR;
      },
    );
  } finally {
    pool?.dispose();
  }
  return exitCode;
}

async function readAndBuild(entry: WalkEntry, options: JsonlExtractOptions, build: (input: IndexModelInput) => Promise<IndexModel>): Promise<Outcome> {
  if (entry.kind !== 'document') return entry;
  const document = await readDocument(entry.path);
  if (!document.ok) {
    // A binary file found in a folder (an image beside the texts) is not a document; one named on the command line was meant to be.
    return document.binary && !entry.named ? { kind: 'skipped', path: entry.path, reason: document.reason } : { kind: 'error', path: entry.path, reason: document.reason };
  }
  const sidecarPath = sidecarPathOf(entry.path);
  const state = await readSidecarFile(sidecarPath);
  const model = await build({
    text: document.text,
    today: options.today,
    ...(options.date ? { referenceDate: options.date } : {}),
    ...(state.kind === 'ok' ? { sidecar: state.sidecar.content } : {}),
  });
  const first = state.kind === 'broken' ? state.problems[0] : undefined;
  return {
    kind: 'document',
    path: entry.path,
    text: document.text,
    model,
    sidecar: state.kind === 'ok' ? 'read' : state.kind === 'broken' ? 'broken' : 'none',
    ...(first ? { sidecarProblem: `${sidecarPath}:${first.line}:${first.column}: ${first.message} (read without its sidecar)` } : {}),
  };
}

/** Writes one outcome's line and messages; false when it counts as a failure. */
async function writeOutcome(outcome: Outcome, io: CliIo): Promise<boolean> {
  if (outcome.kind === 'skipped') {
    io.err(`seedmark: skipped ${outcome.path}: ${outcome.reason}`);
    return true;
  }
  if (outcome.kind === 'error') {
    io.err(`seedmark: ${outcome.path}: ${outcome.reason}`);
    await writeLine(io, [jsonlErrorLine(outcome.path, outcome.reason)]);
    return false;
  }
  if (outcome.sidecarProblem) io.err(`seedmark: ${outcome.sidecarProblem}`);
  await writeLine(io, jsonlLineChunks(outcome.path, outcome.text, outcome.model, outcome.sidecar));
  return outcome.sidecarProblem === undefined;
}

/** Writes a line's chunks as they are made, then waits while the reader catches up. */
async function writeLine(io: CliIo, chunks: Iterable<string>): Promise<void> {
  if (!io.write) {
    io.out([...chunks].join('').replace(/\n$/, ''));
    return;
  }
  for (const chunk of chunks) io.write(chunk);
  await io.drained?.();
}
