import * as vscode from 'vscode';
import type { SidecarStorage } from '../core/sidecar/updateSidecar';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Sidecar storage through `workspace.fs`, so it works on any file system provider (local,
 * remote, virtual). Paths are URI strings.
 */
export const workspaceSidecarStorage: SidecarStorage = {
  async read(path) {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(path)));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  },
  async writeIfUnchanged(path, text, expectedText) {
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('Seedmark does not write files in an untrusted workspace.'));
    const target = vscode.Uri.parse(path);
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
