/** Where the CLI writes; tests pass collectors, the binary passes stdout and stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Writes text exactly as given (line endings included): iCalendar needs CRLF throughout. */
  write?(text: string): void;
}

/** Exit codes a script can rely on. */
export const EXIT_OK = 0;
/** At least one file could not be read or processed; the others were. */
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

/**
 * Handles `--help` and usage errors the same way for every subcommand: the parsed arguments,
 * or the exit code to return at once.
 */
export function parseOrExit<T>(command: string, help: string, args: readonly string[], parse: (args: readonly string[]) => T | string, io: CliIo): T | number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(help);
    return EXIT_OK;
  }
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.err(`seedmark ${command}: ${parsed}\n${help}`);
    return EXIT_USAGE;
  }
  return parsed;
}
