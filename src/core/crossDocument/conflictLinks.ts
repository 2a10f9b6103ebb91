import { refKey, type AnnotationRef } from './documentAnnotation';
import type { ConflictMember } from './findConflicts';

/**
 * Links from one member of a conflict to the others, at most this many. A document that repeats
 * an article repeats its figures, and one figure of a short report joins all of them: a
 * conflict of ~1,000 members gave every member ~1,000 links, a million in all, which the
 * Problems panel can neither build quickly nor show usefully. Ten is more than a reader follows.
 */
export const MAX_RELATED_LINKS = 10;

export interface ConflictLinks {
  /** The members to link to, each other document first. */
  shown: ConflictMember[];
  /** How many other members were left out. */
  omitted: number;
}

/** Per conflict, computed once: the first member of each document in the conflict's order, and every member's reference. */
const summaries = new WeakMap<readonly ConflictMember[], { firsts: ConflictMember[]; refs: Set<string> }>();

/**
 * The other members of a conflict a warning links to: first one member of each other document
 * (so every document that disagrees is reachable), then the rest in the conflict's order, up to
 * `limit`. Each call reads about `limit` members and the documents' first members, not the whole
 * conflict: a conflict of 1,000 members asks this 1,000 times.
 */
export function conflictLinks(members: readonly ConflictMember[], self: AnnotationRef, limit = MAX_RELATED_LINKS): ConflictLinks {
  let summary = summaries.get(members);
  if (!summary) {
    const seen = new Set<string>();
    summary = { firsts: members.filter((member) => !seen.has(member.documentKey) && seen.add(member.documentKey)), refs: new Set(members.map(refKey)) };
    summaries.set(members, summary);
  }
  const { firsts } = summary;
  const isSelf = (member: ConflictMember) => member.documentKey === self.documentKey && member.annotationId === self.annotationId;
  const selfCount = summary.refs.has(refKey(self)) ? 1 : 0;
  const shown: ConflictMember[] = [];
  const taken = new Set<ConflictMember>();
  for (const member of firsts) {
    if (shown.length >= limit) break;
    if (member.documentKey === self.documentKey) continue;
    shown.push(member);
    taken.add(member);
  }
  for (let index = 0; index < members.length && shown.length < limit; index++) {
    const member = members[index];
    if (!taken.has(member) && !isSelf(member)) shown.push(member);
  }
  return { shown, omitted: members.length - selfCount - shown.length };
}
