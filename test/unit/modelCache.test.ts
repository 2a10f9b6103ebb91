import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIndexModel, type IndexModel, type IndexModelInput } from '../../src/core/indexModel';
import { modelFromText, modelToText, wholeModel } from '../../src/core/listedModel';
import { keepOnlyModels, ModelCache } from '../../src/node/modelCache';
import { ModelWorkerPool } from '../../src/node/modelWorkerPool';
import { MODEL_PART_SIZE } from '../../src/node/modelWorkerProtocol';
import type { SeedFileJob } from '../../src/node/seedFileReading';

const root = resolve(__dirname, '..', '..', '..');
const workerScript = resolve(root, 'dist', 'modelWorker.js');
const fixture = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
const TODAY = '2026-01-15';
/** A text that gives no date of its own: its reference date is the day it is read on. */
const UNDATED = 'The council will reopen the library within three months, its chair said.';

describe('ModelCache', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'seedmark-model-cache-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** What a model worker does with the cache. */
  function keptModel(cache: ModelCache, input: IndexModelInput): { model: IndexModel; hit: boolean } {
    const key = cache.keyOf(input);
    const kept = cache.read(key, input.today);
    if (kept) {
      const model = wholeModel(modelFromText(kept.text, input.text));
      assert.equal(kept.annotations, model.merged.length);
      return { model, hit: true };
    }
    const model = buildIndexModel(input);
    cache.write(key, model, modelToText(model, input.text));
    return { model, hit: false };
  }

  it('gives back, in a later session, exactly the model it was given', () => {
    const input = { text: fixture, today: TODAY };
    const built = keptModel(new ModelCache(directory, 'v1'), input);
    assert.equal(built.hit, false);
    const again = keptModel(new ModelCache(directory, 'v1'), input);
    assert.equal(again.hit, true);
    // Strict: a model that does not survive JSON (undefined fields, class instances) would differ here.
    assert.deepStrictEqual(again.model, buildIndexModel(input));
  });

  it('keys on the text, the sidecar, a given reference date and the code that builds models', () => {
    const cache = new ModelCache(directory, 'v1');
    const input: IndexModelInput = { text: fixture, today: TODAY };
    const withSidecar: IndexModelInput = { ...input, sidecar: { document: { file: 'a.txt', referenceDate: '2025-01-01', referenceDateFrom: 'sidecar' }, annotations: [] } };
    const keys = new Set([cache.keyOf(input), cache.keyOf({ ...input, text: `${fixture} ` }), cache.keyOf(withSidecar), cache.keyOf({ ...input, referenceDate: '2030-01-01' }), new ModelCache(directory, 'v2').keyOf(input)]);
    assert.equal(keys.size, 5);
    keptModel(cache, input);
    // Another day does not change the key of a document that has its own date.
    assert.equal(keptModel(new ModelCache(directory, 'v1'), { ...input, today: '2026-03-01' }).hit, true);
    const sidecarModel = keptModel(cache, withSidecar);
    assert.equal(sidecarModel.hit, false);
    assert.equal(sidecarModel.model.referenceDate.date, '2025-01-01');
  });

  it('uses the model of a document without a date only on the day it was read against', () => {
    const cache = new ModelCache(directory, 'v1');
    const first = keptModel(cache, { text: UNDATED, today: TODAY });
    assert.deepEqual(first.model.referenceDate, { date: TODAY, from: 'today' });
    assert.equal(keptModel(cache, { text: UNDATED, today: TODAY }).hit, true);
    const nextDay = keptModel(cache, { text: UNDATED, today: '2026-01-16' });
    assert.equal(nextDay.hit, false);
    assert.equal(nextDay.model.referenceDate.date, '2026-01-16');
  });

  it('takes an entry it cannot read, or one cut short or changed, as a miss, and replaces it', () => {
    const cache = new ModelCache(directory, 'v1');
    const input = { text: fixture, today: TODAY };
    const key = cache.keyOf(input);
    keptModel(cache, input);
    const path = join(directory, `${key}.model`);
    const whole = readFileSync(path, 'utf8');
    const [header] = whole.split('\n', 1);
    const broken = [
      whole.slice(0, whole.length - 10),
      whole.replace('"anchorState":"exact"', '"anchorState":"fuzzy"'),
      header,
      // The line of the listed annotations without the line of the rest.
      whole.slice(0, whole.lastIndexOf('\n')),
      `{"format":1,"annotations":0,"referenceDate":{"date":"2020-01-01","from":"byline"}}\n{"merged":[],"referenceDate":{"date":"2020-01-01","from":"byline"}}`,
      `{"format":99${whole.slice(whole.indexOf(','))}`,
      '',
    ];
    for (const entry of broken) {
      writeFileSync(path, entry);
      const read = keptModel(cache, input);
      assert.equal(read.hit, false, entry.slice(0, 200));
      assert.deepStrictEqual(read.model, buildIndexModel(input));
    }
    assert.equal(keptModel(cache, input).hit, true);
  });

  it('gives up quietly when its folder cannot be made, and models are still built', () => {
    // A file where the folder should be: no folder can be made under it, whoever runs the test.
    const file = join(directory, 'a-file');
    writeFileSync(file, '');
    const cache = new ModelCache(join(file, 'models'), 'v1');
    const input = { text: fixture, today: TODAY };
    const first = keptModel(cache, input);
    assert.equal(first.hit, false);
    assert.deepStrictEqual(first.model, buildIndexModel(input));
    assert.equal(keptModel(cache, input).hit, false);
    assert.deepEqual(readdirSync(directory), ['a-file']);
  });

  it('keeps only the models a whole run used, and clears what a killed writer left', async () => {
    const cache = new ModelCache(directory, 'v1');
    const inputs = ['one', 'two', 'three'].map((word) => ({ text: `The ${word} mill will close by June 2027, the owner said.`, today: TODAY }));
    for (const input of inputs) keptModel(cache, input);
    writeFileSync(join(directory, 'abc.123-4.tmp'), '{');
    writeFileSync(join(directory, 'notes.txt'), 'not the cache’s');
    const used = new Set([cache.keyOf(inputs[0]), cache.keyOf(inputs[2])]);
    assert.equal(await keepOnlyModels(directory, used), 2);
    assert.deepEqual(readdirSync(directory).sort(), [...[...used].map((key) => `${key}.model`), 'notes.txt'].sort());
    assert.equal(await keepOnlyModels(join(directory, 'missing'), used), 0);
  });
});

describe('ModelWorkerPool with a model cache', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'seedmark-pool-cache-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('builds each model once across pools (sessions) and gives back the same models', async function () {
    this.timeout(30_000);
    const texts = Array.from({ length: 6 }, (_, index) => `Note ${index}: the depot will hire ${index + 2} drivers by May 2027.\n\n${fixture}`);
    const session = async () => {
      const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 2, cacheDirectory: directory });
      try {
        return await Promise.all(texts.map((text) => pool.build({ text, today: TODAY })));
      } finally {
        pool.dispose();
      }
    };
    const first = await session();
    assert.deepEqual(
      first.map((model) => model.cached?.hit),
      texts.map(() => false),
    );
    const second = await session();
    assert.deepEqual(
      second.map((model) => model.cached?.hit),
      texts.map(() => true),
    );
    assert.deepEqual(
      second.map((model) => model.cached?.key),
      first.map((model) => model.cached?.key),
    );
    assert.deepStrictEqual(
      second.map(wholeModel),
      texts.map((text) => buildIndexModel({ text, today: TODAY })),
    );
  });

  it('sends a large kept model in parts, as it sends a large new one', async function () {
    this.timeout(60_000);
    const text = Array.from({ length: 40 }, () => fixture).join('\n\n');
    const session = async () => {
      const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1, cacheDirectory: directory });
      try {
        return await pool.build({ text, today: TODAY });
      } finally {
        pool.dispose();
      }
    };
    const builtModel = await session();
    const readModel = await session();
    const [first, second, built, read] = [builtModel.cached, readModel.cached, wholeModel(builtModel), wholeModel(readModel)];
    assert.ok(built.merged.length > MODEL_PART_SIZE, `${built.merged.length} annotations`);
    assert.deepEqual([first?.hit, second?.hit], [false, true]);
    assert.deepStrictEqual(read, built);
    assert.deepStrictEqual(read, buildIndexModel({ text, today: TODAY }));
  });

  it('keeps nothing when not given a folder', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1 });
    try {
      const model = await pool.build({ text: fixture, today: TODAY });
      assert.equal(model.cached, undefined);
      assert.deepEqual(readdirSync(directory), []);
    } finally {
      pool.dispose();
    }
  });
});

describe('ModelWorkerPool reading seed files on its workers', () => {
  let directory: string;
  let pool: ModelWorkerPool;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'seedmark-pool-files-'));
    pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1 });
  });
  afterEach(() => {
    pool.dispose();
    rmSync(directory, { recursive: true, force: true });
  });
  const job = (name: string, extra: Partial<SeedFileJob> = {}): SeedFileJob => ({ path: join(directory, name), sidecarPath: join(directory, `${name}.annotations.yaml`), today: TODAY, maxBytes: 1_000_000, roots: [directory], ...extra });

  it('reads the document and builds the model the editor would build from the same text', async function () {
    this.timeout(30_000);
    writeFileSync(join(directory, 'port.txt'), fixture);
    const read = await pool.buildFromFile(job('port.txt'));
    assert.ok('model' in read);
    assert.equal(read.text, fixture);
    assert.deepEqual(read.sidecar, { kind: 'missing' });
    assert.deepStrictEqual(wholeModel(read.model), buildIndexModel({ text: fixture, today: TODAY }));
  });

  it('takes the sidecar into the model, and reports a broken one with its problems', async function () {
    this.timeout(30_000);
    writeFileSync(join(directory, 'port.txt'), fixture);
    writeFileSync(join(directory, 'port.txt.annotations.yaml'), 'seedmark: 1\ndocument:\n  file: port.txt\n  referenceDate: 2025-01-01\n  referenceDateFrom: sidecar\nannotations: []\n');
    const withSidecar = await pool.buildFromFile(job('port.txt'));
    assert.ok('model' in withSidecar);
    assert.deepEqual(withSidecar.sidecar, { kind: 'ok' });
    assert.deepEqual(withSidecar.model.referenceDate, { date: '2025-01-01', from: 'sidecar' });
    writeFileSync(join(directory, 'port.txt.annotations.yaml'), 'annotations: [unclosed\n');
    const broken = await pool.buildFromFile(job('port.txt'));
    assert.ok('model' in broken);
    assert.equal(broken.sidecar.kind, 'broken');
    assert.ok(broken.sidecar.kind === 'broken' && broken.sidecar.problems.length > 0);
    assert.deepStrictEqual(wholeModel(broken.model), buildIndexModel({ text: fixture, today: TODAY }));
  });

  it('skips a file over the size limit, one that is not text, and one that is gone', async function () {
    this.timeout(30_000);
    writeFileSync(join(directory, 'big.txt'), 'x'.repeat(2_000));
    writeFileSync(join(directory, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.deepEqual(await pool.buildFromFile(job('big.txt', { maxBytes: 1_000 })), { skipped: { reason: 'too-large', bytes: 2_000 } });
    assert.deepEqual(await pool.buildFromFile(job('image.txt')), { skipped: { reason: 'not-text' } });
    assert.deepEqual(await pool.buildFromFile(job('gone.txt')), { skipped: { reason: 'missing' } });
  });

  it('leaves the file to the caller when there are no threads', async () => {
    const threadless = new ModelWorkerPool(resolve(root, 'dist', 'no-such-worker.js'), buildIndexModel, { size: 1 });
    try {
      writeFileSync(join(directory, 'port.txt'), fixture);
      // The first job finds out that no thread starts; from then on files are left unread at once.
      const results = [await threadless.buildFromFile(job('port.txt')), await threadless.buildFromFile(job('port.txt'))];
      assert.deepEqual(results, [{ unread: true }, { unread: true }]);
    } finally {
      threadless.dispose();
    }
  });
});

