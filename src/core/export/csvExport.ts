import { OffsetMap } from '../offsets';
import { currentPlaceOf } from './currentPlace';
import type { ExportDocument } from './exportFormats';

const COLUMNS = [
  'file', 'id', 'kind', 'review', 'status', 'anchor_state', 'stale', 'start', 'end', 'exact', 'value', 'unit', 'qualifier', 'per',
  'timex', 'due', 'earliest', 'latest', 'actor', 'action', 'deadline', 'source', 'cue', 'note', 'tags',
] as const;

/**
 * One row per annotation (RFC 4180). Offsets are code points, where the annotation is now
 * (empty for an orphaned one), and `exact` is the text there. Cells that a spreadsheet would
 * run as a formula (starting with = + - @) are prefixed with an apostrophe: document text is
 * untrusted.
 */
export function toCsv(documents: readonly ExportDocument[]): string {
  const rows: string[] = [COLUMNS.join(',')];
  for (const document of documents) {
    const offsets = new OffsetMap(document.text);
    for (const item of document.annotations) {
      const { annotation, anchorState } = item;
      const place = currentPlaceOf(document, item, offsets);
      const cells: Record<(typeof COLUMNS)[number], string | number | undefined> = {
        file: document.file,
        id: annotation.id,
        kind: annotation.kind,
        review: annotation.review,
        status: annotation.status,
        anchor_state: anchorState,
        stale: item.stale ? 'true' : undefined,
        start: place?.start,
        end: place?.end,
        exact: place?.exact ?? annotation.anchor.exact,
        value: annotation.value,
        unit: annotation.unit,
        qualifier: annotation.qualifier,
        per: annotation.per,
        timex: annotation.timex ?? annotation.deadline?.timex,
        due: annotation.due ?? annotation.deadline?.due,
        earliest: annotation.range?.earliest ?? annotation.deadline?.range?.earliest,
        latest: annotation.range?.latest ?? annotation.deadline?.range?.latest,
        actor: annotation.actor,
        action: annotation.action,
        deadline: annotation.deadline?.text,
        source: annotation.source?.who,
        cue: annotation.source?.cue,
        note: annotation.note,
        tags: annotation.tags?.join(' '),
      };
      rows.push(COLUMNS.map((column) => csvCell(cells[column])).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
