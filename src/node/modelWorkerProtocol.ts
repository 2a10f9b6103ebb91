import type { IndexModel, IndexModelInput } from '../core/indexModel';

export type ModelJob = { id: number; input: IndexModelInput };

export type ModelReply = { id: number; ok: true; model: IndexModel } | { id: number; ok: false; message: string };
