import * as vscode from 'vscode';
import { placesOf } from '../core/annotationPlaces';
import type { AnnotationRef } from '../core/crossDocument/documentAnnotation';
import { refKey } from '../core/crossDocument/documentAnnotation';
import type { Conflict } from '../core/crossDocument/findConflicts';
import type { CommitmentCluster } from '../core/crossDocument/matchCommitments';
import { collectCrossDocumentInput, type CrossDocumentInput } from '../core/crossDocument/crossDocumentInput';
import { rehydrateAnalysis, type CrossDocumentResult } from '../core/crossDocument/rehydrateAnalysis';
import type { CompactAnalysis, CrossDocumentAnalyser } from '../core/crossDocument/workspaceAnalysis';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { ms, type SeedmarkLog } from './seedmarkLog';
import { runInSlices, SliceClock } from './timeSlices';
import type { IndexedDocument, WorkspaceIndex } from './workspaceIndex';

export interface CrossDocumentAnalysis extends CrossDocumentResult {
  /** The documents the analysis read, by URI string: where its references point. */
  documents: Map<string, IndexedDocument>;
  /** Counts the analyses made, so a surface can tell a new one from the one it already showed. */
  generation: number;
}

/** Quiet time after the last change of the index before the workspace is read across again. */
const REANALYSE_DELAY_MS = 250;
/** An analysis that takes longer than this shows a notification with a Cancel button. */
const PROGRESS_AFTER_MS = 1_000;

/**
 * The workspace read across documents: the same commitment reported by several documents as one
 * cluster, and the deadlines and figures they disagree on (src/core/crossDocument). Shared by the
 * tree and the Problems panel.
 *
 * Nothing here holds the extension host's thread for long (issue #20): each document's
 * commitments and figures are collected in slices and kept with its model, the matching runs on
 * a worker thread (`CrossDocumentAnalyser`) that is sent only the documents that changed, and it
 * is redone only when a fact changed (typing that moves text does not). Changes are let pause
 * first; until a new analysis is ready the last one serves. One that takes over a second shows
 * its progress with a Cancel button; once cancelled, it starts again only when a fact changes.
 */
export class CrossDocumentIndex implements vscode.Disposable {
  private current: CrossDocumentAnalysis;
  /** Each model's share of the analysis, kept as long as the model (a new text or sidecar is a new model). */
  private readonly inputs = new WeakMap<readonly MergedAnnotation[], CrossDocumentInput>();
  private last: { signature: string; analysis: CompactAnalysis } | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private cancellation: vscode.CancellationTokenSource | undefined;
  /** Whether the person pressed Cancel on the analysis under way. */
  private userCancelled = false;
  /** The signature of the facts whose analysis the person cancelled: not redone for the same facts. */
  private declined: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a new analysis is ready (after the workspace index changed). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly analyser: CrossDocumentAnalyser,
    private readonly log: SeedmarkLog,
  ) {
    this.current = { ...rehydrateAnalysis([], { clusters: [], conflicts: [] }), documents: new Map(), generation: 0 };
    this.subscription = index.onDidChange(() => this.schedule());
  }

  /** The latest analysis (empty until the first is ready); never computed on the caller's time. */
  get analysis(): CrossDocumentAnalysis {
    return this.current;
  }

  clusterOf(ref: AnnotationRef): CommitmentCluster | undefined {
    return this.current.matching.clusterOf(ref);
  }

  conflictsOf(ref: AnnotationRef): Conflict[] {
    return this.current.conflictsByRef.get(refKey(ref)) ?? [];
  }

  /** Resolves once the analysis has caught up with the index: none waiting to start, none running. */
  async settled(): Promise<void> {
    while (this.pending !== undefined || this.running !== undefined) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, REANALYSE_DELAY_MS)));
    }
  }

  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.start();
    }, REANALYSE_DELAY_MS);
  }

  /** One analysis at a time: a change during one asks for another when it ends. */
  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.analyse().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
  }

  private async analyse(): Promise<void> {
    const started = performance.now();
    const cancellation = (this.cancellation = new vscode.CancellationTokenSource());
    this.userCancelled = false;
    const documents = this.index.documents();
    const progress = this.showProgressAfter(PROGRESS_AFTER_MS, documents.length, cancellation);
    try {
      const inputs: CrossDocumentInput[] = [];
      const clock = new SliceClock();
      for (const document of documents) {
        const input = this.inputs.get(document.listed) ?? (await this.collect(document, cancellation.token));
        if (!input) return;
        inputs.push(input);
        // The model's id map and line index, which the Problems panel and the tree read next: built
        // here in slices rather than in one block on their first lookup.
        await runInSlices(placesOf(document).prepare(), () => cancellation.token.isCancellationRequested);
        if (cancellation.token.isCancellationRequested) return;
        await clock.breathe();
      }
      if (cancellation.token.isCancellationRequested) return;
      const signature = inputs.map((input) => `${input.documentKey}\u0001${input.signature}`).join('\u0000');
      let compact = this.last?.signature === signature ? this.last.analysis : undefined;
      if (!compact && signature === this.declined) {
        // The person cancelled an analysis of these very facts: not started again until one changes.
        compact = this.last?.analysis ?? { clusters: [], conflicts: [] };
      } else if (!compact) {
        compact = await this.analyser.analyse(inputs, cancellation.token);
        if (!compact) {
          if (this.userCancelled) this.declined = signature;
          this.log.info(`Cross-document analysis of ${documents.length} documents cancelled after ${ms(performance.now() - started)}${this.userCancelled ? ' by the user; it starts again when a fact changes' : ''}; the previous one is kept.`);
          return;
        }
        this.last = { signature, analysis: compact };
        const annotations = inputs.reduce((total, input) => total + input.commitments.length + input.figures.length, 0);
        this.log.info(`Compared ${documents.length} documents (${annotations} commitments and figures) in ${ms(performance.now() - started)}: ${compact.clusters.length} commitments reported more than once, ${compact.conflicts.length} conflicts.`);
      }
      this.current = { ...rehydrateAnalysis(inputs, compact), documents: new Map(documents.map((document) => [document.uri.toString(), document])), generation: this.current.generation + 1 };
      this.changed.fire();
    } catch (error) {
      this.log.error('Cross-document analysis failed', error);
    } finally {
      progress.dispose();
      cancellation.dispose();
      if (this.cancellation === cancellation) this.cancellation = undefined;
    }
  }

  /** A document's commitments and figures, collected in slices of the host's time and kept with its model. */
  private async collect(document: IndexedDocument, token: vscode.CancellationToken): Promise<CrossDocumentInput | undefined> {
    const input = await runInSlices(
      collectCrossDocumentInput(document.uri.toString(), vscode.workspace.asRelativePath(document.uri, false), document.text, document.merged),
      () => token.isCancellationRequested,
    );
    if (input) this.inputs.set(document.listed, input);
    return input;
  }

  /** After `delay`, a notification with the analysis under way and a Cancel button, until it ends. */
  private showProgressAfter(delay: number, documents: number, cancellation: vscode.CancellationTokenSource): vscode.Disposable {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const timer = setTimeout(() => {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Seedmark: comparing {0} documents', documents), cancellable: true },
        async (_progress, token) => {
          const subscription = token.onCancellationRequested(() => {
            this.userCancelled = true;
            cancellation.cancel();
            this.analyser.cancel();
          });
          await finished;
          subscription.dispose();
        },
      );
    }, delay);
    return new vscode.Disposable(() => {
      clearTimeout(timer);
      finish();
    });
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.cancellation?.cancel();
    this.analyser.dispose();
    this.subscription.dispose();
    this.changed.dispose();
  }
}
