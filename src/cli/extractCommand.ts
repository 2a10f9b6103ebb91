import { isIsoDate } from '../core/calendar';
import { withCodePointOffsets } from '../core/codePoints';
import { extract } from '../core/extract';
import { formatFactTable } from './factTable';
import { EXIT_FILE_ERROR, EXIT_OK, parseOrExit, type CliIo } from './io';
import { readDocument } from './readDocument';
import { recordSuggestionsPlan, sidecarPathOf } from './documentSidecar';
import { updateSidecarFile } from './sidecarFiles';

const HELP = `Usage: seedmark extract [--json] [--write] [--date YYYY-MM-DD] FILE...

Lists the claims, figures, dates, deadlines and commitments found in each FILE.

Options:
  --json               one JSON object per file and line: {"file", "referenceDate",
                       "referenceDateFrom", "facts"}; offsets are Unicode code points
  --date YYYY-MM-DD    resolve relative dates against this date instead of the one found
                       in the document (byline, front matter) or today
  --write              create or update each FILE's sidecar (FILE.annotations.yaml): new
                       suggestions are recorded, decisions people made are never changed
  -h, --help           show this help

Exit status: 0 when every file was read, 1 when any file could not be (each gets a
one-line message on stderr and the others are still processed), 2 on a usage error.`;

interface ExtractArguments {
  json: boolean;
  write: boolean;
  date?: string;
  files: string[];
}

function parseArguments(args: readonly string[]): ExtractArguments | string {
  const parsed: ExtractArguments = { json: false, write: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--write') parsed.write = true;
    else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? args[++i] : arg.slice('--date='.length);
      if (value === undefined || !isIsoDate(value)) return `--date needs a calendar date as YYYY-MM-DD, got ${JSON.stringify(value ?? '')}`;
      parsed.date = value;
    } else if (arg === '--') parsed.files.push(...args.slice(i + 1)), (i = args.length);
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) return 'no FILE given';
  return parsed;
}

export async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOrExit('extract', HELP, args, parseArguments, io);
  if (typeof parsed === 'number') return parsed;
  let exitCode = EXIT_OK;
  for (const file of parsed.files) {
    const document = await readDocument(file);
    if (!document.ok) {
      io.err(`seedmark: ${file}: ${document.reason}`);
      exitCode = EXIT_FILE_ERROR;
      continue;
    }
    const result = extract(document.text, parsed.date ? { referenceDate: parsed.date } : {});
    if (parsed.json) {
      io.out(
        JSON.stringify({
          file,
          referenceDate: result.referenceDate.date,
          referenceDateFrom: result.referenceDate.from,
          facts: withCodePointOffsets(document.text, result.facts),
        }),
      );
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
