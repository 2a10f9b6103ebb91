import * as vscode from 'vscode';
import { extract } from '../core/extract';
import type { ExtractionResult } from '../core/model';

/**
 * Per-document extraction results, computed from the document text and cached by version so
 * every surface (decorations now, hovers and the tree later) reads the same result.
 */
export class FactStore implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; result: ExtractionResult }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor() {
    this.subscriptions.push(vscode.workspace.onDidCloseTextDocument((document) => this.results.delete(document.uri.toString())));
  }

  /** The extraction for the document's current version, computed on first request. */
  resultFor(document: vscode.TextDocument): ExtractionResult {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = extract(document.getText());
    this.results.set(key, { version: document.version, result });
    return result;
  }

  /** Drops the cached result and tells the surfaces to redraw. */
  refresh(document: vscode.TextDocument): void {
    this.results.delete(document.uri.toString());
    this.changed.fire(document);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.results.clear();
  }
}
