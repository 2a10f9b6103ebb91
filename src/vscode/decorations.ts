import * as vscode from 'vscode';
import { overdueDays } from '../core/deadlines';
import type { FactKind } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { todayIso } from './today';
import type { SeedStore } from './seedStore';

/** The look of a drawn annotation: its kind, whether a person decided on it, and whether it is overdue. */
type Style = `${FactKind}:${'suggested' | 'reviewed'}` | 'overdue';

const KINDS: readonly FactKind[] = ['commitment', 'claim', 'figure', 'date', 'deadline'];

/** Redraws after typing pauses, so a keystroke never waits for extraction. */
const REDRAW_DELAY_MS = 150;
/** Above this many annotations, the visible lines are drawn first and the rest a moment later. */
const DRAW_VISIBLE_FIRST_ABOVE = 500;
/** Lines above and below the visible ones drawn in the first pass, so a small scroll finds them. */
const VISIBLE_MARGIN_LINES = 50;

/**
 * Draws annotations in theme colours from `contributes.colors`: suggestions lighter than
 * reviewed annotations, overdue open deadlines distinct, rejected and orphaned ones not at all
 * (an orphan has no trustworthy place in the text).
 */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private readonly pendingFull = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  /** The last passes drawn, newest last: what the tests read to see the visible range come first. */
  readonly passes: Array<{ document: string; scope: 'visible' | 'all'; count: number }> = [];

  constructor(private readonly store: SeedStore) {
    for (const kind of KINDS) {
      this.types.set(`${kind}:reviewed`, vscode.window.createTextEditorDecorationType(styleFor(kind, false)));
      this.types.set(`${kind}:suggested`, vscode.window.createTextEditorDecorationType(styleFor(kind, true)));
    }
    this.types.set(
      'overdue',
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor('seedmark.overdueBackground'),
        border: '1px solid',
        borderColor: new vscode.ThemeColor('seedmark.overdueBorder'),
        overviewRulerColor: new vscode.ThemeColor('seedmark.overdueBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
    );
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.scheduleRedraw();
      }),
      store.onDidChange((uri) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.redraw(editor);
      }),
    );
    // The first drawing extracts the visible documents: after activation returns, not during it.
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.redrawVisible();
    }, 0);
  }

  /** The annotations drawn in an editor, with their place (for tests and the status bar). */
  drawn(editor: vscode.TextEditor): MergedAnnotation[] {
    if (!this.store.isSeed(editor.document)) return [];
    return this.store.viewOf(editor.document).merged.filter((item) => item.start !== undefined && item.end !== undefined && item.annotation.review !== 'rejected');
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

  /**
   * Draws an editor's annotations. A long document's visible lines are drawn at once and the
   * whole document on the next turn of the event loop, so what the user looks at never waits
   * for the thousands of ranges off screen.
   */
  private redraw(editor: vscode.TextEditor): void {
    const pending = this.pendingFull.get(editor);
    if (pending) clearTimeout(pending);
    this.pendingFull.delete(editor);
    const items = this.drawn(editor);
    if (items.length <= DRAW_VISIBLE_FIRST_ABOVE || editor.visibleRanges.length === 0) {
      this.draw(editor, items, 'all');
      return;
    }
    const document = editor.document;
    const visible = editor.visibleRanges.map((range) => {
      const first = Math.max(0, range.start.line - VISIBLE_MARGIN_LINES);
      const last = Math.min(document.lineCount - 1, range.end.line + VISIBLE_MARGIN_LINES);
      return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
    });
    this.draw(editor, items.filter((item) => visible.some((range) => item.start! < range.end && item.end! > range.start)), 'visible');
    this.pendingFull.set(
      editor,
      setTimeout(() => {
        this.pendingFull.delete(editor);
        if (editor.document.version === document.version && !editor.document.isClosed) this.draw(editor, items, 'all');
      }, 0),
    );
  }

  private draw(editor: vscode.TextEditor, items: readonly MergedAnnotation[], scope: 'visible' | 'all'): void {
    const ranges = new Map<Style, vscode.Range[]>([...this.types.keys()].map((style) => [style, []]));
    const today = todayIso();
    for (const item of items) {
      const range = new vscode.Range(editor.document.positionAt(item.start!), editor.document.positionAt(item.end!));
      const reviewed = item.annotation.review === 'accepted' || item.annotation.review === 'edited';
      ranges.get(`${item.annotation.kind}:${reviewed ? 'reviewed' : 'suggested'}`)?.push(range);
      if ((item.annotation.kind === 'deadline' || item.annotation.kind === 'commitment') && overdueDays(item.annotation, today) !== undefined) {
        ranges.get('overdue')?.push(range);
      }
    }
    for (const [style, type] of this.types) editor.setDecorations(type, ranges.get(style) ?? []);
    this.passes.push({ document: editor.document.uri.toString(), scope, count: items.length });
    if (this.passes.length > 20) this.passes.shift();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const timer of this.pendingFull.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const type of this.types.values()) type.dispose();
  }
}

function styleFor(kind: FactKind, suggested: boolean): vscode.DecorationRenderOptions {
  const foreground = new vscode.ThemeColor(`seedmark.${kind}Foreground`);
  const background = new vscode.ThemeColor(`seedmark.${kind}Background`);
  const border = suggested ? 'dashed' : 'solid';
  switch (kind) {
    case 'commitment':
      return { backgroundColor: suggested ? undefined : background, borderStyle: `none none ${border} none`, borderWidth: '0 0 2px 0', borderColor: foreground };
    case 'claim':
      return { borderStyle: `none none ${suggested ? 'dotted' : 'solid'} none`, borderWidth: '0 0 1px 0', borderColor: foreground };
    default:
      return { color: foreground, backgroundColor: suggested ? undefined : background, fontWeight: kind === 'deadline' ? 'bold' : undefined, opacity: suggested ? '0.85' : undefined };
  }
}
