import * as vscode from 'vscode';
import { placesOf } from '../core/annotationPlaces';
import type { Conflict } from '../core/crossDocument/findConflicts';
import type { CommitmentCluster } from '../core/crossDocument/matchCommitments';
import { layOutCommitments, matchesFilterWords, type Grouping } from '../core/commitmentsView/commitmentGroups';
import { dueDateOf, DUE_BUCKETS, type DueBucket } from '../core/deadlines';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../core/model';
import { clip, commitmentItem, detailsOf, lineOfEntry, type CommitmentEntry, type TreeNode } from './commitmentTreeItems';
import type { CrossDocumentIndex } from './crossDocumentIndex';
import { dueBucketLabel, kindHeading, statusLabel } from './displayLabels';
import { readAgainstToday, referenceDateNotice } from './referenceDateNotice';
import { todayIso } from './today';
import type { WorkspaceIndex } from './workspaceIndex';

export { GROUPINGS, type Grouping } from '../core/commitmentsView/commitmentGroups';

/** What "Group commitments by" offers for each grouping. */
export function groupingLabel(grouping: Grouping): string {
  switch (grouping) {
    case 'document':
      return vscode.l10n.t('Document');
    case 'actor':
      return vscode.l10n.t('Actor');
    case 'status':
      return vscode.l10n.t('Status');
    case 'due':
      return vscode.l10n.t('Due date');
  }
}

/** Groups with more children than this start collapsed. */
const EXPANDED_GROUP_LIMIT = 200;

/**
 * The Commitments view: every commitment of the workspace, grouped by document, actor, status
 * or due date, filtered by text, with an "Orphaned" node for annotations that lost their place.
 * A commitment several documents report is one node with every report beneath it, and a
 * "Conflicts" node lists deadlines and figures the documents disagree on.
 */
export class CommitmentsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private grouping: Grouping = 'document';
  private filterText = '';

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly cross: CrossDocumentIndex,
  ) {
    this.subscription = cross.onDidChange(() => this.changed.fire(undefined));
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
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', 'seedmark.filtered', this.filterText !== '');
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.roots();
    switch (node.type) {
      case 'group':
        return node.children;
      case 'cluster':
        return node.entries.map((entry) => ({ type: 'commitment', entry, inCluster: true }));
      case 'commitment':
        return detailsOf(node.entry);
      case 'conflicts':
        return node.conflicts.map((conflict) => ({ type: 'conflict', conflict }));
      case 'conflict':
        return this.conflictMembers(node.conflict);
      default:
        return [];
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.type === 'cluster') return this.clusterItem(node.cluster, node.entries);
    if (node.type === 'conflicts') {
      const item = new vscode.TreeItem(vscode.l10n.t('Conflicts'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.conflicts.length);
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.tooltip = vscode.l10n.t('Deadlines and figures the documents of the workspace disagree on');
      item.contextValue = 'seedmark.conflicts';
      return item;
    }
    if (node.type === 'conflict') {
      const item = new vscode.TreeItem(vscode.l10n.t({ message: '{0}: {1}', args: [kindHeading(node.conflict.kind), clip(node.conflict.subject, 70)], comment: ['{0} is a kind of annotation, {1} what it says.'] }), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = node.conflict.sides.map((side) => side.value).join(vscode.l10n.t({ message: ' vs ', comment: ['Between the values two documents give for one deadline or figure; keep the spaces around it.'] }));
      item.tooltip = node.conflict.message;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.contextValue = 'seedmark.conflict';
      return item;
    }
    if (node.type === 'group') {
      // A group of thousands (a long seed's commitments) starts closed: the view would otherwise ask
      // for every item at once. Rejected annotations are there to look back at, closed too.
      const collapsed = node.special === 'rejected' || node.children.length > EXPANDED_GROUP_LIMIT;
      const item = new vscode.TreeItem(node.label, collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.children.length);
      item.contextValue = node.special === 'orphaned' ? 'seedmark.orphanGroup' : node.special === 'rejected' ? 'seedmark.rejectedGroup' : 'seedmark.group';
      item.iconPath = new vscode.ThemeIcon(
        node.special === 'orphaned' ? 'unlink' : node.special === 'rejected' ? 'circle-slash' : this.grouping === 'document' ? 'file-text' : this.grouping === 'actor' ? 'person' : this.grouping === 'due' ? 'calendar' : 'symbol-enum',
      );
      if (node.special === 'rejected') item.tooltip = vscode.l10n.t('Annotations people rejected: they are not drawn nor suggested again. Restore one to review it afresh.');
      if (node.document && readAgainstToday(node.document.referenceDate)) {
        // Its relative dates are read against today, which moves: say so where its commitments are listed.
        item.description = `${node.children.length} · ${referenceDateNotice()}`;
        item.tooltip = vscode.l10n.t('No date was found in {0}, so its relative dates ("in six months") are read against today, {1}. Open it and run "Seedmark: Set Reference Date…".', node.label, node.document.referenceDate.date);
        item.iconPath = new vscode.ThemeIcon('calendar', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      }
      return item;
    }
    if (node.type === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      if (node.description) item.description = node.description;
      if (node.tooltip) item.tooltip = node.tooltip;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      if (node.reveal) {
        const position = new vscode.Position(node.reveal.line, 0);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Show source'), arguments: [node.reveal.uri, { selection: new vscode.Range(position, position) }] };
      }
      return item;
    }
    return this.commitmentItem(node.entry, node.inCluster ?? false);
  }

  private roots(): TreeNode[] {
    const entries: CommitmentEntry[] = [];
    for (const document of this.index.documents()) {
      const documentKey = document.uri.toString();
      const documentLabel = vscode.workspace.asRelativePath(document.uri, false);
      for (const item of document.listed) entries.push({ document, documentKey, documentLabel, item });
    }
    const layout = layOutCommitments(entries, {
      grouping: this.grouping,
      filter: this.filterText,
      today: todayIso(),
      clusterOf: (documentKey, annotationId) => {
        const cluster = this.cross.clusterOf({ documentKey, annotationId });
        return cluster && { id: cluster.id, members: cluster.members, cluster };
      },
    });
    const roots: TreeNode[] = layout.groups.map((group) => ({
      type: 'group',
      label: this.groupLabel(group.key, group.label),
      children: group.units.map((unit): TreeNode => (unit.type === 'cluster' ? unit : { type: 'commitment', entry: unit.entry })),
      ...(group.document ? { document: group.document } : {}),
    }));
    const conflicts = this.cross.analysis.conflicts.filter((conflict) => matchesFilterWords(conflict.message, this.filterText));
    if (conflicts.length) roots.unshift({ type: 'conflicts', conflicts });
    if (layout.orphans.length) roots.push({ type: 'group', label: vscode.l10n.t('Orphaned'), children: layout.orphans.map((entry) => ({ type: 'commitment', entry })), special: 'orphaned' });
    if (layout.rejected.length) roots.push({ type: 'group', label: vscode.l10n.t('Rejected'), children: layout.rejected.map((entry) => ({ type: 'commitment', entry })), special: 'rejected' });
    return roots;
  }

  /** Groups are keyed by the model's values; statuses and due-date buckets are shown in the user's language, an actor by its name. */
  private groupLabel(key: string, label: string): string {
    if (this.grouping === 'due' && isDueBucket(key)) return dueBucketLabel(key);
    if (this.grouping === 'status' && isStatus(key)) return statusLabel(key);
    if (this.grouping === 'actor' && key === '') return vscode.l10n.t('(no actor)');
    return label;
  }

  private clusterItem(cluster: CommitmentCluster, entries: readonly CommitmentEntry[]): vscode.TreeItem {
    const item = new vscode.TreeItem(clip(cluster.label, 90), vscode.TreeItemCollapsibleState.Expanded);
    const conflicts = entries.flatMap((entry) => this.cross.conflictsOf(refOf(entry)));
    const documents = new Set(entries.map((entry) => entry.document.uri.toString())).size;
    const dues = unique(entries.map((entry) => dueDateOf(entry.item.annotation)).filter((due): due is string => due !== undefined)).sort();
    const due = dues.length === 0 ? undefined : dues.length === 1 ? vscode.l10n.t('due {0}', dues[0]) : vscode.l10n.t('due {0} … {1}', dues[0], dues[dues.length - 1]);
    item.description = [due, vscode.l10n.t('{0} reports in {1} documents', entries.length, documents), conflicts.length ? conflictWord() : undefined].filter(Boolean).join(' · ');
    const tooltip = new vscode.MarkdownString();
    const reports = entries.map((entry) => `• ${vscode.workspace.asRelativePath(entry.document.uri, false)}: "${clip(entry.item.annotation.anchor.exact, 100)}"`).join('\n');
    tooltip.appendText(`${cluster.label}\n\n${vscode.l10n.t('Reported in:')}\n${reports}`);
    for (const conflict of unique(conflicts)) tooltip.appendText(`\n\n⚠ ${conflict.message}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(conflicts.length ? 'warning' : 'references', conflicts.length ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    item.contextValue = 'seedmark.cluster';
    item.id = `cluster:${cluster.id}`;
    return item;
  }

  private conflictMembers(conflict: Conflict): TreeNode[] {
    const documents = this.cross.analysis.documents;
    return conflict.members.map((member): TreeNode => {
      const document = documents.get(member.documentKey);
      const places = document && placesOf(document);
      const placed = places?.find(member.annotationId);
      const line = places && placed?.start !== undefined ? places.lineAt(placed.start) : 0;
      const side = conflict.sides.find((candidate) => candidate.members.some((m) => m.documentKey === member.documentKey && m.annotationId === member.annotationId));
      return {
        type: 'detail',
        label: `"${clip(member.quote, 70)}"`,
        description: `${member.documentLabel}:${line + 1}${side ? ` · ${side.value}` : ''}`,
        icon: 'quote',
        ...(document ? { reveal: { uri: document.uri, line } } : {}),
      };
    });
  }

  private commitmentItem(entry: CommitmentEntry, inCluster: boolean): vscode.TreeItem {
    const item = commitmentItem(entry);
    const conflicts = this.cross.conflictsOf(refOf(entry));
    const cluster = entry.item.anchorState === 'orphaned' ? undefined : this.cross.clusterOf(refOf(entry));
    if (inCluster) {
      const line = lineOfEntry(entry);
      item.label = `${vscode.workspace.asRelativePath(entry.document.uri, false)}:${line + 1}`;
      item.description = [`"${clip(entry.item.annotation.anchor.exact, 60)}"`, typeof item.description === 'string' ? item.description : undefined].filter(Boolean).join(' · ');
    }
    if (conflicts.length) {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.description = [typeof item.description === 'string' ? item.description : undefined, conflictWord()].filter(Boolean).join(' · ');
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip : new vscode.MarkdownString();
      for (const conflict of unique(conflicts)) tooltip.appendText(`\n\n⚠ ${conflict.message}`);
      item.tooltip = tooltip;
    }
    // "clustered": reported by other documents too, so it can be unlinked from them.
    if (cluster && cluster.members.length > 1) item.contextValue = `${item.contextValue}.clustered`;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Marks a commitment or cluster that a conflict involves, in a description. */
function conflictWord(): string {
  return vscode.l10n.t({ message: 'conflict', comment: ['Marks a commitment in the Commitments view that documents disagree on.'] });
}

function isDueBucket(key: string): key is DueBucket {
  return (DUE_BUCKETS as readonly string[]).includes(key);
}

function isStatus(key: string): key is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(key);
}

function refOf(entry: CommitmentEntry): { documentKey: string; annotationId: string } {
  return { documentKey: entry.document.uri.toString(), annotationId: entry.item.annotation.id };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
