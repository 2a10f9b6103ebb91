import type { ExportDocument } from './exportFormats';

const COLUMNS = [
  'file', 'id', 'kind', 'review', 'status', 'anchor_state', 'start', 'end', 'exact', 'value', 'unit', 'qualifier', 'per',
  'timex', 'due', 'earliest', 'latest', 'actor', 'action', 'deadline', 'source', 'cue', 'note', 'tags',
] as const;

/**
 * One row per annotation (RFC 4180). Offsets are code points. Cells that a spreadsheet would
 * run as a formula (starting with = + - @) are prefixed with an apostrophe: document text is
 * untrusted.
 */
export function toCsv(documents: readonly ExportDocument[]): string {
  const rows: string[] = [COLUMNS.join(',')];
  for (const document of documents) {
    for (const { annotation, anchorState } of document.annotations) {
      const cells: Record<(typeof COLUMNS)[number], string | number | undefined> = {
        file: document.file,
        id: annotation.id,
        kind: annotation.kind,
        review: annotation.review,
        status: annotation.status,
        anchor_state: anchorState,
        start: annotation.anchor.start,
        end: annotation.anchor.end,
        exact: annotation.anchor.exact,
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
