/** Where the CLI writes; tests pass collectors, the binary passes stdout and stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Writes text exactly as given (line endings included): iCalendar needs CRLF throughout. */
  write?(text: string): void;
  /** Resolves once what was written has gone out: a long stream waits here for a slow reader instead of filling memory. */
  drained?(): Promise<void>;
}

/** Exit codes a script can rely on. */
export const EXIT_OK = 0;
/** At least one file could not be read or processed; the others were. */
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

