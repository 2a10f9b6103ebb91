import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crossDocumentInputOf, type CrossDocumentInput } from '../../src/core/crossDocument/crossDocumentInput';
import { analyseAcross } from '../../src/core/crossDocument/workspaceAnalysis';
import { buildIndexModel } from '../../src/core/indexModel';
import { CrossDocumentThread } from '../../src/node/crossDocumentThread';
import { largeWorkspace } from '../bench/largeWorkspace';

const root = resolve(__dirname, '..', '..', '..');
const workerScript = resolve(root, 'dist', 'crossDocumentWorker.js');
const harbour = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
const notCancelled = { isCancellationRequested: false };

function inputs(characters: number): CrossDocumentInput[] {
  return largeWorkspace({ harbour, sample: harbour.replace('March 14, 2024', 'March 20, 2024'), fillers: [], bytes: characters }).map(({ name, text }) =>
    crossDocumentInputOf(`file:///${name}`, name, text, buildIndexModel({ text, today: '2024-06-01' }).merged),
  );
}

describe('cross-document analysis on a worker thread', function () {
  this.timeout(30_000);
  const documents = inputs(250_000);

  it('gives the analysis of the calling thread, sending large documents in parts', async () => {
    const thread = new CrossDocumentThread(workerScript, analyseAcross);
    try {
      assert.ok(documents[0].figures.length + documents[0].commitments.length > 2_000, 'the long seed needs more than one part');
      assert.deepEqual(await thread.analyse(documents, notCancelled), analyseAcross(documents));
    } finally {
      thread.dispose();
    }
  });

  it('sends only what changed: a second analysis without the long seed, then with it again', async () => {
    const thread = new CrossDocumentThread(workerScript, analyseAcross);
    try {
      await thread.analyse(documents, notCancelled);
      assert.deepEqual(await thread.analyse(documents.slice(1), notCancelled), analyseAcross(documents.slice(1)), 'a forgotten document no longer counts');
      assert.deepEqual(await thread.analyse(documents, notCancelled), analyseAcross(documents));
    } finally {
      thread.dispose();
    }
  });

  it('answers `undefined` when cancelled, and analyses afresh afterwards', async () => {
    const thread = new CrossDocumentThread(workerScript, analyseAcross);
    try {
      const cancellation = { isCancellationRequested: false };
      const running = thread.analyse(documents, cancellation);
      cancellation.isCancellationRequested = true;
      thread.cancel();
      assert.equal(await running, undefined);
      assert.deepEqual(await thread.analyse(documents, notCancelled), analyseAcross(documents));
    } finally {
      thread.dispose();
    }
  });

  it('falls back to the calling thread when the worker cannot start, with the same result', async () => {
    const thread = new CrossDocumentThread(resolve(root, 'dist', 'no-such-worker.js'), analyseAcross);
    try {
      assert.deepEqual(await thread.analyse(documents, notCancelled), analyseAcross(documents));
    } finally {
      thread.dispose();
    }
  });
});
