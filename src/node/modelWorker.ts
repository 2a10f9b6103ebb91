import { parentPort, workerData } from 'node:worker_threads';
import { buildIndexModel, type IndexModel, type IndexModelInput } from '../core/indexModel';
import { modelFromText, modelToText, wholeModel } from '../core/listedModel';
import { ModelCache } from './modelCache';
import { readSeedFile } from './seedFileReading';
import { MODEL_PART_SIZE, type FileRead, type ModelJob, type ModelReply, type ModelWorkerData, type PooledModel } from './modelWorkerProtocol';

// Runs in a worker thread: builds document models for the workspace index off the extension host's thread.
const port = parentPort;
if (!port) throw new Error('modelWorker.js runs only as a worker thread');
/** Large models being sent: what is left of each, sent a part at a time as the receiver asks. */
const sending = new Map<number, { model: IndexModel; text: string; sent: number; cached: PooledModel['cached']; read: FileRead | undefined }>();
const cacheOptions = (workerData as ModelWorkerData | undefined)?.cache;
const cache = cacheOptions && new ModelCache(cacheOptions.directory, cacheOptions.version);

/** Replies with the kept model when there is one, else with a new one (kept for the next session). */
function replyWithModel(id: number, input: IndexModelInput, read?: FileRead): void {
  const key = cache?.keyOf(input);
  const kept = key === undefined ? undefined : cache?.read(key, input.today);
  const cached = key === undefined ? undefined : { key, hit: kept !== undefined };
  if (kept && kept.annotations <= MODEL_PART_SIZE) {
    port!.postMessage({ id, ok: true, model: kept.text, cached, read } satisfies ModelReply);
    return;
  }
  const model = kept ? wholeModel(modelFromText(kept.text, input.text)) : buildIndexModel(input);
  if (!kept && key !== undefined) {
    const text = modelToText(model, input.text);
    cache?.write(key, model, text);
    if (model.merged.length <= MODEL_PART_SIZE) {
      port!.postMessage({ id, ok: true, model: text, cached, read } satisfies ModelReply);
      return;
    }
  }
  sending.set(id, { model, text: input.text, sent: 0, cached, read });
  sendNext(id);
}

function sendNext(id: number): void {
  const entry = sending.get(id);
  if (!entry) return;
  const { model, text, sent, cached, read } = entry;
  if (model.merged.length - sent > MODEL_PART_SIZE) {
    entry.sent += MODEL_PART_SIZE;
    port!.postMessage({ id, ok: true, part: JSON.stringify(model.merged.slice(sent, sent + MODEL_PART_SIZE)) } satisfies ModelReply);
    return;
  }
  sending.delete(id);
  const last = { referenceDate: model.referenceDate, merged: sent === 0 ? model.merged : model.merged.slice(sent) };
  port!.postMessage({ id, ok: true, model: modelToText(last, text), cached, read } satisfies ModelReply);
}

port.on('message', (job: ModelJob) => {
  if ('next' in job) {
    sendNext(job.next);
    return;
  }
  void answer(job);
});

async function answer(job: Exclude<ModelJob, { next: number }>): Promise<void> {
  try {
    if ('input' in job) {
      replyWithModel(job.id, job.input);
      return;
    }
    const read = await readSeedFile(job.file);
    if ('skipped' in read) {
      port!.postMessage({ id: job.id, ok: true, skipped: read.skipped } satisfies ModelReply);
      return;
    }
    replyWithModel(job.id, read.input, { text: read.text, sidecar: read.sidecar });
  } catch (error) {
    port!.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ModelReply);
  }
}
