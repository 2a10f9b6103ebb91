import * as vscode from 'vscode';
import { overdueDays } from '../core/deadlines';
import { COMMANDS } from './commandIds';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';

/** Counts for the active seed document; a click focuses the Commitments view. */
export class SeedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedmark.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [this.item];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: SeedStore) {
    this.item.name = 'Seedmark';
    this.item.command = COMMANDS.focusTree;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.updateSoon();
      }),
    );
    // Reading the active document is extraction: after activation returns, not during it.
    this.updateSoon();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  private updateSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => this.update(), 300);
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const oversized = document ? this.store.tooLarge(document) : undefined;
    if (document && oversized !== undefined && this.store.isSeedLanguage(document)) {
      this.item.text = '$(circle-slash) Seedmark';
      this.item.tooltip = vscode.l10n.t('Seedmark does not read this document: {0} MB is over the seedmark.maxDocumentSizeMB limit, which keeps the editor responsive. Raise the setting to read it.', (oversized / 1e6).toFixed(1));
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    if (!document || !this.store.isSeed(document)) {
      this.item.hide();
      return;
    }
    const view = this.store.viewOf(document);
    const live = view.merged.filter((item) => item.annotation.review !== 'rejected' && item.start !== undefined);
    const count = (kind: string) => live.filter((item) => item.annotation.kind === kind).length;
    const today = todayIso();
    const overdue = live.filter((item) => (item.annotation.kind === 'commitment' || item.annotation.kind === 'deadline') && overdueDays(item.annotation, today) !== undefined).length;
    const deadlines = count('deadline') + count('date');
    this.item.text = `$(quote) ${count('claim')} $(symbol-number) ${count('figure')} $(watch) ${deadlines}${overdue ? ` $(warning) ${overdue}` : ''}`;
    this.item.tooltip = vscode.l10n.t(
      'Seedmark: {0} claims · {1} figures · {2} dates and deadlines · {3} overdue · {4} commitments (reference date {5}, from {6}). Click to show the Commitments view.',
      count('claim'),
      count('figure'),
      deadlines,
      overdue,
      count('commitment'),
      view.result.referenceDate.date,
      view.result.referenceDate.from,
    );
    this.item.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
