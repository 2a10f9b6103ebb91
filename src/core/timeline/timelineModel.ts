import type { AnchorState } from '../anchor';
import { withPassiveSubject } from '../commitmentsView/commitmentLabel';
import { overdueDays } from '../deadlines';
import type { Annotation, CommitmentStatus, DateRange, IsoDate, ReviewState } from '../model';
import { axisScale, type TimelineAxis } from './timelineAxis';
import { sideOfWindow, zoomedAxis, type TimelineZoom } from './timelineZoom';

export type TimelineGrouping = 'actor' | 'document';
export const TIMELINE_GROUPINGS: readonly TimelineGrouping[] = ['actor', 'document'];

/** One commitment as the editor layer knows it: where it lives and whether its text is still there. */
export interface TimelineCommitment {
  /** Identifies the document (a URI); rows of one document share it. */
  documentKey: string;
  /** What a person calls the document (a workspace-relative path). */
  documentLabel: string;
  annotation: Annotation;
  anchorState: AnchorState;
  /** 0-based line of the quote, when it is placed in the text. */
  line?: number;
}

export interface TimelineInput {
  commitments: readonly TimelineCommitment[];
  today: IsoDate;
  grouping: TimelineGrouping;
  /** How much time the axis spans; `fit` when absent. */
  zoom?: TimelineZoom;
}

/** Where a row sits on the axis: a bar for a range, a point marker for a single day. */
export interface TimelinePlacement {
  shape: 'range' | 'point';
  /** 0..1 along the axis; equal for a point. */
  start: number;
  end: number;
}

export interface TimelineRow {
  /** Unique in the model: document key and annotation id. */
  id: string;
  documentKey: string;
  annotationId: string;
  /** Who committed, as written; empty when the sidecar names nobody. */
  actor: string;
  /** "actor — action" */
  label: string;
  /** The action alone, for a row under its actor's heading, where the actor would be said twice. */
  action: string;
  quote: string;
  /** Who reported it and how ("its chief executive, Daniel Okafor — said"). */
  source?: string;
  documentLabel: string;
  line?: number;
  status: CommitmentStatus;
  review: ReviewState;
  deadlineText?: string;
  due?: IsoDate;
  range?: DateRange;
  overdue: boolean;
  overdueDays?: number;
  /** Absent when the commitment has no deadline, or its deadline lies outside a zoomed axis. */
  placement?: TimelinePlacement;
  /** A dated row the zoomed axis does not reach: which side of it the deadline lies on. */
  offAxis?: 'before' | 'after';
}

export interface TimelineGroup {
  key: string;
  label: string;
  rows: TimelineRow[];
  placed: number;
  overdue: number;
}

export interface TimelineCounts {
  /** Commitments shown (placed or not). */
  total: number;
  placed: number;
  undated: number;
  /** Dated, but outside a zoomed axis. */
  outside: number;
  overdue: number;
  /** Commitments whose text is gone: not shown, since there is no source to reveal. */
  orphaned: number;
}

/** Everything the timeline view draws; plain data, so it crosses to a webview as JSON. */
export interface TimelineModel {
  today: IsoDate;
  grouping: TimelineGrouping;
  zoom: TimelineZoom;
  /** Absent when no commitment has a deadline. */
  axis?: TimelineAxis;
  groups: TimelineGroup[];
  counts: TimelineCounts;
}

const NO_ACTOR = '(no actor)';

/**
 * Lays commitments out on a time axis, grouped by actor or document. Rejected annotations and
 * other kinds are left out, orphaned ones only counted. The order is fully determined by the
 * data (no locale-dependent collation), so the same input always gives the same model.
 */
export function buildTimelineModel(input: TimelineInput): TimelineModel {
  const counts: TimelineCounts = { total: 0, placed: 0, undated: 0, outside: 0, overdue: 0, orphaned: 0 };
  const zoom = input.zoom ?? 'fit';
  const rows: TimelineRow[] = [];
  for (const commitment of input.commitments) {
    const { annotation } = commitment;
    if (annotation.kind !== 'commitment' || annotation.review === 'rejected') continue;
    if (commitment.anchorState === 'orphaned') {
      counts.orphaned++;
      continue;
    }
    rows.push(rowOf(commitment, input.today));
  }
  const dated = rows.flatMap((row) => (row.range ? [row.range.earliest, row.range.latest] : row.due ? [row.due] : []));
  const axis = dated.length > 0 ? zoomedAxis(zoom, dated, input.today) : undefined;
  const scale = axis && axisScale(axis);
  const groups = new Map<string, TimelineGroup>();
  for (const row of rows) {
    if (axis && scale) place(row, axis, scale);
    counts.total++;
    if (row.placement) counts.placed++;
    else if (row.offAxis) counts.outside++;
    else counts.undated++;
    if (row.overdue) counts.overdue++;
    const key = input.grouping === 'actor' ? actorKey(row) : row.documentKey;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: input.grouping === 'actor' ? key : row.documentLabel, rows: [], placed: 0, overdue: 0 }));
    group.rows.push(row);
    if (row.placement) group.placed++;
    if (row.overdue) group.overdue++;
  }
  const sorted = [...groups.values()].sort((a, b) => compareText(a.label, b.label) || compareText(a.key, b.key));
  for (const group of sorted) group.rows.sort(compareRows);
  return { today: input.today, grouping: input.grouping, zoom, ...(axis ? { axis } : {}), groups: sorted, counts };
}

function rowOf(commitment: TimelineCommitment, today: IsoDate): TimelineRow {
  const { annotation } = commitment;
  const deadline = annotation.deadline;
  const range = deadline?.range && deadline.range.earliest !== deadline.range.latest ? orderedRange(deadline.range) : undefined;
  const due = range ? undefined : (deadline?.range?.latest ?? deadline?.due);
  const days = overdueDays(annotation, today);
  const actor = flat(annotation.actor);
  const action = (annotation.action && flat(withPassiveSubject(annotation.action, annotation.anchor.exact))) || flat(annotation.anchor.exact);
  const source = annotation.source ? (annotation.source.cue ? `${annotation.source.who} — ${annotation.source.cue}` : annotation.source.who) : undefined;
  return {
    id: `${commitment.documentKey}#${annotation.id}`,
    documentKey: commitment.documentKey,
    annotationId: annotation.id,
    actor,
    label: `${actor || 'Someone'} — ${action}`,
    action,
    quote: annotation.anchor.exact,
    ...(source ? { source } : {}),
    documentLabel: commitment.documentLabel,
    ...(commitment.line !== undefined ? { line: commitment.line } : {}),
    status: annotation.status ?? 'open',
    review: annotation.review,
    ...(deadline?.text ? { deadlineText: deadline.text } : {}),
    ...(due ? { due } : {}),
    ...(range ? { range } : {}),
    overdue: days !== undefined,
    ...(days !== undefined ? { overdueDays: days } : {}),
  };
}

/** A hand-edited sidecar may hold a range written backwards; draw it the right way round. */
function orderedRange(range: DateRange): DateRange {
  return range.earliest <= range.latest ? range : { earliest: range.latest, latest: range.earliest };
}

/** Places a dated row on the axis, or notes which side of a zoomed window it lies on; a range the window cuts is drawn to its edge. */
function place(row: TimelineRow, axis: TimelineAxis, scale: (date: IsoDate) => number): void {
  const earliest = row.range?.earliest ?? row.due;
  const latest = row.range?.latest ?? row.due;
  if (earliest === undefined || latest === undefined) return;
  const side = sideOfWindow(axis, earliest, latest);
  if (side !== 'on') row.offAxis = side;
  else row.placement = placementOf(row, scale);
}

function placementOf(row: TimelineRow, scale: (date: IsoDate) => number): TimelinePlacement | undefined {
  if (row.range) return { shape: 'range', start: scale(row.range.earliest), end: scale(row.range.latest) };
  if (row.due) {
    const at = scale(row.due);
    return { shape: 'point', start: at, end: at };
  }
  return undefined;
}

function actorKey(row: TimelineRow): string {
  return row.actor || NO_ACTOR;
}

/** Dated rows first, by the day they start, then by document and place in it. */
function compareRows(a: TimelineRow, b: TimelineRow): number {
  const aStart = a.range?.earliest ?? a.due;
  const bStart = b.range?.earliest ?? b.due;
  if (aStart !== bStart) {
    if (aStart === undefined) return 1;
    if (bStart === undefined) return -1;
    return aStart < bStart ? -1 : 1;
  }
  const aEnd = a.range?.latest ?? a.due ?? '';
  const bEnd = b.range?.latest ?? b.due ?? '';
  return compareText(aEnd, bEnd) || compareText(a.documentLabel, b.documentLabel) || (a.line ?? -1) - (b.line ?? -1) || compareText(a.label, b.label) || compareText(a.id, b.id);
}

/** Case-insensitive first, then exact: the same order on every machine, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function flat(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
