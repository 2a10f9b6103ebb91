import * as vscode from 'vscode';
import type { IndexModelInput } from '../core/indexModel';
import { findFilesPattern } from '../core/globs';
import { modelFromMerged } from '../core/listedModel';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { documentPathForSidecar, SIDECAR_SUFFIX } from '../core/sidecar/sidecarPath';
import type { SidecarFileState } from '../core/sidecar/updateSidecar';
import type { PooledFileModel, PooledModel } from '../node/modelWorkerProtocol';
import type { SeedFileJob, SidecarSummary } from '../node/seedFileReading';
import { VIEWS } from './commandIds';
import type { SeedmarkConfiguration } from './config';
import { INDEX_SETTINGS, touches } from './configurationChanges';
import { Disposable, toDisposable } from './disposable';
import { indexedDocument, ListedParts, type IndexedDocument } from './indexedDocument';
import { LatestRun } from './latestRun';
import { engine } from './engine';
import { ms, type SeedmarkLog } from './seedmarkLog';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';
import { workspaceSidecarStorage } from './workspaceSidecarStorage';

export type { IndexedDocument } from './indexedDocument';

/** A document as read for the index, with its model. */
interface ReadDocument {
  text: string;
  sidecar: SidecarSummary;
  model: PooledModel;
}

const MAX_DOCUMENTS = 10_000;
/** Documents read and modelled at once: enough to keep every model worker busy while files are read. */
const IN_FLIGHT = 8;

/** Builds documents' models for the index: on worker threads in the desktop host (kept between sessions), in place on the web. */
export interface IndexModelSource {
  /** A document's model; `cached` says under which key it is kept and whether it was read from there. */
  build(input: IndexModelInput): Promise<PooledModel>;
  /** A local file's model, the file and its sidecar read where the model is built (see ModelWorkerPool.buildFromFile). */
  buildFromFile?(file: SeedFileJob): Promise<PooledFileModel>;
  /** After a whole run: only the models this run used stay kept. */
  keepOnly?(keys: ReadonlySet<string>): Promise<number>;
}

/**
 * Every seed document of the workspace, not only the open ones, for the Commitments view, the
 * timeline, exports and the Problems panel. Nothing is read until one of them first asks
 * (`ensureIndexed`): opening a workspace costs nothing. Progress shows in the Commitments view,
 * never as a notification. Once started, file watchers over the seed globs and sidecars keep it
 * current (outside changes such as `git pull` re-index and re-anchor); open seed documents are
 * taken live from the store, indexed or not.
 */
export class WorkspaceIndex extends Disposable {
  private indexed = new Map<string, IndexedDocument>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private pendingFire: ReturnType<typeof setTimeout> | undefined;
  private indexing: Promise<void> | undefined;
  /** The run in progress; a new run cancels it. */
  private readonly runs = new LatestRun(() => new vscode.CancellationTokenSource());
  /** Watchers of the seed globs and of sidecars, made when indexing first starts and again when the globs change. */
  private watchers: vscode.Disposable | undefined;
  /** How often each document was seen deleted, so a reading that began before a deletion is dropped. */
  private readonly deletions = new Map<string, number>();
  private readonly reviewedOnly = new WeakMap<readonly MergedAnnotation[], IndexedDocument>();
  private readonly openModels = new ListedParts();
  /** How many full indexing runs have started: read by the test probes (a severity change must not add one). */
  runCount = 0;
  /** How the last full indexing went: read by the tests. */
  lastRun: { run: number; documents: number; indexed: number; fromCache: number; cancelled: boolean } | undefined;

  constructor(
    private readonly store: SeedStore,
    private configuration: SeedmarkConfiguration,
    private readonly log: SeedmarkLog,
    private readonly models: IndexModelSource = { build: (input) => Promise.resolve().then(() => modelFromMerged(engine().buildIndexModel(input))) },
  ) {
    super();
    this._register(store.onDidChange(() => this.fireSoon()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        // A long seed's new reading lands after typing pauses, and the store says so then.
        if ((this.indexed.has(event.document.uri.toString()) || this.store.isSeed(event.document)) && !this.store.readsInSlices(event.document)) this.fireSoon();
      }),
    );
    this._register(vscode.workspace.onDidCloseTextDocument(() => this.fireSoon()));
    this._register(toDisposable(() => void this.watchers?.dispose()));
    this._register(toDisposable(() => this.runs.cancel()));
    this._register(toDisposable(() => this.pendingFire && clearTimeout(this.pendingFire)));
  }

  /** Whether a full run has been asked for (the index is only kept current from then on). */
  get started(): boolean {
    return this.indexing !== undefined;
  }

  /**
   * Takes in new settings. The seed globs, `enable` or the size limit re-index, but only once
   * something has asked for the index; showing or hiding suggestions re-filters what is indexed.
   * Nothing else concerns the index.
   */
  setConfiguration(configuration: SeedmarkConfiguration, changed: ReadonlySet<keyof SeedmarkConfiguration>): void {
    this.configuration = configuration;
    if (touches(changed, INDEX_SETTINGS) && this.started) {
      this.indexing = undefined;
      void this.ensureIndexed();
    } else if (changed.has('showSuggestions')) this.fireSoon();
  }

  /** Indexes the workspace once (later calls wait for the same run). */
  ensureIndexed(): Promise<void> {
    this.indexing ??= this.indexAll();
    return this.indexing;
  }

  /** All seed documents: indexed ones (open ones with their live, unsaved text), then seeds open in an editor and not indexed yet. */
  documents(): IndexedDocument[] {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const live = (document: vscode.TextDocument, indexed?: IndexedDocument): IndexedDocument | undefined => {
      // The store has applied seedmark.showSuggestions already.
      const view = this.store.viewOf(document);
      // A long document still being read has no facts yet; its indexed model stands in meanwhile.
      if (view.pending) return indexed && (this.configuration.showSuggestions ? indexed : this.withoutSuggestions(indexed));
      return indexedDocument({ uri: view.uri, text: view.text, sidecar: view.sidecar, ...(view.sidecarUri ? { sidecarUri: view.sidecarUri } : {}) }, this.openModels.of({ referenceDate: view.result.referenceDate, merged: view.merged }));
    };
    const result: IndexedDocument[] = [];
    for (const entry of this.indexed.values()) {
      const document = open.get(entry.uri.toString());
      const read = document && this.store.isSeed(document) ? live(document, entry) : undefined;
      if (read) result.push(read);
      else if (!document && this.store.isSeedUri(entry.uri)) result.push(this.configuration.showSuggestions ? entry : this.withoutSuggestions(entry));
    }
    // Only those in an editor tab: VS Code keeps a closed editor's document (even a deleted file's) for a while.
    const inTabs = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : [])));
    for (const [key, document] of open) {
      const read = !this.indexed.has(key) && inTabs.has(key) && document.uri.scheme !== 'untitled' && this.store.isSeed(document) ? live(document) : undefined;
      if (read) result.push(read);
    }
    return result;
  }

  /**
   * The entry with the sidecar's annotations only; one filtered list per model, so what is cached
   * by model stays cached. Every annotation from the sidecar is listed, so the listed part is enough.
   */
  private withoutSuggestions(entry: IndexedDocument): IndexedDocument {
    let filtered = this.reviewedOnly.get(entry.listed);
    if (!filtered) {
      const { uri, text, sidecar, sidecarUri, referenceDate } = entry;
      const reviewed = entry.listed.filter((item) => item.origin === 'sidecar');
      filtered = { uri, text, sidecar, ...(sidecarUri ? { sidecarUri } : {}), referenceDate, listed: reviewed, merged: reviewed };
      this.reviewedOnly.set(entry.listed, filtered);
    }
    return filtered;
  }

  private async indexAll(): Promise<void> {
    const run = this.runs.start();
    this.runCount++;
    this.watch();
    try {
      await vscode.window.withProgress({ location: { viewId: VIEWS.commitments }, title: vscode.l10n.t('Indexing seed documents') }, (progress) => this.indexRun(run.token, progress));
    } finally {
      this.runs.finish(run);
    }
  }

  private async indexRun(token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
    const started = performance.now();
    const run = this.runCount;
    const include = findFilesPattern(this.configuration.include);
    const exclude = findFilesPattern(this.configuration.exclude);
    const [documents, sidecars] = await Promise.all([
      include && this.configuration.enable ? vscode.workspace.findFiles(include, exclude, MAX_DOCUMENTS, token) : [],
      this.configuration.enable ? vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, exclude, MAX_DOCUMENTS, token) : [],
    ]);
    if (token.isCancellationRequested) return;
    const all = new Map(documents.filter((uri) => !uri.path.endsWith(SIDECAR_SUFFIX)).map((uri) => [uri.toString(), uri]));
    for (const sidecar of sidecars) {
      const path = documentPathForSidecar(sidecar.path);
      if (path) all.set(sidecar.with({ path }).toString(), sidecar.with({ path }));
    }
    const uris = [...all.values()];
    // A new map per run: what a cancelled run read never mixes with this one's.
    const indexed = new Map<string, IndexedDocument>();
    this.indexed = indexed;
    const cacheKeys = new Set<string>();
    let fromCache = 0;
    let done = 0;
    let next = 0;
    const lane = async () => {
      while (next < uris.length && !token.isCancellationRequested) {
        const cached = await this.indexDocument(uris[next++], indexed, token);
        if (cached) cacheKeys.add(cached.key);
        if (cached?.hit) fromCache++;
        done++;
        if (done % 25 === 0 || done === uris.length) {
          progress.report({ message: vscode.l10n.t('{0} of {1} documents', done, uris.length), increment: (25 / uris.length) * 100 });
          this.fireSoon();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, uris.length) }, lane));
    this.lastRun = { run, documents: uris.length, indexed: done, fromCache, cancelled: token.isCancellationRequested };
    const cacheNote = cacheKeys.size > 0 ? `, ${fromCache} from the model cache` : '';
    this.log.info(`Indexed ${indexed.size} of ${uris.length} seed documents in ${ms(performance.now() - started)}${cacheNote}${this.lastRun.cancelled ? ' (cancelled by a newer run)' : ''}.`);
    this.fireSoon();
    // Models of documents that changed or went since the last run are of no more use.
    if (!token.isCancellationRequested && this.models.keepOnly && cacheKeys.size > 0) {
      const removed = await this.models.keepOnly(cacheKeys);
      if (removed > 0) this.log.info(`Removed ${removed} unused models from the model cache.`);
    }
  }

  /** Watches what the seed globs select and every sidecar; nothing else in the workspace. */
  private watch(): void {
    this.watchers?.dispose();
    const include = findFilesPattern(this.configuration.include);
    const made: vscode.Disposable[] = [];
    const watchers = [...(include ? [vscode.workspace.createFileSystemWatcher(include)] : []), vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`)];
    for (const watcher of watchers) {
      made.push(
        watcher,
        watcher.onDidCreate((uri) => void this.reindex(uri)),
        watcher.onDidChange((uri) => void this.reindex(uri)),
        watcher.onDidDelete((uri) => this.forget(uri)),
      );
    }
    this.watchers = vscode.Disposable.from(...made);
  }

  private async reindex(uri: vscode.Uri): Promise<void> {
    const path = documentPathForSidecar(uri.path);
    const documentUri = path ? uri.with({ path }) : uri;
    if (path) this.store.noteSidecar(documentUri, true);
    if (this.indexed.has(documentUri.toString()) || this.store.isSeedUri(documentUri)) await this.indexDocument(documentUri, this.indexed);
    this.fireSoon();
  }

  private forget(uri: vscode.Uri): void {
    const path = documentPathForSidecar(uri.path);
    if (path) {
      // The sidecar went: the document stays a seed only if the globs still select it.
      const documentUri = uri.with({ path });
      this.store.noteSidecar(documentUri, false);
      void this.reindex(documentUri);
      return;
    }
    this.deletions.set(uri.toString(), this.deletionCount(uri) + 1);
    if (this.indexed.delete(uri.toString())) this.fireSoon();
  }

  private deletionCount(uri: vscode.Uri): number {
    return this.deletions.get(uri.toString()) ?? 0;
  }

  private deletedSince(uri: vscode.Uri, count: number): boolean {
    return this.deletionCount(uri) !== count;
  }

  /** Reads and models one document; says under which key its model is cached, when it is. */
  private async indexDocument(uri: vscode.Uri, indexed: Map<string, IndexedDocument>, token?: vscode.CancellationToken): Promise<{ key: string; hit: boolean } | undefined> {
    // A document deleted while it was being read (its model is built on a worker) must not come back.
    const deletionsBefore = this.deletionCount(uri);
    try {
      const started = performance.now();
      const sidecarUri = this.store.sidecarUriOf(uri);
      const fromEditor = await this.takeFromEditor(uri, sidecarUri);
      if (fromEditor) {
        if (!token?.isCancellationRequested && !this.deletedSince(uri, deletionsBefore)) indexed.set(uri.toString(), fromEditor);
        return undefined;
      }
      const onWorker = await this.readOnWorker(uri, sidecarUri);
      const read = onWorker === undefined ? await this.readHere(uri, sidecarUri, token) : onWorker;
      if (!read) {
        indexed.delete(uri.toString());
        return undefined;
      }
      const { text, sidecar, model } = read;
      this.store.noteSidecar(uri, sidecar.kind !== 'missing');
      if (token?.isCancellationRequested) return undefined;
      if (this.deletedSince(uri, deletionsBefore)) return undefined;
      // Unfiltered: seedmark.showSuggestions is applied when documents are listed, so changing it re-reads nothing.
      indexed.set(uri.toString(), indexedDocument({ uri, text, sidecar, ...(sidecarUri ? { sidecarUri } : {}) }, model));
      const elapsed = performance.now() - started;
      // A large document is worth a line of its own (its model came whole, in parts); the thousands of small ones are summed up by indexAll.
      if (elapsed > 1_000) this.log.info(`Indexed ${vscode.workspace.asRelativePath(uri, false)} (${(text.length / 1e6).toFixed(1)} M characters, ${model.merged.length} annotations) in ${ms(elapsed)}.`);
      return model.cached;
    } catch (error) {
      indexed.delete(uri.toString());
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) this.log.error(`Could not index ${vscode.workspace.asRelativePath(uri, false)}`, error);
      return undefined;
    }
  }

  /**
   * A long seed open in an editor, as saved, is being read by the store already: its reading is
   * taken when it lands rather than made a second time on a worker, which on a machine of few
   * cores would compete with the editor's own reading of it for the first highlights.
   */
  private async takeFromEditor(uri: vscode.Uri, sidecarUri: vscode.Uri | undefined): Promise<IndexedDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    // The store's view leaves suggestions out when they are hidden; the index keeps them, to list them once shown.
    if (!open || open.isDirty || !this.configuration.showSuggestions || !this.store.isSeed(open) || !this.store.readsInSlices(open)) return undefined;
    const view = await this.store.currentView(open);
    if (view.pending || open.isClosed) return undefined;
    // VS Code keeps a closed editor's document for a while, a deleted file's too: only a file still
    // on disk is indexed (this throws FileNotFound otherwise, which drops the entry).
    await vscode.workspace.fs.stat(uri);
    return indexedDocument({ uri, text: view.text, sidecar: view.sidecar, ...(sidecarUri ? { sidecarUri } : {}) }, modelFromMerged({ referenceDate: view.result.referenceDate, merged: view.merged }));
  }

  /**
   * A local file is read, with its sidecar, by the model worker that builds its model: the
   * editor's thread neither reads nor parses. Undefined when that cannot be (another file system,
   * no threads): the document is read here.
   */
  private async readOnWorker(uri: vscode.Uri, sidecarUri: vscode.Uri | undefined): Promise<ReadDocument | null | undefined> {
    if (uri.scheme !== 'file' || !this.models.buildFromFile) return undefined;
    const roots = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
    const result = await this.models.buildFromFile({ path: uri.fsPath, ...(sidecarUri ? { sidecarPath: sidecarUri.fsPath } : {}), today: todayIso(), maxBytes: this.maxBytes(), roots });
    if ('unread' in result) return undefined;
    if ('skipped' in result) {
      if (result.skipped.reason === 'too-large') this.logTooLarge(uri, result.skipped.bytes);
      else if (result.skipped.reason === 'not-text') this.logNotText(uri);
      return null;
    }
    return result;
  }

  /** Reads the document and its sidecar through `workspace.fs` and builds its model. Null when the document is skipped. */
  private async readHere(uri: vscode.Uri, sidecarUri: vscode.Uri | undefined, token?: vscode.CancellationToken): Promise<ReadDocument | null> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > this.maxBytes()) {
      this.logTooLarge(uri, stat.size);
      return null;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) {
      this.logNotText(uri);
      return null;
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const sidecar: SidecarFileState = sidecarUri ? await engine().readSidecarState(workspaceSidecarStorage, sidecarUri.toString()) : { kind: 'missing' };
    if (token?.isCancellationRequested) return null;
    const model = await this.models.build({ text, today: todayIso(), ...(sidecar.kind === 'ok' ? { sidecar: sidecar.sidecar.content } : {}) });
    return { text, sidecar, model };
  }

  private maxBytes(): number {
    return this.configuration.maxDocumentSizeMB * 1_000_000;
  }

  private logTooLarge(uri: vscode.Uri, bytes: number): void {
    this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: ${(bytes / 1e6).toFixed(1)} MB is over seedmark.maxDocumentSizeMB (${this.configuration.maxDocumentSizeMB}).`);
  }

  private logNotText(uri: vscode.Uri): void {
    this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: not text (a NUL byte in its first 8 KB).`);
  }

  /** Coalesces bursts (a `git pull` touching hundreds of files) into one refresh. */
  private fireSoon(): void {
    if (this.pendingFire) return;
    this.pendingFire = setTimeout(() => {
      this.pendingFire = undefined;
      this.changed.fire();
    }, 100);
  }
}
