import * as vscode from 'vscode';
import { isIsoDate } from '../core/calendar';
import { sentenceSubject } from '../core/sentenceSubject';
import { COMMITMENT_STATUSES, type Annotation, type CommitmentStatus, type FactKind, type TemporalFact } from '../core/model';
import type { SidecarUpdate } from '../core/sidecar/updateSidecar';
import { changeAnnotations, findAnnotation, planOperations } from './annotationActions';
import { asAnnotationTarget } from './commitmentTreeItems';
import { COMMANDS, VIEWS } from './commandIds';
import { kindHeading, statusLabel } from './displayLabels';
import { engine } from './engine';
import { rangeIn } from './modelRanges';
import type { AnnotationTarget } from './hover';
import type { DocumentView, SeedStore } from './seedStore';
import { todayIso } from './today';
import { plainText } from './notificationText';

/**
 * The user's actions on annotations. Every handler takes an explicit target (from a hover
 * link or a tree item) or falls back to the active editor, and changes files only through the
 * store, which writes the sidecar.
 */
export function registerCommands(store: SeedStore): vscode.Disposable[] {
  const register = (id: string, handler: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Seedmark: {0}', plainText(error instanceof Error ? error.message : String(error))));
        return undefined;
      }
    });
  return [
    // Each target is a hover's or a test's AnnotationTarget, or the Commitments view's node.
    register(COMMANDS.accept, (target?: unknown) => review(store, asAnnotationTarget(target), 'accepted')),
    register(COMMANDS.reject, (target?: unknown) => review(store, asAnnotationTarget(target), 'rejected')),
    register(COMMANDS.restore, (target?: unknown) => restore(store, asAnnotationTarget(target))),
    register(COMMANDS.editNote, (target?: unknown) => editNote(store, asAnnotationTarget(target))),
    register(COMMANDS.setStatus, (target?: unknown, status?: CommitmentStatus) => setStatus(store, asAnnotationTarget(target), status)),
    register(COMMANDS.openInSidecar, (target?: unknown) => openInSidecar(store, asAnnotationTarget(target))),
    register(COMMANDS.deleteAnnotation, (target?: unknown, confirmed?: boolean) => deleteAnnotation(store, asAnnotationTarget(target), confirmed === true)),
    register(COMMANDS.reattach, (target?: unknown) => reattach(store, asAnnotationTarget(target))),
    register(COMMANDS.reveal, (target?: unknown) => reveal(store, asAnnotationTarget(target))),
    register(COMMANDS.acceptAll, () => reviewAll(store, 'accepted')),
    register(COMMANDS.rejectAll, () => reviewAll(store, 'rejected')),
    register(COMMANDS.annotateSelection, (kind?: FactKind) => annotateSelection(store, kind)),
    register(COMMANDS.annotateClaim, () => annotateSelection(store, 'claim')),
    register(COMMANDS.annotateFigure, () => annotateSelection(store, 'figure')),
    register(COMMANDS.annotateDeadline, () => annotateSelection(store, 'deadline')),
    register(COMMANDS.annotateCommitment, () => annotateSelection(store, 'commitment')),
    register(COMMANDS.reextract, () => {
      const document = activeSeed(store);
      if (document) store.refresh(document.uri);
    }),
    register(COMMANDS.openSidecar, () => openSidecar(store)),
    register(COMMANDS.setReferenceDate, (date?: string) => setReferenceDate(store, date)),
    register(COMMANDS.focusTree, () => vscode.commands.executeCommand(`${VIEWS.commitments}.focus`)),
  ];
}

function activeSeed(store: SeedStore): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !store.isSeed(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: open a seed document (plain text or Markdown) first.'));
    return undefined;
  }
  return document;
}

async function resolveTarget(store: SeedStore, target: AnnotationTarget | undefined): Promise<{ view: DocumentView; document: vscode.TextDocument; id: string } | undefined> {
  let document: vscode.TextDocument | undefined;
  let id = target?.id;
  if (target) document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !store.isSeed(editor.document)) return undefined;
    document = editor.document;
    const offset = document.offsetAt(editor.selection.active);
    const view = await store.ready(document);
    id = view.merged.find((item) => item.start !== undefined && item.start <= offset && offset <= item.end!)?.annotation.id;
  }
  if (!document || !id) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: put the cursor on an annotation first.'));
    return undefined;
  }
  return { view: await store.ready(document), document, id };
}

async function report(update: Promise<SidecarUpdate>): Promise<boolean> {
  const result = await update;
  if (!result.ok) void vscode.window.showErrorMessage(vscode.l10n.t('Seedmark: {0}', plainText(result.reason)));
  return result.ok;
}

async function review(store: SeedStore, target: AnnotationTarget | undefined, state: 'accepted' | 'rejected'): Promise<boolean> {
  const found = await resolveTarget(store, target);
  if (!found) return false;
  const item = findAnnotation(found.view, found.id);
  if (!item) return false;
  return report(store.update(found.document.uri, changeAnnotations(found.view, [item], { review: state })));
}

/**
 * Takes a rejection back: the annotation becomes a suggestion again, drawn and offered for review,
 * its note and fields kept in the sidecar.
 */
async function restore(store: SeedStore, target: AnnotationTarget | undefined): Promise<boolean> {
  const found = await resolveTarget(store, target);
  const item = found && findAnnotation(found.view, found.id);
  if (!found || !item || item.annotation.review !== 'rejected') return false;
  return report(store.update(found.document.uri, changeAnnotations(found.view, [item], { review: 'suggested' })));
}

async function reviewAll(store: SeedStore, state: 'accepted' | 'rejected'): Promise<number> {
  const document = activeSeed(store);
  if (!document) return 0;
  const view = await store.ready(document);
  const pending = view.merged.filter((item) => item.annotation.review === 'suggested' && item.start !== undefined);
  if (pending.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: no suggestions left to review in this document.'));
    return 0;
  }
  const ok = await report(store.update(document.uri, changeAnnotations(view, pending, { review: state })));
  return ok ? pending.length : 0;
}

async function editNote(store: SeedStore, target: AnnotationTarget | undefined): Promise<void> {
  const found = await resolveTarget(store, target);
  const item = found && findAnnotation(found.view, found.id);
  if (!found || !item) return;
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Note on "{0}"', truncate(item.annotation.anchor.exact, 50)),
    value: item.annotation.note ?? '',
    prompt: vscode.l10n.t('Saved in the sidecar. Leave empty to remove the note.'),
  });
  if (note === undefined) return;
  await report(store.update(found.document.uri, changeAnnotations(found.view, [item], { note: note.trim() === '' ? undefined : note })));
}

async function setStatus(store: SeedStore, target: AnnotationTarget | undefined, status: CommitmentStatus | undefined): Promise<void> {
  const found = await resolveTarget(store, target);
  const item = found && findAnnotation(found.view, found.id);
  if (!found || !item) return;
  // Shown in the user's language; the sidecar keeps its own value (`status: in-progress`).
  const choices = COMMITMENT_STATUSES.map((value) => ({ label: statusLabel(value), value }));
  const chosen = status ?? (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Status of the commitment'), placeHolder: statusLabel(item.annotation.status ?? 'open') }))?.value;
  if (!chosen) return;
  await report(store.update(found.document.uri, changeAnnotations(found.view, [item], { status: chosen, ...(item.annotation.review === 'suggested' ? { review: 'accepted' as const } : {}) })));
}

async function deleteAnnotation(store: SeedStore, target: AnnotationTarget | undefined, confirmed: boolean): Promise<void> {
  const found = await resolveTarget(store, target);
  const item = found && findAnnotation(found.view, found.id);
  if (!found || !item) return;
  if (item.origin === 'extracted') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: this is a suggestion, not in the sidecar yet. Reject it to stop it being suggested.'));
    return;
  }
  if (!confirmed) {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the annotation "{0}" from the sidecar?', plainText(truncate(item.annotation.anchor.exact, 60))), { modal: true }, remove);
    if (answer !== remove) return;
  }
  await report(store.update(found.document.uri, planOperations(found.view, [{ op: 'remove', id: item.annotation.id }])));
}

/** Moves an (orphaned) annotation onto the current selection in its document's editor. */
async function reattach(store: SeedStore, target: AnnotationTarget | undefined): Promise<void> {
  if (!target) return;
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === target.uri);
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: select the text to re-attach the annotation to, in its document, then run this again.'));
    return;
  }
  const view = await store.ready(editor.document);
  const text = editor.document.getText();
  const { anchorToCodePoints, createAnchor } = engine();
  const anchor = anchorToCodePoints(text, createAnchor(text, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)));
  await report(store.update(editor.document.uri, planOperations(view, [{ op: 'update', id: target.id, changes: { anchor } }])));
}

async function reveal(store: SeedStore, target: AnnotationTarget | undefined): Promise<void> {
  const found = await resolveTarget(store, target);
  const item = found && findAnnotation(found.view, found.id);
  if (!found || !item || item.start === undefined || item.end === undefined) return;
  const range = rangeIn(found.view, item.start, item.end);
  const editor = await vscode.window.showTextDocument(found.document, { preserveFocus: false, preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openInSidecar(store: SeedStore, target: AnnotationTarget | undefined): Promise<void> {
  const found = await resolveTarget(store, target);
  if (!found?.view.sidecarUri) return;
  const sidecar = await vscode.workspace.openTextDocument(found.view.sidecarUri);
  const line = sidecar.getText().split(/\r?\n/).findIndex((text) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(found.id)}["']?\\s*(#.*)?$`).test(text));
  const editor = await vscode.window.showTextDocument(sidecar, { preview: true });
  if (line >= 0) {
    const position = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }
}

async function openSidecar(store: SeedStore): Promise<void> {
  const document = activeSeed(store);
  if (!document) return;
  const view = await store.ready(document);
  if (!view.sidecarUri) return;
  if (view.sidecar.kind === 'missing') {
    const create = vscode.l10n.t('Create');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('This document has no sidecar yet. Create one?'), create);
    if (answer !== create || !(await report(store.update(document.uri, planOperations(view, []))))) return;
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(view.sidecarUri));
}

async function setReferenceDate(store: SeedStore, given: string | undefined): Promise<void> {
  const document = activeSeed(store);
  if (!document) return;
  const view = await store.ready(document);
  const date =
    given ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Reference date of this document'),
      prompt: vscode.l10n.t('Relative dates ("in six months") are resolved against it. Now {0} (from {1}).', view.result.referenceDate.date, view.result.referenceDate.from),
      value: view.result.referenceDate.date,
      validateInput: (value) => (isIsoDate(value) ? undefined : vscode.l10n.t('A calendar date as YYYY-MM-DD')),
    }));
  if (!date || !isIsoDate(date)) return;
  await report(store.update(document.uri, planOperations(view, [{ op: 'document', changes: { referenceDate: date, referenceDateFrom: 'sidecar' } }])));
}

/** The kinds a selection can be annotated as; the icon stays outside the translated word. */
function kindChoices(): Array<{ label: string; factKind: FactKind }> {
  return [
    { label: `$(tasklist) ${kindHeading('commitment')}`, factKind: 'commitment' },
    { label: `$(quote) ${kindHeading('claim')}`, factKind: 'claim' },
    { label: `$(symbol-number) ${kindHeading('figure')}`, factKind: 'figure' },
    { label: `$(watch) ${kindHeading('deadline')}`, factKind: 'deadline' },
  ];
}

/** Annotates the selection as a kind, asking for the kind's fields with defaults from extraction. */
async function annotateSelection(store: SeedStore, given: FactKind | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: select the text to annotate first.'));
    return;
  }
  const document = editor.document;
  const kind = given ?? (await vscode.window.showQuickPick(kindChoices(), { title: vscode.l10n.t('Annotate the selection as') }))?.factKind;
  if (!kind) return;
  const view = await store.ready(document);
  const start = document.offsetAt(editor.selection.start);
  const end = document.offsetAt(editor.selection.end);
  const inside = view.result.facts.filter((fact) => fact.start < end && start < fact.end);
  const sameKind = inside.find((fact) => fact.kind === kind) ?? (kind === 'deadline' ? inside.find((fact) => fact.kind === 'date') : undefined);
  const taken = new Set(view.merged.map((item) => item.annotation.id));
  const { anchorToCodePoints, createAnchor, annotationFromFact, annotationId } = engine();
  const anchor = anchorToCodePoints(view.text, createAnchor(view.text, start, end));
  // The selection is what the person chose: keep it as the anchor, with the fields extraction read there.
  const annotation: Annotation = sameKind
    ? { ...annotationFromFact(view.text, sameKind, 'accepted', taken), kind, anchor }
    : { id: annotationId(kind, anchor, taken), kind, review: 'accepted', anchor };
  if (kind === 'commitment') {
    // Extraction's actor when it read a commitment here, else who the sentence is about; never an empty actor.
    const actor = await vscode.window.showInputBox({
      title: vscode.l10n.t('Who committed? (actor)'),
      value: annotation.actor ?? actorOfSentence(view, start),
      prompt: vscode.l10n.t('The person, body or country that made the commitment.'),
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Name who committed: a commitment without an actor cannot be matched or followed up.') : undefined),
    });
    if (actor === undefined || actor.trim() === '') return;
    const action = await vscode.window.showInputBox({ title: vscode.l10n.t('To do what? (action)'), value: annotation.action ?? view.text.slice(start, end) });
    if (action === undefined) return;
    const deadlineFact = view.result.facts.find((fact): fact is TemporalFact => (fact.kind === 'deadline' || fact.kind === 'date') && fact.start >= start && fact.end <= end);
    const suggested = annotation.deadline ?? (deadlineFact ? { text: deadlineFact.text, timex: deadlineFact.timex, ...(deadlineFact.due ? { due: deadlineFact.due } : {}), ...(deadlineFact.range ? { range: deadlineFact.range } : {}) } : undefined);
    const due = await vscode.window.showInputBox({
      title: vscode.l10n.t('By when? (due date, YYYY-MM-DD; empty for none)'),
      value: suggested ? (suggested.range?.latest ?? suggested.due ?? '') : '',
      prompt: suggested ? vscode.l10n.t('From the text: "{0}"', suggested.text) : vscode.l10n.t('No deadline found in the selection.'),
      validateInput: (value) => (value === '' || isIsoDate(value) ? undefined : vscode.l10n.t('A calendar date as YYYY-MM-DD, or empty')),
    });
    if (due === undefined) return;
    annotation.actor = actor.trim();
    annotation.action = action;
    annotation.status = 'open';
    if (due === '') delete annotation.deadline;
    else if (suggested && (suggested.range?.latest ?? suggested.due) === due) annotation.deadline = suggested;
    else annotation.deadline = { text: suggested?.text ?? `by ${due}`, due };
  } else if (kind === 'claim') {
    const who = await vscode.window.showInputBox({ title: vscode.l10n.t('Who claims it? (source)'), value: annotation.source?.who ?? '' });
    if (who === undefined) return;
    annotation.source = who ? { who, ...(annotation.source?.cue ? { cue: annotation.source.cue } : {}) } : undefined;
  } else if (kind === 'deadline' && !annotation.timex) {
    const date = await vscode.window.showInputBox({ title: vscode.l10n.t('Due date (YYYY-MM-DD)'), validateInput: (value) => (value === '' || isIsoDate(value) ? undefined : vscode.l10n.t('A calendar date as YYYY-MM-DD')) });
    if (date === undefined) return;
    if (date) annotation.due = date;
  } else if (kind === 'figure' && annotation.value === undefined) {
    const parsed = engine().extract(view.text.slice(start, end), { referenceDate: view.result.referenceDate.date, today: todayIso() }).facts.find((fact) => fact.kind === 'figure');
    if (parsed?.kind === 'figure') {
      annotation.value = parsed.value;
      if (parsed.unit) annotation.unit = parsed.unit;
    }
  }
  for (const key of Object.keys(annotation) as Array<keyof Annotation>) if (annotation[key] === undefined) delete annotation[key];
  await report(store.update(document.uri, planOperations(view, [{ op: 'add', annotation }])));
}

/** The actor of an extracted commitment in the selection's sentence, else the sentence's subject. */
function actorOfSentence(view: DocumentView, offset: number): string {
  const sentence = view.result.sentences.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!sentence) return '';
  const extracted = view.result.facts.find((fact) => fact.kind === 'commitment' && fact.start < sentence.end && sentence.start < fact.end);
  if (extracted?.kind === 'commitment' && extracted.actor.name.trim()) return extracted.actor.name;
  return sentenceSubject(view.text.slice(sentence.start, sentence.end));
}

function truncate(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
