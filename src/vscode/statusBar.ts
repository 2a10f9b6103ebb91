import * as vscode from 'vscode';
import { countOverdue } from '../core/deadlines';
import { COMMANDS } from './commandIds';
import { readAgainstToday, referenceDateNotice } from './referenceDateNotice';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';

/**
 * Counts for the active seed document (a click focuses the Commitments view), and beside them,
 * when the document names no date of its own, that its relative dates are read against today,
 * with the command to set one.
 *
 * The overdue count is the one every surface shows (`countOverdue`: open commitments past their
 * due date), in the bar's own colours: overdue is a status, not a warning (issue #20).
 */
export class SeedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedmark.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly referenceDate = vscode.window.createStatusBarItem('seedmark.referenceDate', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [this.item, this.referenceDate];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private referenceDateShown = false;

  constructor(private readonly store: SeedStore) {
    this.item.name = 'Seedmark';
    this.item.command = COMMANDS.focusTree;
    this.referenceDate.name = vscode.l10n.t('Seedmark reference date');
    this.referenceDate.command = COMMANDS.setReferenceDate;
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

  /** The reference-date notice shown, or undefined when hidden (for tests). */
  get referenceDateNotice(): string | undefined {
    return this.referenceDateShown ? this.referenceDate.text : undefined;
  }

  private updateSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => this.update(), 300);
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const oversized = document ? this.store.tooLarge(document) : undefined;
    this.showReferenceDate(false);
    if (document && oversized !== undefined && this.store.isSeedLanguage(document)) {
      this.item.text = '$(circle-slash) Seedmark';
      this.item.tooltip = vscode.l10n.t('Seedmark does not read this document: {0} MB is over the seedmark.maxDocumentSizeMB limit, which keeps the editor responsive. Raise the setting to read it.', (oversized / 1e6).toFixed(1));
      this.item.show();
      return;
    }
    if (!document || !this.store.isSeed(document)) {
      this.item.hide();
      return;
    }
    const view = this.store.viewOf(document);
    if (view.pending) {
      this.item.text = '$(sync~spin) Seedmark';
      this.item.tooltip = vscode.l10n.t('Seedmark is reading this long document; its facts appear as soon as it has read it.');
      this.item.show();
      return;
    }
    const live = view.merged.filter((item) => item.annotation.review !== 'rejected' && item.start !== undefined);
    const count = (kind: string) => live.filter((item) => item.annotation.kind === kind).length;
    const overdue = countOverdue(live, todayIso());
    const deadlines = count('deadline') + count('date');
    const overdueText = overdue ? ` · ${vscode.l10n.t({ message: '{0} overdue', args: [overdue], comment: ['In the status bar: how many open commitments of the document are past their due date.'] })}` : '';
    this.item.text = `$(quote) ${count('claim')} $(symbol-number) ${count('figure')} $(watch) ${deadlines}${overdueText}`;
    const { date, from } = view.result.referenceDate;
    this.item.tooltip = vscode.l10n.t(
      'Seedmark: {0} claims · {1} figures · {2} dates and deadlines · {3} commitments, {4} of them overdue (reference date {5}, from {6}). Click to show the Commitments view.',
      count('claim'),
      count('figure'),
      deadlines,
      count('commitment'),
      overdue,
      date,
      from,
    );
    this.item.show();
    if (readAgainstToday(view.result.referenceDate)) {
      this.referenceDate.text = `$(calendar) ${referenceDateNotice()}`;
      this.referenceDate.tooltip = vscode.l10n.t('No date was found in this document (byline, dateline or front matter), so "in six months" is read from today, {0}. Click to set the date the document was written; it is kept in the sidecar.', date);
      this.showReferenceDate(true);
    }
  }

  private showReferenceDate(shown: boolean): void {
    this.referenceDateShown = shown;
    if (shown) this.referenceDate.show();
    else this.referenceDate.hide();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
