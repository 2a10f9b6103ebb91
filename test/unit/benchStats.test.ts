import { strict as assert } from 'node:assert';
import { measureInterleaved } from '../../test/bench/stats';

/** Busy-waits about `ms`, so the timed runs have a known length. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('bench timing', () => {
  it('alternates the timed runs of the works it compares, after warming each up in turn', () => {
    const calls: string[] = [];
    const timings = measureInterleaved(
      [
        () => {
          calls.push('a');
          spin(1);
        },
        () => {
          calls.push('b');
          spin(6);
        },
      ],
      { budgetMs: 20, warmupMs: 5, minRuns: 3, maxRuns: 10 },
    );
    const warmupA = calls.indexOf('b');
    assert.ok(warmupA >= 1 && calls.slice(0, warmupA).every((call) => call === 'a'), 'a warms up first');
    const timed = calls.slice(calls.length - (timings[0].runs + timings[1].runs));
    // Both had at least three runs; while both still run, they take turns.
    const shared = Math.min(timings[0].runs, timings[1].runs);
    assert.deepEqual(timed.slice(0, shared * 2), Array.from({ length: shared * 2 }, (_, index) => (index % 2 === 0 ? 'a' : 'b')));
    assert.ok(timings[0].runs >= 3 && timings[0].runs <= 10 && timings[1].runs >= 3 && timings[1].runs <= 10);
    assert.ok(timings[1].median >= 6);
  });

  it('takes turns of several timed runs, each turn after an untimed run, when asked to', () => {
    const calls: string[] = [];
    const timings = measureInterleaved(
      [() => calls.push('a'), () => calls.push('b')],
      { budgetMs: 1, warmupMs: 0, minRuns: 7, maxRuns: 7, runsPerTurn: 3 },
    );
    assert.deepEqual(timings.map((timing) => timing.runs), [7, 7]);
    // The first run of each sizes its count; then turns of one untimed and three timed runs.
    assert.equal(calls.join(''), 'ab' + 'aaaa' + 'bbbb' + 'aaaa' + 'bbbb');
  });
});
