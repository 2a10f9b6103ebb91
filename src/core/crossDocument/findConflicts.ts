import type { IsoDate, QualifierRelation } from '../model';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../tables/qualifiers';
import { compareDocumentOrder, labelOf, refOf, type AnnotationRef, type CrossDocumentAnnotation } from './documentAnnotation';
import type { CommitmentCluster } from './matchCommitments';
import { measuredQuantityOf, sameMeasuredThing, specificWords, type MeasuredQuantity } from './measuredQuantity';

/**
 * "about", "around", "some", "an estimated", "or so": the stated value may be off by this
 * share either way. Ten per cent is how far news copy rounds an estimate ("about $2.5bn" for
 * $2.3bn–$2.7bn) without a reader calling it wrong.
 */
export const APPROXIMATION_TOLERANCE = 0.1;
/**
 * A value given without a qualifier is still rounded: "$2.5bn" for $2.47bn, "1,100 km" for
 * 1,120 km. Two per cent covers rounding to two significant figures; a larger gap ("$2.5bn"
 * and "$3bn") is a disagreement.
 */
export const ROUNDING_TOLERANCE = 0.02;

export type ConflictKind = 'deadline' | 'figure';

export interface ConflictMember extends AnnotationRef {
  documentLabel: string;
  /** The words of this document: the deadline phrase ("in six months") or the figure's quote ("$2.5bn"). */
  quote: string;
}

export interface ConflictSide {
  /** The value as shown: a day ("2022-08-26"), a range ("2024-01-01 – 2024-12-31"), a figure ("$2.5bn"). */
  value: string;
  members: ConflictMember[];
}

export interface Conflict {
  kind: ConflictKind;
  /** One line a person can act on, naming every side and where it is said. */
  message: string;
  /** The commitment's label or the measured thing ("gas pipeline"). */
  subject: string;
  /** Distinct values, in increasing order, each with the documents that give it. */
  sides: ConflictSide[];
  /** Every annotation involved, so the editor can put the warning in each document. */
  members: ConflictMember[];
}

/** Deadline disagreements, then figure disagreements, each in document order. */
export function findConflicts(input: { clusters: readonly CommitmentCluster[]; figures: readonly CrossDocumentAnnotation[] }): Conflict[] {
  return [...findDeadlineConflicts(input.clusters), ...findFigureConflicts(input.figures)];
}

/**
 * A cluster whose members give due dates that cannot all hold: two documents whose resolved
 * deadlines (a day, or a range such as "in two to three years") do not overlap. The same day,
 * or ranges that share a day, are not a conflict. Members without a resolved date are left out.
 */
export function findDeadlineConflicts(clusters: readonly CommitmentCluster[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const cluster of clusters) {
    const dated: Array<Valued<IsoDate>> = [];
    for (const member of cluster.members) {
      const deadline = member.annotation.deadline;
      const low = deadline?.range?.earliest ?? deadline?.due;
      const high = deadline?.range?.latest ?? deadline?.due;
      if (!deadline || !low || !high) continue;
      const when = low === high ? low : `${low} – ${high}`;
      dated.push({ item: member, low, high, order: low, key: when, display: when, quote: deadline.text });
    }
    if (!hasDisagreement(dated)) continue;
    const sides = sidesOf(dated, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    conflicts.push({
      kind: 'deadline',
      subject: cluster.label,
      message: `Deadlines disagree for "${cluster.label}": ${describeSides(sides)}.`,
      sides,
      members: sides.flatMap((side) => side.members),
    });
  }
  return conflicts;
}

/**
 * The same figure with different values in two documents. Figures are paired when they are of
 * one dimension (currency, unit, counted noun, rate) and measure the same thing
 * (measuredQuantity.ts); paired figures form groups, and a group conflicts when two of its
 * figures from different documents cannot both be right once qualifiers are read as bounds
 * ("more than 100" is 100 or more, "almost 70%" at most 70%) and approximations and rounding
 * are allowed for (APPROXIMATION_TOLERANCE, ROUNDING_TOLERANCE).
 */
export function findFigureConflicts(figures: readonly CrossDocumentAnnotation[]): Conflict[] {
  const measured = figures
    .filter((item) => item.annotation.kind === 'figure' && item.annotation.review !== 'rejected' && item.annotation.value !== undefined)
    .sort(compareDocumentOrder)
    .map((item) => ({ item, quantity: measuredQuantityOf(item) }))
    .filter((entry): entry is { item: CrossDocumentAnnotation; quantity: MeasuredQuantity } => entry.quantity !== undefined);
  const parent = measured.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  // Only figures sharing a specific word in one dimension can measure one thing: look those up.
  const byWord = new Map<string, number[]>();
  measured.forEach((entry, index) => {
    for (const word of new Set(specificWords(entry.quantity))) {
      const key = `${entry.quantity.dimension}\u0000${word}`;
      const list = byWord.get(key);
      if (list) list.push(index);
      else byWord.set(key, [index]);
    }
  });
  for (const indexes of byWord.values()) {
    for (let x = 0; x < indexes.length; x++) {
      for (let y = x + 1; y < indexes.length; y++) {
        const a = measured[indexes[x]];
        const b = measured[indexes[y]];
        if (a.item.documentKey === b.item.documentKey || find(indexes[x]) === find(indexes[y])) continue;
        if (sameMeasuredThing(a.quantity, b.quantity)) parent[find(indexes[y])] = find(indexes[x]);
      }
    }
  }
  const groups = new Map<number, number[]>();
  measured.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  const conflicts: Conflict[] = [];
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const valued = indexes.map((index): Valued<number> => {
      const { item } = measured[index];
      const relation = relationOf(item.annotation.qualifier);
      const [low, high] = boundsOf(item.annotation.value!, relation);
      return { item, low, high, order: item.annotation.value!, key: `${relation} ${item.annotation.value}`, display: item.annotation.anchor.exact, quote: item.annotation.anchor.exact };
    });
    if (!hasDisagreement(valued)) continue;
    const sides = sidesOf(valued, (a, b) => a - b);
    const subject = measured[indexes[0]].quantity.label;
    conflicts.push({
      kind: 'figure',
      subject,
      message: `Figures for "${subject}" disagree: ${describeSides(sides)}.`,
      sides,
      members: sides.flatMap((side) => side.members),
    });
  }
  // Groups are met in order of their first figure, so the conflicts are in document order already.
  return conflicts;
}

/** How a qualifier bounds the value; an unknown qualifier is read as an approximation, the lenient reading. */
export function relationOf(qualifier: string | undefined): QualifierRelation {
  if (!qualifier) return 'eq';
  const key = qualifier.trim().toLowerCase();
  return QUALIFIERS_BEFORE.get(key) ?? QUALIFIERS_AFTER.get(key) ?? 'approx';
}

/** The values a figure allows, as a closed interval (strict bounds are widened by rounding anyway). */
export function boundsOf(value: number, relation: QualifierRelation): [number, number] {
  const rounded = spread(value, ROUNDING_TOLERANCE);
  switch (relation) {
    case 'approx':
      return spread(value, APPROXIMATION_TOLERANCE);
    case 'lt':
    case 'le':
      return [-Infinity, rounded[1]];
    case 'gt':
    case 'ge':
      return [rounded[0], Infinity];
    case 'eq':
      return rounded;
  }
}

function spread(value: number, share: number): [number, number] {
  const a = value * (1 - share);
  const b = value * (1 + share);
  return [Math.min(a, b), Math.max(a, b)];
}

interface Valued<T> {
  item: CrossDocumentAnnotation;
  low: T;
  high: T;
  /** Sorts the sides. */
  order: T;
  /** Members with one key are one side, shown as the first one's `display`. */
  key: string;
  display: string;
  quote: string;
}

/** Two items of different documents whose intervals do not meet. */
function hasDisagreement<T>(items: ReadonlyArray<Valued<T>>): boolean {
  for (let x = 0; x < items.length; x++) {
    for (let y = x + 1; y < items.length; y++) {
      const a = items[x];
      const b = items[y];
      if (a.item.documentKey !== b.item.documentKey && (a.high < b.low || b.high < a.low)) return true;
    }
  }
  return false;
}

function sidesOf<T>(items: ReadonlyArray<Valued<T>>, compare: (a: T, b: T) => number): ConflictSide[] {
  const sorted = [...items].sort((a, b) => compare(a.order, b.order) || compareDocumentOrder(a.item, b.item));
  const sides = new Map<string, ConflictSide>();
  for (const entry of sorted) {
    const member: ConflictMember = { ...refOf(entry.item), documentLabel: labelOf(entry.item), quote: entry.quote };
    const side = sides.get(entry.key);
    if (side) side.members.push(member);
    else sides.set(entry.key, { value: entry.display, members: [member] });
  }
  return [...sides.values()];
}

/** "2022-08-26 in a.txt ("in six months") vs 2022-12-31 in b.txt ("by the end of the year")". */
function describeSides(sides: readonly ConflictSide[]): string {
  return sides
    .map((side) => {
      const where = side.members.map((member) => (member.quote === side.value ? member.documentLabel : `${member.documentLabel} ("${member.quote}")`));
      return `${side.value} in ${[...new Set(where)].join(', ')}`;
    })
    .join(' vs ');
}
