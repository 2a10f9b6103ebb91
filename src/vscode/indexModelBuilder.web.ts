import type * as vscode from 'vscode';
import { buildIndexModel } from '../core/indexModel';
import type { IndexModelBuilder } from './workspaceIndex';

/**
 * The browser bundle's stand-in for indexModelBuilder.ts: a web worker extension host has no
 * worker threads to start, so models are built in place, yielding between documents so the
 * host stays responsive.
 */
export function createIndexModelBuilder(_context: vscode.ExtensionContext): { build: IndexModelBuilder; dispose(): void } {
  return {
    build: async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return buildIndexModel(input);
    },
    dispose: () => undefined,
  };
}
