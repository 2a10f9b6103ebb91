import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runJsonlExtract } from '../../../src/cli/jsonlExtract';

const root = resolve(__dirname, '..', '..', '..', '..');
const cliScript = join(root, 'dist', 'cli.js');
const workerScript = join(root, 'dist', 'modelWorker.js');
const fixture = readFileSync(join(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
const TODAY = '2026-01-15';

/** An archive of documents that differ from each other (so a line in the wrong place shows). */
function writeArchive(folder: string, count: number): void {
  for (let index = 0; index < count; index++) {
    const sub = join(folder, `year-${2020 + (index % 3)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `report-${String(index).padStart(3, '0')}.txt`), `Update ${index}: the port said on ${1 + (index % 28)} March 2024 it would hire ${index} staff within a year.\n\n${fixture}`);
  }
}

function seedmark(...args: string[]): string {
  return execFileSync(process.execPath, [cliScript, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('seedmark extract --jsonl on worker threads', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'seedmark-jsonl-threads-'));
    writeArchive(folder, 14);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the same lines, byte for byte, with --jobs 1 and --jobs 4', function () {
    this.timeout(120_000);
    const one = seedmark('extract', '--jsonl', '--jobs', '1', '--today', TODAY, folder);
    const four = seedmark('extract', '--jsonl', '--jobs', '4', '--today', TODAY, folder);
    assert.equal(one.split('\n').length, 15, 'fourteen lines and the final newline');
    assert.equal(four, one);
    const files = one
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { file: string }).file);
    assert.deepEqual(files, [...files].sort());
  });

  it('ends quietly with exit 0 when the reader closes the pipe early (| head)', async function () {
    this.timeout(120_000);
    const child = spawn(process.execPath, [cliScript, 'extract', '--jsonl', '--jobs', '2', '--today', TODAY, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first piece, then close the pipe as `head -c` does.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (exitCode, exitSignal) => done([exitCode, exitSignal])));
    assert.equal(stderr, '');
    assert.deepEqual([code, signal], [0, null]);
  });

  describe('when a worker thread dies', () => {
    let crashingScript: string;
    before(() => {
      // A worker that dies on every document it is given: the CLI must neither hang nor lose a line.
      crashingScript = join(folder, '..', `${folder.split(/[\\/]/).pop()}-crashing.js`);
      writeFileSync(crashingScript, `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (job) => { if (job.input) process.exit(3); });\nrequire(${JSON.stringify(workerScript)});\n`);
    });
    after(() => rmSync(crashingScript, { force: true }));

    async function linesWith(script: string, jobs: number): Promise<{ code: number; text: string; err: string[] }> {
      const pieces: string[] = [];
      const err: string[] = [];
      const code = await runJsonlExtract({ paths: [folder], jobs, today: TODAY, workerScript: script }, { out: () => undefined, err: (line) => void err.push(line), write: (text) => void pieces.push(text) });
      return { code, text: pieces.join(''), err };
    }

    it('finishes, and every document gets its line or an error line in its place', async function () {
      this.timeout(120_000);
      const crashed = await linesWith(crashingScript, 2);
      const expected = await linesWith(workerScript, 1);
      const crashedLines = crashed.text.trim().split('\n');
      const expectedLines = expected.text.trim().split('\n');
      assert.equal(crashedLines.length, expectedLines.length);
      crashedLines.forEach((line, index) => {
        const parsed = JSON.parse(line) as { file: string; error?: string };
        // The first documents may be given up on (two workers died on each); later ones are read on this thread once threads are given up.
        if (parsed.error) assert.match(parsed.error, /stopped twice/);
        else assert.equal(line, expectedLines[index]);
        assert.equal(parsed.file, (JSON.parse(expectedLines[index]) as { file: string }).file);
      });
      assert.ok(
        crashedLines.some((line) => !line.includes('"error"')),
        'the documents after the first deaths are still read',
      );
      assert.equal(crashed.code, crashed.err.length > 0 ? 1 : 0);
    });
  });
});
