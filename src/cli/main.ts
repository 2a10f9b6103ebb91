import { runCheck } from './checkCommand';
import { runExport } from './exportCommand';
import { runExtract } from './extractCommand';
import { EXIT_USAGE, type CliIo } from './io';

const USAGE = `Usage: seedmark <command> [options]

Commands:
  extract [--json] [--write] [--date YYYY-MM-DD] FILE...
                      list claims, figures, dates, deadlines and commitments; --write records
                      them as suggestions in each document's sidecar
  check [PATH...]     re-anchor every sidecar under PATH; exit 1 on a broken sidecar or an
                      orphaned annotation (for pre-commit hooks and CI)
  export --format json|csv|w3c|brat|ics FILE...
                      export each document's annotations

Run "seedmark <command> --help" for a command's options.`;

/** Entry point: dispatches to a subcommand and returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command === undefined ? EXIT_USAGE : 0;
  }
  if (command === '--version') {
    io.out(VERSION);
    return 0;
  }
  if (command === 'extract') return runExtract(rest, io);
  if (command === 'check') return runCheck(rest, io);
  if (command === 'export') return runExport(rest, io);
  io.err(`seedmark: unknown command "${command}"\n${USAGE}`);
  return EXIT_USAGE;
}

declare const SEEDMARK_VERSION: string | undefined;
const VERSION = typeof SEEDMARK_VERSION === 'string' ? SEEDMARK_VERSION : 'development';

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`seedmark: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
