import * as vscode from 'vscode';
import { overdueCommitmentDays } from '../core/deadlines';
import type { FactKind } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { rangeIn } from './modelRanges';
import { pauseHost, SliceClock } from './timeSlices';
import { todayIso } from './today';
import type { SeedStore } from './seedStore';

/** The look of a drawn annotation: its kind and whether a person decided on it; or the overdue mark. */
type Style = `${FactKind}:${'suggested' | 'reviewed'}` | 'overdue';

/** A pass's decorations by style, and how many overdue commitments its marks stand for. */
interface DrawnRanges {
  ranges: Map<Style, vscode.DecorationOptions[]>;
  overdue: number;
}

const KINDS: readonly FactKind[] = ['commitment', 'claim', 'figure', 'date', 'deadline'];

/** Redraws after typing pauses, so a keystroke never waits for extraction. */
const REDRAW_DELAY_MS = 150;
/** Above this many annotations, the visible lines are drawn first and the rest a moment later. */
const DRAW_VISIBLE_FIRST_ABOVE = 500;
/** Lines above and below the visible ones drawn in the first pass, so a small scroll finds them. */
const VISIBLE_MARGIN_LINES = 50;
/**
 * Above this many annotations only the lines around the visible ones are ever drawn, again as
 * the view scrolls: with tens of thousands of decorations in a document, VS Code's own work on
 * each keystroke made typing in it lag (issue #20), whatever Seedmark did meanwhile.
 */
const DRAW_NEAR_VIEW_ONLY_ABOVE = 5_000;
/** Lines above and below the visible ones drawn in such a document; a scroll past a third of them draws again. */
const NEAR_VIEW_MARGIN_LINES = 300;
/** A scroll is drawn for once it has settled this long. */
const SCROLL_REDRAW_DELAY_MS = 60;

/**
 * Draws annotations in theme colours from `contributes.colors`: suggestions lighter than
 * reviewed annotations, rejected and orphaned ones not at all (an orphan has no trustworthy place
 * in the text). An overdue open commitment gets a small mark at the end of its line ("overdue
 * 152 d") and a tick in the overview ruler, not a frame: in a historical article nearly every
 * deadline is past, and a frame broken across wrapped lines on each was noise (issue #20).
 *
 * A long document's ranges are built in slices of the host's time, and nothing is drawn on an
 * editor that closed meanwhile: the host checks after a pause, once the window has told it. A
 * document with more than DRAW_NEAR_VIEW_ONLY_ABOVE annotations is drawn around the visible
 * lines only, and again as the view scrolls.
 */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** Documents typed in since the last redraw: only their editors are drawn again. */
  private readonly edited = new Set<vscode.TextDocument>();
  /** The pass under way for each editor; a newer pass for the same editor supersedes it. */
  private readonly passesUnderWay = new Map<vscode.TextEditor, number>();
  private nextPass = 1;
  /** Editors drawn at least once: an editor closing elsewhere does not redraw them. */
  private readonly drawnEditors = new WeakSet<vscode.TextEditor>();
  /** The lines drawn in editors of documents drawn only near the view. */
  private readonly drawnWindows = new Map<vscode.TextEditor, { first: number; last: number }>();
  private scrollRedraw: ReturnType<typeof setTimeout> | undefined;
  /** The last passes drawn, newest last: what the tests read to see the visible range come first. */
  readonly passes: Array<{ document: string; scope: 'visible' | 'all' | 'near view'; count: number; overdueMarks: number; preview?: true }> = [];
  /** Passes given up because their editor closed before they were drawn (read by the tests' probe). */
  skippedClosed = 0;

  constructor(private readonly store: SeedStore) {
    for (const kind of KINDS) {
      this.types.set(`${kind}:reviewed`, vscode.window.createTextEditorDecorationType(styleFor(kind, false)));
      this.types.set(`${kind}:suggested`, vscode.window.createTextEditorDecorationType(styleFor(kind, true)));
    }
    this.types.set(
      'overdue',
      vscode.window.createTextEditorDecorationType({
        after: { color: new vscode.ThemeColor('seedmark.overdueForeground'), margin: '0 0 0 1.5em', fontStyle: 'italic' },
        overviewRulerColor: new vscode.ThemeColor('seedmark.overdueForeground'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.subscriptions.push(
      // Only editors new to the view are drawn: redrawing the others while a window closes its
      // editors one by one set decorations on editors already gone ("Illegal argument: TextEditor").
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        const window = this.drawnWindows.get(textEditor);
        if (!window || visibleRanges.length === 0) return;
        const slack = NEAR_VIEW_MARGIN_LINES / 3;
        const outside = visibleRanges.some((range) => (range.start.line < window.first + slack && window.first > 0) || (range.end.line > window.last - slack && window.last < textEditor.document.lineCount - 1));
        if (!outside) return;
        if (this.scrollRedraw) clearTimeout(this.scrollRedraw);
        this.scrollRedraw = setTimeout(() => {
          this.scrollRedraw = undefined;
          if (vscode.window.visibleTextEditors.includes(textEditor)) this.redraw(textEditor);
        }, SCROLL_REDRAW_DELAY_MS);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of this.passesUnderWay.keys()) if (!editors.includes(editor)) this.passesUnderWay.delete(editor);
        for (const editor of this.drawnWindows.keys()) if (!editors.includes(editor)) this.drawnWindows.delete(editor);
        for (const editor of editors) if (!this.drawnEditors.has(editor) && !this.passesUnderWay.has(editor)) this.redraw(editor);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) return;
        this.edited.add(event.document);
        this.scheduleRedraw();
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
      const edited = [...this.edited];
      this.edited.clear();
      for (const editor of vscode.window.visibleTextEditors) if (edited.includes(editor.document)) this.redraw(editor);
    }, REDRAW_DELAY_MS);
  }

  private redrawVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.redraw(editor);
  }

  private redraw(editor: vscode.TextEditor): void {
    const pass = this.nextPass++;
    this.passesUnderWay.set(editor, pass);
    void this.draw(editor, pass);
  }

  /**
   * Draws an editor's annotations. A long document's visible lines are drawn at once and the
   * whole document after a pause, so what the user looks at never waits for the thousands of
   * ranges off screen; those are built in slices.
   */
  private async draw(editor: vscode.TextEditor, pass: number): Promise<void> {
    const document = editor.document;
    const version = document.version;
    // A long document's model of this version is still being built in slices: the ranges drawn
    // before stay (the editor moves them with the edit) until the store says the model is ready,
    // or, on its first reading, has a preview of the part read.
    if (this.store.isSeed(document) && !this.store.isDrawable(document)) return;
    const items = this.drawn(editor);
    const current = () => this.passesUnderWay.get(editor) === pass && document.version === version && !document.isClosed;
    if (items.length > DRAW_NEAR_VIEW_ONLY_ABOVE && editor.visibleRanges.length > 0) {
      await this.drawNearView(editor, items, current);
      return;
    }
    this.drawnWindows.delete(editor);
    if (items.length > DRAW_VISIBLE_FIRST_ABOVE && editor.visibleRanges.length > 0) {
      const visible = editor.visibleRanges.map((range) => {
        const first = Math.max(0, range.start.line - VISIBLE_MARGIN_LINES);
        const last = Math.min(document.lineCount - 1, range.end.line + VISIBLE_MARGIN_LINES);
        return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
      });
      const near = items.filter((item) => visible.some((range) => item.start! < range.end && item.end! > range.start));
      // Extraction may have held the host: let it hear of a closed editor before drawing on it.
      await pauseHost();
      const nearPass = this.rangesOf(document, near);
      if (!this.apply(editor, nearPass.ranges, current)) return;
      this.note(document, 'visible', near.length, nearPass.overdue);
    }
    const whole = await this.rangesInSlices(document, items, current);
    if (!whole) return;
    await pauseHost();
    if (!this.apply(editor, whole.ranges, current)) return;
    this.note(document, 'all', items.length, whole.overdue);
  }

  /** Draws the lines around the visible ones only, and remembers which, so a scroll past them draws again. */
  private async drawNearView(editor: vscode.TextEditor, items: readonly MergedAnnotation[], current: () => boolean): Promise<void> {
    const document = editor.document;
    const first = Math.max(0, Math.min(...editor.visibleRanges.map((range) => range.start.line)) - NEAR_VIEW_MARGIN_LINES);
    const last = Math.min(document.lineCount - 1, Math.max(...editor.visibleRanges.map((range) => range.end.line)) + NEAR_VIEW_MARGIN_LINES);
    const start = document.offsetAt(new vscode.Position(first, 0));
    const end = document.offsetAt(document.lineAt(last).range.end);
    const near = items.filter((item) => item.start! < end && item.end! > start);
    await pauseHost();
    const drawn = this.rangesOf(document, near);
    if (!this.apply(editor, drawn.ranges, current)) return;
    this.drawnWindows.set(editor, { first, last });
    this.note(document, 'near view', near.length, drawn.overdue);
  }

  private rangesOf(document: vscode.TextDocument, items: readonly MergedAnnotation[]): DrawnRanges {
    const ranges = this.emptyRanges();
    const today = todayIso();
    const overdue = new Map<number, number[]>();
    for (const item of items) this.add(ranges, document, item, today, overdue);
    return this.withOverdueMarks(ranges, document, overdue);
  }

  private async rangesInSlices(document: vscode.TextDocument, items: readonly MergedAnnotation[], current: () => boolean): Promise<DrawnRanges | undefined> {
    const ranges = this.emptyRanges();
    const today = todayIso();
    const overdue = new Map<number, number[]>();
    const clock = new SliceClock();
    for (let index = 0; index < items.length; index++) {
      this.add(ranges, document, items[index], today, overdue);
      if (index % 256 === 255) {
        await clock.breathe();
        if (!current()) return undefined;
      }
    }
    return this.withOverdueMarks(ranges, document, overdue);
  }

  private emptyRanges(): Map<Style, vscode.DecorationOptions[]> {
    return new Map<Style, vscode.DecorationOptions[]>([...this.types.keys()].map((style) => [style, []]));
  }

  /** Adds an annotation's range; an overdue commitment's days are noted under the line it ends on. */
  private add(ranges: Map<Style, vscode.DecorationOptions[]>, document: vscode.TextDocument, item: MergedAnnotation, today: string, overdue: Map<number, number[]>): void {
    // The offsets are the model's: placed in its text (the view drawn is the current one).
    const range = rangeIn(this.store.viewOf(document), item.start!, item.end!);
    const reviewed = item.annotation.review === 'accepted' || item.annotation.review === 'edited';
    ranges.get(`${item.annotation.kind}:${reviewed ? 'reviewed' : 'suggested'}`)?.push({ range });
    const days = overdueCommitmentDays(item, today);
    if (days === undefined) return;
    const onLine = overdue.get(range.end.line);
    if (onLine) onLine.push(days);
    else overdue.set(range.end.line, [days]);
  }

  /** One mark at the end of each line with overdue commitments, saying how many and how late. */
  private withOverdueMarks(ranges: Map<Style, vscode.DecorationOptions[]>, document: vscode.TextDocument, overdue: ReadonlyMap<number, number[]>): DrawnRanges {
    const marks = ranges.get('overdue')!;
    let count = 0;
    for (const [line, days] of overdue) {
      const end = document.lineAt(line).range.end;
      const latest = Math.max(...days);
      const contentText =
        days.length === 1
          ? vscode.l10n.t({ message: '· overdue {0} d', args: [latest], comment: ['Marks an overdue commitment at the end of its line; {0} is a number of days, "d" abbreviates "days".'] })
          : vscode.l10n.t({ message: '· {0} overdue, up to {1} d', args: [days.length, latest], comment: ['Marks overdue commitments at the end of a line: {0} how many, {1} the most days overdue; "d" abbreviates "days".'] });
      marks.push({
        range: new vscode.Range(end, end),
        renderOptions: { after: { contentText } },
        hoverMessage: vscode.l10n.t('Overdue: the due date of {0} open commitment(s) on this line has passed, by up to {1} days. Setting a status (kept, broken…) ends it.', days.length, latest),
      });
      count += days.length;
    }
    return { ranges, overdue: count };
  }

  /** Sets the ranges unless the pass is stale or its editor closed; true when drawn. */
  private apply(editor: vscode.TextEditor, ranges: Map<Style, vscode.DecorationOptions[]>, current: () => boolean): boolean {
    if (!current()) return false;
    if (!vscode.window.visibleTextEditors.includes(editor)) {
      this.skippedClosed++;
      this.passesUnderWay.delete(editor);
      return false;
    }
    for (const [style, type] of this.types) editor.setDecorations(type, ranges.get(style) ?? []);
    this.drawnEditors.add(editor);
    return true;
  }

  private note(document: vscode.TextDocument, scope: 'visible' | 'all' | 'near view', count: number, overdueMarks: number): void {
    // Whether what was drawn is a preview of a first reading still under way.
    const preview = this.store.viewOf(document).readThrough !== undefined;
    this.passes.push({ document: document.uri.toString(), scope, count, overdueMarks, ...(preview ? { preview: true as const } : {}) });
    if (this.passes.length > 20) this.passes.shift();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    if (this.scrollRedraw) clearTimeout(this.scrollRedraw);
    this.drawnWindows.clear();
    this.passesUnderWay.clear();
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
