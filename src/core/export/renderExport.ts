import { toBrat } from './bratExport';
import { toCsv } from './csvExport';
import type { ExportDocument, ExportFormat } from './exportFormats';
import { toIcs } from './icsExport';
import { toJsonExport } from './jsonExport';
import { toW3c } from './w3cExport';

export interface RenderOptions {
  /** When the export was made: the calendar's DTSTAMP. */
  generatedAt: string;
  version?: string;
  /** JSON: one indented object for a single document (the editor) rather than one line per document (the CLI). */
  prettyJson?: boolean;
}

/** The file name extension of each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', w3c: 'jsonld', brat: 'ann', ics: 'ics' };

/** Documents in one export format; brat, being per document, concatenates (callers write one file each). */
export function renderExport(format: ExportFormat, documents: readonly ExportDocument[], options: RenderOptions): string {
  switch (format) {
    case 'csv':
      return toCsv(documents);
    case 'w3c':
      return toW3c(documents);
    case 'brat':
      return documents.map(toBrat).join('');
    case 'ics':
      return toIcs(documents, { generatedAt: options.generatedAt, ...(options.version ? { version: options.version } : {}) });
    case 'json':
      if (options.prettyJson && documents.length === 1) return `${JSON.stringify(toJsonExport(documents[0]), null, 2)}\n`;
      return documents.map((document) => `${JSON.stringify(toJsonExport(document))}\n`).join('');
  }
}
