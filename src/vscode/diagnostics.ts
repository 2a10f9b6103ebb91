import * as vscode from 'vscode';
import { placesOf } from '../core/annotationPlaces';
import { rangeIn } from './modelRanges';
import { collectDocumentProblems, type DocumentProblem } from '../core/documentProblems';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { toDiagnosticSeverity, type SeedmarkConfiguration } from './config';
import type { CrossDocumentAnalysis, CrossDocumentIndex } from './crossDocumentIndex';
import { kindNoun, someone, statusLabel } from './displayLabels';
import { ms, type SeedmarkLog } from './seedmarkLog';
import { runInSlices, SliceClock } from './timeSlices';
import { todayIso } from './today';
import type { IndexedDocument } from './workspaceIndex';

/** What a document's entries were made from: when none of it changed, they stand. */
interface Shown {
  model: readonly MergedAnnotation[];
  sidecar: IndexedDocument['sidecar'];
  generation: number;
  settings: number;
  today: string;
  uri: vscode.Uri;
  sidecarUri: vscode.Uri | undefined;
}

/**
 * The Problems panel: broken sidecars (at the YAML error's line and column), orphaned
 * annotations (at their last known place), overdue open commitments (off unless the user asks:
 * overdue is a status, not a problem), and deadlines or figures documents disagree on (on each
 * document involved, pointing at the others), with severities from the settings.
 *
 * A refresh redoes only the documents whose model, the analysis or the settings changed, and
 * lets the host breathe between documents (issue #20): it never grows with the whole workspace
 * in one go.
 */
export class SeedDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('seedmark');
  private readonly subscription: vscode.Disposable;
  private readonly shown = new Map<string, Shown>();
  private settings = 0;
  private refreshing: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly cross: CrossDocumentIndex,
    private configuration: SeedmarkConfiguration,
    private readonly log: SeedmarkLog,
  ) {
    this.subscription = cross.onDidChange(() => this.refresh());
  }

  setConfiguration(configuration: SeedmarkConfiguration): void {
    this.configuration = configuration;
    this.settings++;
    this.refresh();
  }

  /** Brings the Problems panel up to date with the latest analysis, in the background. */
  refresh(): void {
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = this.update().finally(() => {
      this.refreshing = undefined;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
  }

  /** Resolves once no refresh is running (for tests and the bench). */
  async settled(): Promise<void> {
    while (this.refreshing) await this.refreshing;
  }

  private async update(): Promise<void> {
    const started = performance.now();
    const analysis = this.cross.analysis;
    const today = todayIso();
    const clock = new SliceClock();
    let redone = 0;
    let entries = 0;
    for (const [key, document] of analysis.documents) {
      const before = this.shown.get(key);
      if (before && before.model === document.listed && before.sidecar === document.sidecar && before.generation === analysis.generation && before.settings === this.settings && before.today === today) continue;
      const entriesOf = await this.problemsOf(document, key, analysis, today);
      if (!entriesOf) return;
      const [onDocument, onSidecar] = entriesOf;
      this.collection.set(document.uri, onDocument);
      if (before?.sidecarUri && before.sidecarUri.toString() !== document.sidecarUri?.toString()) this.collection.delete(before.sidecarUri);
      if (document.sidecarUri) this.collection.set(document.sidecarUri, onSidecar);
      this.shown.set(key, { model: document.listed, sidecar: document.sidecar, generation: analysis.generation, settings: this.settings, today, uri: document.uri, sidecarUri: document.sidecarUri });
      redone++;
      entries += onDocument.length + onSidecar.length;
      await clock.breathe();
    }
    for (const [key, shown] of this.shown) {
      if (analysis.documents.has(key)) continue;
      this.collection.delete(shown.uri);
      if (shown.sidecarUri) this.collection.delete(shown.sidecarUri);
      this.shown.delete(key);
    }
    if (redone > 0) this.log.info(`Problems: ${entries} entries for ${redone} changed documents in ${ms(performance.now() - started)}.`);
  }

  /** A document's entries, made in slices of the host's time; undefined when a newer analysis came meanwhile. */
  private async problemsOf(document: IndexedDocument, documentKey: string, analysis: CrossDocumentAnalysis, today: string): Promise<[vscode.Diagnostic[], vscode.Diagnostic[]] | undefined> {
    const onSidecar: vscode.Diagnostic[] = [];
    if (document.sidecar.kind === 'broken') {
      for (const problem of document.sidecar.problems) {
        const position = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1));
        onSidecar.push(seedmarkDiagnostic(new vscode.Range(position, position.translate(0, 1)), vscode.l10n.t('{0} — Seedmark will not change this file until it is fixed.', problem.message), vscode.DiagnosticSeverity.Error));
      }
    }
    const severities = {
      conflict: toDiagnosticSeverity(this.configuration.conflictSeverity),
      orphan: toDiagnosticSeverity(this.configuration.orphanSeverity),
      stale: toDiagnosticSeverity(this.configuration.orphanSeverity),
      overdue: toDiagnosticSeverity(this.configuration.overdueSeverity),
    };
    const stale = () => this.cross.analysis !== analysis;
    const problems = await runInSlices(
      collectDocumentProblems(document, documentKey, analysis.conflictsByDocument.get(documentKey), {
        conflicts: severities.conflict !== undefined,
        orphans: severities.orphan !== undefined,
        overdue: severities.overdue !== undefined,
        today,
      }),
      stale,
    );
    if (!problems) return undefined;
    const onDocument: vscode.Diagnostic[] = [];
    const clock = new SliceClock();
    for (const problem of problems) {
      const diagnostic = seedmarkDiagnostic(rangeIn(document, problem.start, problem.end), messageOf(problem), severities[problem.kind]!);
      if (problem.kind === 'conflict') {
        diagnostic.code = `${problem.conflict.kind}-conflict`;
        diagnostic.relatedInformation = this.otherSides(problem, analysis);
      } else if (problem.kind === 'orphan') diagnostic.code = 'orphaned';
      else if (problem.kind === 'stale') diagnostic.code = 'stale-value';
      else diagnostic.code = 'overdue';
      onDocument.push(diagnostic);
      if (onDocument.length % 128 === 0) {
        await clock.breathe();
        if (stale()) return undefined;
      }
    }
    return [onDocument, onSidecar];
  }

  /**
   * Where the other documents of a conflict say otherwise: links in the Problems panel, at most
   * MAX_RELATED_LINKS, each found through its model's id map and line index (built once per model).
   */
  private otherSides(problem: Extract<DocumentProblem, { kind: 'conflict' }>, analysis: CrossDocumentAnalysis): vscode.DiagnosticRelatedInformation[] {
    const related: vscode.DiagnosticRelatedInformation[] = [];
    for (const member of problem.links.shown) {
      const other = analysis.documents.get(member.documentKey);
      if (!other) continue;
      const places = placesOf(other);
      const placed = places.find(member.annotationId);
      if (placed?.start === undefined || placed.end === undefined) continue;
      related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, rangeIn(other, placed.start, placed.end)), `${member.documentLabel}: "${clip(member.quote)}"`));
    }
    return related;
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

function seedmarkDiagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = 'Seedmark';
  return diagnostic;
}

function messageOf(problem: DocumentProblem): string {
  const { annotation } = problem.item;
  switch (problem.kind) {
    case 'conflict': {
      const message = vscode.l10n.t('Conflict: {0}', problem.conflict.message);
      return problem.links.omitted > 0
        ? vscode.l10n.t({ message: '{0} ({1} more places not linked)', args: [message, problem.links.omitted], comment: ['{0} is a conflict message; {1} a number of other annotations in the conflict that the entry does not link to.'] })
        : message;
    }
    case 'orphan':
      return vscode.l10n.t({
        message: 'Orphaned {0}: "{1}" is no longer in the text. Re-attach it from the Commitments view or delete it.',
        args: [kindNoun(annotation.kind), clip(annotation.anchor.exact)],
        comment: ['{0} is the kind of annotation (claim, figure, date, deadline, commitment), {1} its quote.'],
      });
    case 'stale':
      return vscode.l10n.t({
        message: 'Stale {0}: "{1}" was reviewed, but its numbers or dates have changed since; the value is what that text said. Review it again.',
        args: [kindNoun(annotation.kind), clip(annotation.anchor.exact)],
        comment: ['{0} is the kind of annotation (claim, figure, date, deadline, commitment), {1} its quote as it was reviewed.'],
      });
    case 'overdue': {
      const actor = annotation.actor ?? someone();
      const action = clip(annotation.action ?? annotation.anchor.exact);
      const status = statusLabel(annotation.status ?? 'open');
      return problem.days === 1 ? vscode.l10n.t('Overdue by 1 day: {0} — {1} ({2}).', actor, action, status) : vscode.l10n.t('Overdue by {0} days: {1} — {2} ({3}).', problem.days, actor, action, status);
    }
  }
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
