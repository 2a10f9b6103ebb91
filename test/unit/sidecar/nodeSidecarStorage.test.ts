import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../../../src/core/model';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';
import { readSidecarState, updateSidecar } from '../../../src/core/sidecar/updateSidecar';
import { nodeSidecarStorage } from '../../../src/node/nodeSidecarStorage';

const annotation = (id: string, note?: string): Annotation => ({ id, kind: 'figure', review: 'accepted', ...(note ? { note } : {}), anchor: { exact: 'nine', prefix: '', suffix: '', start: 0, end: 4 } });
const addOne = (id: string) => () => ({ operations: [{ op: 'add' as const, annotation: annotation(id) }] });

describe('sidecars on the local disk', () => {
  let folder: string;
  let sidecar: string;
  let storage: ReturnType<typeof nodeSidecarStorage>;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'seedmark-storage-'));
    sidecar = join(folder, 'doc.txt.annotations.yaml');
    storage = nodeSidecarStorage({ roots: [folder] });
  });
  afterEach(() => {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  });

  describe('a file that is not UTF-8', () => {
    it('is broken, with its line and column, and never written', async () => {
      const good = SidecarDocument.create({ file: 'doc.txt' }, [annotation('a', 'caf\u00e9')]).text;
      // The same note as another tool saved it in Latin-1: é is the single byte 0xE9.
      const latin1 = Buffer.from(good, 'latin1');
      writeFileSync(sidecar, latin1);
      const state = await readSidecarState(storage, sidecar);
      assert.equal(state.kind, 'broken');
      const problem = state.kind === 'broken' ? state.problems[0] : undefined;
      const noteLine = good.split('\n').findIndex((line) => line.includes('caf')) + 1;
      assert.equal(problem?.line, noteLine);
      assert.equal(problem?.column, good.split('\n')[noteLine - 1].indexOf('caf') + 4);
      assert.match(problem?.message ?? '', /not UTF-8/);
      const update = await updateSidecar(storage, sidecar, addOne('b'));
      assert.equal(update.ok, false);
      assert.deepEqual(readFileSync(sidecar), latin1, 'the bytes are unchanged');
    });
  });

  describe('a read-only sidecar', () => {
    it('is refused with a message saying so, and stays as it was', async () => {
      const text = SidecarDocument.create({ file: 'doc.txt' }, [annotation('a')]).text;
      writeFileSync(sidecar, text);
      chmodSync(sidecar, 0o444);
      const update = await updateSidecar(storage, sidecar, addOne('b'));
      assert.equal(update.ok, false);
      assert.match(update.ok ? '' : update.reason, /read-only/);
      assert.equal(readFileSync(sidecar, 'utf8'), text);
      assert.equal(statSync(sidecar).mode & 0o777, 0o444);
    });

    it('in a read-only folder gives one line, not a stack trace', async function () {
      if (process.getuid?.() === 0) this.skip(); // root writes into any folder
      writeFileSync(sidecar, SidecarDocument.create({ file: 'doc.txt' }, [annotation('a')]).text);
      chmodSync(folder, 0o555);
      const update = await updateSidecar(storage, sidecar, addOne('b'));
      assert.equal(update.ok, false);
      assert.doesNotMatch(update.ok ? '' : update.reason, /\n| {4}at /);
    });
  });

  describe('a symbolic link at the sidecar path', () => {
    it('inside the workspace is followed, and the link stays a link', async () => {
      mkdirSync(join(folder, 'shared'));
      const real = join(folder, 'shared', 'notes.yaml');
      writeFileSync(real, SidecarDocument.create({ file: 'doc.txt' }, [annotation('a')]).text);
      symlinkSync(real, sidecar);
      assert.equal((await readSidecarState(storage, sidecar)).kind, 'ok');
      const update = await updateSidecar(storage, sidecar, addOne('b'));
      assert.equal(update.ok, true);
      assert.ok(lstatSync(sidecar).isSymbolicLink());
      assert.match(readFileSync(real, 'utf8'), /id: b/);
    });

    it('leading out of the workspace is refused and the target left alone', async () => {
      const outside = mkdtempSync(join(tmpdir(), 'seedmark-outside-'));
      try {
        const real = join(outside, 'victim.yaml');
        const text = SidecarDocument.create({ file: 'doc.txt' }, [annotation('a')]).text;
        writeFileSync(real, text);
        symlinkSync(real, sidecar);
        const state = await readSidecarState(storage, sidecar);
        assert.equal(state.kind, 'broken');
        assert.match(state.kind === 'broken' ? state.problems[0].message : '', /outside the workspace/);
        const update = await updateSidecar(storage, sidecar, addOne('b'));
        assert.equal(update.ok, false);
        assert.equal(readFileSync(real, 'utf8'), text);
        assert.ok(lstatSync(sidecar).isSymbolicLink());
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('what is not a regular file', () => {
    it('a FIFO at the path is refused at once instead of waiting for a writer', async function () {
      if (process.platform === 'win32') this.skip();
      execFileSync('mkfifo', [sidecar]);
      const state = await readSidecarState(storage, sidecar);
      assert.equal(state.kind, 'broken');
      assert.match(state.kind === 'broken' ? state.problems[0].message : '', /not a regular file/);
    });

    it('a link to /dev/zero is refused before it is read', async function () {
      if (process.platform === 'win32') this.skip();
      symlinkSync('/dev/zero', sidecar);
      const permissive = nodeSidecarStorage({ roots: ['/'] });
      const state = await readSidecarState(permissive, sidecar);
      assert.equal(state.kind, 'broken');
      assert.match(state.kind === 'broken' ? state.problems[0].message : '', /not a regular file/);
    });
  });

  it('removes temporary files a killed writer left on the next write', async () => {
    writeFileSync(sidecar, SidecarDocument.create({ file: 'doc.txt' }, [annotation('a')]).text);
    const left = join(folder, '.doc.txt.annotations.yaml.0123456789ab.tmp');
    writeFileSync(left, 'half a sidecar');
    const update = await updateSidecar(storage, sidecar, addOne('b'));
    assert.equal(update.ok, true);
    assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
  });
});
