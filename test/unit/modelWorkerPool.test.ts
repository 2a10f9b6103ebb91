import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIndexModel } from '../../src/core/indexModel';
import { wholeModel } from '../../src/core/listedModel';
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
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 2 });
    try {
      const texts = documents(12);
      const models = await Promise.all(texts.map((text) => pool.build({ text, today: TODAY })));
      assert.deepEqual(models.map(wholeModel), texts.map((text) => buildIndexModel({ text, today: TODAY })));
    } finally {
      pool.dispose();
    }
  });

  it('passes the sidecar and the reference date through', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1 });
    try {
      const input = { text: fixture, referenceDate: '2030-01-01', today: TODAY };
      assert.deepEqual(wholeModel(await pool.build(input)), buildIndexModel(input));
    } finally {
      pool.dispose();
    }
  });

  it('passes today through to a document that gives no date of its own', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1 });
    try {
      const model = await pool.build({ text: 'The council will hire 40 staff within a year.\n', today: '2031-05-05' });
      assert.deepEqual(model.referenceDate, { date: '2031-05-05', from: 'today' });
    } finally {
      pool.dispose();
    }
  });

  it('falls back to the calling thread when the worker cannot run, with the same results', async function () {
    this.timeout(30_000);
    const pool = new ModelWorkerPool(resolve(root, 'dist', 'no-such-worker.js'), buildIndexModel, { size: 2 });
    const texts = documents(3);
    assert.deepEqual((await Promise.all(texts.map((text) => pool.build({ text, today: TODAY })))).map(wholeModel), texts.map((text) => buildIndexModel({ text, today: TODAY })));
    pool.dispose();
  });

  it('rejects the jobs of a disposed pool and builds none of them on the calling thread', async function () {
    this.timeout(30_000);
    let builtHere = 0;
    const pool = new ModelWorkerPool(workerScript, (input) => (builtHere++, buildIndexModel(input)), { size: 1 });
    const promises = documents(4).map((text) => pool.build({ text, today: TODAY }));
    pool.dispose();
    const settled = await Promise.allSettled(promises);
    assert.deepEqual(
      settled.map((result) => result.status),
      ['rejected', 'rejected', 'rejected', 'rejected'],
    );
    assert.equal(builtHere, 0);
    await assert.rejects(pool.build({ text: 'The board will meet within a week.', today: TODAY }));
  });

  describe('when a worker dies', () => {
    let folder: string;
    let crashingScript: string;

    before(() => {
      // A worker that dies on any document starting with "CRASH" and reads the others as the real one does.
      folder = mkdtempSync(join(tmpdir(), 'seedmark-pool-'));
      crashingScript = join(folder, 'crashingWorker.js');
      writeFileSync(
        crashingScript,
        `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (job) => { if (job.input && job.input.text.startsWith('CRASH')) process.exit(3); });\nrequire(${JSON.stringify(workerScript)});\n`,
      );
    });

    after(() => rmSync(folder, { recursive: true, force: true }));

    it('starts another worker, and later documents are still read on a worker thread', async function () {
      this.timeout(30_000);
      let builtHere = 0;
      const pool = new ModelWorkerPool(crashingScript, (input) => (builtHere++, buildIndexModel(input)), { size: 1 });
      try {
        await assert.rejects(pool.build({ text: 'CRASH: the harbour will reopen within a month.', today: TODAY }), /stopped twice/);
        const text = documents(1)[0];
        assert.deepEqual(wholeModel(await pool.build({ text, today: TODAY })), buildIndexModel({ text, today: TODAY }));
        assert.equal(builtHere, 0);
        assert.equal(pool.restarted, 2);
      } finally {
        pool.dispose();
      }
    });

    it('gives up on threads after too many deaths and reads on the calling thread', async function () {
      this.timeout(30_000);
      let builtHere = 0;
      const pool = new ModelWorkerPool(crashingScript, (input) => (builtHere++, buildIndexModel(input)), { size: 1, maxRestarts: 1 });
      try {
        await assert.rejects(pool.build({ text: 'CRASH: the ferry will sail twice a day by June.', today: TODAY }));
        const text = 'CRASH: the depot will open within a year, the mayor said.';
        assert.deepEqual(wholeModel(await pool.build({ text, today: TODAY })), buildIndexModel({ text, today: TODAY }));
        assert.equal(builtHere, 1);
      } finally {
        pool.dispose();
      }
    });
  });
});

describe('ModelWorkerPool with a large document', () => {
  it('sends a model of thousands of annotations back in parts, whole and in order', async function () {
    this.timeout(60_000);
    const pool = new ModelWorkerPool(workerScript, buildIndexModel, { size: 1 });
    try {
      const text = Array.from({ length: 120 }, (_, index) => fixture.replace('$48 million', `$${index + 1} million`)).join('\n\n');
      const model = await pool.build({ text, today: TODAY });
      assert.ok(model.merged.length > 2 * MODEL_PART_SIZE, `${model.merged.length} annotations`);
      assert.deepEqual(wholeModel(model), buildIndexModel({ text, today: TODAY }));
    } finally {
      pool.dispose();
    }
  });
});
