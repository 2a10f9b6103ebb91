import * as vscode from 'vscode';
import { compareActions } from '../core/crossDocument/actionSimilarity';
import type { AnnotationRef } from '../core/crossDocument/documentAnnotation';
import { linkOperations, planLink, planUnlink, type LinkPlan } from '../core/crossDocument/linkCommitments';
import { planOperations } from './annotationActions';
import { COMMANDS } from './commandIds';
import { asAnnotationTarget } from './commitmentTreeItems';
import type { CrossDocumentIndex } from './crossDocumentIndex';
import { someone } from './displayLabels';
import type { SeedStore } from './seedStore';
import { plainText } from './notificationText';

/**
 * "Link with…" and "Unlink" on a commitment: a person's correction of the cross-document
 * matching, written as `link` keys into every sidecar it concerns (src/core/crossDocument).
 */
export function registerLinkCommands(store: SeedStore, cross: CrossDocumentIndex): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.linkCommitment, (target?: unknown, other?: unknown) => link(store, cross, target, other)),
    vscode.commands.registerCommand(COMMANDS.unlinkCommitment, (target?: unknown) => unlink(store, cross, target)),
  ];
}

function refOf(argument: unknown): AnnotationRef | undefined {
  const target = asAnnotationTarget(argument);
  return target ? { documentKey: target.uri, annotationId: target.id } : undefined;
}

async function link(store: SeedStore, cross: CrossDocumentIndex, target: unknown, other: unknown): Promise<boolean> {
  const from = refOf(target) ?? (await commitmentAtCursor(store));
  if (!from) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: choose a commitment in the Commitments view, or put the cursor on one, to link it.'));
    return false;
  }
  const to = refOf(other) ?? (await pickOtherCommitment(cross, from));
  if (!to) return false;
  return apply(store, cross, planLink(from, to, cross.analysis.matching));
}

async function unlink(store: SeedStore, cross: CrossDocumentIndex, target: unknown): Promise<boolean> {
  const from = refOf(target) ?? (await commitmentAtCursor(store));
  if (!from) return false;
  return apply(store, cross, planUnlink(from, cross.analysis.matching));
}

async function commitmentAtCursor(store: SeedStore): Promise<AnnotationRef | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !store.isSeed(editor.document)) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const view = await store.ready(editor.document);
  const item = view.merged.find((candidate) => candidate.annotation.kind === 'commitment' && candidate.start !== undefined && candidate.start <= offset && offset <= candidate.end!);
  return item ? { documentKey: editor.document.uri.toString(), annotationId: item.annotation.id } : undefined;
}

/** The commitments of other documents, the most alike first. */
async function pickOtherCommitment(cross: CrossDocumentIndex, from: AnnotationRef): Promise<AnnotationRef | undefined> {
  const { matching } = cross.analysis;
  const source = matching.clusterOf(from)?.members.find((member) => member.documentKey === from.documentKey && member.annotation.id === from.annotationId);
  const candidates = matching.clusters
    .flatMap((cluster) => cluster.members)
    .filter((member) => member.documentKey !== from.documentKey)
    .map((member) => ({ member, similarity: source ? compareActions(source.annotation.action ?? '', member.annotation.action ?? '') : 0 }))
    .sort((a, b) => b.similarity - a.similarity);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: no commitment in another document to link with.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map(({ member }) => ({
      label: `${member.annotation.actor ?? someone()} — ${member.annotation.action ?? member.annotation.anchor.exact}`,
      description: member.documentLabel ?? member.documentKey,
      detail: member.annotation.anchor.exact,
      ref: { documentKey: member.documentKey, annotationId: member.annotation.id },
    })),
    { title: vscode.l10n.t('Link with the same commitment in another document'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.ref;
}

/** Writes each document's share of the plan into its sidecar (created when missing). */
async function apply(store: SeedStore, cross: CrossDocumentIndex, plan: LinkPlan): Promise<boolean> {
  if (!plan.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Seedmark: {0}', plainText(plan.reason)));
    return false;
  }
  const { documents } = cross.analysis;
  for (const { documentKey, edits } of plan.documents) {
    const document = documents.get(documentKey);
    if (!document) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Seedmark: {0} is no longer in the workspace index.', plainText(documentKey)));
      return false;
    }
    const result = await store.update(document.uri, (current) => planOperations(document, linkOperations(edits, current?.annotations))(current));
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Seedmark: {0}', plainText(result.reason)));
      return false;
    }
  }
  return true;
}
