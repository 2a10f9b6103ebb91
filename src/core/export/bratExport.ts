import { OffsetMap } from '../offsets';
import type { FactKind } from '../model';
import type { ExportDocument } from './exportFormats';

const BRAT_TYPES: Record<FactKind, string> = { claim: 'Claim', figure: 'Figure', date: 'Date', deadline: 'Deadline', commitment: 'Commitment' };

/**
 * brat standoff (`.ann`) for one document: a text-bound annotation per placed annotation
 * (character offsets = code points; a span across lines or tabs becomes fragments, as brat requires),
 * its review state and status as attributes, and its note as AnnotatorNotes. Orphaned
 * annotations have no place in the text and are left out.
 */
export function toBrat(document: ExportDocument): string {
  const offsets = new OffsetMap(document.text);
  const lines: string[] = [];
  let textBound = 0;
  let attribute = 0;
  let note = 0;
  for (const { annotation, start, end } of document.annotations) {
    if (start === undefined || end === undefined) continue;
    const fragments = fragmentsWithoutNewlines(document.text, start, end);
    if (fragments.length === 0) continue;
    const id = `T${++textBound}`;
    const where = fragments.map(([from, to]) => `${offsets.toCodePoint(from)} ${offsets.toCodePoint(to)}`).join(';');
    const quote = fragments.map(([from, to]) => document.text.slice(from, to)).join(' ');
    lines.push(`${id}\t${BRAT_TYPES[annotation.kind]} ${where}\t${quote}`);
    lines.push(`A${++attribute}\tReview ${id} ${annotation.review}`);
    if (annotation.status) lines.push(`A${++attribute}\tStatus ${id} ${annotation.status}`);
    const comment = [annotation.note, annotation.source ? `source: ${annotation.source.who}` : undefined].filter(Boolean).join(' | ');
    if (comment) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${comment.replace(/[\t\r\n]+/g, ' ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function fragmentsWithoutNewlines(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    // A tab ends a fragment too: brat separates the fields of a line with tabs.
    if (i === end || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') {
      let to = i;
      let first = from;
      while (first < to && /\s/.test(text[first])) first++;
      while (to > first && /\s/.test(text[to - 1])) to--;
      if (to > first) fragments.push([first, to]);
      from = i + 1;
    }
  }
  return fragments;
}
