import type * as vscode from 'vscode';

/** Languages Seedmark reads: plain text and Markdown (the `seed` language comes with the grammar). */
const SEED_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'markdown', 'seed']);

export function isSeedDocument(document: vscode.TextDocument): boolean {
  return SEED_LANGUAGES.has(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-remote');
}
