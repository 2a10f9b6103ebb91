import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './cliRun';
import { localToday } from '../../../src/cli/today';

const SAMPLE = resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'harbour-authority-2024-03-14.txt');

describe('seedmark extract', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'seedmark-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints a table with the reference date and where it came from', async () => {
    const run = await cli('extract', SAMPLE);
    assert.equal(run.code, 0);
    const output = run.out.join('\n');
    assert.match(output, /reference date 2024-03-14 \(byline\)/);
    assert.match(output, /deadline\s+"within a year"/);
    assert.match(output, /figure\s+"\$48 million"/);
  });

  it('writes JSON with code point offsets and timex values', async () => {
    const file = join(folder, 'emoji.txt');
    writeFileSync(file, '🚢🚢 The port will reopen the quay in six months.\n');
    const run = await cli('extract', '--json', '--date', '2024-01-10', file);
    assert.equal(run.code, 0);
    const parsed = JSON.parse(run.out[0]) as { referenceDate: string; referenceDateFrom: string; facts: Array<{ kind: string; start: number; end: number; text: string; timex?: string; due?: string }> };
    assert.equal(parsed.referenceDate, '2024-01-10');
    assert.equal(parsed.referenceDateFrom, 'caller');
    const deadline = parsed.facts.find((fact) => fact.kind === 'deadline');
    assert.ok(deadline, 'a deadline is found');
    assert.equal(deadline.text, 'in six months');
    assert.equal(deadline.timex, 'P6M');
    assert.equal(deadline.due, '2024-07-10');
    const codePoints = [...'🚢🚢 The port will reopen the quay in six months.'];
    assert.equal(codePoints.slice(deadline.start, deadline.end).join(''), 'in six months');
  });

  it('reports each unreadable file on one line, still processes the others and exits 1', async () => {
    const binary = join(folder, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const latin1 = join(folder, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 prices rose 5%.', 'latin1'));
    const directory = join(folder, 'folder');
    mkdirSync(directory);
    const missing = join(folder, 'missing.txt');
    const run = await cli('extract', binary, latin1, directory, missing, SAMPLE);
    assert.equal(run.code, 1);
    assert.deepEqual(run.err, [
      `seedmark: ${binary}: binary file (contains NUL bytes)`,
      `seedmark: ${latin1}: not valid UTF-8 (first bad byte at offset 3)`,
      `seedmark: ${directory}: is a directory`,
      `seedmark: ${missing}: no such file`,
    ]);
    assert.equal(run.out.length, 1, 'the readable file is still listed');
  });

  it('refuses a malformed --date with a usage error', async () => {
    const run = await cli('extract', '--date', '2023-02-30', SAMPLE);
    assert.equal(run.code, 2);
    assert.match(run.err[0], /--date needs a calendar date/);
  });

  describe('--today', () => {
    const undated = 'The port will reopen the quay in six months.\n';
    const readJson = (run: { out: string[] }) => JSON.parse(run.out[0]) as { referenceDate: string; referenceDateFrom: string; facts: Array<{ kind: string; due?: string }> };

    it('resolves a document that gives no date against the --today date', async () => {
      const file = join(folder, 'undated.txt');
      writeFileSync(file, undated);
      const run = await cli('extract', '--json', '--today', '2026-01-01', file);
      assert.equal(run.code, 0, run.err.join('\n'));
      const parsed = readJson(run);
      assert.equal(parsed.referenceDate, '2026-01-01');
      assert.equal(parsed.referenceDateFrom, 'today');
      assert.equal(parsed.facts.find((fact) => fact.kind === 'deadline')?.due, '2026-07-01');
    });

    it('leaves the date a document gives, and --date, in charge', async () => {
      assert.equal(readJson(await cli('extract', '--json', '--today', '2026-01-01', SAMPLE)).referenceDate, '2024-03-14');
      assert.equal(readJson(await cli('extract', '--json', '--today', '2026-01-01', '--date', '2025-05-05', SAMPLE)).referenceDate, '2025-05-05');
    });

    it("takes today's local date without it", async () => {
      const file = join(folder, 'undated.txt');
      writeFileSync(file, undated);
      const before = localToday();
      const parsed = readJson(await cli('extract', '--json', file));
      assert.ok([before, localToday()].includes(parsed.referenceDate), parsed.referenceDate);
      assert.equal(parsed.referenceDateFrom, 'today');
    });

    it('refuses a --today that is no calendar date', async () => {
      const run = await cli('extract', '--today', 'tomorrow', SAMPLE);
      assert.equal(run.code, 2);
      assert.equal(run.err[0].split('\n')[0], 'seedmark extract: --today needs a calendar date as YYYY-MM-DD, got "tomorrow"');
    });

    it('formats the local date as YYYY-MM-DD in the local time zone', () => {
      assert.equal(localToday(new Date(2026, 0, 2, 23, 59)), '2026-01-02');
      assert.equal(localToday(new Date(2026, 11, 31, 0, 0)), '2026-12-31');
    });
  });

  it('refuses an unknown option and a missing file argument', async () => {
    assert.equal((await cli('extract', '--bogus', SAMPLE)).code, 2);
    assert.equal((await cli('extract')).code, 2);
  });

  it('shows help with exit code 0', async () => {
    const run = await cli('extract', '--help');
    assert.equal(run.code, 0);
    assert.match(run.out[0], /Usage: seedmark extract/);
  });

  it('handles CRLF documents with the same facts as LF ones', async () => {
    const lf = join(folder, 'lf.txt');
    const crlf = join(folder, 'crlf.txt');
    const body = 'Ministry pledges new clinics\n\nThe ministry will open 12 clinics within a year, officials said.\n';
    writeFileSync(lf, body);
    writeFileSync(crlf, body.replace(/\n/g, '\r\n'));
    const kinds = async (file: string) => (JSON.parse((await cli('extract', '--json', '--date', '2024-05-01', file)).out[0]) as { facts: Array<{ kind: string; text: string }> }).facts.map((f) => `${f.kind}:${f.text.replace(/\r/g, '')}`);
    assert.deepEqual(await kinds(crlf), await kinds(lf));
  });
});
