import * as vscode from 'vscode';
import type { SidecarStorage } from '../core/sidecar/updateSidecar';
import { nodeSidecarStorage } from '../node/nodeSidecarStorage';

/**
 * Sidecars on the local disk go through the same storage as the CLI: `workspace.fs` cannot
 * create a file exclusively, which the lock that keeps the editor, other windows and
 * `seedmark extract --write` from overwriting one another's changes needs (the lock only works
 * if every writer takes it the same way). Paths are file system paths; the workspace folders
 * are where a symbolic link at a sidecar's path may lead. The browser bundle swaps this module
 * for localSidecarStorage.web.ts, which has no local disk.
 */
export function localSidecarStorage(): SidecarStorage | undefined {
  const roots = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
  return nodeSidecarStorage({ roots });
}
