import type { AnnotationRef } from './documentAnnotation';
import type { CrossDocumentInput } from './crossDocumentInput';
import { findConflicts, type Conflict } from './findConflicts';
import { matchCommitments, type CommitmentCluster } from './matchCommitments';

/**
 * The workspace read across documents in three steps, so the heavy middle one can run away from
 * the editor (a worker thread in the desktop host): each document's commitments and figures are
 * collected where the document is, in small steps (crossDocumentInput.ts); they are matched and
 * compared as plain data (`analyseAcross`, here); and the compact answer is joined back to the
 * annotations the editor holds (rehydrateAnalysis.ts). The result is that of `matchCommitments`
 * and `findConflicts` on the same annotations (tested). The editor's side imports only the first
 * and the last, so the matching code is not part of what activation loads.
 */

/** A cluster of two or more reports, its members named by reference: what the analysis sends back. */
export interface CompactCluster extends Omit<CommitmentCluster, 'members'> {
  members: Array<AnnotationRef & { similarity: number; linked: boolean }>;
}

export interface CompactAnalysis {
  /** Clusters with two or more members; a commitment in none is a cluster of its own. */
  clusters: CompactCluster[];
  conflicts: Conflict[];
}

/** The documents' commitments matched and their deadlines and figures compared. */
export function analyseAcross(documents: ReadonlyArray<Pick<CrossDocumentInput, 'commitments' | 'figures'>>): CompactAnalysis {
  const matching = matchCommitments(documents.flatMap((document) => document.commitments));
  const conflicts = findConflicts({ clusters: matching.clusters, figures: documents.flatMap((document) => document.figures) });
  const clusters = matching.clusters
    .filter((cluster) => cluster.members.length > 1)
    .map(({ members, ...rest }) => ({ ...rest, members: members.map((member) => ({ documentKey: member.documentKey, annotationId: member.annotation.id, similarity: member.similarity, linked: member.linked })) }));
  return { clusters, conflicts };
}

/**
 * The worker that runs `analyseAcross` away from the editor, as the editor layer sees it: the
 * desktop host starts a thread, the web host analyses in place.
 */
export interface CrossDocumentAnalyser {
  /** Resolves with the analysis, or `undefined` when cancelled meanwhile. */
  analyse(documents: readonly CrossDocumentInput[], cancellation: { readonly isCancellationRequested: boolean }): Promise<CompactAnalysis | undefined>;
  /** Stops the analysis under way (the next one starts afresh). */
  cancel(): void;
  dispose(): void;
}
