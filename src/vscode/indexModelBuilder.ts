import * as vscode from 'vscode';
import { keepOnlyModels } from '../node/modelCache';
import { ModelWorkerPool } from '../node/modelWorkerPool';
import { engine } from './engine';
import type { IndexModelSource } from './workspaceIndex';

/**
 * The desktop (Node) extension host indexes on worker threads (see ModelWorkerPool), which also
 * read local seed files and their sidecars, and the workers keep the models they build in the workspace's storage (see ModelCache), so the next
 * session reads them instead of extracting every document again. Without a workspace storage
 * (no folder open) nothing is kept. The browser bundle replaces this module with
 * indexModelBuilder.web.ts, which has no threads to offer.
 */
export function createIndexModelBuilder(context: vscode.ExtensionContext): IndexModelSource & vscode.Disposable {
  const storage = context.storageUri?.scheme === 'file' ? vscode.Uri.joinPath(context.storageUri, 'models').fsPath : undefined;
  const pool = new ModelWorkerPool(vscode.Uri.joinPath(context.extensionUri, 'dist', 'modelWorker.js').fsPath, (input) => engine().buildIndexModel(input), storage === undefined ? {} : { cacheDirectory: storage });
  return {
    build: (input) => pool.build(input),
    buildFromFile: (file) => pool.buildFromFile(file),
    ...(storage === undefined ? {} : { keepOnly: (keys: ReadonlySet<string>) => keepOnlyModels(storage, keys) }),
    dispose: () => pool.dispose(),
  };
}
