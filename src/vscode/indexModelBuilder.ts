import * as vscode from 'vscode';
import { ModelWorkerPool } from '../node/modelWorkerPool';
import { engine } from './engine';
import type { IndexModelBuilder } from './workspaceIndex';

/**
 * The desktop (Node) extension host indexes on worker threads (see ModelWorkerPool). The browser
 * bundle replaces this module with indexModelBuilder.web.ts, which has no threads to offer.
 */
export function createIndexModelBuilder(context: vscode.ExtensionContext): { build: IndexModelBuilder; dispose(): void } {
  const pool = new ModelWorkerPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'modelWorker.js').fsPath, (input) => engine().buildIndexModel(input));
  return { build: (input) => pool.build(input), dispose: () => pool.dispose() };
}
