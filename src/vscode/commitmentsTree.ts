import * as vscode from 'vscode';
import { dueBucket, dueDateOf, overdueDays, DUE_BUCKETS } from '../core/deadlines';
import type { CommitmentStatus } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { COMMANDS } from './commandIds';
import type { AnnotationTarget } from './hover';
import { todayIso } from './today';
import type { IndexedDocument, WorkspaceIndex } from './workspaceIndex';

export type Grouping = 'document' | 'actor' | 'status' | 'due';
export const GROUPINGS: ReadonlyArray<{ grouping: Grouping; label: string }> = [
  { grouping: 'document', label: 'Document' },
  { grouping: 'actor', label: 'Actor' },
  { grouping: 'status', label: 'Status' },
  { grouping: 'due', label: 'Due date' },
];

interface CommitmentEntry {
  document: IndexedDocument;
  item: MergedAnnotation;
}

export type TreeNode =
  | { type: 'group'; label: string; entries: CommitmentEntry[]; orphaned?: boolean }
  | { type: 'commitment'; entry: CommitmentEntry }
  | { type: 'detail'; label: string; description?: string; icon: string; tooltip?: string; reveal?: { uri: vscode.Uri; line: number } };

const STATUS_ICONS: Record<CommitmentStatus, [string, string]> = {
  open: ['circle-large-outline', 'charts.blue'],
  'in-progress': ['sync', 'charts.yellow'],
  stalled: ['debug-pause', 'charts.orange'],
  kept: ['pass-filled', 'charts.green'],
  compromised: ['circle-slash', 'charts.purple'],
  broken: ['error', 'charts.red'],
};

/**
 * The Commitments view: every commitment of the workspace, grouped by document, actor, status
 * or due date, filtered by text, with an "Orphaned" node for annotations that lost their place.
 */
export class CommitmentsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private grouping: Grouping = 'document';
  private filterText = '';

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.changed.fire(undefined));
  }

  get currentGrouping(): Grouping {
    return this.grouping;
  }

  get currentFilter(): string {
    return this.filterText;
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'seedmark.grouping', grouping);
    this.changed.fire(undefined);
  }

  setFilter(text: string): void {
    this.filterText = text.trim().toLowerCase();
    void vscode.commands.executeCommand('setContext', 'seedmark.filtered', this.filterText !== '');
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.roots();
    if (node.type === 'group') return node.entries.map((entry) => ({ type: 'commitment', entry }));
    if (node.type === 'commitment') return detailsOf(node.entry);
    return [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entries.length);
      item.contextValue = node.orphaned ? 'seedmark.orphanGroup' : 'seedmark.group';
      item.iconPath = new vscode.ThemeIcon(node.orphaned ? 'unlink' : this.grouping === 'document' ? 'file-text' : this.grouping === 'actor' ? 'person' : this.grouping === 'due' ? 'calendar' : 'symbol-enum');
      return item;
    }
    if (node.type === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      if (node.description) item.description = node.description;
      if (node.tooltip) item.tooltip = node.tooltip;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      if (node.reveal) {
        const position = new vscode.Position(node.reveal.line, 0);
        item.command = { command: 'vscode.open', title: 'Show source', arguments: [node.reveal.uri, { selection: new vscode.Range(position, position) }] };
      }
      return item;
    }
    return commitmentItem(node.entry);
  }

  private roots(): TreeNode[] {
    const today = todayIso();
    const entries: CommitmentEntry[] = [];
    const orphans: CommitmentEntry[] = [];
    for (const document of this.index.documents()) {
      for (const item of document.merged) {
        if (item.annotation.review === 'rejected') continue;
        if (item.anchorState === 'orphaned') orphans.push({ document, item });
        else if (item.annotation.kind === 'commitment' && this.passesFilter(document, item)) entries.push({ document, item });
      }
    }
    const groups = new Map<string, CommitmentEntry[]>();
    const keyOf = (entry: CommitmentEntry): string => {
      switch (this.grouping) {
        case 'document':
          return vscode.workspace.asRelativePath(entry.document.uri, false);
        case 'actor':
          return entry.item.annotation.actor ?? '(no actor)';
        case 'status':
          return entry.item.annotation.status ?? 'open';
        case 'due':
          return dueBucket(entry.item.annotation, today);
      }
    };
    for (const entry of entries) {
      const key = keyOf(entry);
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const order = this.grouping === 'due' ? [...DUE_BUCKETS] : this.grouping === 'status' ? Object.keys(STATUS_ICONS) : [...groups.keys()].sort((a, b) => a.localeCompare(b));
    const roots: TreeNode[] = order.filter((key) => groups.has(key)).map((key) => ({ type: 'group', label: key, entries: sortEntries(groups.get(key)!) }));
    if (orphans.length) roots.push({ type: 'group', label: 'Orphaned', entries: orphans, orphaned: true });
    return roots;
  }

  private passesFilter(document: IndexedDocument, item: MergedAnnotation): boolean {
    if (!this.filterText) return true;
    const { annotation } = item;
    const haystack = [annotation.actor, annotation.action, annotation.anchor.exact, annotation.note, annotation.source?.who, annotation.status, document.uri.path, ...(annotation.tags ?? [])].join(' ').toLowerCase();
    return this.filterText.split(/\s+/).every((word) => haystack.includes(word));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function sortEntries(entries: CommitmentEntry[]): CommitmentEntry[] {
  return entries.sort((a, b) => a.document.uri.toString().localeCompare(b.document.uri.toString()) || (a.item.start ?? 0) - (b.item.start ?? 0));
}

export function targetOf(entry: CommitmentEntry): AnnotationTarget {
  return { uri: entry.document.uri.toString(), id: entry.item.annotation.id };
}

function commitmentItem(entry: CommitmentEntry): vscode.TreeItem {
  const { annotation } = entry.item;
  const orphaned = entry.item.anchorState === 'orphaned';
  const label = annotation.kind === 'commitment' ? `${annotation.actor ?? 'Someone'} — ${annotation.action ?? annotation.anchor.exact}` : `${annotation.kind}: ${annotation.anchor.exact}`;
  const item = new vscode.TreeItem(clip(label, 90), annotation.kind === 'commitment' || orphaned ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${entry.document.uri.toString()}#${annotation.id}`;
  const due = dueDateOf(annotation);
  const days = overdueDays(annotation, todayIso());
  item.description = [due ? `due ${due}` : undefined, days !== undefined ? `overdue ${days} d` : undefined, annotation.status, annotation.review === 'suggested' ? 'suggested' : undefined].filter(Boolean).join(' · ');
  const [icon, color] = orphaned ? ['unlink', 'problemsWarningIcon.foreground'] : days !== undefined ? ['warning', 'problemsWarningIcon.foreground'] : STATUS_ICONS[annotation.status ?? 'open'];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${label}\n\n"${annotation.anchor.exact}"`);
  item.tooltip = tooltip;
  item.contextValue = `seedmark.${orphaned ? 'orphan' : annotation.kind}.${annotation.review}`;
  if (!orphaned) item.command = { command: COMMANDS.reveal, title: 'Reveal in the document', arguments: [targetOf(entry)] };
  return item;
}

function detailsOf(entry: CommitmentEntry): TreeNode[] {
  const { annotation } = entry.item;
  const details: TreeNode[] = [];
  if (annotation.deadline) {
    const due = dueDateOf(annotation);
    details.push({
      type: 'detail',
      label: `By ${annotation.deadline.text}`,
      description: `${entry.document.referenceDate.date} (${entry.document.referenceDate.from}) → ${due ?? annotation.deadline.timex ?? '?'}`,
      icon: 'watch',
    });
  }
  if (annotation.source) {
    const line = entry.item.start !== undefined ? lineOf(entry.document.text, entry.item.start) : 0;
    details.push({
      type: 'detail',
      label: `${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`,
      description: `${vscode.workspace.asRelativePath(entry.document.uri, false)}:${line + 1}`,
      icon: 'quote',
      reveal: { uri: entry.document.uri, line },
    });
  }
  if (annotation.note) details.push({ type: 'detail', label: annotation.note, icon: 'note' });
  if (entry.item.anchorState === 'orphaned') details.push({ type: 'detail', label: `"${clip(annotation.anchor.exact, 80)}"`, description: 'no longer in the text — select its new place and re-attach', icon: 'unlink' });
  return details;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function clip(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
