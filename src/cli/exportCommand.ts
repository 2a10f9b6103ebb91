import { stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat } from '../core/export/exportFormats';
import { EXPORT_EXTENSIONS, renderExport } from '../core/export/renderExport';
import { buildDocumentModel } from '../core/documentModel';
import type { IsoDate } from '../core/model';
import { sidecarPathOf } from './documentSidecar';
import { calendarDateProblem, parseOrExit, type ParsedCommandLine } from './commandLine';
import { EXIT_FILE_ERROR, EXIT_OK, type CliIo } from './io';
import { readDocument } from './readDocument';
import { readSidecarFile } from './sidecarFiles';
import { localToday } from './today';

const HELP = `Usage: seedmark export --format json|csv|w3c|brat|ics [--reviewed-only] [--out-dir DIR]
                       [--today YYYY-MM-DD] FILE...

Exports each document's annotations: its sidecar merged with fresh suggestions (rejected ones
left out). Offsets are Unicode code points.

  --format F        json (one object per document and line), csv (one row per annotation),
                    w3c (W3C Web Annotation JSON-LD collection), brat (standoff .ann),
                    ics (iCalendar: open commitments with a due date as all-day events)
  --reviewed-only   only annotations a person accepted or edited
  --out-dir DIR     write one file per document (name.json, .csv, .jsonld, .ann) instead of
                    standard output (ics: one seedmark.ics for all documents); required for
                    brat with more than one FILE
  --today DATE      the date (YYYY-MM-DD) to take as today: the reference date of a document
                    that gives none, in its text or its sidecar (default: today in the local
                    time zone)`;

const OPTIONS = {
  format: { type: 'string' },
  'reviewed-only': { type: 'boolean' },
  'out-dir': { type: 'string' },
  today: { type: 'string' },
} as const;

interface ExportArguments {
  format: ExportFormat;
  reviewedOnly: boolean;
  outDir?: string;
  today: IsoDate;
  files: string[];
}

function interpret({ values, positionals }: ParsedCommandLine<typeof OPTIONS>): ExportArguments | string {
  const format = values.format;
  if (!format || !isExportFormat(format)) return `--format must be one of ${EXPORT_FORMATS.join(', ')}`;
  const problem = calendarDateProblem('--today', values.today);
  if (problem) return problem;
  if (positionals.length === 0) return 'no FILE given';
  const outDir = values['out-dir'];
  if (format === 'brat' && positionals.length > 1 && !outDir) return 'brat writes one .ann per document: give --out-dir for several files';
  return { format, reviewedOnly: values['reviewed-only'] ?? false, ...(outDir ? { outDir } : {}), today: values.today ?? localToday(), files: positionals };
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrExit('export', HELP, args, OPTIONS, interpret, io);
  if (typeof parsed === 'number') return parsed;
  let exitCode = EXIT_OK;
  const documents: ExportDocument[] = [];
  for (const file of parsed.files) {
    const document = await readDocument(file);
    if (!document.ok) {
      io.err(`seedmark: ${file}: ${document.reason}`);
      exitCode = EXIT_FILE_ERROR;
      continue;
    }
    const sidecarPath = sidecarPathOf(file);
    const state = await readSidecarFile(sidecarPath);
    if (state.kind === 'broken') {
      const first = state.problems[0];
      io.err(`seedmark: ${sidecarPath}:${first.line}:${first.column}: ${first.message} (exported without its sidecar)`);
      exitCode = EXIT_FILE_ERROR;
    }
    const { result, merged } = buildDocumentModel({ text: document.text, today: parsed.today, ...(state.kind === 'ok' ? { sidecar: state.sidecar.content } : {}) });
    const kept = merged.filter((item) => item.annotation.review !== 'rejected' && (!parsed.reviewedOnly || item.annotation.review === 'accepted' || item.annotation.review === 'edited'));
    documents.push({ file, text: document.text, referenceDate: result.referenceDate.date, annotations: kept });
  }
  const outputs = !parsed.outDir
    ? [{ name: undefined, documents }]
    : parsed.format === 'ics'
      ? [{ name: 'seedmark.ics', documents }]
      : documents.map((document) => ({ name: `${basename(document.file)}.${EXPORT_EXTENSIONS[parsed.format]}`, documents: [document] }));
  if (parsed.outDir) {
    const folder = await stat(parsed.outDir).catch(() => undefined);
    if (!folder?.isDirectory()) {
      io.err(`seedmark: --out-dir ${parsed.outDir}: ${folder ? 'not a folder' : 'no such folder (create it first)'}; nothing was written`);
      return EXIT_FILE_ERROR;
    }
  }
  const clashing = namesUsedTwice(outputs);
  const generatedAt = new Date().toISOString();
  for (const output of outputs) {
    if (output.name && clashing.has(output.name.toLowerCase())) {
      // Two documents with one file name (a/doc.txt, b/doc.txt) would write one file, the second
      // over the first: neither is written, and the user is told which.
      const files = outputs.filter((other) => other.name?.toLowerCase() === output.name?.toLowerCase()).map((other) => other.documents[0].file);
      io.err(`seedmark: ${output.documents[0].file}: not exported, since ${files.join(' and ')} would both be written to ${join(parsed.outDir ?? '', output.name)}; export them in separate runs`);
      exitCode = EXIT_FILE_ERROR;
      continue;
    }
    const text = renderExport(parsed.format, output.documents, { generatedAt });
    if (output.name && parsed.outDir) {
      const target = join(parsed.outDir, output.name);
      try {
        await writeFile(target, text, 'utf8');
      } catch (error) {
        io.err(`seedmark: ${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        exitCode = EXIT_FILE_ERROR;
      }
    } else if (text && io.write) io.write(text);
    else if (text) io.out(text.replace(/\r?\n$/, ''));
  }
  return exitCode;
}

/** Output names (lower-cased: macOS and Windows folders ignore case) that two documents would share. */
function namesUsedTwice(outputs: ReadonlyArray<{ name: string | undefined }>): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const output of outputs) {
    const name = output.name?.toLowerCase();
    if (name === undefined) continue;
    if (seen.has(name)) twice.add(name);
    seen.add(name);
  }
  return twice;
}
