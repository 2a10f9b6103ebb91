import { main } from '../../../src/cli/main';

/** What a run of the CLI printed and returned. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `seedmark ARGS…` in this process, its output lines collected. */
export async function cli(...args: string[]): Promise<CliRun> {
  const run: CliRun = { code: -1, out: [], err: [] };
  run.code = await main(args, { out: (line) => run.out.push(line), err: (line) => run.err.push(line) });
  return run;
}
