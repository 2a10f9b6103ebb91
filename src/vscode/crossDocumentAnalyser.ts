import * as vscode from 'vscode';
import type { CrossDocumentAnalyser } from '../core/crossDocument/workspaceAnalysis';
import { CrossDocumentThread } from '../node/crossDocumentThread';
import { engine } from './engine';

/**
 * The desktop (Node) extension host analyses across documents on a worker thread of its own
 * (CrossDocumentThread). The browser bundle replaces this module with crossDocumentAnalyser.web.ts.
 */
export function createCrossDocumentAnalyser(context: vscode.ExtensionContext): CrossDocumentAnalyser {
  return new CrossDocumentThread(vscode.Uri.joinPath(context.extensionUri, 'dist', 'crossDocumentWorker.js').fsPath, (documents) => engine().analyseAcross(documents));
}
