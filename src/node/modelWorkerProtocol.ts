import type { IndexModelInput } from '../core/indexModel';
import type { ListedModel, ModelText } from '../core/listedModel';
import type { SeedFileJob, SeedFileSkip, SidecarSummary } from './seedFileReading';

/**
 * A model to build from text the caller read, or from a file the worker reads (with its
 * sidecar), or (`next`) the go-ahead for the next part of a large model's reply.
 */
export type ModelJob = { id: number; input: IndexModelInput } | { id: number; file: SeedFileJob } | { next: number };

/**
 * A model comes back as JSON text, which the receiving thread parses in a fraction of the time
 * structured cloning of the same objects takes (and which the model cache keeps as it is), in
 * two texts (see ModelText): what the Commitments view lists is parsed on arrival, the rest when
 * first read. A large model comes back in parts: `part` replies carry its first annotations in
 * order (a JSON array), the `model` reply the rest. Each part waits for the receiver's `next`: messages
 * already queued are all read in one go, so parts sent at once would be one block again. One
 * message of a 5 MB seed's 63,000 annotations held the receiving thread ~600 ms; a part of
 * MODEL_PART_SIZE (1,000) takes a few ms, with the host's other events handled in between.
 * A file job's model reply also carries what was read (`read`): one message per small document.
 * A skipped file's reply says why instead.
 */
export type ModelReply =
  | { id: number; ok: true; model: ModelText; cached?: PooledModel['cached']; read?: FileRead }
  | { id: number; ok: true; part: string }
  | { id: number; ok: true; skipped: SeedFileSkip }
  | { id: number; ok: false; message: string };

/** What a file job's worker read: the document's text and what its sidecar is like. */
export interface FileRead {
  text: string;
  sidecar: SidecarSummary;
}

/** Annotations per part of a model reply. */
export const MODEL_PART_SIZE = 1_000;

/** A model as the pool hands it back: with, when models are cached, its key and whether it was read from the cache. */
export type PooledModel = ListedModel & { cached?: { key: string; hit: boolean } };

/** A seed file's model as the pool hands it back; `unread` when the pool has no threads and the caller must read the file itself. */
export type PooledFileModel = (FileRead & { model: PooledModel }) | { skipped: SeedFileSkip } | { unread: true };

/** What a model worker is started with: where to keep models between sessions, if anywhere (see ModelCache). */
export interface ModelWorkerData {
  cache?: { directory: string; version: string };
}
