import type { TextSpan } from '../model';

/** Document order of facts: by start, the longer first when two start together. */
export function compareFacts(a: Pick<TextSpan, 'start' | 'end'>, b: Pick<TextSpan, 'start' | 'end'>): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The lists' items in document order, as a stable sort of their concatenation would give them.
 * Each extractor hands its facts over already in order, so they are merged in one pass rather than
 * sorted; a list found out of order (none is, but nothing here relies on it) is sorted first.
 */
export function mergeInFactOrder<T extends Pick<TextSpan, 'start' | 'end'>>(lists: ReadonlyArray<readonly T[]>): T[] {
  const ordered = lists.map((list) => (isInFactOrder(list) ? list : [...list].sort(compareFacts)));
  const merged: T[] = [];
  const next = new Array<number>(ordered.length).fill(0);
  for (;;) {
    // On a tie the earlier list wins, which is what makes the merge as stable as the sort.
    let chosen = -1;
    for (let list = 0; list < ordered.length; list++) {
      if (next[list] >= ordered[list].length) continue;
      if (chosen === -1 || compareFacts(ordered[list][next[list]], ordered[chosen][next[chosen]]) < 0) chosen = list;
    }
    if (chosen === -1) return merged;
    merged.push(ordered[chosen][next[chosen]++]);
  }
}

/** True when the list is already in document order. */
export function isInFactOrder(list: ReadonlyArray<Pick<TextSpan, 'start' | 'end'>>): boolean {
  for (let index = 1; index < list.length; index++) if (compareFacts(list[index - 1], list[index]) > 0) return false;
  return true;
}
