import type { Annotation } from '../model';
import { sha256Hex } from '../sha256';
import type { SidecarOperation } from '../sidecar/sidecarDocument';
import { compareDocumentOrder, compareText, refKey, refOf, type AnnotationRef } from './documentAnnotation';
import type { CommitmentCluster, CommitmentMatching, CommitmentMember } from './matchCommitments';

/**
 * A person's corrections of the matching, kept as `link` keys in the sidecars (model.ts). The
 * functions here only compute which annotation gets which key; the editor writes them with its
 * usual sidecar update, one document at a time (`linkOperations`).
 *
 * - link(a, b): a, b and every annotation already carrying either cluster's key get one key.
 *   Other members stay matched automatically, as before.
 * - unlink(a): a gets a key of its own and the rest of its cluster a shared key, so that
 *   neither side can be matched with the other again (different keys never match).
 */

export const LINK_KEY_PREFIX = 'link-';

export interface LinkEdit {
  documentKey: string;
  /** The annotation as matched: written whole when it is a suggestion not yet in the sidecar. */
  annotation: Annotation;
  link: string;
}

export interface DocumentLinkEdits {
  documentKey: string;
  edits: LinkEdit[];
}

export type LinkPlan = { ok: true; documents: DocumentLinkEdits[] } | { ok: false; reason: string };

/**
 * A fresh key derived from the annotations it is made for (so the same decision gives the same
 * key), never one of `taken`. Hashed, so a sidecar does not carry other documents' paths.
 */
export function linkKeyFor(refs: readonly AnnotationRef[], taken: ReadonlySet<string>): string {
  const base = `${LINK_KEY_PREFIX}${sha256Hex(refs.map(refKey).sort(compareText).join('\u0001')).slice(0, 10)}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The edits that make `a` and `b` one commitment. */
export function planLink(a: AnnotationRef, b: AnnotationRef, matching: CommitmentMatching): LinkPlan {
  if (refKey(a) === refKey(b)) return { ok: false, reason: 'an annotation cannot be linked with itself' };
  const found = [locate(a, matching), locate(b, matching)];
  for (const item of found) if (typeof item === 'string') return { ok: false, reason: item };
  const [first, second] = found as Located[];
  const key = first.cluster.link ?? second.cluster.link ?? linkKeyFor([a, b], matching.linkKeys);
  const changed = new Map<string, CommitmentMember>();
  for (const member of [first.member, second.member]) if (member.annotation.link !== key) changed.set(refKey(refOf(member)), member);
  for (const cluster of [first.cluster, second.cluster]) {
    for (const member of cluster.members) {
      if (member.annotation.link !== undefined && member.annotation.link !== key) changed.set(refKey(refOf(member)), member);
    }
  }
  return { ok: true, documents: byDocument([...changed.values()].map((member) => ({ member, link: key }))) };
}

/** The edits that take `a` out of its cluster for good; none when it is alone already. */
export function planUnlink(a: AnnotationRef, matching: CommitmentMatching): LinkPlan {
  const found = locate(a, matching);
  if (typeof found === 'string') return { ok: false, reason: found };
  const { cluster, member } = found;
  const others = cluster.members.filter((other) => other !== member);
  if (others.length === 0) return { ok: true, documents: [] };
  const own = member.annotation.link;
  const ownIsShared = own !== undefined && others.some((other) => other.annotation.link === own);
  const memberKey = own !== undefined && !ownIsShared ? own : linkKeyFor([a], matching.linkKeys);
  const restKey = cluster.link !== undefined && cluster.link !== memberKey ? cluster.link : linkKeyFor(others.map(refOf), new Set([...matching.linkKeys, memberKey]));
  const changes: Array<{ member: CommitmentMember; link: string }> = [];
  if (member.annotation.link !== memberKey) changes.push({ member, link: memberKey });
  for (const other of others) if (other.annotation.link !== restKey) changes.push({ member: other, link: restKey });
  return { ok: true, documents: byDocument(changes) };
}

/**
 * One document's link edits as sidecar operations: an update of an annotation the sidecar has,
 * an addition (with its key) of a suggestion it does not have yet. `stored` is the sidecar's
 * current content, read when the edit is applied, so a suggestion written meanwhile is updated.
 */
export function linkOperations(edits: readonly LinkEdit[], stored: readonly Annotation[] | undefined): SidecarOperation[] {
  const present = new Set(stored?.map((annotation) => annotation.id) ?? []);
  return edits.map((edit): SidecarOperation =>
    present.has(edit.annotation.id) ? { op: 'update', id: edit.annotation.id, changes: { link: edit.link } } : { op: 'add', annotation: { ...edit.annotation, link: edit.link } },
  );
}

interface Located {
  cluster: CommitmentCluster;
  member: CommitmentMember;
}

function locate(ref: AnnotationRef, matching: CommitmentMatching): Located | string {
  const cluster = matching.clusterOf(ref);
  const member = cluster?.members.find((candidate) => candidate.documentKey === ref.documentKey && candidate.annotation.id === ref.annotationId);
  if (!cluster || !member) return `${ref.annotationId} in ${ref.documentKey} is not a commitment being matched (it may be rejected or of another kind)`;
  return { cluster, member };
}

function byDocument(changes: ReadonlyArray<{ member: CommitmentMember; link: string }>): DocumentLinkEdits[] {
  const sorted = [...changes].sort((x, y) => compareDocumentOrder(x.member, y.member));
  const documents: DocumentLinkEdits[] = [];
  for (const { member, link } of sorted) {
    let last = documents[documents.length - 1];
    if (last?.documentKey !== member.documentKey) documents.push((last = { documentKey: member.documentKey, edits: [] }));
    last.edits.push({ documentKey: member.documentKey, annotation: member.annotation, link });
  }
  return documents;
}
