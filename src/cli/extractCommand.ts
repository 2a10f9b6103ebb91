import { join } from 'node:path';
import { withCodePointOffsets } from '../core/codePoints';
import { extract } from '../core/extract';
import type { ExtractionResult, IsoDate } from '../core/model';
import { formatFactTable } from './factTable';
import { calendarDateProblem, parseOrExit, type ParsedCommandLine } from './commandLine';
import { EXIT_FILE_ERROR, EXIT_OK, type CliIo } from './io';
import { defaultJobs, runJsonlExtract } from './jsonlExtract';
import { readDocument } from './readDocument';
import { recordSuggestionsPlan, sidecarPathOf } from './documentSidecar';
import { updateSidecarFile } from './sidecarFiles';
import { localToday } from './today';

const HELP = `Usage: seedmark extract [--json] [--write] [--date YYYY-MM-DD] [--today YYYY-MM-DD] FILE...
       seedmark extract --jsonl [--jobs N] [--date YYYY-MM-DD] [--today YYYY-MM-DD] FILE|DIR...

Lists the claims, figures, dates, deadlines and commitments found in each FILE.

Options:
  --json               one JSON object per file and line: {"file", "referenceDate",
                       "referenceDateFrom", "facts"}; offsets are Unicode code points
  --jsonl              one JSON line per document, for DuckDB, SQLite or a data-frame tool:
                       {"file", "referenceDate", "referenceDateFrom", "sidecar", "counts",
                       "commitments", "facts"}, the sidecar's decisions (review, status, note)
                       merged in and rejected suggestions left out; code point offsets.
                       A DIR is walked for *.txt, *.text, *.md, *.markdown, *.seed files,
                       files under a seeds/ folder and files with a sidecar (never sidecars,
                       hidden entries, node_modules, links out of DIR; binary files are
                       skipped with a note). Lines come in path order whatever --jobs is;
                       an unreadable file gets {"file", "error"} in its place
  --jobs N             with --jsonl: documents read at once on worker threads (default: the
                       number of CPUs minus one; 1 reads them on the main thread)
  --date YYYY-MM-DD    resolve relative dates against this date instead of the one found
                       in the document (byline, front matter) or today
  --today YYYY-MM-DD   the date to take as today, the reference date of a document that gives
                       none (default: today in the local time zone)
  --write              create or update each FILE's sidecar (FILE.annotations.yaml): new
                       suggestions are recorded, decisions people made are never changed
  -h, --help           show this help

Exit status: 0 when every file was read, 1 when any file could not be (each gets a
one-line message on stderr and the others are still processed), 2 on a usage error.`;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  jobs: { type: 'string' },
  write: { type: 'boolean' },
  date: { type: 'string' },
  today: { type: 'string' },
} as const;

interface ExtractArguments {
  json: boolean;
  /** `--jsonl`: the documents' lines on worker threads, this many at once. */
  jsonl?: { jobs: number };
  write: boolean;
  date?: string;
  today: IsoDate;
  files: string[];
}

function interpret({ values, positionals }: ParsedCommandLine<typeof OPTIONS>): ExtractArguments | string {
  const problem = calendarDateProblem('--date', values.date) ?? calendarDateProblem('--today', values.today);
  if (problem) return problem;
  if (positionals.length === 0) return 'no FILE given';
  const jsonl = values.jsonl ? jsonlProblem(values) ?? { jobs: values.jobs === undefined ? defaultJobs() : Number(values.jobs) } : undefined;
  if (typeof jsonl === 'string') return jsonl;
  if (!jsonl && values.jobs !== undefined) return '--jobs goes with --jsonl';
  return { ...(jsonl ? { jsonl } : {}), json: values.json ?? false, write: values.write ?? false, ...(values.date ? { date: values.date } : {}), today: values.today ?? localToday(), files: positionals };
}

/** Why --jsonl cannot run with the other options given, if it cannot. */
function jsonlProblem(values: ParsedCommandLine<typeof OPTIONS>['values']): string | undefined {
  if (values.json) return '--json and --jsonl are two formats: give one';
  if (values.write) return '--jsonl only reads: run --write on its own';
  if (values.jobs !== undefined && !/^[1-9][0-9]{0,2}$/.test(values.jobs)) return `--jobs needs a whole number from 1 to 999, got ${JSON.stringify(values.jobs)}`;
  return undefined;
}

export async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrExit('extract', HELP, args, OPTIONS, interpret, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.jsonl) {
    // Bundled, the model worker sits beside dist/cli.js; elsewhere (the unit tests' out/ folder) the
    // pool finds no script and reads on this thread, with the same lines.
    const workerScript = join(__dirname, 'modelWorker.js');
    return runJsonlExtract({ paths: parsed.files, jobs: parsed.jsonl.jobs, today: parsed.today, ...(parsed.date ? { date: parsed.date } : {}), workerScript }, io);
  }
  let exitCode = EXIT_OK;
  for (const file of parsed.files) {
    const document = await readDocument(file);
    if (!document.ok) {
      io.err(`seedmark: ${file}: ${document.reason}`);
      exitCode = EXIT_FILE_ERROR;
      continue;
    }
    const result = extract(document.text, { ...(parsed.date ? { referenceDate: parsed.date } : {}), today: parsed.today });
    if (parsed.json) {
      writeJsonLine(io, file, result, document.text);
    } else {
      io.out(formatFactTable(file, document.text, result));
    }
    if (parsed.write) {
      const sidecarPath = sidecarPathOf(file);
      const update = await updateSidecarFile(sidecarPath, recordSuggestionsPlan(file, document.text, result));
      if (!update.ok) {
        io.err(`seedmark: ${update.reason}`);
        exitCode = EXIT_FILE_ERROR;
      } else if (!parsed.json) {
        io.out(update.written ? `wrote ${sidecarPath} (${update.sidecar?.annotations.length ?? 0} annotations)` : `${sidecarPath} is up to date`);
      }
    }
  }
  return exitCode;
}

/**
 * One JSON object per file, written a fact at a time: a dense 10 MB text has facts enough that
 * one JSON.stringify of them all would pass the longest string JavaScript can hold.
 */
function writeJsonLine(io: CliIo, file: string, result: ExtractionResult, text: string): void {
  const head = `{"file":${JSON.stringify(file)},"referenceDate":${JSON.stringify(result.referenceDate.date)},"referenceDateFrom":${JSON.stringify(result.referenceDate.from)},"facts":[`;
  const facts = withCodePointOffsets(text, result.facts);
  if (!io.write) {
    io.out(`${head}${facts.map((fact) => JSON.stringify(fact)).join(',')}]}`);
    return;
  }
  io.write(head);
  let chunk: string[] = [];
  facts.forEach((fact, index) => {
    chunk.push(`${index > 0 ? ',' : ''}${JSON.stringify(fact)}`);
    if (chunk.length === 1000) {
      io.write!(chunk.join(''));
      chunk = [];
    }
  });
  io.write(`${chunk.join('')}]}\n`);
}
