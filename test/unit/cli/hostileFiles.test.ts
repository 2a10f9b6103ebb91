import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { cli } from './cliRun';
import { anchorToCodePoints, createAnchor } from '../../../src/core/anchor';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';

const TEXT = 'The ministry said on Monday that the ferry line will open in six months, once the quay is rebuilt.\n';

function sidecarFor(text: string, quote: string): string {
  const start = text.indexOf(quote);
  return SidecarDocument.create({ file: 'doc.txt' }, [{ id: 'd1', kind: 'deadline', review: 'accepted', timex: 'P6M', anchor: anchorToCodePoints(text, createAnchor(text, start, start + quote.length)) }]).text;
}

describe('the command line against hostile files', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'seedmark-hostile-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('check fails on a stale value: the quote now says nine months where the value was read from six', async () => {
    const document = join(folder, 'doc.txt');
    writeFileSync(`${document}.annotations.yaml`, sidecarFor(TEXT, 'the ferry line will open in six months'));
    writeFileSync(document, TEXT.replace('in six months', 'in nine months'));
    const run = await cli('check', folder);
    assert.equal(run.code, 1);
    assert.match(run.out.join('\n'), /d1 \(deadline\) has a stale value/);
    assert.match(run.out.at(-1) ?? '', /1 stale/);
  });

  it('check reads a sidecar that is a symbolic link inside the folder', async () => {
    const document = join(folder, 'doc.txt');
    writeFileSync(document, TEXT);
    mkdirSync(join(folder, 'notes'));
    writeFileSync(join(folder, 'notes', 'doc.yaml'), sidecarFor(TEXT, 'in six months'));
    symlinkSync(join(folder, 'notes', 'doc.yaml'), `${document}.annotations.yaml`);
    const run = await cli('check', folder);
    assert.match(run.out.at(-1) ?? '', /^checked 1 sidecar with 1 annotations: 0 broken/);
  });

  it('export does not hang on a FIFO at the sidecar path', async function () {
    if (process.platform === 'win32') this.skip();
    const document = join(folder, 'doc.txt');
    writeFileSync(document, TEXT);
    execFileSync('mkfifo', [`${document}.annotations.yaml`]);
    const run = await cli('export', '--format', 'json', document);
    assert.equal(run.code, 1);
    assert.match(run.err.join('\n'), /not a regular file/);
  });

  it('export --out-dir refuses two documents that would be written to one file, and still writes the others', async () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(join(folder, sub));
      writeFileSync(join(folder, sub, 'doc.txt'), TEXT);
    }
    writeFileSync(join(folder, 'other.txt'), TEXT);
    const out = join(folder, 'out');
    mkdirSync(out);
    const run = await cli('export', '--format', 'csv', '--out-dir', out, join(folder, 'a', 'doc.txt'), join(folder, 'b', 'doc.txt'), join(folder, 'other.txt'));
    assert.equal(run.code, 1);
    assert.deepEqual(readdirSync(out), ['other.txt.csv']);
    assert.match(run.err.join('\n'), /would both be written to/);
  });

  it('export --out-dir to a missing folder says so in one line', async () => {
    writeFileSync(join(folder, 'doc.txt'), TEXT);
    const run = await cli('export', '--format', 'csv', '--out-dir', join(folder, 'missing'), join(folder, 'doc.txt'));
    assert.equal(run.code, 1);
    assert.equal(run.err.length, 1);
    assert.match(run.err[0], /no such folder/);
  });

  it('extract reads a UTF-16 document with a byte order mark as text', async () => {
    const document = join(folder, 'doc.txt');
    writeFileSync(document, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    const run = await cli('extract', document);
    assert.equal(run.code, 0, run.err.join('\n'));
    assert.match(run.out.join('\n'), /in six months/);
  });

  it('the extract table escapes bidirectional controls in quotes', async () => {
    const document = join(folder, 'doc.txt');
    writeFileSync(document, 'The council said on Monday it will hire 40 \u202Eextra\u202C staff within two years.\n');
    const run = await cli('extract', document);
    assert.doesNotMatch(run.out.join('\n'), /[\u202A-\u202E]/);
  });

  it('extract --json writes one object per file through a stream, and it parses', async () => {
    const document = join(folder, 'doc.txt');
    writeFileSync(document, TEXT);
    let written = '';
    const code = await main(['extract', '--json', document], { out: (line) => (written += `${line}\n`), err: () => undefined, write: (text) => (written += text) });
    assert.equal(code, 0);
    const parsed = JSON.parse(written) as { file: string; facts: unknown[] };
    assert.equal(parsed.file, document);
    assert.ok(parsed.facts.length > 0);
    assert.ok(readFileSync(document, 'utf8').length > 0);
  });
});
