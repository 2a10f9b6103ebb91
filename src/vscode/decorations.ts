import * as vscode from 'vscode';
import type { Fact, FactKind } from '../core/model';
import { isSeedDocument } from './seedDocuments';
import type { FactStore } from './factStore';

const DECORATED_KINDS: readonly FactKind[] = ['commitment', 'claim', 'figure', 'date', 'deadline'];

/** Redraws after typing pauses, so a keystroke never waits for extraction. */
const REDRAW_DELAY_MS = 150;

/**
 * Draws each kind of fact in its theme colour in every visible seed document. Colours come
 * from `contributes.colors`, so themes and users can change them.
 */
export class FactDecorations implements vscode.Disposable {
  private readonly types = new Map<FactKind, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: FactStore) {
    for (const kind of DECORATED_KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType(styleFor(kind)));
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.scheduleRedraw();
      }),
      store.onDidChange(() => this.redrawVisible()),
    );
    this.redrawVisible();
  }

  /** Ranges currently drawn for each kind in an editor (for tests and the status bar). */
  factsDrawn(editor: vscode.TextEditor): Fact[] {
    return isSeedDocument(editor.document) ? this.store.resultFor(editor.document).facts.filter((fact) => this.types.has(fact.kind)) : [];
  }

  private scheduleRedraw(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.redrawVisible();
    }, REDRAW_DELAY_MS);
  }

  private redrawVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.redraw(editor);
  }

  private redraw(editor: vscode.TextEditor): void {
    const facts = this.factsDrawn(editor);
    for (const [kind, type] of this.types) {
      const ranges = facts
        .filter((fact) => fact.kind === kind)
        .map((fact) => new vscode.Range(editor.document.positionAt(fact.start), editor.document.positionAt(fact.end)));
      editor.setDecorations(type, ranges);
    }
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const type of this.types.values()) type.dispose();
  }
}

function styleFor(kind: FactKind): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(`seedmark.${kind}Foreground`);
  const background = new vscode.ThemeColor(`seedmark.${kind}Background`);
  switch (kind) {
    case 'commitment':
      return { backgroundColor: background, isWholeLine: false };
    case 'claim':
      return { borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', borderColor: color };
    default:
      return { color, backgroundColor: background, fontWeight: kind === 'deadline' ? 'bold' : undefined };
  }
}
