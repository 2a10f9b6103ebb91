import * as vscode from 'vscode';
import type { IndexModel, IndexModelInput } from '../core/indexModel';
import { findFilesPattern, isSelectedByGlobs } from '../core/globs';
import type { ReferenceDate } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { documentPathForSidecar } from '../core/sidecar/sidecarPath';
import type { SidecarFileState } from '../core/sidecar/updateSidecar';
import type { SeedmarkConfiguration } from './config';
import { engine } from './engine';
import { ms, type SeedmarkLog } from './seedmarkLog';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';
import { workspaceSidecarStorage } from './workspaceSidecarStorage';

/** What the tree and the Problems panel know about a document, open or not. */
export interface IndexedDocument {
  uri: vscode.Uri;
  text: string;
  referenceDate: ReferenceDate;
  merged: MergedAnnotation[];
  sidecarUri?: vscode.Uri;
  sidecar: SidecarFileState | { kind: 'loading' };
}

const MAX_DOCUMENTS = 10_000;
/** Documents read and modelled at once: enough to keep every model worker busy while files are read. */
const IN_FLIGHT = 8;

/** Builds a document's model for the index: on worker threads in the desktop host, in place on the web. */
export type IndexModelBuilder = (input: IndexModelInput) => Promise<IndexModel>;

/**
 * Every seed document of the workspace, not only the open ones: indexed in the background
 * with a progress notification on the first run, kept current by file watchers (outside
 * changes such as `git pull` re-index and re-anchor), open documents taken live from the store.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly indexed = new Map<string, IndexedDocument>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private pendingFire: ReturnType<typeof setTimeout> | undefined;
  private indexing: Promise<void> | undefined;
  /** How the last full indexing went: read by the status bar's tooltip and the tests. */
  lastRun: { documents: number; indexed: number; cancelled: boolean } | undefined;

  constructor(
    private readonly store: SeedStore,
    private configuration: SeedmarkConfiguration,
    private readonly log: SeedmarkLog,
    private readonly buildModel: IndexModelBuilder = (input) => Promise.resolve().then(() => engine().buildIndexModel(input)),
  ) {
    const documents = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      documents,
      documents.onDidCreate((uri) => void this.reindex(uri)),
      documents.onDidChange((uri) => void this.reindex(uri)),
      documents.onDidDelete((uri) => this.forget(uri)),
      store.onDidChange(() => this.fireSoon()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.indexed.has(event.document.uri.toString())) this.fireSoon();
      }),
    );
  }

  setConfiguration(configuration: SeedmarkConfiguration): void {
    this.configuration = configuration;
    this.indexed.clear();
    this.indexing = undefined;
    void this.ensureIndexed();
  }

  /** Indexes the workspace once (later calls wait for the same run). */
  ensureIndexed(showProgress = true): Promise<void> {
    this.indexing ??= this.indexAll(showProgress);
    return this.indexing;
  }

  /** All indexed documents, open ones with their live (unsaved) text. */
  documents(): IndexedDocument[] {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    return [...this.indexed.values()].map((entry) => {
      const document = open.get(entry.uri.toString());
      if (!document || !this.store.isSeed(document)) return entry;
      const view = this.store.viewOf(document);
      // A long document still being read has no facts yet; its indexed model stands in meanwhile.
      if (view.pending) return entry;
      return { uri: view.uri, text: view.text, referenceDate: view.result.referenceDate, merged: view.merged, sidecar: view.sidecar, ...(view.sidecarUri ? { sidecarUri: view.sidecarUri } : {}) };
    });
  }

  private async indexAll(showProgress: boolean): Promise<void> {
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      const started = performance.now();
      const include = findFilesPattern(this.configuration.include);
      const exclude = findFilesPattern(this.configuration.exclude);
      const [documents, sidecars] = await Promise.all([
        include ? vscode.workspace.findFiles(include, exclude, MAX_DOCUMENTS, token) : [],
        vscode.workspace.findFiles('**/*.annotations.yaml', exclude, MAX_DOCUMENTS, token),
      ]);
      const all = new Map(documents.map((uri) => [uri.toString(), uri]));
      for (const sidecar of sidecars) {
        const path = documentPathForSidecar(sidecar.path);
        if (path) all.set(sidecar.with({ path }).toString(), sidecar.with({ path }));
      }
      const uris = [...all.values()];
      let done = 0;
      let next = 0;
      const lane = async () => {
        while (next < uris.length && !token?.isCancellationRequested) {
          await this.indexDocument(uris[next++]);
          done++;
          if (done % 25 === 0 || done === uris.length) {
            progress?.report({ message: vscode.l10n.t('{0} of {1} documents', done, uris.length), increment: (25 / uris.length) * 100 });
            this.fireSoon();
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, uris.length) }, lane));
      this.lastRun = { documents: uris.length, indexed: done, cancelled: token?.isCancellationRequested ?? false };
      this.log.info(`Indexed ${this.indexed.size} of ${uris.length} seed documents in ${ms(performance.now() - started)}${this.lastRun.cancelled ? ' (cancelled)' : ''}.`);
      this.fireSoon();
    };
    if (!showProgress) return work();
    return Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Seedmark: indexing seed documents'), cancellable: true }, (progress, token) => work(progress, token)),
    );
  }

  private async reindex(uri: vscode.Uri): Promise<void> {
    if (uri.path.endsWith('.annotations.yaml')) {
      const path = documentPathForSidecar(uri.path);
      if (path) await this.indexDocument(uri.with({ path }));
    } else if (this.indexed.has(uri.toString()) || this.matchesInclude(uri)) {
      await this.indexDocument(uri);
    }
    this.fireSoon();
  }

  private matchesInclude(uri: vscode.Uri): boolean {
    const relative = vscode.workspace.asRelativePath(uri, false);
    return isSelectedByGlobs(relative, this.configuration);
  }

  private forget(uri: vscode.Uri): void {
    if (this.indexed.delete(uri.toString())) this.fireSoon();
    const path = documentPathForSidecar(uri.path);
    if (path) void this.reindex(uri);
  }

  private async indexDocument(uri: vscode.Uri): Promise<void> {
    try {
      const started = performance.now();
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.configuration.maxDocumentSizeMB * 1_000_000) {
        this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: ${(stat.size / 1e6).toFixed(1)} MB is over seedmark.maxDocumentSizeMB (${this.configuration.maxDocumentSizeMB}).`);
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 8192).includes(0)) {
        this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: not text (a NUL byte in its first 8 KB).`);
        return;
      }
      const text = new TextDecoder('utf-8').decode(bytes);
      const sidecarUri = this.store.sidecarUriOf(uri);
      const sidecar: SidecarFileState = sidecarUri ? await engine().readSidecarState(workspaceSidecarStorage, sidecarUri.toString()) : { kind: 'missing' };
      this.store.noteSidecar(uri, sidecar.kind !== 'missing');
      const model = await this.buildModel({ text, today: todayIso(), ...(sidecar.kind === 'ok' ? { sidecar: sidecar.sidecar.content } : {}) });
      const merged = this.configuration.showSuggestions ? model.merged : model.merged.filter((item) => item.origin === 'sidecar');
      this.indexed.set(uri.toString(), { uri, text, referenceDate: model.referenceDate, merged, sidecar, ...(sidecarUri ? { sidecarUri } : {}) });
      const elapsed = performance.now() - started;
      // A large document is worth a line of its own; the thousands of small ones are summed up by indexAll.
      if (elapsed > 1_000) this.log.info(`Indexed ${vscode.workspace.asRelativePath(uri, false)} (${(text.length / 1e6).toFixed(1)} M characters, ${merged.length} annotations) in ${ms(elapsed)}.`);
    } catch (error) {
      this.indexed.delete(uri.toString());
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) this.log.error(`Could not index ${vscode.workspace.asRelativePath(uri, false)}`, error);
    }
  }

  /** Coalesces bursts (a `git pull` touching hundreds of files) into one refresh. */
  private fireSoon(): void {
    if (this.pendingFire) return;
    this.pendingFire = setTimeout(() => {
      this.pendingFire = undefined;
      this.changed.fire();
    }, 100);
  }

  dispose(): void {
    if (this.pendingFire) clearTimeout(this.pendingFire);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
