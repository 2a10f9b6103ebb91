import * as vscode from 'vscode';
import { placesOf } from '../core/annotationPlaces';
import { positionIn } from './modelRanges';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { COMMANDS } from './commandIds';
import type { CrossDocumentIndex } from './crossDocumentIndex';
import { kindNoun } from './displayLabels';
import type { SeedmarkLog } from './seedmarkLog';
import type { IndexedDocument } from './workspaceIndex';
import { plainText } from './notificationText';

/**
 * Tells the person when an annotation they accepted loses its place in the text (the words it
 * quoted were edited away, here or by a `git pull`): a decision silently turning into an orphan
 * was easy to miss (issue #20). Only changes seen in this session are told: a document read for
 * the first time has its orphans logged, and listed in the Problems panel and the Commitments
 * view, without a message. Each orphan is told once until it finds a place again.
 */
export class OrphanNotices implements vscode.Disposable {
  /** Per document: the ids of its reviewed annotations that are orphaned, as last seen. */
  private readonly known = new Map<string, Set<string>>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly cross: CrossDocumentIndex,
    private readonly log: SeedmarkLog,
  ) {
    this.subscription = cross.onDidChange(() => this.check());
  }

  private check(): void {
    const fresh: Array<{ document: IndexedDocument; item: MergedAnnotation }> = [];
    for (const [key, document] of this.cross.analysis.documents) {
      const orphaned = new Set<string>();
      const before = this.known.get(key);
      for (const item of document.listed) {
        if (item.anchorState !== 'orphaned' || (item.annotation.review !== 'accepted' && item.annotation.review !== 'edited')) continue;
        orphaned.add(item.annotation.id);
        if (before && !before.has(item.annotation.id)) fresh.push({ document, item });
        else if (!before) this.log.info(`${vscode.workspace.asRelativePath(document.uri, false)}: ${kindNoun(item.annotation.kind)} "${item.annotation.anchor.exact}" is orphaned (its words are no longer in the text).`);
      }
      this.known.set(key, orphaned);
    }
    for (const key of [...this.known.keys()]) if (!this.cross.analysis.documents.has(key)) this.known.delete(key);
    if (fresh.length > 0) void this.tell(fresh);
  }

  private async tell(fresh: ReadonlyArray<{ document: IndexedDocument; item: MergedAnnotation }>): Promise<void> {
    const [{ document, item }] = fresh;
    const name = vscode.workspace.asRelativePath(document.uri, false);
    for (const orphan of fresh) this.log.warn(`${vscode.workspace.asRelativePath(orphan.document.uri, false)}: the accepted ${kindNoun(orphan.item.annotation.kind)} "${orphan.item.annotation.anchor.exact}" lost its place in the text (orphaned).`);
    const message =
      fresh.length === 1
        ? vscode.l10n.t('Seedmark: the accepted {0} "{1}" in {2} lost its place in the text. Re-attach it to its new words, or delete it.', kindNoun(item.annotation.kind), plainText(clip(item.annotation.anchor.exact)), plainText(name))
        : vscode.l10n.t('Seedmark: {0} accepted annotations lost their place in the text, first "{1}" in {2}. Re-attach them to their new words, or delete them.', fresh.length, plainText(clip(item.annotation.anchor.exact)), plainText(name));
    const show = vscode.l10n.t('Show');
    const list = vscode.l10n.t('Show Orphaned');
    const choice = await vscode.window.showWarningMessage(message, show, list);
    if (choice === show) {
      const place = placesOf(document).lastKnownPlace(item);
      const editor = await vscode.window.showTextDocument(document.uri, { preview: true });
      const position = positionIn(document, place.start);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (choice === list) await vscode.commands.executeCommand(COMMANDS.focusTree);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
