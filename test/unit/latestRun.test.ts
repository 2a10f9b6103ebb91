import { strict as assert } from 'node:assert';
import { LatestRun, type CancellationSource } from '../../src/vscode/latestRun';

class FakeSource implements CancellationSource {
  readonly token = { isCancellationRequested: false };
  disposed = false;
  cancel(): void {
    this.token.isCancellationRequested = true;
  }
  dispose(): void {
    this.disposed = true;
  }
}

describe('the latest indexing run', () => {
  it('cancels the previous run when a new one starts', () => {
    const runs = new LatestRun(() => new FakeSource());
    const first = runs.start();
    const second = runs.start();
    assert.equal(first.token.isCancellationRequested, true);
    assert.equal(second.token.isCancellationRequested, false);
  });

  it('leaves the newer run alone when an older one finishes late', () => {
    const runs = new LatestRun(() => new FakeSource());
    const first = runs.start();
    const second = runs.start();
    runs.finish(first);
    runs.cancel();
    assert.equal(second.token.isCancellationRequested, true);
    assert.equal(first.disposed, true);
  });

  it('cancels nothing once the run has finished', () => {
    const runs = new LatestRun(() => new FakeSource());
    const only = runs.start();
    runs.finish(only);
    const next = runs.start();
    assert.equal(next.token.isCancellationRequested, false);
  });
});
