import { parentPort } from 'node:worker_threads';
import { buildIndexModel } from '../core/indexModel';
import { MODEL_PART_SIZE, type ModelJob, type ModelReply } from './modelWorkerProtocol';

// Runs in a worker thread: builds document models for the workspace index off the extension host's thread.
const port = parentPort;
if (!port) throw new Error('modelWorker.js runs only as a worker thread');
port.on('message', (job: ModelJob) => {
  let reply: ModelReply;
  try {
    const model = buildIndexModel(job.input);
    // A large model leaves in parts, so the receiving thread never reads it in one go.
    let sent = 0;
    for (; model.merged.length - sent > MODEL_PART_SIZE; sent += MODEL_PART_SIZE) port.postMessage({ id: job.id, ok: true, part: model.merged.slice(sent, sent + MODEL_PART_SIZE) } satisfies ModelReply);
    reply = { id: job.id, ok: true, model: { ...model, merged: sent === 0 ? model.merged : model.merged.slice(sent) } };
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
