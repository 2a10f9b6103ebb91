import { actionTextOf } from './actionText';
import { actionSimilarity, actorSimilarity, comparableAction, weightsOf, type ComparableAction } from './actionSimilarity';
import { compareDocumentOrder, refKey, refOf, type AnnotationRef, type CrossDocumentAnnotation } from './documentAnnotation';
import { normaliseAction, normaliseActor } from './normaliseAction';
import { TokenVocabulary } from './tokenVocabulary';

export { actionTextOf };

/**
 * Two commitments whose actors are the same (or one contains the other) are one when at least
 * this much of their weighted action content is shared: with a verb and two object words each,
 * both object words must agree ("complete the gas pipeline" ≠ "complete the gas study",
 * 0.6), while a paraphrase with the same object meets it easily ("finish the PSGP gas
 * pipeline" = "complete the Pakistan Stream Gas pipeline", 1.0).
 */
export const ACTION_MATCH_THRESHOLD = 0.65;
/**
 * When one side names nobody in particular ("the government pledged …", "it will …") the action
 * alone must carry the match, so it must agree more: four fifths of the weighted content.
 */
export const ACTION_MATCH_THRESHOLD_UNKNOWN_ACTOR = 0.8;
/**
 * Actors whose names share less than this are different: "Imran Khan" and "Sadiq Khan" share
 * half their tokens (0.5) and stay apart; "Khan" and "Imran Khan" are one (containment, 1).
 */
export const ACTOR_MATCH_THRESHOLD = 0.6;

export interface CommitmentMember extends CrossDocumentAnnotation {
  /** Action similarity to the cluster's representative, in [0, 1]; 1 for the representative. */
  similarity: number;
  /** True when the member carries the cluster's link key (a person's decision). */
  linked: boolean;
}

export interface CommitmentCluster {
  /** The link key, or `auto:` and the first member's document and id: stable while the cluster is. */
  id: string;
  /** "Pakistan — complete the Pakistan Stream Gas pipeline": the representative's actor and action. */
  label: string;
  actor?: string;
  /** The representative's action without its deadline phrase. */
  action: string;
  /** Set when some member carries a link key; at most one key per cluster. */
  link?: string;
  /** In document order: by document key, then position, then id. */
  members: CommitmentMember[];
}

export interface CommitmentMatching {
  /** Every commitment in exactly one cluster (singletons too), clusters in order of their first member. */
  clusters: readonly CommitmentCluster[];
  /** Every link key among the inputs, so a fresh key can avoid them. */
  linkKeys: ReadonlySet<string>;
  clusterOf(ref: AnnotationRef): CommitmentCluster | undefined;
}

/**
 * The same commitment reported by several documents becomes one cluster with every source.
 *
 * Only commitment annotations that are not rejected take part. Annotations with one link key are
 * one cluster whatever their text; otherwise two commitments are joined when their actions are
 * alike (ACTION_MATCH_THRESHOLD, or ACTION_MATCH_THRESHOLD_UNKNOWN_ACTOR when an actor is
 * unknown) and their actors agree (ACTOR_MATCH_THRESHOLD). Joins are made best pair first and
 * refused when they would put two commitments of one document, two different link keys, or
 * two disagreeing actors in one cluster, so a chain through an actor-less report cannot join
 * Pakistan's promise to Russia's.
 *
 * Pairs are found without comparing all of them: an inverted index from token to commitments,
 * probed only with each commitment's rarest tokens — enough of them that any pair reaching
 * the threshold must share one (prefix filtering, Bayardo, Ma and Srikant, "Scaling up all
 * pairs similarity search", WWW 2007) — and a candidate is dropped unread when the tokens left
 * on both sides could not make up the overlap (positional filtering, Xiao et al., "Efficient
 * similarity joins for near duplicate detection", WWW 2008). Both filters are exact: the result
 * is that of comparing every pair, which a test checks.
 */
export function matchCommitments(inputs: readonly CrossDocumentAnnotation[]): CommitmentMatching {
  const entries = prepare(inputs);
  const edges = findEdges(entries.items, entries.weights);
  const clusters = buildClusters(entries.items, edges, entries.weights);
  const byRef = new Map<string, CommitmentCluster>();
  for (const cluster of clusters) for (const member of cluster.members) byRef.set(refKey(refOf(member)), cluster);
  const linkKeys = new Set<string>();
  for (const input of inputs) if (input.annotation.link !== undefined) linkKeys.add(input.annotation.link);
  return { clusters, linkKeys, clusterOf: (ref) => byRef.get(refKey(ref)) };
}

interface Entry {
  input: CrossDocumentAnnotation;
  /** The document as a number, compared in the inner loop instead of its key. */
  document: number;
  action: ComparableAction;
  /** Name token ids of the actor; empty when it names nobody in particular. */
  actor: Int32Array;
}

function prepare(inputs: readonly CrossDocumentAnnotation[]): { items: Entry[]; weights: Float64Array } {
  const seen = new Set<string>();
  const chosen = inputs
    .filter((input) => input.annotation.kind === 'commitment' && input.annotation.review !== 'rejected')
    .sort(compareDocumentOrder)
    .filter((input) => {
      const key = refKey(refOf(input));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const actions = chosen.map((input) => normaliseAction(actionTextOf(input.annotation)));
  const actors = chosen.map((input) => normaliseActor(input.annotation.actor ?? ''));
  const vocabulary = TokenVocabulary.of([...actions, ...actors]);
  const documents = new Map<string, number>();
  for (const input of chosen) if (!documents.has(input.documentKey)) documents.set(input.documentKey, documents.size);
  const items = chosen.map((input, index) => ({
    input,
    document: documents.get(input.documentKey)!,
    action: comparableAction(actions[index], vocabulary),
    actor: vocabulary.idsOf(actors[index]),
  }));
  return { items, weights: weightsOf(vocabulary) };
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

function findEdges(entries: readonly Entry[], weights: Float64Array): Edge[] {
  const threshold = ACTION_MATCH_THRESHOLD;
  const frequency = new Int32Array(weights.length);
  for (const entry of entries) for (const id of entry.action.ids) frequency[id]++;
  // Every entry's tokens in one global order, rarest first, with the weight that follows each.
  const ordered = entries.map((entry) => inGlobalOrder(entry.action, frequency, weights));
  const postings: Array<{ entries: number[]; rest: number[] }> = Array.from({ length: weights.length }, () => ({ entries: [], rest: [] }));
  ordered.forEach((tokens, index) => {
    for (let position = 0; position < tokens.ids.length; position++) {
      postings[tokens.ids[position]].entries.push(index);
      postings[tokens.ids[position]].rest.push(tokens.rest[position]);
    }
  });
  const edges: Edge[] = [];
  const lastProbe = new Int32Array(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const tokens = ordered[i];
    const required = (threshold * entry.action.total) / (2 - threshold) - 1e-9;
    // The prefix: the rarest tokens, as many as it takes that the rest weigh less than any
    // match must share. A pair reaching Dice t shares at least t·w(A)/(2 − t) of A's weight
    // (the shared part also bounds w(B) from below), so it shares a token of the prefix.
    for (let position = 0; position < tokens.ids.length && tokens.rest[position] + weights[tokens.ids[position]] >= required; position++) {
      const id = tokens.ids[position];
      const posting = postings[id];
      for (let k = firstAbove(posting.entries, i); k < posting.entries.length; k++) {
        const j = posting.entries[k];
        if (lastProbe[j] === i) continue;
        lastProbe[j] = i;
        // Met first through this token, so nothing rarer is shared: the overlap is at most
        // this token and the lighter of the two remainders (positional filtering, PPJoin).
        const bound = weights[id] + Math.min(tokens.rest[position], posting.rest[k]);
        if (bound < (threshold * (entry.action.total + entries[j].action.total)) / 2 - 1e-9) continue;
        const score = pairScore(entry, entries[j], weights, threshold);
        if (score !== undefined) edges.push({ a: i, b: j, score });
      }
    }
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** Token ids ordered rarest first (ties by id), each with the total weight of those after it. */
function inGlobalOrder(action: ComparableAction, frequency: Int32Array, weights: Float64Array): { ids: Int32Array; rest: Float64Array } {
  const ids = Int32Array.from(action.ids).sort((x, y) => frequency[x] - frequency[y] || x - y);
  const rest = new Float64Array(ids.length);
  for (let position = ids.length - 2; position >= 0; position--) rest[position] = rest[position + 1] + weights[ids[position + 1]];
  return { ids, rest };
}

function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The pair's action similarity when the two may be joined, else `undefined`. */
function pairScore(a: Entry, b: Entry, weights: Float64Array, threshold: number): number | undefined {
  if (a.document === b.document) return undefined;
  // Dice t needs the smaller total to be at least t/(2 − t) of the larger.
  const ratio = threshold / (2 - threshold);
  if (b.action.total < a.action.total * ratio || a.action.total < b.action.total * ratio) return undefined;
  if (a.input.annotation.link !== undefined && b.input.annotation.link !== undefined) return undefined;
  const score = actionSimilarity(a.action, b.action, weights);
  if (score < threshold) return undefined;
  const actors = actorSimilarity(a.actor, b.actor);
  if (actors === undefined) return score >= ACTION_MATCH_THRESHOLD_UNKNOWN_ACTOR ? score : undefined;
  return actors >= ACTOR_MATCH_THRESHOLD ? score : undefined;
}

interface Group {
  members: number[];
  link?: string;
  /** Distinct known actors, so a join can check that every pair of them agrees. */
  actors: Int32Array[];
}

function buildClusters(entries: readonly Entry[], edges: readonly Edge[], weights: Float64Array): CommitmentCluster[] {
  const parent = Int32Array.from(entries, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const groups = new Map<number, Group>();
  entries.forEach((entry, index) => {
    const link = entry.input.annotation.link;
    groups.set(index, { members: [index], ...(link !== undefined ? { link } : {}), actors: entry.actor.length > 0 ? [entry.actor] : [] });
  });
  const join = (a: number, b: number): void => {
    const [big, small] = groups.get(a)!.members.length >= groups.get(b)!.members.length ? [a, b] : [b, a];
    const into = groups.get(big)!;
    const from = groups.get(small)!;
    into.members.push(...from.members);
    into.link ??= from.link;
    for (const actor of from.actors) if (!into.actors.some((known) => sameIds(known, actor))) into.actors.push(actor);
    parent[small] = big;
    groups.delete(small);
  };
  // A person's links first: one key, one cluster, whatever the text or the documents say.
  const byLink = new Map<string, number>();
  entries.forEach((entry, index) => {
    const link = entry.input.annotation.link;
    if (link === undefined) return;
    const first = byLink.get(link);
    if (first === undefined) byLink.set(link, index);
    else if (find(first) !== find(index)) join(find(first), find(index));
  });
  // Documents of one group, marked with a fresh stamp per check instead of a set per group
  // (document numbers are below the number of entries).
  const seen = new Int32Array(entries.length);
  let stamp = 0;
  for (const edge of edges) {
    const a = find(edge.a);
    const b = find(edge.b);
    if (a === b) continue;
    const groupA = groups.get(a)!;
    const groupB = groups.get(b)!;
    if (groupA.link !== undefined && groupB.link !== undefined && groupA.link !== groupB.link) continue;
    if (sharesDocument(entries, groupA.members, groupB.members, seen, ++stamp)) continue;
    if (!actorsAgree(groupA.actors, groupB.actors)) continue;
    join(a, b);
  }
  return [...groups.values()]
    .map((group) => toCluster(entries, group.members.sort((x, y) => x - y), group.link, weights))
    .sort((x, y) => compareDocumentOrder(x.members[0], y.members[0]));
}

function sharesDocument(entries: readonly Entry[], a: readonly number[], b: readonly number[], seen: Int32Array, stamp: number): boolean {
  for (const index of a) seen[entries[index].document] = stamp;
  for (const index of b) if (seen[entries[index].document] === stamp) return true;
  return false;
}

function actorsAgree(a: readonly Int32Array[], b: readonly Int32Array[]): boolean {
  for (const x of a) for (const y of b) if ((actorSimilarity(x, y) ?? 1) < ACTOR_MATCH_THRESHOLD) return false;
  return true;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * The representative is the member whose words the others use most (each token weighted, and
 * counted once per other member having it), ties going to a member with a named actor, then to
 * document order: the wording most reports agree on, not the longest or the first.
 */
function toCluster(entries: readonly Entry[], indexes: readonly number[], link: string | undefined, weights: Float64Array): CommitmentCluster {
  const uses = new Map<number, number>();
  for (const index of indexes) for (const id of entries[index].action.ids) uses.set(id, (uses.get(id) ?? 0) + 1);
  let best = indexes[0];
  let bestScore = -1;
  for (const index of indexes) {
    const action = entries[index].action;
    let shared = 0;
    for (const id of action.ids) shared += weights[id] * (uses.get(id)! - 1);
    const score = action.total > 0 ? shared / action.total : 0;
    const better = score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && entries[index].actor.length > 0 && entries[best].actor.length === 0);
    if (better) {
      best = index;
      bestScore = score;
    }
  }
  const representative = entries[best];
  const namedActor = representative.actor.length > 0 ? representative : indexes.map((index) => entries[index]).find((entry) => entry.actor.length > 0);
  const actor = (namedActor ?? representative).input.annotation.actor?.trim() || undefined;
  const action = actionTextOf(representative.input.annotation);
  const members = indexes.map((index): CommitmentMember => {
    const entry = entries[index];
    return {
      ...entry.input,
      similarity: index === best ? 1 : actionSimilarity(entry.action, representative.action, weights),
      linked: link !== undefined && entry.input.annotation.link === link,
    };
  });
  const first = members[0];
  return {
    id: link ?? `auto:${first.documentKey}#${first.annotation.id}`,
    label: actor ? `${actor} — ${action}` : action,
    ...(actor ? { actor } : {}),
    action,
    ...(link !== undefined ? { link } : {}),
    members,
  };
}
