import type * as vscode from 'vscode';
import { analyseAcross, type CrossDocumentAnalyser } from '../core/crossDocument/workspaceAnalysis';

/**
 * The browser bundle's stand-in for crossDocumentAnalyser.ts: a web worker extension host has
 * no threads to start, so the analysis runs in place, after the host has handled what was
 * waiting. The web host is a worker itself, away from the editor's own thread; a cancelled
 * analysis is dropped when it ends.
 */
export function createCrossDocumentAnalyser(_context: vscode.ExtensionContext): CrossDocumentAnalyser {
  return {
    analyse: async (documents, cancellation) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancellation.isCancellationRequested) return undefined;
      const analysis = analyseAcross(documents);
      return cancellation.isCancellationRequested ? undefined : analysis;
    },
    cancel: () => undefined,
    dispose: () => undefined,
  };
}
