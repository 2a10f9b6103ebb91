import { strict as assert } from 'node:assert';
import type { Annotation } from '../../../src/core/model';
import { SidecarDocument, SidecarTooLarge } from '../../../src/core/sidecar/sidecarDocument';
import { updateSidecar, type SidecarStorage } from '../../../src/core/sidecar/updateSidecar';

const annotation = (id: string): Annotation => ({ id, kind: 'figure', review: 'suggested', anchor: { exact: `q${id}`, prefix: '', suffix: '', start: 0, end: 3 } });

/** A file in memory whose content another writer can change between our read and our write. */
class MemoryStorage implements SidecarStorage {
  writes = 0;
  constructor(
    public content: string | undefined,
    private readonly beforeWrite: (storage: MemoryStorage) => void = () => undefined,
  ) {}

  read(): Promise<string | undefined> {
    return Promise.resolve(this.content);
  }

  writeIfUnchanged(_path: string, text: string, expectedText: string | undefined): Promise<boolean> {
    this.beforeWrite(this);
    if (this.content !== expectedText) return Promise.resolve(false);
    this.content = text;
    this.writes++;
    return Promise.resolve(true);
  }
}

describe('updating a sidecar on disk', () => {
  const base = SidecarDocument.create({ file: 'a.txt' }, [annotation('a')]).text;

  it('creates the file when there is none', async () => {
    const storage = new MemoryStorage(undefined);
    const result = await updateSidecar(storage, 'a.txt.annotations.yaml', () => ({ create: SidecarDocument.create({ file: 'a.txt' }, []) }));
    assert.equal(result.ok, true);
    assert.match(storage.content ?? '', /seedmark: 1/);
  });

  it('refuses, with a reason and nothing written, a new sidecar larger than a sidecar may hold', async () => {
    const storage = new MemoryStorage(undefined);
    const many = Array.from({ length: 200 }, (_, index) => annotation(`f-${index}`));
    // A small limit stands in for the real one, which a document of tens of thousands of suggestions reaches.
    const result = await updateSidecar(storage, 'long.txt.annotations.yaml', () => ({ create: SidecarDocument.create({ file: 'long.txt' }, many, '\n', 5_000) }));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /^long\.txt\.annotations\.yaml: the sidecar would hold 0\.\d million characters, more than .* may hold.*; nothing was written$/);
    assert.equal(storage.content, undefined);
    assert.equal(storage.writes, 0);
  });

  it('re-applies the change to what another writer saved meanwhile instead of overwriting it', async () => {
    let interfered = false;
    const storage = new MemoryStorage(base, (self) => {
      if (interfered) return;
      interfered = true;
      const theirs = SidecarDocument.parse(self.content!);
      if (!theirs.ok) throw new Error('fixture');
      const edited = theirs.sidecar.apply([{ op: 'add', annotation: annotation('theirs') }]);
      if (edited.ok) self.content = edited.sidecar.text;
    });
    const result = await updateSidecar(storage, 'a.txt.annotations.yaml', () => ({ operations: [{ op: 'update', id: 'a', changes: { review: 'accepted' } }] }));
    assert.equal(result.ok, true);
    const final = SidecarDocument.parse(storage.content!);
    assert.ok(final.ok);
    assert.deepEqual(final.ok && final.sidecar.annotations.map((a) => `${a.id}:${a.review}`), ['a:accepted', 'theirs:suggested']);
  });

  it('gives up without writing when the file keeps changing', async () => {
    let counter = 0;
    const storage = new MemoryStorage(base, (self) => {
      self.content = `${base}# touched ${counter++}\n`;
    });
    const result = await updateSidecar(storage, 'a.txt.annotations.yaml', () => ({ operations: [{ op: 'update', id: 'a', changes: { review: 'accepted' } }] }));
    assert.equal(result.ok, false);
    assert.equal(storage.writes, 0);
  });

  it('never writes over a sidecar that does not parse', async () => {
    const broken = 'seedmark: 1\ndocument: [\n';
    const storage = new MemoryStorage(broken);
    const result = await updateSidecar(storage, 'a.txt.annotations.yaml', () => ({ create: SidecarDocument.create({ file: 'a.txt' }, []) }));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /fix the file first/);
    assert.equal(storage.content, broken);
  });

  it('says when a new sidecar would be larger than one may hold, instead of failing to read it back', () => {
    assert.throws(() => SidecarDocument.create({ file: 'long.txt' }, Array.from({ length: 200 }, (_, index) => annotation(`f-${index}`)), '\n', 5_000), SidecarTooLarge);
  });
});
