import * as vscode from 'vscode';
import { COMMITMENT_STATUSES, REVIEW_STATES, type CommitmentStatus, type ReviewState } from '../core/model';
import type { TimelineGrouping } from '../core/timeline/timelineModel';
import type { TimelineZoom } from '../core/timeline/timelineZoom';
import { reviewLabel, statusLabel } from './displayLabels';

/**
 * The timeline webview's words. A webview has no `vscode.l10n`, so the extension translates
 * them and sends them with the model. Templates keep their `{0}`-style placeholders: the webview
 * fills them with values and sets the result as text, never as HTML. Counts come in two forms
 * (`…One` for exactly one, `…Many` otherwise), as English needs.
 */
export interface TimelineStrings {
  title: string;
  groupBy: string;
  groupings: Record<TimelineGrouping, string>;
  zoomBy: string;
  zooms: Record<TimelineZoom, string>;
  /** "Actor: {0}" — {0} is the group's name, drawn in its own element. */
  groupHeadings: Record<TimelineGrouping, string>;
  /** The chart's accessible name, which also says how to move in it. */
  chartLabels: Record<TimelineGrouping, string>;
  statuses: Record<CommitmentStatus, string>;
  reviews: Record<ReviewState, string>;
  empty: string;
  commitmentsOne: string;
  commitmentsMany: string;
  onTimeline: string;
  withoutDeadline: string;
  outsideRange: string;
  /** Shown on a row whose deadline lies before or after a zoomed axis. */
  beforeAxis: string;
  afterAxis: string;
  overdueCount: string;
  orphanedNotShown: string;
  summaryToday: string;
  legend: string;
  legendOverdue: string;
  noDeadlines: string;
  todayMark: string;
  range: string;
  due: string;
  noDeadline: string;
  overdueByOne: string;
  overdueByMany: string;
  suggestionNotReviewed: string;
  documentLine: string;
  tooltipWhen: string;
  tooltipStatus: string;
  tooltipSource: string;
  tooltipIn: string;
  tooltipHint: string;
}

/**
 * Looked up each time the model is sent, so the webview always shows the language of the
 * bundle VS Code loaded. The `{0}` templates are returned unfilled: `vscode.l10n.t` without
 * arguments leaves placeholders as they are.
 */
export function timelineStrings(): TimelineStrings {
  return {
    title: vscode.l10n.t('Commitments timeline'),
    groupBy: vscode.l10n.t('Group by'),
    groupings: { actor: vscode.l10n.t('Actor'), document: vscode.l10n.t('Document') },
    zoomBy: vscode.l10n.t('Show'),
    zooms: { fit: vscode.l10n.t('All dates'), year: vscode.l10n.t('A year'), quarter: vscode.l10n.t('A quarter') },
    groupHeadings: { actor: vscode.l10n.t('Actor: {0}'), document: vscode.l10n.t('Document: {0}') },
    chartLabels: {
      actor: vscode.l10n.t('Commitments by actor: arrow keys move between them, Enter or Space shows one in its document'),
      document: vscode.l10n.t('Commitments by document: arrow keys move between them, Enter or Space shows one in its document'),
    },
    statuses: Object.fromEntries(COMMITMENT_STATUSES.map((status) => [status, statusLabel(status)])) as Record<CommitmentStatus, string>,
    reviews: Object.fromEntries(REVIEW_STATES.map((review) => [review, reviewLabel(review)])) as Record<ReviewState, string>,
    empty: vscode.l10n.t('No commitments in this workspace yet. Commitments found in seed documents, or annotated by hand, appear here with their deadlines.'),
    commitmentsOne: vscode.l10n.t('1 commitment'),
    commitmentsMany: vscode.l10n.t('{0} commitments'),
    onTimeline: vscode.l10n.t('{0} on the timeline'),
    withoutDeadline: vscode.l10n.t('{0} without a deadline'),
    outsideRange: vscode.l10n.t('{0} outside this range'),
    beforeAxis: vscode.l10n.t('◂ earlier'),
    afterAxis: vscode.l10n.t('later ▸'),
    overdueCount: vscode.l10n.t('{0} overdue'),
    orphanedNotShown: vscode.l10n.t('{0} orphaned, not shown'),
    summaryToday: vscode.l10n.t({ message: 'today {0}', comment: ["Ends the timeline's summary line; {0} is today's date."] }),
    legend: vscode.l10n.t('Legend'),
    legendOverdue: vscode.l10n.t('overdue (hatched)'),
    noDeadlines: vscode.l10n.t('No deadlines'),
    todayMark: vscode.l10n.t({ message: 'today', comment: ["Marks today's date on the timeline's axis."] }),
    range: vscode.l10n.t({ message: '{0} to {1}', comment: ['A range of dates: {0} the earliest, {1} the latest.'] }),
    due: vscode.l10n.t('due {0}'),
    noDeadline: vscode.l10n.t('no deadline'),
    overdueByOne: vscode.l10n.t('overdue by 1 day'),
    overdueByMany: vscode.l10n.t('overdue by {0} days'),
    suggestionNotReviewed: vscode.l10n.t('suggestion, not reviewed'),
    documentLine: vscode.l10n.t({ message: '{0} line {1}', comment: ['Where a commitment is: {0} the document, {1} the line number.'] }),
    tooltipWhen: vscode.l10n.t({ message: 'When', comment: ["A label in the timeline's tooltip, before the commitment's deadline."] }),
    tooltipStatus: vscode.l10n.t({ message: 'Status', comment: ["A label in the timeline's tooltip, before the commitment's status."] }),
    tooltipSource: vscode.l10n.t({ message: 'Source', comment: ["A label in the timeline's tooltip, before who reported the commitment."] }),
    tooltipIn: vscode.l10n.t({ message: 'In', comment: ["A label in the timeline's tooltip, before the document and line the commitment is in."] }),
    tooltipHint: vscode.l10n.t('Enter or click: show in the document'),
  };
}
