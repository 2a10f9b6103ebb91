import * as vscode from 'vscode';
import type { Conflict } from '../core/crossDocument/findConflicts';
import { placesOf } from '../core/annotationPlaces';
import { conflictLinks } from '../core/crossDocument/conflictLinks';
import { overdueDays } from '../core/deadlines';
import { toDiagnosticSeverity, type SeedmarkConfiguration } from './config';
import type { CrossDocumentIndex } from './crossDocumentIndex';
import { kindNoun, someone, statusLabel } from './displayLabels';
import { todayIso } from './today';
import type { IndexedDocument, WorkspaceIndex } from './workspaceIndex';

/**
 * The Problems panel: broken sidecars (at the YAML error's line and column), orphaned
 * annotations, overdue open commitments, and deadlines or figures documents disagree on (on each
 * document involved, pointing at the others), with severities from the settings.
 */
export class SeedDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('seedmark');
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly cross: CrossDocumentIndex,
    private configuration: SeedmarkConfiguration,
  ) {
    this.subscription = cross.onDidChange(() => this.refresh());
  }

  setConfiguration(configuration: SeedmarkConfiguration): void {
    this.configuration = configuration;
    this.refresh();
  }

  refresh(): void {
    this.collection.clear();
    const today = todayIso();
    for (const document of this.index.documents()) {
      const [documentProblems, sidecarProblems] = this.problemsOf(document, today);
      if (documentProblems.length) this.collection.set(document.uri, documentProblems);
      if (sidecarProblems.length && document.sidecarUri) this.collection.set(document.sidecarUri, sidecarProblems);
    }
  }

  private problemsOf(document: IndexedDocument, today: string): [vscode.Diagnostic[], vscode.Diagnostic[]] {
    const onDocument: vscode.Diagnostic[] = [];
    const onSidecar: vscode.Diagnostic[] = [];
    if (document.sidecar.kind === 'broken') {
      for (const problem of document.sidecar.problems) {
        const position = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1));
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position.translate(0, 1)), vscode.l10n.t('{0} — Seedmark will not change this file until it is fixed.', problem.message), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Seedmark';
        onSidecar.push(diagnostic);
      }
    }
    const places = placesOf(document);
    const positionOf = (offset: number) => {
      const { line, character } = places.positionAt(offset);
      return new vscode.Position(line, character);
    };
    const rangeOf = (start: number, end: number) => new vscode.Range(positionOf(start), positionOf(end));
    const orphanSeverity = toDiagnosticSeverity(this.configuration.orphanSeverity);
    const overdueSeverity = toDiagnosticSeverity(this.configuration.overdueSeverity);
    const conflictSeverity = toDiagnosticSeverity(this.configuration.conflictSeverity);
    const documentKey = document.uri.toString();
    for (const item of document.merged) {
      if (item.annotation.review === 'rejected') continue;
      if (conflictSeverity !== undefined && item.start !== undefined && item.end !== undefined) {
        for (const conflict of this.cross.conflictsOf({ documentKey, annotationId: item.annotation.id })) {
          const diagnostic = new vscode.Diagnostic(rangeOf(item.start, item.end), vscode.l10n.t('Conflict: {0}', conflict.message), conflictSeverity);
          diagnostic.source = 'Seedmark';
          diagnostic.code = `${conflict.kind}-conflict`;
          diagnostic.relatedInformation = this.otherSides(conflict, documentKey, item.annotation.id);
          onDocument.push(diagnostic);
        }
      }
      if (item.anchorState === 'orphaned' && orphanSeverity !== undefined) {
        const message = vscode.l10n.t({
          message: 'Orphaned {0} {1}: "{2}" is no longer in the text. Re-attach it from the Commitments view or delete it.',
          args: [kindNoun(item.annotation.kind), item.annotation.id, clip(item.annotation.anchor.exact)],
          comment: ['{0} is the kind of annotation (claim, figure, date, deadline, commitment), {1} its id, {2} its quote.'],
        });
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, orphanSeverity);
        diagnostic.source = 'Seedmark';
        onDocument.push(diagnostic);
        continue;
      }
      if (item.annotation.kind !== 'commitment' || item.start === undefined || item.end === undefined || overdueSeverity === undefined) continue;
      const days = overdueDays(item.annotation, today);
      if (days === undefined) continue;
      const actor = item.annotation.actor ?? someone();
      const action = clip(item.annotation.action ?? item.annotation.anchor.exact);
      const status = statusLabel(item.annotation.status ?? 'open');
      const message = days === 1 ? vscode.l10n.t('Overdue by 1 day: {0} — {1} ({2}).', actor, action, status) : vscode.l10n.t('Overdue by {0} days: {1} — {2} ({3}).', days, actor, action, status);
      const diagnostic = new vscode.Diagnostic(rangeOf(item.start, item.end), message, overdueSeverity);
      diagnostic.source = 'Seedmark';
      onDocument.push(diagnostic);
    }
    return [onDocument, onSidecar];
  }

  /**
   * Where the other documents of a conflict say otherwise: links in the Problems panel, at most
   * MAX_RELATED_LINKS, each found through its model's id map and line index (built once per model).
   */
  private otherSides(conflict: Conflict, documentKey: string, annotationId: string): vscode.DiagnosticRelatedInformation[] {
    const related: vscode.DiagnosticRelatedInformation[] = [];
    const documents = this.cross.analysis.documents;
    for (const member of conflictLinks(conflict.members, { documentKey, annotationId }).shown) {
      const other = documents.get(member.documentKey);
      if (!other) continue;
      const places = placesOf(other);
      const placed = places.find(member.annotationId);
      if (placed?.start === undefined || placed.end === undefined) continue;
      const start = places.positionAt(placed.start);
      const end = places.positionAt(placed.end);
      related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, new vscode.Range(start.line, start.character, end.line, end.character)), `${member.documentLabel}: "${clip(member.quote)}"`));
    }
    return related;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
