import * as vscode from 'vscode';
import { buildTimelineModel, type TimelineCommitment, type TimelineGrouping, type TimelineModel, type TimelineRow } from '../core/timeline/timelineModel';
import type { TimelineZoom } from '../core/timeline/timelineZoom';
import type { AnnotationTarget } from './hover';
import { lineIn } from './modelRanges';
import { COMMANDS } from './commandIds';
import { parseTimelineMessage, type TimelineHostMessage, type TimelineWebviewMessage } from './timelineMessages';
import { timelineStrings } from './timelineStrings';
import { todayIso } from './today';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the webview last said it drew; kept for the integration tests. */
export interface TimelineRenderReport {
  rows: number;
  placed: number;
  groups?: number;
  grouping?: TimelineGrouping;
  zoom?: TimelineZoom;
  /** The axis the page drew, first and last day. */
  axis?: { start: string; end: string };
  /** Each group heading as the page shows it ("Actor: The council"). */
  headings?: string[];
}

/** A snapshot of the panel for the integration tests. */
export interface TimelineState {
  open: boolean;
  grouping: TimelineGrouping;
  zoom: TimelineZoom;
  report?: TimelineRenderReport;
  /** How many reports have arrived: a test waits for it to grow after a change. */
  reports: number;
  model?: {
    total: number;
    placed: number;
    undated: number;
    outside: number;
    overdue: number;
    groups: string[];
    axis?: { start: string; end: string };
    rows: Array<{ id: string; label: string; quote: string; placed: boolean }>;
  };
  csp?: string;
}

const VIEW_TYPE = 'seedmark.timeline';

/**
 * The "Seedmark: Timeline" panel: every commitment of the workspace on a time axis. There is at
 * most one panel; showing it again reveals it. The webview is not kept alive while hidden
 * (`retainContextWhenHidden` costs memory for as long as the tab exists): when it comes back it
 * loads again, says `ready`, and is sent the current model.
 */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly panelSubscriptions: vscode.Disposable[] = [];
  private grouping: TimelineGrouping = 'actor';
  private zoom: TimelineZoom = 'fit';
  private model: TimelineModel | undefined;
  private rowsById = new Map<string, TimelineRow>();
  private lastReport: TimelineRenderReport | undefined;
  private reportCount = 0;
  private csp: string | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly extensionUri: vscode.Uri,
  ) {}

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Commitments Timeline'), column, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      retainContextWhenHidden: false,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'seedmark.svg');
    this.panel = panel;
    this.lastReport = undefined;
    this.reportCount = 0;
    this.panelSubscriptions.push(
      panel.webview.onDidReceiveMessage((value: unknown) => void this.handleMessage(value)),
      panel.onDidDispose(() => this.forgetPanel()),
      this.index.onDidChange(() => this.refresh()),
    );
    panel.webview.html = this.render(panel.webview, media);
    void this.index.ensureIndexed().then(() => this.refresh());
  }

  /**
   * Every message from the webview comes through here, checked before it is acted on; the test
   * command for simulated webview messages uses the same path. Resolves to whether it was acted on.
   */
  async handleMessage(value: unknown): Promise<boolean> {
    const message = parseTimelineMessage(value);
    if (!message || !this.panel) return false;
    return this.act(message);
  }

  state(): TimelineState {
    const model = this.model;
    return {
      open: this.panel !== undefined,
      grouping: this.grouping,
      zoom: this.zoom,
      reports: this.reportCount,
      ...(this.lastReport ? { report: this.lastReport } : {}),
      ...(model
        ? {
            model: {
              total: model.counts.total,
              placed: model.counts.placed,
              undated: model.counts.undated,
              outside: model.counts.outside,
              overdue: model.counts.overdue,
              groups: model.groups.map((group) => group.label),
              ...(model.axis ? { axis: { start: model.axis.start, end: model.axis.end } } : {}),
              rows: model.groups.flatMap((group) => group.rows.map((row) => ({ id: row.id, label: row.label, quote: row.quote, placed: row.placement !== undefined }))),
            },
          }
        : {}),
      ...(this.csp ? { csp: this.csp } : {}),
    };
  }

  private async act(message: TimelineWebviewMessage): Promise<boolean> {
    switch (message.type) {
      case 'ready':
        this.refresh();
        return true;
      case 'rendered': {
        const { type: _type, ...report } = message;
        this.lastReport = report;
        this.reportCount++;
        return true;
      }
      case 'zoom':
        this.zoom = message.zoom;
        this.refresh();
        return true;
      case 'group':
        this.grouping = message.grouping;
        this.refresh();
        return true;
      case 'reveal': {
        const row = this.rowsById.get(message.id);
        if (!row) return false;
        await this.reveal(row);
        return true;
      }
    }
  }

  /** Rebuilds the model and sends it; a hidden webview is skipped, it asks again when shown. */
  private refresh(): void {
    if (!this.panel) return;
    this.model = buildTimelineModel({ commitments: this.commitments(), today: todayIso(), grouping: this.grouping, zoom: this.zoom });
    this.rowsById = new Map(this.model.groups.flatMap((group) => group.rows.map((row) => [row.id, row] as const)));
    if (!this.panel.visible) return;
    void this.panel.webview.postMessage({ type: 'model', model: this.model, strings: timelineStrings() } satisfies TimelineHostMessage);
  }

  private commitments(): TimelineCommitment[] {
    const commitments: TimelineCommitment[] = [];
    for (const document of this.index.documents()) {
      for (const item of document.listed) {
        if (item.annotation.kind !== 'commitment') continue;
        commitments.push({
          documentKey: document.uri.toString(),
          documentLabel: vscode.workspace.asRelativePath(document.uri, false),
          annotation: item.annotation,
          anchorState: item.anchorState,
          ...(item.start !== undefined ? { line: lineIn(document, item.start) } : {}),
        });
      }
    }
    return commitments;
  }

  /**
   * Runs the Reveal command on the row's annotation, first bringing its document up in an editor
   * group other than the panel's, so that showing a source never covers the timeline.
   */
  private async reveal(row: TimelineRow): Promise<void> {
    const column = this.editorColumnFor(row.documentKey);
    if (column !== undefined) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(row.documentKey));
      await vscode.window.showTextDocument(document, { viewColumn: column, preview: true, preserveFocus: false });
    }
    const target: AnnotationTarget = { uri: row.documentKey, id: row.annotationId };
    await vscode.commands.executeCommand(COMMANDS.reveal, target);
  }

  /** The last active group, else one already showing the document, else any other, else a new one beside. */
  private editorColumnFor(documentKey: string): vscode.ViewColumn | undefined {
    if (!this.panel) return undefined;
    const own = this.panelColumn();
    // A panel not yet in the tab model was just created, in the active group.
    if (own === undefined) return vscode.ViewColumn.Beside;
    const others = vscode.window.tabGroups.all.filter((group) => group.viewColumn !== own);
    const active = vscode.window.tabGroups.activeTabGroup;
    if (active.viewColumn !== own) return active.viewColumn;
    const showing = others.find((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === documentKey));
    return (showing ?? others[0])?.viewColumn ?? vscode.ViewColumn.Beside;
  }

  /**
   * The group the panel is in, read from the tabs: `panel.viewColumn` of a panel created in the
   * active column stays `ViewColumn.Active` (-1) until its first view-state event arrives.
   */
  private panelColumn(): vscode.ViewColumn | undefined {
    const group = vscode.window.tabGroups.all.find((candidate) => candidate.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE)));
    const column = group?.viewColumn ?? this.panel?.viewColumn;
    // ViewColumn.Active (-1) and Beside (-2) name no column of their own.
    return column !== undefined && (column as number) > 0 ? column : undefined;
  }

  /** The page, with a fresh nonce each time so a script from elsewhere can never guess it. */
  private render(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = createNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.css'));
    this.csp = `default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${this.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(vscode.l10n.t('Commitments Timeline'))}</title>
</head>
<body>
<div id="app" class="app" aria-busy="true"><p class="empty">${escapeHtml(vscode.l10n.t('Loading commitments…'))}</p></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private forgetPanel(): void {
    for (const subscription of this.panelSubscriptions.splice(0)) subscription.dispose();
    this.panel = undefined;
    this.model = undefined;
    this.rowsById.clear();
    this.csp = undefined;
  }

  dispose(): void {
    const panel = this.panel;
    this.forgetPanel();
    panel?.dispose();
  }
}

/** A translation is text: whatever characters it holds, it never becomes markup in the page. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** 128 random bits from the platform's CSPRNG (Web Crypto exists in Node and in web workers), as hex. */
function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
