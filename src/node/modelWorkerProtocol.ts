import type { IndexModel, IndexModelInput } from '../core/indexModel';

/** A model to build, or (`next`) the go-ahead for the next part of a large model's reply. */
export type ModelJob = { id: number; input: IndexModelInput } | { next: number };

/**
 * A model comes back in parts when it is large: `part` replies carry its first annotations in
 * order, the `model` reply the rest. Each part waits for the receiver's `next`: messages already
 * queued are all read in one go, so parts sent at once would be one block again. One message of
 * a 5 MB seed's 63,000 annotations held the receiving thread ~600 ms; a part of MODEL_PART_SIZE (1,000)
 * takes ~10 ms, with the host's other events handled in between.
 */
export type ModelReply = { id: number; ok: true; model: IndexModel } | { id: number; ok: true; part: IndexModel['merged'] } | { id: number; ok: false; message: string };

/** Annotations per part of a model reply. */
export const MODEL_PART_SIZE = 1_000;
