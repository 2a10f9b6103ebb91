import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { FactDecorations } from './decorations';
import { FactStore } from './factStore';
import { isSeedDocument } from './seedDocuments';

/** Wires the store and the surfaces; each owns its listeners and is disposed with the extension. */
export function activate(context: vscode.ExtensionContext): void {
  const store = new FactStore();
  const decorations = new FactDecorations(store);
  context.subscriptions.push(
    store,
    decorations,
    vscode.commands.registerCommand(COMMANDS.reextract, () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && isSeedDocument(document)) store.refresh(document);
    }),
    vscode.commands.registerCommand(COMMANDS.inspectActiveEditor, () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? decorations.factsDrawn(editor).map(({ kind, start, end, text }) => ({ kind, start, end, text })) : [];
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
