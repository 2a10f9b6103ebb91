import { actorAliases, actorKey } from '../core/actorKey';
import type { IndexModel } from '../core/indexModel';
import type { Annotation, IsoDate } from '../core/model';
import { OffsetMap } from '../core/offsets';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';

/** Whether the document's sidecar was there to read, and read. */
export type SidecarUse = 'none' | 'read' | 'broken';

/**
 * A commitment as a JSON line carries it. Flat, and every key is always present (null when there
 * is nothing to say), so DuckDB, SQLite and data-frame tools see one column type per key.
 * `due` is the deadline's one day; `dueEarliest`/`dueLatest` its span (both `due` for one day),
 * so "overdue" is `dueLatest < today` whatever the deadline's form.
 */
export interface CommitmentRecord {
  id: string;
  review: Annotation['review'];
  status: string | null;
  actor: string | null;
  /** The actor as the Commitments view groups it: "The Government's" and "the government" are `government`. */
  actorKey: string | null;
  action: string | null;
  deadline: string | null;
  timex: string | null;
  due: IsoDate | null;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  source: string | null;
  cue: string | null;
  text: string;
  start: number | null;
  end: number | null;
  anchor: MergedAnnotation['anchorState'];
  stale: boolean;
  note: string | null;
  tags: string[];
}

/** A claim, figure, date or deadline; the keys of other kinds are null. */
export interface FactRecord {
  id: string;
  kind: Annotation['kind'];
  review: Annotation['review'];
  text: string;
  start: number | null;
  end: number | null;
  anchor: MergedAnnotation['anchorState'];
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  per: string | null;
  timex: string | null;
  due: IsoDate | null;
  dueEarliest: IsoDate | null;
  dueLatest: IsoDate | null;
  source: string | null;
  cue: string | null;
  stale: boolean;
  note: string | null;
  tags: string[];
}

/** Records per chunk written: a dense document has enough that one string of them all would be huge. */
const RECORDS_PER_CHUNK = 500;

/**
 * One document's JSON line, in chunks that end with the line's "\n": the file, its reference date,
 * counts, its commitments and its other facts, each the sidecar's annotation where a person kept
 * one (accepted, edited, with status and note) and a fresh suggestion elsewhere. Rejected
 * suggestions are counted, not listed, as `export` leaves them out. Offsets are code points.
 */
export function* jsonlLineChunks(file: string, text: string, model: IndexModel, sidecar: SidecarUse): Generator<string> {
  const listed = model.merged.filter((item) => item.annotation.review !== 'rejected').sort(byPlace);
  const commitments = listed.filter((item) => item.annotation.kind === 'commitment');
  const facts = listed.filter((item) => item.annotation.kind !== 'commitment');
  const counts = countsOf(model.merged, listed);
  yield `{"file":${JSON.stringify(file)},"referenceDate":${JSON.stringify(model.referenceDate.date)},"referenceDateFrom":${JSON.stringify(model.referenceDate.from)},"sidecar":"${sidecar}","counts":${JSON.stringify(counts)},"commitments":[`;
  const offsets = new OffsetMap(text);
  const aliases = commitments.length > 0 ? actorAliases(text) : undefined;
  yield* recordChunks(commitments, (item) => commitmentRecord(item, text, offsets, aliases));
  yield '],"facts":[';
  yield* recordChunks(facts, (item) => factRecord(item, text, offsets));
  yield ']}\n';
}

/** The line for a path that could not be read: it keeps its place in the output, so a table shows which files failed. */
export function jsonlErrorLine(file: string, reason: string): string {
  return `${JSON.stringify({ file, error: reason })}\n`;
}

function* recordChunks<R>(items: readonly MergedAnnotation[], record: (item: MergedAnnotation) => R): Generator<string> {
  for (let from = 0; from < items.length; from += RECORDS_PER_CHUNK) {
    const part = items.slice(from, from + RECORDS_PER_CHUNK).map((item) => JSON.stringify(record(item)));
    yield `${from > 0 ? ',' : ''}${part.join(',')}`;
  }
}

export interface DocumentCounts {
  claims: number;
  figures: number;
  dates: number;
  deadlines: number;
  commitments: number;
  suggested: number;
  accepted: number;
  edited: number;
  rejected: number;
  orphaned: number;
  stale: number;
}

function countsOf(all: readonly MergedAnnotation[], listed: readonly MergedAnnotation[]): DocumentCounts {
  const counts: DocumentCounts = { claims: 0, figures: 0, dates: 0, deadlines: 0, commitments: 0, suggested: 0, accepted: 0, edited: 0, rejected: 0, orphaned: 0, stale: 0 };
  const kindKey = { claim: 'claims', figure: 'figures', date: 'dates', deadline: 'deadlines', commitment: 'commitments' } as const;
  for (const item of all) counts[item.annotation.review]++;
  for (const item of listed) {
    counts[kindKey[item.annotation.kind]]++;
    if (item.anchorState === 'orphaned') counts.orphaned++;
    if (item.stale) counts.stale++;
  }
  return counts;
}

/** Text order; orphaned annotations (no place in the text) last, by id. */
function byPlace(a: MergedAnnotation, b: MergedAnnotation): number {
  const start = (a.start ?? Infinity) - (b.start ?? Infinity);
  if (start !== 0 && !Number.isNaN(start)) return start;
  const end = (a.end ?? Infinity) - (b.end ?? Infinity);
  if (end !== 0 && !Number.isNaN(end)) return end;
  return a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0;
}

/** Where the annotation is now, in code points, and the words it covers there (its stored quote when orphaned). */
function placeOf(item: MergedAnnotation, text: string, offsets: OffsetMap): Pick<FactRecord, 'text' | 'start' | 'end' | 'anchor'> {
  if (item.start === undefined || item.end === undefined) return { text: item.annotation.anchor.exact, start: null, end: null, anchor: item.anchorState };
  return { text: text.slice(item.start, item.end), start: offsets.toCodePoint(item.start), end: offsets.toCodePoint(item.end), anchor: item.anchorState };
}

function dueOf(due: IsoDate | undefined, range: Annotation['range']): Pick<FactRecord, 'due' | 'dueEarliest' | 'dueLatest'> {
  return { due: due ?? null, dueEarliest: range?.earliest ?? due ?? null, dueLatest: range?.latest ?? due ?? null };
}

function commitmentRecord(item: MergedAnnotation, text: string, offsets: OffsetMap, aliases: ReadonlyMap<string, string> | undefined): CommitmentRecord {
  const annotation = item.annotation;
  const deadline = annotation.deadline;
  return {
    id: annotation.id,
    review: annotation.review,
    status: annotation.status ?? null,
    actor: annotation.actor ?? null,
    actorKey: annotation.actor === undefined ? null : actorKey(annotation.actor, aliases),
    action: annotation.action ?? null,
    deadline: deadline?.text ?? null,
    timex: deadline?.timex ?? null,
    ...dueOf(deadline?.due, deadline?.range),
    source: annotation.source?.who ?? null,
    cue: annotation.source?.cue ?? null,
    ...placeOf(item, text, offsets),
    stale: item.stale === true,
    note: annotation.note ?? null,
    tags: annotation.tags ?? [],
  };
}

function factRecord(item: MergedAnnotation, text: string, offsets: OffsetMap): FactRecord {
  const annotation = item.annotation;
  return {
    id: annotation.id,
    kind: annotation.kind,
    review: annotation.review,
    ...placeOf(item, text, offsets),
    value: annotation.value ?? null,
    unit: annotation.unit ?? null,
    qualifier: annotation.qualifier ?? null,
    per: annotation.per ?? null,
    timex: annotation.timex ?? null,
    ...dueOf(annotation.due, annotation.range),
    source: annotation.source?.who ?? null,
    cue: annotation.source?.cue ?? null,
    stale: item.stale === true,
    note: annotation.note ?? null,
    tags: annotation.tags ?? [],
  };
}
