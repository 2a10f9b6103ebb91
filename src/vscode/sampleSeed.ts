import * as vscode from 'vscode';
import type { SeedStore } from './seedStore';

const SAMPLE_NAME = 'harbour-authority-2024-03-14.txt';

/**
 * Opens the walkthrough's sample seed. The bundled text is copied once into the extension's
 * global storage and opened from there: a real file, so reviewing it writes a real sidecar,
 * without writing into the user's workspace or into the (read-only) extension folder.
 */
export async function openSampleSeed(context: vscode.ExtensionContext, store: SeedStore): Promise<vscode.TextEditor> {
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'sample');
  const target = vscode.Uri.joinPath(folder, SAMPLE_NAME);
  if (!(await exists(target))) {
    await vscode.workspace.fs.createDirectory(folder);
    const bundled = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', SAMPLE_NAME));
    await vscode.workspace.fs.writeFile(target, bundled);
  }
  // Outside the workspace the include globs do not reach it: read it as an annotated document.
  store.noteSidecar(target, true);
  const document = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(document, { preview: false });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
