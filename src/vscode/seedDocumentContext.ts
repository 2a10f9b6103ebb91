import * as vscode from 'vscode';
import { Disposable } from './disposable';
import type { SeedStore } from './seedStore';

/** The context key menus and keybindings read instead of a language id: "Annotate" shows on seeds only. */
export const IS_SEED_DOCUMENT = 'seedmark.isSeedDocument';

/** Keeps `seedmark.isSeedDocument` true exactly while the active editor shows a seed document. */
export class SeedDocumentContext extends Disposable {
  private value: boolean | undefined;

  constructor(private readonly store: SeedStore) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(store.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const next = document !== undefined && this.store.isSeed(document);
    if (next === this.value) return;
    this.value = next;
    void vscode.commands.executeCommand('setContext', IS_SEED_DOCUMENT, next);
  }
}
