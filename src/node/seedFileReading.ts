import { lstatSync, readFileSync, statSync } from 'node:fs';
import type { IndexModelInput } from '../core/indexModel';
import type { SidecarProblem } from '../core/sidecar/sidecarDocument';
import { readSidecarState } from '../core/sidecar/updateSidecar';
import { nodeSidecarStorage } from './nodeSidecarStorage';

/** A seed document on the local disk to read and model, with its sidecar. */
export interface SeedFileJob {
  path: string;
  /** Where its sidecar would be, if it may have one. */
  sidecarPath?: string;
  today: string;
  /** A larger document is skipped (seedmark.maxDocumentSizeMB). */
  maxBytes: number;
  /** Folders a symbolic link at the sidecar's path may lead into (see NodeSidecarStorageOptions). */
  roots: readonly string[];
}

/** What the index keeps of a sidecar: whether there is one, and what is wrong with it. */
export type SidecarSummary = { kind: 'missing' } | { kind: 'ok' } | { kind: 'broken'; problems: SidecarProblem[] };

export type SeedFileSkip = { reason: 'too-large'; bytes: number } | { reason: 'not-text' } | { reason: 'missing' };

export type SeedFileRead = { skipped: SeedFileSkip } | { text: string; sidecar: SidecarSummary; input: IndexModelInput };

/** Bytes looked at for a NUL, the mark of a file that is not text. */
const SNIFFED_BYTES = 8192;

/**
 * Reads a seed document and its sidecar as the workspace index does through `workspace.fs`, for
 * a model worker to do off the editor's thread: the size limit, a NUL byte in the first 8 KB
 * as the mark of a binary file, lenient UTF-8 for the document, and the sidecar storage's rules
 * (regular files, strict UTF-8, no link out of the workspace) for the sidecar.
 */
export async function readSeedFile(job: SeedFileJob): Promise<SeedFileRead> {
  let bytes: Buffer;
  try {
    const size = statSync(job.path).size;
    if (size > job.maxBytes) return { skipped: { reason: 'too-large', bytes: size } };
    bytes = readFileSync(job.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { skipped: { reason: 'missing' } };
    throw error;
  }
  if (bytes.subarray(0, SNIFFED_BYTES).includes(0)) return { skipped: { reason: 'not-text' } };
  const text = new TextDecoder('utf-8').decode(bytes);
  // Most seeds have no sidecar: one synchronous look (this runs on a worker) saves the storage's asynchronous round trips.
  const hasSidecar = job.sidecarPath !== undefined && lstatSync(job.sidecarPath, { throwIfNoEntry: false }) !== undefined;
  const state = hasSidecar && job.sidecarPath !== undefined ? await readSidecarState(nodeSidecarStorage({ roots: job.roots }), job.sidecarPath) : ({ kind: 'missing' } as const);
  const sidecar: SidecarSummary = state.kind === 'ok' ? { kind: 'ok' } : state;
  return { text, sidecar, input: { text, today: job.today, ...(state.kind === 'ok' ? { sidecar: state.sidecar.content } : {}) } };
}
