import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core/lineIndex';

describe('line and column of an offset', () => {
  it('counts a lone carriage return as a line break, as editors do', () => {
    const text = 'first\rsecond\r\nthird\nfourth';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.humanPositionAt(text.indexOf('second')), { line: 2, column: 1 });
    assert.deepEqual(lines.humanPositionAt(text.indexOf('third')), { line: 3, column: 1 });
    assert.deepEqual(lines.humanPositionAt(text.indexOf('fourth')), { line: 4, column: 1 });
  });

  it('gives the same columns on one long line whether offsets come in order, backwards or repeated', () => {
    const text = `${'🚢 ab '.repeat(500)}end`;
    const offsets = [...text.matchAll(/ab/g)].map((match) => match.index);
    const expected = offsets.map((offset) => ({ line: 1, column: [...text.slice(0, offset)].length + 1 }));
    const inOrder = new LineIndex(text);
    assert.deepEqual(offsets.map((offset) => inOrder.humanPositionAt(offset)), expected);
    const backwards = new LineIndex(text);
    assert.deepEqual([...offsets].reverse().map((offset) => backwards.humanPositionAt(offset)), [...expected].reverse());
    assert.deepEqual(inOrder.humanPositionAt(offsets[3]), expected[3]);
  });

  it('counts the columns of a listing on one long line in one pass, not one pass per fact', () => {
    // A one-line document with a figure every few words: counting each column from the line's
    // start would step over ~n²/2 characters for n facts.
    const text = 'The fund paid out 12 million dollars this week. '.repeat(20_000);
    const offsets = [...text.matchAll(/12 million/g)].map((match) => match.index);
    const lines = new LineIndex(text);
    for (const offset of offsets) lines.humanPositionAt(offset);
    assert.equal(offsets.length, 20_000);
    assert.ok(lines.columnSteps <= text.length, `${lines.columnSteps} steps over a ${text.length}-character line`);
  });
});
