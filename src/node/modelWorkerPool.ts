import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexModel, IndexModelInput } from '../core/indexModel';
import type { ModelJob, ModelReply } from './modelWorkerProtocol';

interface PendingJob {
  job: Extract<ModelJob, { input: unknown }>;
  /** Parts of the model received so far (see ModelReply). */
  parts?: IndexModel['merged'][];
  resolve: (model: IndexModel) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Jobs posted and not yet answered, oldest first: a worker answers in order. */
  posted: PendingJob[];
}

/**
 * Document models built on worker threads, one per core: indexing a workspace is extraction of
 * thousands of documents, which one thread does at ~1.5 MB/s and two do at nearly twice that,
 * while the extension host's own thread stays free for the editor. A worker that fails to start
 * or dies hands its job back to the calling thread and the pool stops using workers; results
 * are the same either way (tested).
 */
export class ModelWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingJob[] = [];
  private nextId = 1;
  private broken = false;

  constructor(
    private readonly workerScript: string,
    /**
     * Builds a model on the calling thread when workers cannot. Passed in rather than imported so
     * the extension can keep extraction out of its activation bundle (src/vscode/engine.ts).
     */
    private readonly buildHere: (input: IndexModelInput) => IndexModel,
    /** Worker threads at most: one per core, up to MAX_WORKERS. */
    readonly size = Math.max(1, Math.min(MAX_WORKERS, availableParallelism())),
  ) {}

  build(input: IndexModelInput): Promise<IndexModel> {
    if (this.broken) return Promise.resolve().then(() => this.buildHere(input));
    return new Promise<IndexModel>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, input }, resolve, reject });
      this.dispatch();
    });
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.workers.reduce((sum, entry) => sum + entry.posted.length, 0);
  }

  dispose(): void {
    this.broken = true;
    for (const entry of this.workers.splice(0)) {
      void entry.worker.terminate();
      for (const pending of entry.posted.splice(0)) this.runHere(pending);
    }
    for (const pending of this.queue.splice(0)) this.runHere(pending);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = this.leastBusyWorker();
      if (!idle) return;
      const pending = this.queue.shift()!;
      idle.posted.push(pending);
      // Referenced while busy, so a process awaiting a model stays alive; unreferenced when idle.
      idle.worker.ref();
      idle.worker.postMessage(pending.job);
    }
  }

  /**
   * A worker with room for another job: a new one while the pool may grow, else the one with
   * the fewest jobs posted, up to JOBS_PER_WORKER so a worker never waits for this thread.
   */
  private leastBusyWorker(): PoolWorker | undefined {
    const idle = this.workers.find((entry) => entry.posted.length === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.startWorker();
    const least = this.workers.reduce<PoolWorker | undefined>((best, entry) => (!best || entry.posted.length < best.posted.length ? entry : best), undefined);
    return least && least.posted.length < JOBS_PER_WORKER ? least : undefined;
  }

  private startWorker(): PoolWorker | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.workerScript, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      this.fallBack();
      return undefined;
    }
    const entry: PoolWorker = { worker, posted: [] };
    worker.on('message', (reply: ModelReply) => {
      if (reply.ok && 'part' in reply) {
        const receiving = entry.posted.find((pending) => pending.job.id === reply.id);
        if (receiving) (receiving.parts ??= []).push(reply.part);
        // The next part once this thread has had its turn at other events (see ModelReply).
        setImmediate(() => entry.worker.postMessage({ next: reply.id } satisfies ModelJob));
        return;
      }
      const index = entry.posted.findIndex((pending) => pending.job.id === reply.id);
      const pending = index === -1 ? undefined : entry.posted.splice(index, 1)[0];
      if (entry.posted.length === 0) entry.worker.unref();
      if (pending) {
        if (reply.ok) pending.resolve(pending.parts ? { ...reply.model, merged: [...pending.parts.flat(), ...reply.model.merged] } : reply.model);
        else pending.reject(new Error(reply.message));
      }
      this.dispatch();
    });
    const lost = () => {
      const index = this.workers.indexOf(entry);
      if (index === -1) return;
      this.workers.splice(index, 1);
      for (const pending of entry.posted.splice(0)) this.runHere(pending);
      this.fallBack();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.workers.push(entry);
    return entry;
  }

  private fallBack(): void {
    if (this.broken) return;
    this.broken = true;
    for (const entry of this.workers.splice(0)) {
      for (const pending of entry.posted.splice(0)) this.runHere(pending);
      void entry.worker.terminate();
    }
    for (const pending of this.queue.splice(0)) this.runHere(pending);
  }

  private runHere(pending: PendingJob): void {
    try {
      pending.resolve(this.buildHere(pending.job.input));
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * Jobs posted to a worker before it answers the first: with one, a worker idles while this thread
 * (reading files, taking in models) gets round to its reply and the next job.
 */
const JOBS_PER_WORKER = 2;
/** Beyond four, reading files and the host's own work, not extraction, bound indexing. */
const MAX_WORKERS = 4;
/**
 * Extraction makes many short-lived objects; a worker's default young generation is small and
 * collected so often that two workers on two cores ran ~10% slower (measured with `npm run bench`).
 */
const YOUNG_GENERATION_MB = 64;
