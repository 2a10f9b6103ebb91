import type { IndexModel, IndexModelInput } from '../core/indexModel';

export type ModelJob = { id: number; input: IndexModelInput };

/**
 * A model comes back in parts when it is large: `part` replies carry its first annotations in
 * order, the `model` reply the rest. One message of a 5 MB seed's 63,000 annotations took the
 * receiving thread ~640 ms to read; parts of MODEL_PART_SIZE take ~20 ms each, with the host's
 * other events handled in between.
 */
export type ModelReply = { id: number; ok: true; model: IndexModel } | { id: number; ok: true; part: IndexModel['merged'] } | { id: number; ok: false; message: string };

/** Annotations per part of a model reply. */
export const MODEL_PART_SIZE = 2_000;
