import { actionTextOf } from './actionText';
import type { CrossDocumentInput } from './crossDocumentInput';
import { compareDocumentOrder, refKey, refOf, type AnnotationRef, type CrossDocumentAnnotation } from './documentAnnotation';
import type { Conflict } from './findConflicts';
import type { CommitmentCluster, CommitmentMatching, CommitmentMember } from './matchCommitments';
import type { CompactAnalysis } from './workspaceAnalysis';

/** What the editor reads: the matching, the conflicts, and the conflicts of each annotation (by refKey, and by document then id). */
export interface CrossDocumentResult {
  matching: CommitmentMatching;
  conflicts: Conflict[];
  conflictsByRef: Map<string, Conflict[]>;
  /** Document key → annotation id → its conflicts: a document's warnings without a look at each of its annotations. */
  conflictsByDocument: Map<string, Map<string, Conflict[]>>;
}

/**
 * The compact answer joined to the documents' own annotations: members of clusters are the
 * inputs themselves (with their current offsets), and a commitment in no cluster of two or more
 * gets the cluster of one that `matchCommitments` would have made, when it is asked for.
 */
export function rehydrateAnalysis(documents: readonly CrossDocumentInput[], compact: CompactAnalysis): CrossDocumentResult {
  const inputs = new Map<string, CrossDocumentAnnotation>();
  const linkKeys = new Set<string>();
  for (const document of documents) {
    for (const input of document.commitments) {
      const key = refKey({ documentKey: input.documentKey, annotationId: input.annotation.id });
      const known = inputs.get(key);
      // Of two with one id (a hand-edited sidecar), the first in document order counts, as in matchCommitments.
      if (!known || compareDocumentOrder(input, known) < 0) inputs.set(key, input);
      if (input.annotation.link !== undefined) linkKeys.add(input.annotation.link);
    }
  }
  const byRef = new Map<string, CommitmentCluster>();
  const inMany = new Set<string>();
  const joined: CommitmentCluster[] = [];
  for (const { members, ...rest } of compact.clusters) {
    const cluster: CommitmentCluster = { ...rest, members: [] };
    for (const member of members) {
      const key = refKey(member);
      const input = inputs.get(key);
      if (!input) continue;
      cluster.members.push({ ...input, similarity: member.similarity, linked: member.linked });
      byRef.set(key, cluster);
      inMany.add(key);
    }
    joined.push(cluster);
  }
  const clusterOf = (ref: AnnotationRef): CommitmentCluster | undefined => {
    const key = refKey(ref);
    const found = byRef.get(key);
    if (found) return found;
    const input = inputs.get(key);
    if (!input) return undefined;
    const single = singletonCluster(input);
    byRef.set(key, single);
    return single;
  };
  let all: CommitmentCluster[] | undefined;
  const matching: CommitmentMatching = {
    // Every cluster, the clusters of one too: only picking a commitment to link with reads them all.
    get clusters() {
      all ??= [...joined, ...[...inputs].filter(([key]) => !inMany.has(key)).map(([, input]) => clusterOf(refOf(input))!)].sort((x, y) => compareDocumentOrder(x.members[0], y.members[0]));
      return all;
    },
    linkKeys,
    clusterOf,
  };
  const conflictsByRef = new Map<string, Conflict[]>();
  const conflictsByDocument = new Map<string, Map<string, Conflict[]>>();
  for (const conflict of compact.conflicts) {
    for (const member of conflict.members) {
      const key = refKey(member);
      const list = conflictsByRef.get(key);
      if (list) list.push(conflict);
      else conflictsByRef.set(key, [conflict]);
      let inDocument = conflictsByDocument.get(member.documentKey);
      if (!inDocument) conflictsByDocument.set(member.documentKey, (inDocument = new Map<string, Conflict[]>()));
      const ofAnnotation = inDocument.get(member.annotationId);
      if (ofAnnotation) ofAnnotation.push(conflict);
      else inDocument.set(member.annotationId, [conflict]);
    }
  }
  return { matching, conflicts: compact.conflicts, conflictsByRef, conflictsByDocument };
}

/** The cluster `matchCommitments` makes of a commitment matched with no other. */
export function singletonCluster(input: CrossDocumentAnnotation): CommitmentCluster {
  const { annotation } = input;
  const link = annotation.link;
  const actor = annotation.actor?.trim() || undefined;
  const action = actionTextOf(annotation);
  const member: CommitmentMember = { ...input, similarity: 1, linked: link !== undefined };
  return {
    id: link ?? `auto:${input.documentKey}#${annotation.id}`,
    label: actor ? `${actor} — ${action}` : action,
    ...(actor ? { actor } : {}),
    action,
    ...(link !== undefined ? { link } : {}),
    members: [member],
  };
}
