import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexModel, IndexModelInput } from '../core/indexModel';
import { modelFromMerged, modelFromText } from '../core/listedModel';
import { modelBuilderVersion } from './modelCache';
import type { FileRead, ModelJob, ModelReply, ModelWorkerData, PooledFileModel, PooledModel } from './modelWorkerProtocol';
import type { SeedFileJob } from './seedFileReading';

interface PendingJob {
  job: Exclude<ModelJob, { next: number }>;
  /** Parts of the model received so far (see ModelReply). */
  parts?: IndexModel['merged'][];
  /** Workers that died while this job was posted to them: a job that kills two is not tried a third time. */
  crashes: number;
  resolve: (result: Settled) => void;
  reject: (error: Error) => void;
}

/** How a job ends: with a model (and, for a file job, what was read), a skipped file, or a file left for the caller to read. */
type Settled = { model: PooledModel; read?: FileRead } | Exclude<PooledFileModel, { model: unknown }>;

interface PoolWorker {
  worker: Worker;
  /** Jobs posted and not yet answered, oldest first: a worker answers in order. */
  posted: PendingJob[];
  /** Whether the thread started running its script: one that dies before did not crash on a job. */
  online: boolean;
}

/**
 * Document models built on worker threads, one per core: indexing a workspace is extraction of
 * thousands of documents, which one thread does at ~1.5 MB/s and two do at nearly twice that,
 * while the extension host's own thread stays free for the editor.
 *
 * - A worker that dies is replaced, and its jobs go to the others; a job that was on two workers
 *   when they died is rejected rather than tried again. After `maxRestarts` replacements (or when
 *   threads cannot be started at all) models are built on the calling thread: results are the
 *   same either way (tested).
 * - Disposing rejects every job not yet answered: at shutdown nothing is built on the caller's
 *   thread, which is the editor's.
 */
export class ModelWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingJob[] = [];
  private nextId = 1;
  /** Threads cannot be had (or keep dying): build on the calling thread. */
  private inPlace = false;
  private disposed = false;
  private restarts = 0;
  /** Worker threads at most. */
  readonly size: number;
  private readonly maxRestarts: number;
  private workerData: ModelWorkerData | undefined;

  constructor(
    private readonly workerScript: string,
    /**
     * Builds a model on the calling thread when workers cannot. Passed in rather than imported so
     * the extension can keep extraction out of its activation bundle (src/vscode/engine.ts).
     */
    private readonly buildHere: (input: IndexModelInput) => IndexModel,
    private readonly options: ModelWorkerPoolOptions = {},
  ) {
    this.size = options.size ?? Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
    this.maxRestarts = options.maxRestarts ?? MAX_RESTARTS;
  }

  build(input: IndexModelInput): Promise<PooledModel> {
    if (this.disposed) return Promise.reject(new Error(DISPOSED));
    if (this.inPlace) return Promise.resolve().then(() => modelFromMerged(this.buildHere(input)));
    return this.post({ id: this.nextId++, input }).then((result) => {
      // Only a file job is answered otherwise.
      if (!('model' in result)) throw new Error('A model job was answered without a model.');
      return result.model;
    });
  }

  /**
   * Reads a seed file and its sidecar on a worker and builds its model there, so the calling
   * thread neither reads nor parses. `unread` when there are no threads: the caller reads it.
   */
  buildFromFile(file: SeedFileJob): Promise<PooledFileModel> {
    if (this.disposed) return Promise.reject(new Error(DISPOSED));
    if (this.inPlace) return Promise.resolve({ unread: true });
    return this.post({ id: this.nextId++, file }).then((result) => {
      if (!('model' in result)) return result;
      if (!result.read) throw new Error('A file job was answered without what was read.');
      return { ...result.read, model: result.model };
    });
  }

  private post(job: PendingJob['job']): Promise<Settled> {
    return new Promise<Settled>((resolve, reject) => {
      this.queue.push({ job, crashes: 0, resolve, reject });
      this.dispatch();
    });
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.workers.reduce((sum, entry) => sum + entry.posted.length, 0);
  }

  /** Workers started again after one died. */
  get restarted(): number {
    return this.restarts;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const unanswered = [...this.queue.splice(0)];
    for (const entry of this.workers.splice(0)) {
      unanswered.push(...entry.posted.splice(0));
      void entry.worker.terminate();
    }
    for (const pending of unanswered) pending.reject(new Error(DISPOSED));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.disposed) {
      if (this.inPlace) {
        for (const pending of this.queue.splice(0)) this.runHere(pending);
        return;
      }
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
      worker = new Worker(this.workerScript, { workerData: this.dataForWorkers(), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      this.inPlace = true;
      return undefined;
    }
    const entry: PoolWorker = { worker, posted: [], online: false };
    worker.on('online', () => (entry.online = true));
    worker.on('message', (reply: ModelReply) => {
      if (reply.ok && 'part' in reply) {
        const receiving = entry.posted.find((pending) => pending.job.id === reply.id);
        if (receiving) (receiving.parts ??= []).push(JSON.parse(reply.part) as IndexModel['merged']);
        // The next part once this thread has had its turn at other events (see ModelReply).
        setImmediate(() => entry.worker.postMessage({ next: reply.id } satisfies ModelJob));
        return;
      }
      const index = entry.posted.findIndex((pending) => pending.job.id === reply.id);
      const pending = index === -1 ? undefined : entry.posted.splice(index, 1)[0];
      if (entry.posted.length === 0) entry.worker.unref();
      if (pending) {
        if (!reply.ok) pending.reject(new Error(reply.message));
        else if ('skipped' in reply) pending.resolve({ skipped: reply.skipped });
        else {
          // The model's anchors are made again from the document's text: the caller's, or what the worker read.
          const text = 'input' in pending.job ? pending.job.input.text : reply.read?.text;
          if (text === undefined) pending.reject(new Error('A file job was answered without what was read.'));
          else pending.resolve({ model: pooledModel(reply, text, pending.parts), ...(reply.read ? { read: reply.read } : {}) });
        }
      }
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: unknown }) => {
      // A worker script that cannot be loaded fails for every worker alike: no thread will do.
      if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_MODULE_NOT_FOUND') this.inPlace = true;
      this.lose(entry, !this.inPlace);
    });
    worker.on('exit', () => this.lose(entry, true));
    this.workers.push(entry);
    return entry;
  }

  /**
   * A worker died (or could not load its script): its jobs go back to the queue and another takes
   * its place. `onJob`: it may have died of a job it held, so those jobs' crashes are counted.
   */
  private lose(entry: PoolWorker, onJob: boolean): void {
    const index = this.workers.indexOf(entry);
    if (index === -1 || this.disposed) return;
    this.workers.splice(index, 1);
    void entry.worker.terminate();
    const orphaned = entry.posted.splice(0);
    for (const pending of orphaned) {
      pending.parts = undefined;
      // A worker that never came online did not fail on the job; one that did may have, so count it.
      if (entry.online && onJob) pending.crashes++;
      if (pending.crashes >= MAX_CRASHES_PER_JOB) pending.reject(new Error(`The model worker stopped twice while reading this document (${MAX_CRASHES_PER_JOB} attempts).`));
      else this.queue.unshift(pending);
    }
    if (++this.restarts > this.maxRestarts) this.inPlace = true;
    this.dispatch();
  }

  /** Computed once, when the first worker starts: the cache's version is a hash of the workers' script. */
  private dataForWorkers(): ModelWorkerData {
    if (this.workerData) return this.workerData;
    const directory = this.options.cacheDirectory;
    let version: string | undefined;
    try {
      version = directory === undefined ? undefined : modelBuilderVersion(this.workerScript);
    } catch {
      // No script to hash: the worker cannot start either, and the pool builds in place.
    }
    this.workerData = directory !== undefined && version !== undefined ? { cache: { directory, version } } : {};
    return this.workerData;
  }

  private runHere(pending: PendingJob): void {
    if (!('input' in pending.job)) {
      pending.resolve({ unread: true });
      return;
    }
    try {
      pending.resolve({ model: modelFromMerged(this.buildHere(pending.job.input)) });
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** A model from its last reply (and the parts before it, for a large one). */
function pooledModel(reply: Extract<ModelReply, { model: unknown }>, text: string, parts: PendingJob['parts']): PooledModel {
  const last = modelFromText(reply.model, text);
  // A model in parts is whole at once: its parts were parsed as they came.
  const model: PooledModel = parts ? modelFromMerged({ referenceDate: last.referenceDate, merged: [...parts.flat(), ...last.merged] }) : last;
  // Assigned, not spread: spreading would read, and so parse, the model's `merged`.
  if (reply.cached) model.cached = reply.cached;
  return model;
}

export interface ModelWorkerPoolOptions {
  /** Worker threads at most (default: one per core, up to MAX_WORKERS). */
  size?: number;
  /** Workers replaced after dying before the pool gives up on threads. */
  maxRestarts?: number;
  /** Where workers keep the models they build between sessions (see ModelCache); none when not given. */
  cacheDirectory?: string;
}

const DISPOSED = 'The model worker pool was disposed before this document was read.';
/** Workers that die one after another point at the environment, not at one document: then threads are given up. */
const MAX_RESTARTS = 3;
/** A job on a worker each time one died is presumed to be what kills them. */
const MAX_CRASHES_PER_JOB = 2;

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
