import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../core/calendar';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

/** A command's options in `node:util` parseArgs terms; every command also takes `-h`/`--help`. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

type StrictConfig<O extends OptionSpecs> = { args: string[]; options: O & typeof HELP_OPTION; allowPositionals: true; strict: true };

/** What parseArgs makes of a valid command line: typed option values and the positionals. */
export type ParsedCommandLine<O extends OptionSpecs> = Pick<ReturnType<typeof parseArgs<StrictConfig<O>>>, 'values' | 'positionals'>;

export type CommandLine<O extends OptionSpecs> = { kind: 'help' } | { kind: 'usage-error'; message: string } | ({ kind: 'parsed' } & ParsedCommandLine<O>);

/**
 * Reads a command line with `node:util` parseArgs: options anywhere among the positionals,
 * `--name=value` or `--name value`, and everything after `--` a positional. `--help` anywhere
 * before `--` wins over any mistake; a mistake is one line naming the option.
 */
export function readCommandLine<const O extends OptionSpecs>(args: readonly string[], options: O): CommandLine<O> {
  const specs: O & typeof HELP_OPTION = { ...options, ...HELP_OPTION };
  // A lenient pass first: its tokens say which option is wrong, where the strict pass would
  // only throw a message written for programmers ("To specify a positional argument...").
  const { tokens } = parseArgs({ args: [...args], options: specs, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { kind: 'help' };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) return { kind: 'usage-error', message: `unknown option ${token.rawName}` };
    if (spec.type === 'boolean' && token.value !== undefined) return { kind: 'usage-error', message: `${token.rawName} takes no value` };
    if (spec.type === 'string' && token.value === undefined) return { kind: 'usage-error', message: `${token.rawName} needs a value` };
    // "--out-dir --json": the next word is an option, so the value was forgotten (parseArgs' rule).
    if (spec.type === 'string' && !token.inlineValue && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-')) {
      return { kind: 'usage-error', message: `${token.rawName} needs a value, not the option ${token.value} (write ${token.rawName}=${token.value} to mean it)` };
    }
  }
  const { values, positionals } = parseArgs<StrictConfig<O>>({ args: [...args], options: specs, allowPositionals: true, strict: true });
  return { kind: 'parsed', values, positionals };
}

/**
 * Reads a subcommand's command line the same way for every subcommand: prints the help or a
 * usage error (one line naming the mistake, then the help, on stderr) and returns the exit code,
 * or returns what `interpret` makes of the parsed line (a string is a usage error).
 */
export function parseOrExit<O extends OptionSpecs, T>(command: string, help: string, args: readonly string[], options: O, interpret: (line: ParsedCommandLine<O>) => T | string, io: CliIo): T | number {
  const line = readCommandLine(args, options);
  if (line.kind === 'help') {
    io.out(help);
    return EXIT_OK;
  }
  const parsed = line.kind === 'parsed' ? interpret(line) : line.message;
  if (typeof parsed === 'string') {
    io.err(`seedmark ${command}: ${parsed}\n${help}`);
    return EXIT_USAGE;
  }
  return parsed;
}

/** A usage error for a date option that is not a calendar date, or undefined when it is one (or absent). */
export function calendarDateProblem(option: string, value: string | undefined): string | undefined {
  return value === undefined || isIsoDate(value) ? undefined : `${option} needs a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
}
