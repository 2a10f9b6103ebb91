import { actorKey } from '../actorKey';
import { dueBucket, DUE_BUCKETS } from '../deadlines';
import { COMMITMENT_STATUSES, type IsoDate } from '../model';
import type { MergedAnnotation } from '../sidecar/mergeAnnotations';

/**
 * What the Commitments view shows, decided without the editor: which commitments pass the
 * filter, how reports of one commitment gather into a cluster, which group each falls in and in
 * what order. The tree provider (src/vscode/commitmentsTree.ts) only renders the result.
 */

export type Grouping = 'document' | 'actor' | 'status' | 'due';
export const GROUPINGS: readonly Grouping[] = ['document', 'actor', 'status', 'due'];

/** One annotation of one document, as the view lists it. */
export interface ViewEntry<Document> {
  document: Document;
  /** Stable key of the document (its URI): orders documents and finds clusters. */
  documentKey: string;
  /** The document as people read it (a workspace-relative path): the "by document" group and the filter. */
  documentLabel: string;
  item: MergedAnnotation;
}

/** What the view needs of the cross-document analysis: the cluster an annotation belongs to. */
export interface ClusterRef<Cluster> {
  id: string;
  members: readonly unknown[];
  cluster: Cluster;
}

export type ViewUnit<Document, Cluster> = { type: 'commitment'; entry: ViewEntry<Document> } | { type: 'cluster'; cluster: Cluster; entries: Array<ViewEntry<Document>> };

export interface ViewGroup<Document, Cluster> {
  /** The value grouped on: a document label, an actor key, a status, a due bucket. */
  key: string;
  /** For actors, the name as first written; else the key (the editor localises statuses and buckets). */
  label: string;
  units: Array<ViewUnit<Document, Cluster>>;
  /** The group's document when grouped by document. */
  document?: Document;
}

export interface CommitmentsViewModel<Document, Cluster> {
  groups: Array<ViewGroup<Document, Cluster>>;
  orphans: Array<ViewEntry<Document>>;
  rejected: Array<ViewEntry<Document>>;
}

export interface ViewOptions<Cluster> {
  grouping: Grouping;
  /** Words that must all appear (lower case, any order) in what a commitment says or where it is. */
  filter: string;
  today: IsoDate;
  clusterOf: (documentKey: string, annotationId: string) => ClusterRef<Cluster> | undefined;
}

/** Lays out the view: filtered, clustered, grouped and ordered. */
export function layOutCommitments<Document, Cluster>(entries: ReadonlyArray<ViewEntry<Document>>, options: ViewOptions<Cluster>): CommitmentsViewModel<Document, Cluster> {
  const words = filterWords(options.filter);
  const commitments: Array<ViewEntry<Document>> = [];
  const orphans: Array<ViewEntry<Document>> = [];
  const rejected: Array<ViewEntry<Document>> = [];
  for (const entry of entries) {
    const { annotation } = entry.item;
    if (annotation.review === 'rejected') {
      if (entry.item.origin === 'sidecar' && passesFilter(entry, words)) rejected.push(entry);
    } else if (entry.item.anchorState === 'orphaned') orphans.push(entry);
    else if (annotation.kind === 'commitment' && passesFilter(entry, words)) commitments.push(entry);
  }
  const groups = new Map<string, ViewGroup<Document, Cluster>>();
  for (const unit of clustered(inDocumentOrder(commitments), options.clusterOf)) {
    const first = unit.type === 'cluster' ? unit.entries[0] : unit.entry;
    const key = groupKey(first, options.grouping, options.today);
    let group = groups.get(key);
    if (!group) {
      const label = options.grouping === 'actor' ? (first.item.annotation.actor?.trim() ?? '') : key;
      groups.set(key, (group = { key, label, units: [], ...(options.grouping === 'document' ? { document: first.document } : {}) }));
    }
    group.units.push(unit);
  }
  return { groups: orderGroups([...groups.values()], options.grouping), orphans, rejected: inDocumentOrder(rejected) };
}

/**
 * The one actor key of the view, the extractor's (src/core/actorKey.ts): "The Ministry of
 * Energy", "ministry of energy" and "Ministry of Energy's" fall in one group. Empty for no actor.
 */
export function actorGroupKey(actor: string | undefined): string {
  return actorKey(actor ?? '');
}

/** Whether the text holds every filter word (case-insensitive). */
export function matchesFilterWords(text: string, filter: string): boolean {
  const words = filterWords(filter);
  const haystack = text.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function filterWords(filter: string): string[] {
  return filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

function passesFilter(entry: ViewEntry<unknown>, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const { annotation } = entry.item;
  const haystack = [annotation.actor, annotation.action, annotation.anchor.exact, annotation.note, annotation.source?.who, annotation.status, entry.documentLabel, ...(annotation.tags ?? [])].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function groupKey(entry: ViewEntry<unknown>, grouping: Grouping, today: IsoDate): string {
  switch (grouping) {
    case 'document':
      return entry.documentLabel;
    case 'actor':
      return actorGroupKey(entry.item.annotation.actor);
    case 'status':
      return entry.item.annotation.status ?? 'open';
    case 'due':
      return dueBucket(entry.item.annotation, today);
  }
}

/** Due buckets and statuses in their natural order; documents and actors alphabetically, "no actor" last. */
function orderGroups<G extends { key: string }>(groups: G[], grouping: Grouping): G[] {
  const fixed: readonly string[] | undefined = grouping === 'due' ? DUE_BUCKETS : grouping === 'status' ? COMMITMENT_STATUSES : undefined;
  if (fixed) return [...groups].sort((a, b) => fixed.indexOf(a.key) - fixed.indexOf(b.key));
  return [...groups].sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.key.localeCompare(b.key));
}

/** By document (keys compared once per document, not per pair: thousands of commitments in one seed), then position. */
function inDocumentOrder<E extends ViewEntry<unknown>>(entries: readonly E[]): E[] {
  const keys = [...new Set(entries.map((entry) => entry.documentKey))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(keys.map((key, index) => [key, index]));
  return entries
    .map((entry) => ({ entry, rank: rank.get(entry.documentKey)!, start: entry.item.start ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.start - b.start)
    .map((ranked) => ranked.entry);
}

/** Commitments in order, the reports of one cross-document cluster gathered where its first report is. */
function clustered<Document, Cluster>(entries: ReadonlyArray<ViewEntry<Document>>, clusterOf: ViewOptions<Cluster>['clusterOf']): Array<ViewUnit<Document, Cluster>> {
  const gathered = new Map<string, { type: 'cluster'; cluster: Cluster; entries: Array<ViewEntry<Document>> }>();
  const units: Array<ViewUnit<Document, Cluster>> = [];
  for (const entry of entries) {
    const ref = clusterOf(entry.documentKey, entry.item.annotation.id);
    if (!ref || ref.members.length < 2) {
      units.push({ type: 'commitment', entry });
      continue;
    }
    let unit = gathered.get(ref.id);
    if (!unit) {
      gathered.set(ref.id, (unit = { type: 'cluster', cluster: ref.cluster, entries: [] }));
      units.push(unit);
    }
    unit.entries.push(entry);
  }
  // A cluster with one report here (the others filtered out) reads as a plain commitment.
  return units.map((unit) => (unit.type === 'cluster' && unit.entries.length === 1 ? { type: 'commitment', entry: unit.entries[0] } : unit));
}
