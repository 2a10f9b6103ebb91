import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { cli, type CliRun } from './cliRun';
import { extract } from '../../../src/core/extract';
import { annotationFromFact } from '../../../src/core/sidecar/annotationFromFact';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';

interface Line {
  file: string;
  error?: string;
  referenceDate: string;
  referenceDateFrom: string;
  sidecar: string;
  counts: Record<string, number>;
  commitments: Array<Record<string, unknown>>;
  facts: Array<Record<string, unknown>>;
}

const lines = (run: CliRun) => run.out.map((line) => JSON.parse(line) as Line);

const PROMISE = 'The water board said on 2 May 2024 that it will replace the old mains within two years.\n';
const TODAY = '2026-01-15';

describe('seedmark extract --jsonl', () => {
  let folder: string;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  };
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'seedmark-jsonl-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('walks a folder for text documents, seeds and annotated files, and nothing else', async () => {
    write('notes.md', PROMISE);
    write('story.txt', PROMISE);
    write('LOUD.TXT', PROMISE);
    write('draft.seed', PROMISE);
    write('deep/er/memo.seed.txt', PROMISE);
    write('seeds/transcript', PROMISE);
    write('table.csv', PROMISE);
    write('table.csv.annotations.yaml', SidecarDocument.create({ file: 'table.csv' }, []).text);
    write('config.json', '{"a": 1}');
    write('script.js', 'console.log(1)');
    write('.hidden/secret.txt', PROMISE);
    write('.dotfile.txt', PROMISE);
    write('node_modules/pkg/readme.md', PROMISE);
    const run = await cli('extract', '--jsonl', '--today', TODAY, folder);
    assert.equal(run.code, 0, run.err.join('\n'));
    assert.deepEqual(
      lines(run).map((line) => line.file),
      ['LOUD.TXT', 'deep/er/memo.seed.txt', 'draft.seed', 'notes.md', 'seeds/transcript', 'story.txt', 'table.csv'].map((name) => join(folder, name)),
    );
    assert.deepEqual(run.err, []);
  });

  it('lists paths in code-unit order whatever order they were written in', async () => {
    for (const name of ['b/2.txt', 'a.txt', 'b/10.txt', 'B.txt', 'b.txt', 'a-b.txt']) write(name, PROMISE);
    const run = await cli('extract', '--jsonl', '--today', TODAY, folder);
    assert.deepEqual(
      lines(run).map((line) => line.file.slice(folder.length + 1)),
      ['B.txt', 'a-b.txt', 'a.txt', 'b/10.txt', 'b/2.txt', 'b.txt'],
    );
  });

  it('skips a binary file found in a folder with a note, but fails on one named on the command line', async () => {
    write('seeds/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    write('seeds/story.txt', PROMISE);
    const walked = await cli('extract', '--jsonl', '--today', TODAY, folder);
    assert.equal(walked.code, 0);
    assert.deepEqual(walked.err, [`seedmark: skipped ${join(folder, 'seeds', 'photo.jpg')}: binary file (contains NUL bytes)`]);
    assert.deepEqual(
      lines(walked).map((line) => line.file),
      [join(folder, 'seeds', 'story.txt')],
    );
    const named = await cli('extract', '--jsonl', '--today', TODAY, join(folder, 'seeds', 'photo.jpg'));
    assert.equal(named.code, 1);
    assert.deepEqual(lines(named), [{ file: join(folder, 'seeds', 'photo.jpg'), error: 'binary file (contains NUL bytes)' }]);
  });

  it('gives an unreadable document an error line in its place, goes on with the others and exits 1', async () => {
    write('a.txt', PROMISE);
    write('b.txt', Buffer.from('Caf\xe9 prices rose 5% last year.', 'latin1'));
    write('c.txt', PROMISE);
    const missing = join(folder, 'gone.txt');
    const run = await cli('extract', '--jsonl', '--today', TODAY, folder, missing);
    assert.equal(run.code, 1);
    const found = lines(run);
    assert.deepEqual(
      found.map((line) => [line.file.slice(folder.length + 1), line.error]),
      [
        ['a.txt', undefined],
        ['b.txt', 'not valid UTF-8 (first bad byte at offset 3)'],
        ['c.txt', undefined],
        ['gone.txt', 'no such file or folder'],
      ],
    );
    assert.deepEqual(run.err, [`seedmark: ${join(folder, 'b.txt')}: not valid UTF-8 (first bad byte at offset 3)`, `seedmark: ${missing}: no such file or folder`]);
  });

  it('never reads a sidecar as a document, even one named on the command line', async () => {
    write('doc.txt', PROMISE);
    write('doc.txt.annotations.yaml', SidecarDocument.create({ file: 'doc.txt' }, []).text);
    const run = await cli('extract', '--jsonl', '--today', TODAY, folder, join(folder, 'doc.txt.annotations.yaml'));
    assert.equal(run.code, 0);
    assert.deepEqual(
      lines(run).map((line) => [line.file, line.sidecar]),
      [[join(folder, 'doc.txt'), 'read']],
    );
    assert.deepEqual(run.err, [`seedmark: skipped ${join(folder, 'doc.txt.annotations.yaml')}: a sidecar, not a document`]);
  });

  it('reads a link to a file inside the folder, skips one leading out of it and does not walk a linked folder', async function () {
    if (process.platform === 'win32') this.skip();
    write('inside/real.txt', PROMISE);
    const outside = mkdtempSync(join(tmpdir(), 'seedmark-jsonl-outside-'));
    try {
      writeFileSync(join(outside, 'private.txt'), PROMISE);
      symlinkSync(join(folder, 'inside', 'real.txt'), join(folder, 'alias.txt'));
      symlinkSync(join(outside, 'private.txt'), join(folder, 'escape.txt'));
      symlinkSync(join(folder, 'inside'), join(folder, 'loop'));
      const run = await cli('extract', '--jsonl', '--today', TODAY, folder);
      assert.equal(run.code, 0);
      assert.deepEqual(
        lines(run).map((line) => line.file.slice(folder.length + 1)),
        ['alias.txt', 'inside/real.txt'],
      );
      assert.deepEqual(run.err, [`seedmark: skipped ${join(folder, 'escape.txt')}: a symbolic link that leads out of the folder`]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('lists a document given twice (itself and inside its folder) once', async () => {
    write('a.txt', PROMISE);
    const run = await cli('extract', '--jsonl', '--today', TODAY, join(folder, 'a.txt'), folder);
    assert.equal(run.out.length, 1);
  });

  it('carries a commitment with actor, action, due date, source, and code point offsets', async () => {
    const text = `Storms 🌊🌊 hit the coast last winter.\n\n${PROMISE}`;
    write('water.txt', text);
    const run = await cli('extract', '--jsonl', '--date', '2024-05-02', '--today', TODAY, folder);
    const [line] = lines(run);
    assert.deepEqual([line.referenceDate, line.referenceDateFrom], ['2024-05-02', 'caller']);
    assert.equal(line.sidecar, 'none');
    const commitment = line.commitments.find((item) => item.deadline === 'within two years');
    assert.ok(commitment, JSON.stringify(line.commitments));
    assert.equal(commitment.review, 'suggested');
    assert.equal(commitment.status, 'open');
    assert.match(String(commitment.actor), /water board/);
    assert.equal(commitment.actorKey, 'water board', 'grouped as the Commitments view groups actors');
    assert.match(String(commitment.action), /replace the old mains/);
    assert.equal(commitment.due, '2026-05-02');
    assert.equal(commitment.dueLatest, '2026-05-02');
    assert.equal(commitment.source, 'The water board');
    const points = [...text];
    assert.equal(points.slice(commitment.start as number, commitment.end as number).join(''), commitment.text);
    assert.equal(line.counts.commitments, line.commitments.length);
    assert.equal(line.counts.dates + line.counts.deadlines + line.counts.figures + line.counts.claims, line.facts.length);
  });

  it("counts people's decisions: an accepted commitment keeps its status and note, a rejected figure is left out", async () => {
    const text = 'The water board said on 2 May 2024 that it will replace 40 kilometres of mains within two years.\n';
    write('water.txt', text);
    const facts = extract(text, { today: TODAY }).facts;
    const commitmentFact = facts.find((fact) => fact.kind === 'commitment');
    const figureFact = facts.find((fact) => fact.kind === 'figure');
    assert.ok(commitmentFact && figureFact, 'the text holds a commitment and a figure');
    const accepted = { ...annotationFromFact(text, commitmentFact, 'accepted'), status: 'kept' as const, note: 'Done early.', actor: 'Water Board' };
    const rejected = annotationFromFact(text, figureFact, 'rejected');
    write('water.txt.annotations.yaml', SidecarDocument.create({ file: 'water.txt' }, [accepted, rejected]).text);
    const [line] = lines(await cli('extract', '--jsonl', '--today', TODAY, folder));
    assert.equal(line.sidecar, 'read');
    const commitment = line.commitments.find((item) => item.id === accepted.id);
    assert.deepEqual(
      commitment && [commitment.review, commitment.status, commitment.note, commitment.actor, commitment.anchor],
      ['accepted', 'kept', 'Done early.', 'Water Board', 'exact'],
    );
    assert.equal(line.commitments.length, 1, 'the suggestion the decision stands on is not listed again');
    assert.equal(
      line.facts.find((item) => item.kind === 'figure'),
      undefined,
    );
    assert.equal(line.counts.rejected, 1);
    assert.equal(line.counts.accepted, 1);
  });

  it('reads a document whose sidecar is broken without it, says so, and exits 1', async () => {
    write('doc.txt', PROMISE);
    write('doc.txt.annotations.yaml', 'seedmark: 1\nannotations: [\n');
    const run = await cli('extract', '--jsonl', '--today', TODAY, folder);
    assert.equal(run.code, 1);
    assert.equal(lines(run)[0].sidecar, 'broken');
    assert.match(run.err[0], /doc\.txt\.annotations\.yaml:\d+:\d+: .*\(read without its sidecar\)$/);
  });

  it('refuses --jobs that is no positive number, --jobs without --jsonl, and --jsonl with --json or --write', async () => {
    for (const args of [
      ['--jsonl', '--jobs', '0'],
      ['--jsonl', '--jobs', 'many'],
      ['--jsonl', '--jobs', '-3'],
      ['--jobs', '2'],
      ['--jsonl', '--json'],
      ['--jsonl', '--write'],
    ]) {
      const run = await cli('extract', ...args, folder);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.out.length, 0);
    }
  });

  it('writes a dense document in several pieces rather than one string', async () => {
    write('dense.txt', Array.from({ length: 700 }, (_, index) => `Line ${index}: the fee rose to $${index + 3}.`).join('\n'));
    const pieces: string[] = [];
    const code = await main(['extract', '--jsonl', '--today', TODAY, folder], { out: () => undefined, err: () => undefined, write: (text) => void pieces.push(text) });
    assert.equal(code, 0);
    assert.ok(pieces.length > 3, `${pieces.length} pieces`);
    const line = JSON.parse(pieces.join('')) as Line;
    assert.ok(line.counts.figures >= 700, `${line.counts.figures} figures`);
  });
});
