import * as vscode from 'vscode';
import { lineIn } from './modelRanges';
import type { Conflict } from '../core/crossDocument/findConflicts';
import type { CommitmentCluster } from '../core/crossDocument/matchCommitments';
import { dueDateOf, overdueCommitmentDays } from '../core/deadlines';
import type { CommitmentStatus } from '../core/model';
import type { ViewEntry } from '../core/commitmentsView/commitmentGroups';
import { deadlinePhrase, readableAction, withPassiveSubject } from '../core/commitmentsView/commitmentLabel';
import { COMMANDS } from './commandIds';
import { kindNoun, reviewLabel, someone, statusLabel } from './displayLabels';
import type { AnnotationTarget } from './hover';
import { readAgainstToday, referenceDateNotice } from './referenceDateNotice';
import { todayIso } from './today';
import type { IndexedDocument } from './workspaceIndex';

/**
 * The nodes of the Commitments view and how one commitment reads there: its row (action, due
 * date, status) and the details beneath it (deadline, source, note). The provider in
 * commitmentsTree.ts groups and orders them.
 */

/** A commitment (or orphan, or rejection) as the view lists it: the core layout's entry over an indexed document. */
export type CommitmentEntry = ViewEntry<IndexedDocument>;

export type TreeNode =
  /** `orphaned`: annotations that lost their place; `rejected`: what people rejected, to review and restore; `document`: the group's document when grouped by document. */
  | { type: 'group'; label: string; children: TreeNode[]; special?: 'orphaned' | 'rejected'; document?: IndexedDocument }
  | { type: 'commitment'; entry: CommitmentEntry; inCluster?: boolean }
  /** One commitment reported by several documents: each report beneath it. */
  | { type: 'cluster'; cluster: CommitmentCluster; entries: CommitmentEntry[] }
  | { type: 'conflicts'; conflicts: Conflict[] }
  | { type: 'conflict'; conflict: Conflict }
  | { type: 'detail'; label: string; description?: string; icon: string; tooltip?: string; reveal?: { uri: vscode.Uri; line: number } };

export const STATUS_ICONS: Record<CommitmentStatus, [string, string]> = {
  open: ['circle-large-outline', 'charts.blue'],
  'in-progress': ['sync', 'charts.yellow'],
  stalled: ['debug-pause', 'charts.orange'],
  kept: ['pass-filled', 'charts.green'],
  compromised: ['circle-slash', 'charts.purple'],
  broken: ['error', 'charts.red'],
};

export function targetOf(entry: CommitmentEntry): AnnotationTarget {
  return { uri: entry.document.uri.toString(), id: entry.item.annotation.id };
}

/**
 * The annotation a command is about: commands take an `AnnotationTarget` from hovers and
 * tests, and the tree node itself when run from the Commitments view's context menu.
 */
export function asAnnotationTarget(argument: unknown): AnnotationTarget | undefined {
  if (!argument || typeof argument !== 'object') return undefined;
  const node = argument as Partial<TreeNode> & Partial<AnnotationTarget>;
  if (node.type === 'commitment' && 'entry' in node && node.entry) return targetOf(node.entry);
  return typeof node.uri === 'string' && typeof node.id === 'string' ? { uri: node.uri, id: node.id } : undefined;
}

export function commitmentItem(entry: CommitmentEntry): vscode.TreeItem {
  const { annotation } = entry.item;
  const orphaned = entry.item.anchorState === 'orphaned';
  // What a reader scans for first: the action, then (in the description) the due date, then who.
  const label = annotation.kind === 'commitment' ? readableAction(annotation.action ? withPassiveSubject(annotation.action, annotation.anchor.exact) : annotation.anchor.exact, undefined, annotation.deadline?.text) : vscode.l10n.t({ message: '{0}: {1}', args: [kindNoun(annotation.kind), annotation.anchor.exact], comment: ['{0} is a kind of annotation, {1} what it says.'] });
  const item = new vscode.TreeItem(clip(label, 90), annotation.kind === 'commitment' || orphaned ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `${entry.document.uri.toString()}#${annotation.id}`;
  const due = dueDateOf(annotation);
  const rejected = annotation.review === 'rejected';
  const days = rejected ? undefined : overdueCommitmentDays(entry.item, todayIso());
  item.description = [
    // A value read from words the text no longer has leads: the due date after it may be one of them.
    entry.item.stale ? vscode.l10n.t('stale value — review again') : undefined,
    due ? vscode.l10n.t('due {0}', due) : undefined,
    days !== undefined ? vscode.l10n.t({ message: 'overdue {0} d', args: [days], comment: ['{0} is a number of days; "d" abbreviates "days".'] }) : undefined,
    annotation.kind === 'commitment' ? (annotation.actor?.trim() || someone()) : undefined,
    annotation.status ? statusLabel(annotation.status) : undefined,
    annotation.review === 'suggested' || rejected ? reviewLabel(annotation.review) : undefined,
    rejected ? vscode.workspace.asRelativePath(entry.document.uri, false) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  // Overdue is a status, not a problem: a clock in the status colours, not a warning sign.
  const [icon, color] = rejected ? ['circle-slash', 'disabledForeground'] : orphaned ? ['unlink', 'problemsWarningIcon.foreground'] : days !== undefined ? ['watch', 'charts.orange'] : STATUS_ICONS[annotation.status ?? 'open'];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${annotation.kind === 'commitment' ? `${annotation.actor?.trim() || someone()} — ${annotation.action ?? annotation.anchor.exact}` : label}\n\n"${annotation.anchor.exact}"`);
  item.tooltip = tooltip;
  item.contextValue = rejected ? 'seedmark.rejected' : `seedmark.${orphaned ? 'orphan' : annotation.kind}.${annotation.review}`;
  if (!orphaned) item.command = { command: COMMANDS.reveal, title: vscode.l10n.t('Reveal in the document'), arguments: [targetOf(entry)] };
  return item;
}

export function detailsOf(entry: CommitmentEntry): TreeNode[] {
  const { annotation } = entry.item;
  const details: TreeNode[] = [];
  if (annotation.deadline) {
    const due = dueDateOf(annotation);
    details.push({
      type: 'detail',
      label: deadlinePhrase(annotation.deadline.text),
      description: `${entry.document.referenceDate.date} (${readAgainstToday(entry.document.referenceDate) ? referenceDateNotice() : entry.document.referenceDate.from}) → ${due ?? annotation.deadline.timex ?? '?'}`,
      icon: 'watch',
    });
  }
  if (annotation.source) {
    const line = lineOfEntry(entry);
    details.push({
      type: 'detail',
      label: `${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`,
      description: `${vscode.workspace.asRelativePath(entry.document.uri, false)}:${line + 1}`,
      icon: 'quote',
      reveal: { uri: entry.document.uri, line },
    });
  }
  if (annotation.note) details.push({ type: 'detail', label: annotation.note, icon: 'note' });
  if (entry.item.anchorState === 'orphaned') details.push({ type: 'detail', label: `"${clip(annotation.anchor.exact, 80)}"`, description: vscode.l10n.t('no longer in the text — select its new place and re-attach'), icon: 'unlink' });
  return details;
}

/** The 0-based line of a commitment, through its model's line index (built once per model). */
export function lineOfEntry(entry: CommitmentEntry): number {
  return entry.item.start !== undefined ? lineIn(entry.document, entry.item.start) : 0;
}

export function clip(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
