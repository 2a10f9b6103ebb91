import type * as vscode from 'vscode';
import { buildIndexModel } from '../core/indexModel';
import { modelFromMerged } from '../core/listedModel';
import type { IndexModelSource } from './workspaceIndex';

/**
 * The browser bundle's stand-in for indexModelBuilder.ts: a web worker extension host has no
 * worker threads to start, so models are built in place, yielding between documents so the
 * host stays responsive. Nothing is kept between sessions: a web workspace is read over the network
 * anyway, and a browser's storage is no place for a model of every document.
 */
export function createIndexModelBuilder(_context: vscode.ExtensionContext): IndexModelSource & vscode.Disposable {
  return {
    build: async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return modelFromMerged(buildIndexModel(input));
    },
    dispose: () => undefined,
  };
}
