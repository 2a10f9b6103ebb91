import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { runCheck } from './checkCommand';
import { readCommandLine } from './commandLine';
import { runExport } from './exportCommand';
import { runExtract } from './extractCommand';
import { EXIT_USAGE, type CliIo } from './io';

const USAGE = `Usage: seedmark <command> [options]

Commands:
  extract [--json] [--write] [--date YYYY-MM-DD] [--today YYYY-MM-DD] FILE...
                      list claims, figures, dates, deadlines and commitments; --write records
                      them as suggestions in each document's sidecar
  extract --jsonl [--jobs N] [--date YYYY-MM-DD] [--today YYYY-MM-DD] FILE|DIR...
                      one JSON line per document of the files and folders (walked for
                      documents), for DuckDB, SQLite or a data-frame tool
  check [--exclude GLOB]... [PATH...]
                      re-anchor every sidecar under PATH; exit 1 on a broken sidecar or an
                      orphaned annotation (for pre-commit hooks and CI)
  export --format json|csv|w3c|brat|ics FILE...
                      export each document's annotations

Run "seedmark <command> --help" for a command's options.`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = { extract: runExtract, check: runCheck, export: runExport };

/** Entry point: dispatches to a subcommand and returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // The first positional is the command; the options before it are seedmark's own, the words
  // after it the command's (read by the command, so "--help" there is the command's help).
  const { tokens } = parseArgs({ args: [...argv], strict: false, allowPositionals: true, tokens: true });
  const commandAt = tokens.find((token) => token.kind === 'positional')?.index;
  const global = readCommandLine(argv.slice(0, commandAt), { version: { type: 'boolean' } });
  if (global.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (global.kind === 'usage-error') {
    io.err(`seedmark: ${global.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (global.values.version) {
    io.out(VERSION);
    return 0;
  }
  if (commandAt === undefined) {
    io.out(USAGE);
    return EXIT_USAGE;
  }
  const command = argv[commandAt];
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run) return run(argv.slice(commandAt + 1), io);
  io.err(`seedmark: unknown command "${command}"\n${USAGE}`);
  return EXIT_USAGE;
}

declare const SEEDMARK_VERSION: string | undefined;
const VERSION = typeof SEEDMARK_VERSION === 'string' ? SEEDMARK_VERSION : 'development';

if (require.main === module) {
  // A reader that stops early (`seedmark extract big.txt | head`) closes the pipe: that ends the
  // run quietly, as it does for other command-line tools, rather than with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    write: (text) => process.stdout.write(text),
    drained: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // One line a person can report; the stack only when asked for (SEEDMARK_DEBUG=1).
      const detail = error instanceof Error ? (process.env.SEEDMARK_DEBUG ? error.stack ?? error.message : error.message) : String(error);
      process.stderr.write(`seedmark: internal error: ${detail}\n`);
      process.exitCode = 70;
    },
  );
}
