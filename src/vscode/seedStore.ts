import * as vscode from 'vscode';
import type { DocumentModel, DocumentModelInput, PreviewRequest } from '../core/documentModel';
import type { ParagraphFactCache } from '../core/extract/incremental/paragraphCache';
import { isSeedPath } from '../core/seedSet';
import { documentPathForSidecar, SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar/sidecarPath';
import type { SuggestionMemo } from '../core/sidecar/suggestionMemo';
import type { SidecarFileState, SidecarPlan, SidecarUpdate } from '../core/sidecar/updateSidecar';
import type { SeedmarkConfiguration } from './config';
import { INDEX_SETTINGS, touches } from './configurationChanges';
import { Disposable } from './disposable';
import { engine } from './engine';
import { SliceClock } from './timeSlices';
import { todayIso } from './today';
import { workspaceSidecarStorage } from './workspaceSidecarStorage';

/** Everything the surfaces show for one document, computed from its text and its sidecar. */
export interface DocumentView extends DocumentModel {
  uri: vscode.Uri;
  version: number;
  text: string;
  sidecarUri: vscode.Uri | undefined;
  sidecar: SidecarFileState | { kind: 'loading' };
  /**
   * A long document whose first reading is still under way: no facts yet and no reference date
   * to trust, or, with `readThrough`, a preview of what is read so far.
   */
  pending?: true;
  /** A preview's extent: its facts and suggestions up to this offset are final; none after it are known yet. */
  readThrough?: number;
}

interface Entry {
  sidecar: SidecarFileState | { kind: 'loading' };
  /** Settles when the sidecar read started with the entry (or the latest reload) has landed. */
  loaded: Promise<void>;
  /** Paragraphs already read, so an edit re-extracts only what it touched. */
  paragraphs: ParagraphFactCache;
  /** Suggestions already built from those paragraphs' facts, so an edit re-merges only what changed. */
  suggestions: SuggestionMemo;
  /** Bumped on every sidecar change so cached views know they are stale. */
  sidecarGeneration: number;
  view?: { version: number; generation: number; view: DocumentView };
  /** A long document's model being built in slices; later versions are built by the same run. */
  building?: Promise<void>;
  /** What surfaces see until the first reading is done: kept, so each of them does not copy a long text again. */
  pending?: DocumentView;
}

/**
 * Above this size a document's model is built in slices of the host's time rather than at once:
 * a first reading of it takes longer than the editor can wait without stuttering (issue #20).
 */
const SLICED_ABOVE_CHARS = 400_000;

/**
 * A long document is read again once typing has paused this long. Reading it takes a few
 * hundred milliseconds of the host's time, in slices; read after every keystroke, it kept the
 * host busy for as long as someone typed, and on a machine with few cores that slowed the
 * editor's own drawing of the keys. Meanwhile the highlights drawn stay (VS Code moves them).
 */
const TYPING_PAUSE_MS = 400;

/**
 * Per-document state: text → facts → merged with the sidecar (design.md §2). Surfaces read
 * views from here and send user actions back through `update`; nothing else reads or writes
 * sidecars. Views are computed on demand and cached by document version and sidecar generation;
 * a document's state goes when its last editor closes (the workspace index keeps what the
 * Commitments view needs of closed documents).
 */
export class SeedStore extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with a document URI when its view changed (sidecar loaded, edited, changed on disk, seed set changed). */
  readonly onDidChange = this.changed.event;
  /** Documents known to have a sidecar (from the workspace index or a look on opening). */
  private readonly withSidecar = new Set<string>();

  constructor(private configuration: SeedmarkConfiguration) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`));
    const reload = (sidecar: vscode.Uri) => {
      const path = documentPathForSidecar(sidecar.path);
      if (!path) return;
      const documentUri = sidecar.with({ path });
      if (this.entries.has(documentUri.toString())) void this.loadSidecar(documentUri);
      else void this.lookForSidecar(documentUri);
    };
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(vscode.workspace.onDidOpenTextDocument((document) => void this.lookForSidecar(document.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())));
    for (const document of vscode.workspace.textDocuments) void this.lookForSidecar(document.uri);
  }

  /** Documents whose state is held (open ones that were read): for the tests. */
  get documentKeys(): string[] {
    return [...this.entries.keys()];
  }

  /** Documents shown from a preview while their first reading goes on: for the tests. */
  get previewKeys(): string[] {
    return [...this.entries].filter(([, entry]) => entry.pending?.readThrough !== undefined).map(([key]) => key);
  }

  /**
   * Takes in new settings; only what they touch is redone. Suggestions shown or hidden: views
   * are filtered again (facts are kept). Seed set or size limit: open documents redraw, since
   * they may now be read, or not. Severities are not the store's.
   */
  setConfiguration(configuration: SeedmarkConfiguration, changed: ReadonlySet<keyof SeedmarkConfiguration>): void {
    this.configuration = configuration;
    if (changed.has('showSuggestions')) for (const entry of this.entries.values()) entry.view = undefined;
    if (touches(changed, [...INDEX_SETTINGS, 'showSuggestions'])) for (const document of vscode.workspace.textDocuments) this.changed.fire(document.uri);
  }

  /**
   * Whether Seedmark reads this document: it is in the seed set (seedSet.ts: the include globs,
   * or a sidecar, and no exclude). An untitled document is a seed only in the `seed` language.
   */
  isSeed(document: vscode.TextDocument): boolean {
    if (!this.configuration.enable) return false;
    if (document.uri.scheme === 'untitled') return document.languageId === 'seed' && this.tooLarge(document) === undefined;
    if (!this.isSeedUri(document.uri)) return false;
    return this.tooLarge(document) === undefined;
  }

  /** Whether a file is in the seed set, by its path alone (size not considered). */
  isSeedUri(uri: vscode.Uri): boolean {
    if (!this.configuration.enable || uri.scheme === 'untitled') return false;
    const key = uri.toString();
    const entry = this.entries.get(key);
    const hasSidecar = entry?.sidecar.kind === 'ok' || entry?.sidecar.kind === 'broken' || this.withSidecar.has(key);
    return isSeedPath(vscode.workspace.asRelativePath(uri, false), this.configuration, hasSidecar);
  }

  /** Whether the file has a sidecar, as far as the store knows. */
  hasSidecar(uri: vscode.Uri): boolean {
    return this.withSidecar.has(uri.toString());
  }

  /** The document's size in characters when it is over `seedmark.maxDocumentSizeMB`, else undefined. */
  tooLarge(document: vscode.TextDocument): number | undefined {
    // The offset of the end, not getText().length: no copy of a huge text just to measure it.
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return size > this.configuration.maxDocumentSizeMB * 1_000_000 ? size : undefined;
  }

  /** Marks a document as annotated, so it is read even outside `seedmark.include`. */
  noteSidecar(documentUri: vscode.Uri, present: boolean): void {
    const key = documentUri.toString();
    if (present === this.withSidecar.has(key)) return;
    if (present) this.withSidecar.add(key);
    else this.withSidecar.delete(key);
    this.changed.fire(documentUri);
  }

  sidecarUriOf(documentUri: vscode.Uri): vscode.Uri | undefined {
    if (documentUri.scheme === 'untitled') return undefined;
    return documentUri.with({ path: sidecarPathFor(documentUri.path) });
  }

  /**
   * The document's view; its sidecar is loaded in the background on first use. A long document's
   * view is built in slices: until it is ready this is the last view built (of an earlier
   * version, with its own text) or a pending one, and `onDidChange` fires when it is ready.
   */
  viewOf(document: vscode.TextDocument): DocumentView {
    const entry = this.entryOf(document.uri);
    const cached = entry.view;
    if (cached && cached.version === document.version && cached.generation === entry.sidecarGeneration) return cached.view;
    if (this.isLong(document)) {
      void this.buildInSlices(document, entry);
      return cached?.view ?? this.pendingView(document, entry);
    }
    const input = this.modelInput(document, entry);
    const view = this.viewFrom(document, entry, input.text, engine().buildDocumentModel(input));
    entry.view = { version: document.version, generation: entry.sidecarGeneration, view };
    return view;
  }

  /** Whether `viewOf` gives the document's current text, facts and sidecar (a long one may still be reading). */
  isCurrent(document: vscode.TextDocument): boolean {
    const view = this.viewOf(document);
    return view.version === document.version && view.pending === undefined;
  }

  /** Whether `viewOf` can be drawn on the document as it is now: it is current, or a preview of a first reading. */
  isDrawable(document: vscode.TextDocument): boolean {
    const view = this.viewOf(document);
    return view.version === document.version && (view.pending === undefined || view.readThrough !== undefined);
  }

  /** The view that knows the facts at `offset`: a first reading's preview once it has read past it, else the current view (waited for). */
  async viewAt(document: vscode.TextDocument, offset: number): Promise<DocumentView> {
    const view = this.viewOf(document);
    if (view.version === document.version && view.readThrough !== undefined && offset < view.readThrough) return view;
    return this.currentView(document);
  }

  /** The view of the document as it is now, waiting for a long document's slices when they are under way. */
  async currentView(document: vscode.TextDocument): Promise<DocumentView> {
    for (;;) {
      const view = this.viewOf(document);
      const entry = this.entries.get(document.uri.toString());
      if ((view.version === document.version && view.pending === undefined) || !entry?.building || document.isClosed) return view;
      await entry.building;
    }
  }

  /** Resolves once the document's sidecar has been read (for commands that need it). */
  async ready(document: vscode.TextDocument): Promise<DocumentView> {
    await this.entryOf(document.uri).loaded;
    return this.currentView(document);
  }

  /** Whether the document is read in slices, and again only when typing pauses (its reading fires `onDidChange` when it lands). */
  readsInSlices(document: vscode.TextDocument): boolean {
    return this.isLong(document);
  }

  private isLong(document: vscode.TextDocument): boolean {
    return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > SLICED_ABOVE_CHARS;
  }

  /** What a document's model is built from: its text, its caches and its sidecar. */
  private modelInput(document: vscode.TextDocument, entry: Entry): DocumentModelInput {
    const sidecar = entry.sidecar;
    return { text: document.getText(), today: todayIso(), cache: entry.paragraphs, memo: entry.suggestions, ...(sidecar.kind === 'ok' ? { sidecar: sidecar.sidecar.content } : {}) };
  }

  private viewFrom(document: vscode.TextDocument, entry: Entry, text: string, model: DocumentModel): DocumentView {
    if (!this.configuration.showSuggestions) model.merged = model.merged.filter((item) => item.origin === 'sidecar');
    return { ...model, uri: document.uri, version: document.version, text, sidecarUri: this.sidecarUriOf(document.uri), sidecar: entry.sidecar };
  }

  private pendingView(document: vscode.TextDocument, entry: Entry): DocumentView {
    if (entry.pending?.version === document.version) return entry.pending;
    const result = { referenceDate: { date: todayIso(), from: 'today' as const }, facts: [], sentences: [] };
    entry.pending = { result, merged: [], uri: document.uri, version: document.version, text: document.getText(), sidecarUri: this.sidecarUriOf(document.uri), sidecar: entry.sidecar, pending: true };
    return entry.pending;
  }

  /**
   * Builds a long document's model in slices, one run per document: a run that finishes behind
   * the document (typed into, or its sidecar changed meanwhile) builds again from the latest
   * text, so a burst of keystrokes costs one reading, never one each. A run always finishes:
   * the paragraph cache is only consistent between runs.
   */
  private buildInSlices(document: vscode.TextDocument, entry: Entry): Promise<void> {
    entry.building ??= (async () => {
      try {
        for (;;) {
          if (entry.view) await typingPause(document);
          if (this.entries.get(document.uri.toString()) !== entry || document.isClosed) return;
          const version = document.version;
          const generation = entry.sidecarGeneration;
          const input = this.modelInput(document, entry);
          const model = await this.readInSlices(document, entry, input);
          if (!model) return;
          // The document changed while its model was built: the model is of the text it was built from.
          entry.view = { version, generation, view: { ...this.viewFrom(document, entry, input.text, model), version } };
          entry.pending = undefined;
          if (this.entries.get(document.uri.toString()) !== entry || document.isClosed) return;
          this.changed.fire(document.uri);
          if (document.version === version && entry.sidecarGeneration === generation) return;
        }
      } finally {
        entry.building = undefined;
      }
    })();
    return entry.building;
  }

  /**
   * One reading of a long document, in slices. On its first reading, whatever an editor shows of
   * it is drawn as soon as it is read: a preview of the text read so far, made again when the user
   * scrolls past it, while the rest is read. Given up (undefined) when the document is closed:
   * its entry, paragraph cache included, is dropped with it.
   */
  private async readInSlices(document: vscode.TextDocument, entry: Entry, input: DocumentModelInput): Promise<DocumentModel | undefined> {
    const firstReading = entry.view === undefined;
    const version = document.version;
    const request: PreviewRequest = { wantedThrough: firstReading ? screenEnd(document) : Number.POSITIVE_INFINITY };
    const steps = engine().buildDocumentModelInSteps(input, request);
    const clock = new SliceClock();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      // A preview of a text typed into since is not shown: its offsets are no longer the document's.
      if (step.value && document.version === version) {
        entry.pending = { ...this.viewFrom(document, entry, input.text, step.value.model), pending: true, readThrough: step.value.through };
        this.changed.fire(document.uri);
      }
      if (!(await clock.breathe())) continue;
      if (document.isClosed || this.entries.get(document.uri.toString()) !== entry) return undefined;
      if (firstReading) request.wantedThrough = screenEnd(document);
    }
  }

  /**
   * Applies a plan to the document's sidecar (atomic write, merge with changes on disk, never
   * over a broken file) and refreshes the views.
   */
  async update(documentUri: vscode.Uri, plan: SidecarPlan): Promise<SidecarUpdate> {
    if (!vscode.workspace.isTrusted) return { ok: false, reason: vscode.l10n.t('Seedmark only reads in an untrusted workspace: trust the workspace to save annotations.') };
    const sidecarUri = this.sidecarUriOf(documentUri);
    if (!sidecarUri) return { ok: false, reason: vscode.l10n.t('This document has no place for a sidecar: save it to a file first.') };
    const name = sidecarUri.path.slice(sidecarUri.path.lastIndexOf('/') + 1);
    // A read-only file system (a repository opened without write access on vscode.dev, say):
    // annotations are shown, decisions cannot be saved, and the user is told why.
    if (vscode.workspace.fs.isWritableFileSystem(sidecarUri.scheme) === false) return { ok: false, reason: vscode.l10n.t('{0} cannot be saved: this file system ({1}) is read-only.', name, sidecarUri.scheme) };
    let result: SidecarUpdate;
    try {
      result = await engine().updateSidecar(workspaceSidecarStorage, sidecarUri.toString(), plan);
    } catch (error) {
      // The file system refused (no permission, unavailable, no space): nothing was written.
      return { ok: false, reason: vscode.l10n.t('{0} could not be saved: {1}', name, error instanceof Error ? error.message : String(error)) };
    }
    if (result.ok && result.written) {
      this.noteSidecar(documentUri, true);
      await this.loadSidecar(documentUri);
    }
    return result;
  }

  /** Drops cached views so the next request extracts again. */
  refresh(documentUri?: vscode.Uri): void {
    for (const [key, entry] of this.entries) {
      if (!documentUri || key === documentUri.toString()) entry.view = undefined;
    }
    if (documentUri) this.changed.fire(documentUri);
  }

  private entryOf(documentUri: vscode.Uri): Entry {
    const key = documentUri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { sidecar: { kind: 'loading' }, loaded: Promise.resolve(), sidecarGeneration: 0, paragraphs: new (engine().ParagraphFactCache)(), suggestions: new (engine().SuggestionMemo)() };
      this.entries.set(key, entry);
      entry.loaded = this.loadSidecar(documentUri);
    }
    return entry;
  }

  /** Reads the sidecar into the document's entry; an entry dropped meanwhile (its editor closed) stays dropped. */
  private async loadSidecar(documentUri: vscode.Uri): Promise<void> {
    const sidecarUri = this.sidecarUriOf(documentUri);
    const state: SidecarFileState = sidecarUri ? await engine().readSidecarState(workspaceSidecarStorage, sidecarUri.toString()) : { kind: 'missing' };
    const entry = this.entries.get(documentUri.toString());
    if (!entry) return;
    entry.sidecar = state;
    entry.sidecarGeneration++;
    entry.view = undefined;
    this.noteSidecar(documentUri, state.kind !== 'missing');
    this.changed.fire(documentUri);
  }

  /**
   * On opening a file outside the include globs: one look for its sidecar, since an annotated
   * document is a seed wherever it is. The workspace index is not needed for that.
   */
  private async lookForSidecar(documentUri: vscode.Uri): Promise<void> {
    const sidecarUri = this.sidecarUriOf(documentUri);
    if (!sidecarUri || documentUri.path.endsWith(SIDECAR_SUFFIX) || !this.configuration.enable) return;
    let present: boolean;
    try {
      present = (await vscode.workspace.fs.stat(sidecarUri)).type !== vscode.FileType.Directory;
    } catch {
      present = false;
    }
    if (!this.isDisposed) this.noteSidecar(documentUri, present);
  }

  override dispose(): void {
    super.dispose();
    this.entries.clear();
  }
}

/** Lines below the screen a preview covers too, so a short scroll finds them drawn. */
const PREVIEW_MARGIN_LINES = 100;

/** The offset the editors showing the document reach, with a margin; beyond the end when none shows it. */
function screenEnd(document: vscode.TextDocument): number {
  const lines = vscode.window.visibleTextEditors.filter((editor) => editor.document === document).flatMap((editor) => editor.visibleRanges.map((range) => range.end.line));
  if (lines.length === 0) return Number.POSITIVE_INFINITY;
  return document.offsetAt(document.lineAt(Math.min(document.lineCount - 1, Math.max(...lines) + PREVIEW_MARGIN_LINES)).range.end);
}

/** Resolves once the document has not changed for TYPING_PAUSE_MS. */
async function typingPause(document: vscode.TextDocument): Promise<void> {
  for (let version = -1; version !== document.version && !document.isClosed; ) {
    version = document.version;
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
  }
}
