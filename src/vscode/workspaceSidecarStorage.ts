import * as vscode from 'vscode';
import { SidecarRefusal, sidecarBytesProblem } from '../core/sidecar/sidecarEncoding';
import type { SidecarStorage } from '../core/sidecar/updateSidecar';
import { localSidecarStorage } from './localSidecarStorage';

const encoder = new TextEncoder();

/**
 * Sidecar storage for the editor. Paths are URI strings. `file:` sidecars in the desktop editor
 * go through the local storage the CLI uses too (a lock file, read-only files and symbolic links
 * respected); other file system providers (remote, virtual, the browser) through `workspace.fs`.
 */
export const workspaceSidecarStorage: SidecarStorage = {
  async read(path) {
    const uri = vscode.Uri.parse(path);
    const local = localFor(uri);
    if (local) return local.read(uri.fsPath);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
    // A lenient decoder would turn bytes that are not UTF-8 into U+FFFD, which the next write would keep.
    const problem = sidecarBytesProblem(bytes);
    if (problem) throw new SidecarRefusal(problem);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  },
  async writeIfUnchanged(path, text, expectedText) {
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('Seedmark does not write files in an untrusted workspace.'));
    const target = vscode.Uri.parse(path);
    const local = localFor(target);
    if (local) return local.writeIfUnchanged(target.fsPath, text, expectedText);
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
    try {
      const current = await this.read(path);
      if (current !== expectedText) return false;
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
      return true;
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    }
  },
};

function localFor(uri: vscode.Uri): SidecarStorage | undefined {
  return uri.scheme === 'file' ? localSidecarStorage() : undefined;
}
