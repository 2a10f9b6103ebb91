import * as vscode from 'vscode';
import { stopTreatingAsSeed, treatAsSeed, type SeedSetEdit } from '../core/seedSet';
import { COMMANDS, CONFIGURATION_SECTION } from './commandIds';
import type { SeedStore } from './seedStore';

/**
 * "Seedmark: Treat as Seed Document" and its opposite, from the editor (tab and palette) and the
 * Explorer (files and folders, one or several selected). They edit `seedmark.include` and
 * `seedmark.exclude` in the workspace's settings (the folder's, in a multi-root workspace); the
 * store and the index react to that setting change like to any other.
 */
export function registerSeedSetCommands(store: SeedStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.treatAsSeed, (uri?: vscode.Uri, selected?: vscode.Uri[]) => editSeedSet(store, targetsOf(uri, selected), true)),
    vscode.commands.registerCommand(COMMANDS.stopTreatingAsSeed, (uri?: vscode.Uri, selected?: vscode.Uri[]) => editSeedSet(store, targetsOf(uri, selected), false)),
  ];
}

/** The Explorer passes the clicked item and the whole selection; the palette passes nothing. */
function targetsOf(uri: vscode.Uri | undefined, selected: vscode.Uri[] | undefined): vscode.Uri[] {
  if (selected && selected.length > 0) return selected;
  if (uri instanceof vscode.Uri) return [uri];
  const active = vscode.window.activeTextEditor?.document.uri;
  return active ? [active] : [];
}

async function editSeedSet(store: SeedStore, uris: readonly vscode.Uri[], makeSeed: boolean): Promise<boolean> {
  let changed = false;
  for (const uri of uris) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is outside the workspace folders: Seedmark can only keep seed documents of the workspace in its settings.', uri.path.slice(uri.path.lastIndexOf('/') + 1)));
      continue;
    }
    const isFolder = await isDirectory(uri);
    const path = vscode.workspace.asRelativePath(uri, false);
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const section = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, folder.uri);
    const current = { include: section.get<string[]>('include', []), exclude: section.get<string[]>('exclude', []) };
    const edit: SeedSetEdit = makeSeed ? treatAsSeed(current, path, isFolder) : stopTreatingAsSeed(current, path, isFolder, store.hasSidecar(uri));
    if (!edit.changed) continue;
    const target = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
    // Lists replace the defaults rather than add to them: the whole effective list is written.
    if (edit.include.join('\n') !== current.include.join('\n')) await section.update('include', edit.include, target);
    if (edit.exclude.join('\n') !== current.exclude.join('\n')) await section.update('exclude', edit.exclude, target);
    changed = true;
  }
  return changed;
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
