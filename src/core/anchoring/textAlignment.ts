/**
 * What comparing the old text with the new one proves about positions: the text before
 * `commonPrefix` is unchanged in place, and the last `commonSuffix` characters are unchanged
 * but shifted by `delta`. Both lengths are measured independently (they may overlap when the
 * edit sits in repeated text), which keeps each claim true on its own.
 */
export interface TextAlignment {
  commonPrefix: number;
  commonSuffix: number;
  oldLength: number;
  delta: number;
}

export function alignTexts(oldText: string, newText: string): TextAlignment {
  const shorter = Math.min(oldText.length, newText.length);
  let commonPrefix = 0;
  while (commonPrefix < shorter && oldText.charCodeAt(commonPrefix) === newText.charCodeAt(commonPrefix)) commonPrefix++;
  let commonSuffix = 0;
  while (
    commonSuffix < shorter &&
    oldText.charCodeAt(oldText.length - 1 - commonSuffix) === newText.charCodeAt(newText.length - 1 - commonSuffix)
  ) {
    commonSuffix++;
  }
  return { commonPrefix, commonSuffix, oldLength: oldText.length, delta: newText.length - oldText.length };
}

/** True when the old span [start, end) lies in the unchanged tail, so it moved by exactly `delta`. */
export function liesInUnchangedTail(alignment: TextAlignment, start: number): boolean {
  return start >= alignment.oldLength - alignment.commonSuffix;
}

