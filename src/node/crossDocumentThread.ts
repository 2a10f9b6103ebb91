import { Worker } from 'node:worker_threads';
import { slimForAnalysis, type CrossDocumentInput } from '../core/crossDocument/crossDocumentInput';
import type { CompactAnalysis, CrossDocumentAnalyser } from '../core/crossDocument/workspaceAnalysis';
import type { CrossDocumentReply, CrossDocumentRequest } from './crossDocumentWorkerProtocol';

/**
 * Annotations per message to the worker. Copying one slim annotation into a message costs the
 * sending thread ~2 µs, so a part is a few milliseconds: the host's thread is never held longer
 * by a large document, and it handles other events between parts.
 */
const PART = 1_000;

interface PendingAnalysis {
  id: number;
  documents: readonly CrossDocumentInput[];
  resolve: (analysis: CompactAnalysis | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Cross-document analysis on a worker thread of its own: matching thousands of commitments and
 * comparing tens of thousands of figures takes seconds, which the extension host's thread must
 * not spend. The worker keeps each document it was sent, by signature, so after an edit only the
 * changed document crosses again. One analysis at a time (the caller waits for each). A worker
 * that fails to start or dies hands the analysis back to the calling thread, and later ones run
 * there too; the results are the same either way.
 */
export class CrossDocumentThread implements CrossDocumentAnalyser {
  private worker: Worker | undefined;
  /** What the worker holds: each document's signature. */
  private readonly sent = new Map<string, string>();
  private pending: PendingAnalysis | undefined;
  private nextId = 1;
  private broken = false;

  constructor(
    private readonly workerScript: string,
    /** The analysis on the calling thread, when there is no worker. Passed in so the extension can load it late. */
    private readonly analyseHere: (documents: readonly CrossDocumentInput[]) => CompactAnalysis,
    /** Lets the calling thread handle other events between two parts of a document. */
    private readonly pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {}

  async analyse(documents: readonly CrossDocumentInput[], cancellation: { readonly isCancellationRequested: boolean }): Promise<CompactAnalysis | undefined> {
    const worker = this.broken ? undefined : this.ensureWorker();
    if (!worker) {
      await this.pause();
      return cancellation.isCancellationRequested ? undefined : this.analyseHere(documents);
    }
    const current = new Set(documents.map((document) => document.documentKey));
    for (const key of [...this.sent.keys()]) {
      if (current.has(key)) continue;
      this.post(worker, { type: 'forget', documentKey: key });
      this.sent.delete(key);
    }
    for (const document of documents) {
      if (this.sent.get(document.documentKey) === document.signature) continue;
      this.sent.delete(document.documentKey);
      let commitments = 0;
      let figures = 0;
      let first = true;
      while (first || commitments < document.commitments.length || figures < document.figures.length) {
        if (cancellation.isCancellationRequested || this.worker !== worker) return undefined;
        const someCommitments = document.commitments.slice(commitments, commitments + PART).map(slimForAnalysis);
        const someFigures = document.figures.slice(figures, figures + PART - someCommitments.length).map(slimForAnalysis);
        commitments += someCommitments.length;
        figures += someFigures.length;
        this.post(worker, { type: 'document', documentKey: document.documentKey, first, commitments: someCommitments, figures: someFigures });
        first = false;
        await this.pause();
      }
      // Cancelled during the last pause: the worker that had the document is gone.
      if (this.worker !== worker) return undefined;
      this.sent.set(document.documentKey, document.signature);
    }
    if (cancellation.isCancellationRequested || this.worker !== worker) return undefined;
    return new Promise<CompactAnalysis | undefined>((resolve, reject) => {
      this.pending = { id: this.nextId++, documents, resolve, reject };
      worker.ref();
      this.post(worker, { type: 'analyse', id: this.pending.id, documentKeys: documents.map((document) => document.documentKey) });
    });
  }

  /** Stops the analysis under way: the worker is ended (its documents with it) and the caller gets `undefined`. */
  cancel(): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    this.sent.clear();
    void worker.terminate();
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(undefined);
  }

  dispose(): void {
    this.cancel();
    this.broken = true;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.workerScript);
    } catch {
      this.broken = true;
      return undefined;
    }
    worker.unref();
    worker.on('message', (reply: CrossDocumentReply) => {
      const pending = this.pending;
      if (!pending || pending.id !== reply.id) return;
      this.pending = undefined;
      worker.unref();
      if (reply.ok) pending.resolve(reply.analysis);
      else pending.reject(new Error(reply.message));
    });
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.sent.clear();
      this.broken = true;
      const pending = this.pending;
      this.pending = undefined;
      if (!pending) return;
      try {
        pending.resolve(this.analyseHere(pending.documents));
      } catch (error) {
        pending.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, request: CrossDocumentRequest): void {
    worker.postMessage(request);
  }
}
