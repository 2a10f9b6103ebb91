import type { AnnotationRef } from './documentAnnotation';
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

/**
 * The other members of a conflict a warning links to: first one member of each other document
 * (so every document that disagrees is reachable), then the rest in the conflict's order, up to
 * `limit`. Linear in the conflict's members.
 */
export function conflictLinks(members: readonly ConflictMember[], self: AnnotationRef, limit = MAX_RELATED_LINKS): ConflictLinks {
  const others = members.filter((member) => member.documentKey !== self.documentKey || member.annotationId !== self.annotationId);
  const shown: ConflictMember[] = [];
  const taken = new Set<ConflictMember>();
  const documents = new Set<string>([self.documentKey]);
  for (const member of others) {
    if (shown.length >= limit) break;
    if (documents.has(member.documentKey)) continue;
    documents.add(member.documentKey);
    shown.push(member);
    taken.add(member);
  }
  for (const member of others) {
    if (shown.length >= limit) break;
    if (!taken.has(member)) shown.push(member);
  }
  return { shown, omitted: others.length - shown.length };
}
