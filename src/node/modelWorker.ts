import { parentPort } from 'node:worker_threads';
import { buildIndexModel } from '../core/indexModel';
import type { ModelJob, ModelReply } from './modelWorkerProtocol';

// Runs in a worker thread: builds document models for the workspace index off the extension host's thread.
const port = parentPort;
if (!port) throw new Error('modelWorker.js runs only as a worker thread');
port.on('message', (job: ModelJob) => {
  let reply: ModelReply;
  try {
    reply = { id: job.id, ok: true, model: buildIndexModel(job.input) };
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
