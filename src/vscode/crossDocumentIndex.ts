import * as vscode from 'vscode';
import type { AnnotationRef, CrossDocumentAnnotation } from '../core/crossDocument/documentAnnotation';
import { refKey } from '../core/crossDocument/documentAnnotation';
import type { Conflict } from '../core/crossDocument/findConflicts';
import type { CommitmentCluster, CommitmentMatching } from '../core/crossDocument/matchCommitments';
import { engine } from './engine';
import type { IndexedDocument, WorkspaceIndex } from './workspaceIndex';

/** Characters of the sentence around a figure read to tell what it measures. */
const FIGURE_CONTEXT = 80;

export interface CrossDocumentAnalysis {
  matching: CommitmentMatching;
  conflicts: Conflict[];
  /** Conflicts by the annotations they involve (refKey). */
  conflictsByRef: Map<string, Conflict[]>;
  documents: Map<string, IndexedDocument>;
}

/** Quiet time after the last change of the index before the workspace is read across again. */
const REANALYSE_DELAY_MS = 250;

/**
 * The workspace read across documents: the same commitment reported by several documents as one
 * cluster, and the deadlines and figures they disagree on (src/core/crossDocument). Shared by the
 * tree and the Problems panel. Reading thousands of documents across takes a noticeable moment,
 * so it is redone once changes pause, not on each keystroke; until then the last analysis serves.
 */
export class CrossDocumentIndex implements vscode.Disposable {
  private cached: CrossDocumentAnalysis | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a new analysis is ready (after the workspace index changed). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.scheduleAnalysis());
  }

  get analysis(): CrossDocumentAnalysis {
    this.cached ??= analyse(this.index.documents());
    return this.cached;
  }

  private scheduleAnalysis(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.cached = analyse(this.index.documents());
      this.changed.fire();
    }, REANALYSE_DELAY_MS);
  }

  clusterOf(ref: AnnotationRef): CommitmentCluster | undefined {
    return this.analysis.matching.clusterOf(ref);
  }

  conflictsOf(ref: AnnotationRef): Conflict[] {
    return this.analysis.conflictsByRef.get(refKey(ref)) ?? [];
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function analyse(indexed: readonly IndexedDocument[]): CrossDocumentAnalysis {
  const commitments: CrossDocumentAnnotation[] = [];
  const figures: CrossDocumentAnnotation[] = [];
  const documents = new Map<string, IndexedDocument>();
  for (const document of indexed) {
    const documentKey = document.uri.toString();
    const documentLabel = vscode.workspace.asRelativePath(document.uri, false);
    documents.set(documentKey, document);
    for (const item of document.merged) {
      if (item.annotation.review === 'rejected' || item.anchorState === 'orphaned') continue;
      if (item.annotation.kind === 'commitment') commitments.push({ documentKey, documentLabel, annotation: item.annotation });
      else if (item.annotation.kind === 'figure' && item.start !== undefined && item.end !== undefined) {
        figures.push({ documentKey, documentLabel, annotation: item.annotation, ...lineContext(document.text, item.start, item.end) });
      }
    }
  }
  const { matchCommitments, findConflicts } = engine();
  const matching = matchCommitments(commitments);
  const conflicts = findConflicts({ clusters: matching.clusters, figures });
  const conflictsByRef = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const member of conflict.members) {
      const key = refKey(member);
      const list = conflictsByRef.get(key);
      if (list) list.push(conflict);
      else conflictsByRef.set(key, [conflict]);
    }
  }
  return { matching, conflicts, conflictsByRef, documents };
}

/** The text before and after a span on its own line, a little of it: what a figure measures is near it. */
function lineContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - FIGURE_CONTEXT);
  const newline = text.indexOf('\n', end);
  const lineEnd = Math.min(newline === -1 ? text.length : newline, end + FIGURE_CONTEXT);
  return { before: text.slice(lineStart, start), after: text.slice(end, lineEnd) };
}
