import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndexModel } from '../../src/core/indexModel';
import { ModelWorkerPool } from '../../src/node/modelWorkerPool';
import { MODEL_PART_SIZE } from '../../src/node/modelWorkerProtocol';

const root = resolve(__dirname, '..', '..', '..');
const workerScript = resolve(root, 'dist', 'modelWorker.js');
const fixture = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
const TODAY = '2026-01-15';

function documents(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Update ${index}: the port said on ${1 + (index % 28)} March 2024 it would hire ${index} staff within a year.\n\n${fixture}`);
}

describe('ModelWorkerPool', () => {
  it('builds on worker threads exactly the models the calling thread builds', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, 2);
    try {
      const texts = documents(12);
      const models = await Promise.all(texts.map((text) => pool.build({ text, today: TODAY })));
      assert.deepEqual(models, texts.map((text) => buildIndexModel({ text, today: TODAY })));
    } finally {
      pool.dispose();
    }
  });

  it('passes the sidecar and the reference date through', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, 1);
    try {
      const input = { text: fixture, referenceDate: '2030-01-01', today: TODAY };
      assert.deepEqual(await pool.build(input), buildIndexModel(input));
    } finally {
      pool.dispose();
    }
  });

  it('passes today through to a document that gives no date of its own', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, 1);
    try {
      const model = await pool.build({ text: 'The council will hire 40 staff within a year.\n', today: '2031-05-05' });
      assert.deepEqual(model.referenceDate, { date: '2031-05-05', from: 'today' });
    } finally {
      pool.dispose();
    }
  });

  it('falls back to the calling thread when the worker cannot run, with the same results', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(resolve(root, 'dist', 'no-such-worker.js'), buildIndexModel, 2);
    const texts = documents(3);
    assert.deepEqual(await Promise.all(texts.map((text) => pool.build({ text, today: TODAY }))), texts.map((text) => buildIndexModel({ text, today: TODAY })));
    pool.dispose();
  });

  it('finishes the jobs of a disposed pool on the calling thread instead of dropping them', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, 1);
    const texts = documents(4);
    const promises = texts.map((text) => pool.build({ text, today: TODAY }));
    pool.dispose();
    assert.equal((await Promise.all(promises)).length, 4);
  });
});

describe('ModelWorkerPool with a large document', () => {
  it('sends a model of thousands of annotations back in parts, whole and in order', async function () {
    this.timeout(60_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, 1);
    try {
      const text = Array.from({ length: 120 }, (_, index) => fixture.replace('$48 million', `$${index + 1} million`)).join('\n\n');
      const model = await pool.build({ text, today: TODAY });
      assert.ok(model.merged.length > 2 * MODEL_PART_SIZE, `${model.merged.length} annotations`);
      assert.deepEqual(model, buildIndexModel({ text, today: TODAY }));
    } finally {
      pool.dispose();
    }
  });
});
