import { parentPort } from 'node:worker_threads';
import type { CrossDocumentAnnotation } from '../core/crossDocument/documentAnnotation';
import { analyseAcross } from '../core/crossDocument/workspaceAnalysis';
import type { CrossDocumentReply, CrossDocumentRequest } from './crossDocumentWorkerProtocol';

// Runs in a worker thread: matches commitments and finds conflicts across the workspace's
// documents (seconds for a 5 MB seed) away from the extension host's thread.
const port = parentPort;
if (!port) throw new Error('crossDocumentWorker.js runs only as a worker thread');
const documents = new Map<string, { commitments: CrossDocumentAnnotation[]; figures: CrossDocumentAnnotation[] }>();
port.on('message', (request: CrossDocumentRequest) => {
  switch (request.type) {
    case 'document': {
      const known = request.first ? undefined : documents.get(request.documentKey);
      if (known) {
        known.commitments.push(...request.commitments);
        known.figures.push(...request.figures);
      } else documents.set(request.documentKey, { commitments: request.commitments, figures: request.figures });
      return;
    }
    case 'forget':
      documents.delete(request.documentKey);
      return;
    case 'analyse': {
      let reply: CrossDocumentReply;
      const started = performance.now();
      try {
        const chosen = request.documentKeys.map((key) => documents.get(key)).filter((document) => document !== undefined);
        reply = { id: request.id, ok: true, analysis: analyseAcross(chosen), milliseconds: performance.now() - started };
      } catch (error) {
        reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    }
  }
});
