import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { cli } from './cliRun';

/** The first line on stderr: the one that says what was wrong (the help follows it). */
const firstError = (run: { err: string[] }) => run.err.join('\n').split('\n')[0];

const SAMPLE = resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'harbour-authority-2024-03-14.txt');

describe('the command line', () => {
  describe('usage errors', () => {
    it('names an unknown option in one line and exits 2', async () => {
      const run = await cli('extract', '--bogus', SAMPLE);
      assert.equal(run.code, 2);
      assert.equal(firstError(run), 'seedmark extract: unknown option --bogus');
      assert.match(run.err.join('\n'), /Usage: seedmark extract/, 'the help follows');
    });

    it('names an unknown short option', async () => {
      assert.equal(firstError(await cli('export', '--format', 'json', '-x', SAMPLE)), 'seedmark export: unknown option -x');
    });

    it('says which option lacks its value', async () => {
      const run = await cli('extract', SAMPLE, '--date');
      assert.equal(run.code, 2);
      assert.equal(firstError(run), 'seedmark extract: --date needs a value');
      assert.equal(firstError(await cli('export', '--format', 'json', SAMPLE, '--out-dir')), 'seedmark export: --out-dir needs a value');
    });

    it('does not take the next option as a forgotten value', async () => {
      const run = await cli('export', '--format', 'json', '--out-dir', '--reviewed-only', SAMPLE);
      assert.equal(run.code, 2);
      assert.match(firstError(run), /^seedmark export: --out-dir needs a value, not the option --reviewed-only/);
    });

    it('refuses a value given to a switch', async () => {
      const run = await cli('extract', '--json=yes', SAMPLE);
      assert.equal(run.code, 2);
      assert.equal(firstError(run), 'seedmark extract: --json takes no value');
    });

    it('still checks what the values mean', async () => {
      assert.equal(firstError(await cli('export', '--format', 'pdf', SAMPLE)), 'seedmark export: --format must be one of json, csv, w3c, brat, ics');
      assert.equal(firstError(await cli('extract', '--json')), 'seedmark extract: no FILE given');
    });
  });

  describe('options and files', () => {
    it('reads --name=value like --name value, and options after the files', async () => {
      const run = await cli('extract', SAMPLE, '--json', '--date=2024-01-10');
      assert.equal(run.code, 0, run.err.join('\n'));
      assert.equal((JSON.parse(run.out[0]) as { referenceDate: string }).referenceDate, '2024-01-10');
    });

    it('reads every word after -- as a file, even one that looks like an option', async () => {
      const run = await cli('extract', '--json', '--', '--date');
      assert.equal(run.code, 1, 'a file that cannot be read, not a usage error');
      assert.deepEqual(run.err, ['seedmark: --date: no such file']);
    });

    it('shows the help for --help anywhere before --, even after a mistake', async () => {
      const run = await cli('extract', '--bogus', SAMPLE, '--help');
      assert.equal(run.code, 0);
      assert.match(run.out[0], /^Usage: seedmark extract/);
      assert.equal((await cli('check', '-h')).code, 0);
      assert.deepEqual((await cli('extract', '--', '--help')).err, ['seedmark: --help: no such file']);
    });
  });

  describe('seedmark itself', () => {
    it('shows its usage with --help and exits 0, or without a command and exits 2', async () => {
      assert.equal((await cli('--help')).code, 0);
      assert.equal((await cli('-h')).code, 0);
      const bare = await cli();
      assert.equal(bare.code, 2);
      assert.match(bare.out[0], /^Usage: seedmark <command>/);
    });

    it('prints its version', async () => {
      const run = await cli('--version');
      assert.equal(run.code, 0);
      assert.equal(run.out.length, 1);
    });

    it('names an unknown command or option before the command', async () => {
      const unknownCommand = await cli('lint', SAMPLE);
      assert.equal(unknownCommand.code, 2);
      assert.equal(firstError(unknownCommand), 'seedmark: unknown command "lint"');
      const unknownOption = await cli('--bogus', 'extract', SAMPLE);
      assert.equal(unknownOption.code, 2);
      assert.equal(firstError(unknownOption), 'seedmark: unknown option --bogus');
    });

    it('leaves the words after the command to the command', async () => {
      const run = await cli('extract', '--help');
      assert.match(run.out[0], /^Usage: seedmark extract/);
    });
  });
});
