import { parentPort } from 'node:worker_threads';
import { buildIndexModel, type IndexModel } from '../core/indexModel';
import { MODEL_PART_SIZE, type ModelJob, type ModelReply } from './modelWorkerProtocol';

// Runs in a worker thread: builds document models for the workspace index off the extension host's thread.
const port = parentPort;
if (!port) throw new Error('modelWorker.js runs only as a worker thread');
/** Large models being sent: what is left of each, sent a part at a time as the receiver asks. */
const sending = new Map<number, { model: IndexModel; sent: number }>();

function sendNext(id: number): void {
  const entry = sending.get(id);
  if (!entry) return;
  const { model, sent } = entry;
  if (model.merged.length - sent > MODEL_PART_SIZE) {
    entry.sent += MODEL_PART_SIZE;
    port!.postMessage({ id, ok: true, part: model.merged.slice(sent, sent + MODEL_PART_SIZE) } satisfies ModelReply);
    return;
  }
  sending.delete(id);
  port!.postMessage({ id, ok: true, model: { ...model, merged: sent === 0 ? model.merged : model.merged.slice(sent) } } satisfies ModelReply);
}

port.on('message', (job: ModelJob) => {
  if ('next' in job) {
    sendNext(job.next);
    return;
  }
  try {
    sending.set(job.id, { model: buildIndexModel(job.input), sent: 0 });
    sendNext(job.id);
  } catch (error) {
    port.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ModelReply);
  }
});
