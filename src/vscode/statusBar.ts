import * as vscode from 'vscode';
import { countOverdue } from '../core/deadlines';
import { COMMANDS } from './commandIds';
import { Disposable, toDisposable } from './disposable';
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
export class SeedStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('seedmark.counts', vscode.StatusBarAlignment.Right, 100));
  private readonly referenceDate = this._register(vscode.window.createStatusBarItem('seedmark.referenceDate', vscode.StatusBarAlignment.Right, 99));
  private pending: ReturnType<typeof setTimeout> | undefined;
  private referenceDateShown = false;

  constructor(private readonly store: SeedStore) {
    super();
    this.item.name = 'Seedmark';
    this.referenceDate.name = vscode.l10n.t('Seedmark reference date');
    this.referenceDate.command = COMMANDS.setReferenceDate;
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(store.onDidChange(() => this.update()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.updateSoon();
      }),
    );
    this._register(toDisposable(() => this.pending && clearTimeout(this.pending)));
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
    if (document && oversized !== undefined && this.store.isSeedUri(document.uri)) {
      this.item.command = undefined;
      this.item.text = '$(circle-slash) Seedmark';
      this.item.tooltip = vscode.l10n.t('Seedmark does not read this document: {0} MB is over the seedmark.maxDocumentSizeMB limit, which keeps the editor responsive. Raise the setting to read it.', (oversized / 1e6).toFixed(1));
      this.item.show();
      return;
    }
    if (!document || !this.store.isSeed(document)) {
      this.showNotASeed(document);
      return;
    }
    const view = this.store.viewOf(document);
    if (view.pending) {
      this.item.text = '$(sync~spin) Seedmark';
      this.item.tooltip =
        view.readThrough === undefined
          ? vscode.l10n.t('Seedmark is reading this long document; its facts appear as soon as it has read it.')
          : vscode.l10n.t('Seedmark is reading this long document: facts are shown up to line {0} so far, the rest as soon as it has read them.', document.positionAt(view.readThrough).line + 1);
      this.item.show();
      return;
    }
    const live = view.merged.filter((item) => item.annotation.review !== 'rejected' && item.start !== undefined);
    const count = (kind: string) => live.filter((item) => item.annotation.kind === kind).length;
    const overdue = countOverdue(live, todayIso());
    const deadlines = count('deadline') + count('date');
    const overdueText = overdue ? ` · ${vscode.l10n.t({ message: '{0} overdue', args: [overdue], comment: ['In the status bar: how many open commitments of the document are past their due date.'] })}` : '';
    this.item.command = COMMANDS.focusTree;
    this.item.text = `$(quote) ${count('claim')} $(symbol-number) ${count('figure')} $(watch) ${deadlines}${overdueText}`;
    const { date, from } = view.result.referenceDate;
    const tooltip = new vscode.MarkdownString(undefined, true);
    // Only the extension's own command may run from this tooltip; nothing in it comes from the document.
    tooltip.isTrusted = { enabledCommands: [COMMANDS.stopTreatingAsSeed] };
    tooltip.appendText(vscode.l10n.t(
      'Seedmark: {0} claims · {1} figures · {2} dates and deadlines · {3} commitments, {4} of them overdue (reference date {5}, from {6}). Click to show the Commitments view.',
      count('claim'),
      count('figure'),
      deadlines,
      count('commitment'),
      overdue,
      date,
      from,
    ));
    if (document.uri.scheme !== 'untitled') tooltip.appendMarkdown(`\n\n[$(remove) ${vscode.l10n.t('Stop Treating as Seed Document')}](command:${COMMANDS.stopTreatingAsSeed})`);
    this.item.tooltip = tooltip;
    this.item.show();
    if (readAgainstToday(view.result.referenceDate)) {
      this.referenceDate.text = `$(calendar) ${referenceDateNotice()}`;
      this.referenceDate.tooltip = vscode.l10n.t('No date was found in this document (byline, dateline or front matter), so "in six months" is read from today, {0}. Click to set the date the document was written; it is kept in the sidecar.', date);
      this.showReferenceDate(true);
    }
  }

  /**
   * A prose file (plain text or Markdown) that is not a seed: says so and offers to make it one,
   * since Seedmark leaves such files alone unless asked. Code and other files get no item.
   */
  private showNotASeed(document: vscode.TextDocument | undefined): void {
    if (!document || document.uri.scheme === 'untitled' || !PROSE_LANGUAGES.has(document.languageId) || !vscode.workspace.getWorkspaceFolder(document.uri)) {
      this.item.hide();
      return;
    }
    this.item.text = `$(circle-large-outline) ${vscode.l10n.t({ message: 'Not a seed', comment: ['In the status bar, for a text file Seedmark does not read.'] })}`;
    this.item.tooltip = vscode.l10n.t('Seedmark does not read this file: it is not in a seeds folder, not named *.seed.txt or *.seed.md, and has no sidecar. Click to treat it as a seed document.');
    this.item.command = COMMANDS.treatAsSeed;
    this.item.show();
  }

  private showReferenceDate(shown: boolean): void {
    this.referenceDateShown = shown;
    if (shown) this.referenceDate.show();
    else this.referenceDate.hide();
  }
}

/** Languages of files a person might mean as a seed; the status bar offers to make those one. */
const PROSE_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'markdown']);
