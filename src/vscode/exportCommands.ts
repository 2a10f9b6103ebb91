import * as vscode from 'vscode';
import type { ExportDocument, ExportFormat } from '../core/export/exportFormats';
import { EXPORT_EXTENSIONS, renderExport } from '../core/export/renderExport';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { COMMANDS } from './commandIds';
import type { SeedmarkLog } from './seedmarkLog';
import type { SeedStore } from './seedStore';
import type { WorkspaceIndex } from './workspaceIndex';
import { plainText } from './notificationText';

/** The formats on offer: their names are the formats' own (not translated), what each is for is. */
function exportChoices(): Array<{ label: string; detail: string; format: ExportFormat }> {
  return [
    { label: 'W3C Web Annotation (JSON-LD)', detail: vscode.l10n.t('for Hypothesis and other annotation tools'), format: 'w3c' },
    { label: 'iCalendar (.ics)', detail: vscode.l10n.t('open commitments with a due date, as calendar events'), format: 'ics' },
    { label: 'CSV', detail: vscode.l10n.t('one row per annotation, for a spreadsheet'), format: 'csv' },
    { label: 'brat standoff (.ann)', detail: vscode.l10n.t('for brat and INCEpTION'), format: 'brat' },
    { label: 'JSON', detail: vscode.l10n.t("Seedmark's own, as `seedmark export --format json`"), format: 'json' },
  ];
}

/**
 * Export in every format the CLI has, for the active document or for the whole workspace
 * (every indexed document, open ones with their unsaved text). Rejected annotations are left out.
 */
export function registerExportCommands(store: SeedStore, index: WorkspaceIndex, log: SeedmarkLog): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.export, (format?: ExportFormat, target?: vscode.Uri) => exportDocument(store, format, target, log)),
    vscode.commands.registerCommand(COMMANDS.exportWorkspace, (format?: ExportFormat, target?: vscode.Uri) => exportWorkspace(index, format, target, log)),
  ];
}

async function chooseFormat(given: ExportFormat | undefined, title: string): Promise<ExportFormat | undefined> {
  if (given) return given;
  return (await vscode.window.showQuickPick(exportChoices(), { title }))?.format;
}

async function exportDocument(store: SeedStore, given: ExportFormat | undefined, target: vscode.Uri | undefined, log: SeedmarkLog): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !store.isSeed(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: open a seed document (plain text or Markdown) first.'));
    return undefined;
  }
  const format = await chooseFormat(given, vscode.l10n.t('Export this document’s annotations as'));
  if (!format) return undefined;
  const view = await store.ready(document);
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: document.uri.with({ path: `${document.uri.path}.${EXPORT_EXTENSIONS[format]}` }) }));
  if (!destination) return undefined;
  const exported = exportDocumentOf(document.uri, view.text, view.result.referenceDate.date, view.merged);
  await write(destination, renderExport(format, [exported], { generatedAt: new Date().toISOString(), prettyJson: true }));
  const message =
    format === 'ics'
      ? vscode.l10n.t('Seedmark: exported open commitments with due dates to {0}.', nameOf(destination))
      : vscode.l10n.t('Seedmark: exported {0} annotations to {1}.', annotationCount([exported]), nameOf(destination));
  offerToOpen(message, destination, log);
  return destination;
}

/** Every indexed document in one file; brat, which is one file per document, goes into a folder. */
async function exportWorkspace(index: WorkspaceIndex, given: ExportFormat | undefined, target: vscode.Uri | undefined, log: SeedmarkLog): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seedmark: open a folder to export its seed documents.'));
    return undefined;
  }
  const format = await chooseFormat(given, vscode.l10n.t('Export the annotations of every seed document as'));
  if (!format) return undefined;
  await index.ensureIndexed();
  const documents = index
    .documents()
    .map((document) => exportDocumentOf(document.uri, document.text, document.referenceDate.date, document.merged))
    .sort((a, b) => a.file.localeCompare(b.file));
  const generatedAt = new Date().toISOString();
  if (format === 'brat') {
    const directory = target ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: folder.uri, openLabel: vscode.l10n.t('Export here'), title: vscode.l10n.t('Folder for one .ann file per document') }))?.[0];
    if (!directory) return undefined;
    for (const document of documents) await write(vscode.Uri.joinPath(directory, `${document.file.replace(/\//g, '__')}.ann`), renderExport('brat', [document], { generatedAt }));
    offerToOpen(vscode.l10n.t('Seedmark: exported {0} annotations to {1} .ann files in {2}.', annotationCount(documents), documents.length, nameOf(directory)), directory, log, true);
    return directory;
  }
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder.uri, `seedmark-annotations.${EXPORT_EXTENSIONS[format]}`) }));
  if (!destination) return undefined;
  await write(destination, renderExport(format, documents, { generatedAt }));
  const message =
    format === 'ics'
      ? vscode.l10n.t('Seedmark: exported open commitments with due dates from {0} documents to {1}.', documents.length, nameOf(destination))
      : vscode.l10n.t('Seedmark: exported {0} annotations from {1} documents to {2}.', annotationCount(documents), documents.length, nameOf(destination));
  offerToOpen(message, destination, log);
  return destination;
}

/**
 * Says where the export went and offers to open it or show it among its files. Not awaited: the
 * command returns the destination at once, whatever the person does with the message.
 */
function offerToOpen(message: string, destination: vscode.Uri, log: SeedmarkLog, folder = false): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  log.info(`${message} Offered: ${folder ? reveal : `${open}, ${reveal}`}.`);
  void vscode.window.showInformationMessage(plainText(message), ...(folder ? [reveal] : [open, reveal])).then(async (choice) => {
    if (choice === open) await vscode.commands.executeCommand('vscode.open', destination);
    else if (choice === reveal) await revealInSideBar(destination);
  });
}

/**
 * The Explorer for a destination inside the workspace; the system's file manager for one outside
 * (desktop only: a browser cannot open it, so it is opened in the editor instead).
 */
async function revealInSideBar(destination: vscode.Uri): Promise<void> {
  if (vscode.workspace.getWorkspaceFolder(destination)) await vscode.commands.executeCommand('revealInExplorer', destination);
  else if (vscode.env.uiKind === vscode.UIKind.Desktop && destination.scheme === 'file') await vscode.commands.executeCommand('revealFileInOS', destination);
  else await vscode.commands.executeCommand('vscode.open', destination);
}

function exportDocumentOf(uri: vscode.Uri, text: string, referenceDate: string, merged: readonly MergedAnnotation[]): ExportDocument {
  return { file: vscode.workspace.asRelativePath(uri, false), text, referenceDate, annotations: merged.filter((item) => item.annotation.review !== 'rejected') };
}

function annotationCount(documents: readonly ExportDocument[]): number {
  return documents.reduce((total, document) => total + document.annotations.length, 0);
}

async function write(destination: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(content));
}

function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
