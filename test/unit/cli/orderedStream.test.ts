import { strict as assert } from 'node:assert';
import { forEachInOrder, type Settled } from '../../../src/cli/orderedStream';

/** A promise settled from outside, so a test decides the order in which work finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

async function* itemsOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/** Lets every pending reaction run. */
const settleAll = () => new Promise<void>((done) => setImmediate(done));

describe('forEachInOrder', () => {
  it('emits in the order of the source when later items finish first', async () => {
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const emitted: string[] = [];
    const run = forEachInOrder(itemsOf([0, 1, 2]), 3, (index) => gates[index].promise, (result) => void emitted.push(result.ok ? result.value : 'failed'));
    gates[2].resolve('c');
    gates[1].resolve('b');
    await settleAll();
    assert.deepEqual(emitted, [], 'nothing goes out before the first is done');
    gates[0].resolve('a');
    await run;
    assert.deepEqual(emitted, ['a', 'b', 'c']);
  });

  it('emits the first result while later work is still running (it streams)', async () => {
    const gates = [deferred<string>(), deferred<string>()];
    const emitted: string[] = [];
    const run = forEachInOrder(itemsOf([0, 1]), 2, (index) => gates[index].promise, (result) => void emitted.push(result.ok ? result.value : 'failed'));
    gates[0].resolve('first');
    await settleAll();
    assert.deepEqual(emitted, ['first']);
    gates[1].resolve('second');
    await run;
  });

  it('never has more items started and not yet emitted than the limit', async () => {
    let running = 0;
    let most = 0;
    await forEachInOrder(
      itemsOf(Array.from({ length: 20 }, (_, index) => index)),
      3,
      async (index) => {
        running++;
        most = Math.max(most, running);
        await settleAll();
        return index;
      },
      () => void running--,
    );
    assert.equal(most, 3);
  });

  it('hands a failure to emit in its place and goes on with the rest', async () => {
    const emitted: Array<Settled<number>> = [];
    await forEachInOrder(
      itemsOf([1, 2, 3]),
      2,
      (value) => (value === 2 ? Promise.reject(new Error('cannot read two')) : Promise.resolve(value * 10)),
      (result) => void emitted.push(result),
    );
    assert.deepEqual(
      emitted.map((result) => (result.ok ? result.value : (result.error as Error).message)),
      [10, 'cannot read two', 30],
    );
  });

  it('waits for emit before taking on more work, so a slow reader holds the work back', async () => {
    const writing = deferred<void>();
    const started: number[] = [];
    const run = forEachInOrder(
      itemsOf([0, 1, 2, 3]),
      1,
      (index) => (started.push(index), Promise.resolve(index)),
      (result) => (result.ok && result.value === 0 ? writing.promise : undefined),
    );
    await settleAll();
    assert.deepEqual(started, [0]);
    writing.resolve();
    await run;
    assert.deepEqual(started, [0, 1, 2, 3]);
  });
});
