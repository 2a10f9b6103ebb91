import { strict as assert } from 'node:assert';
import { parseTimelineMessage } from '../../../src/vscode/timelineMessages';

describe('timeline webview messages', () => {
  it('accepts the five known messages and copies only their known fields', () => {
    assert.deepEqual(parseTimelineMessage({ type: 'ready', extra: '<script>' }), { type: 'ready' });
    assert.deepEqual(parseTimelineMessage({ type: 'rendered', rows: 12, placed: 9, groups: 3, grouping: 'actor', html: 'x' }), { type: 'rendered', rows: 12, placed: 9, groups: 3, grouping: 'actor' });
    assert.deepEqual(parseTimelineMessage({ type: 'reveal', id: 'file:///w/a.txt#c-1' }), { type: 'reveal', id: 'file:///w/a.txt#c-1' });
    assert.deepEqual(parseTimelineMessage({ type: 'group', grouping: 'document' }), { type: 'group', grouping: 'document' });
    assert.deepEqual(parseTimelineMessage({ type: 'zoom', zoom: 'quarter', command: 'x' }), { type: 'zoom', zoom: 'quarter' });
  });

  it('keeps the zoom, axis and headings a render reports', () => {
    const report = { type: 'rendered', rows: 2, placed: 1, zoom: 'year', axis: { start: '2024-04-01', end: '2025-03-31', extra: 1 }, headings: ['Actor: The council', 'Actor: (no actor)'] };
    assert.deepEqual(parseTimelineMessage(report), { type: 'rendered', rows: 2, placed: 1, zoom: 'year', axis: { start: '2024-04-01', end: '2025-03-31' }, headings: ['Actor: The council', 'Actor: (no actor)'] });
  });

  it('ignores unknown types and values that are not objects', () => {
    for (const value of [undefined, null, 'reveal', 42, [], ['reveal'], { type: 'runCommand', command: 'workbench.action.terminal.new' }, { type: 'REVEAL', id: 'x' }, {}]) {
      assert.equal(parseTimelineMessage(value), undefined, JSON.stringify(value));
    }
  });

  it('ignores known types whose fields have the wrong type or range', () => {
    const bad = [
      { type: 'reveal' },
      { type: 'reveal', id: 7 },
      { type: 'reveal', id: '' },
      { type: 'reveal', id: 'x'.repeat(5000) },
      { type: 'reveal', id: { toString: () => 'x' } },
      { type: 'group', grouping: 'status' },
      { type: 'group' },
      { type: 'rendered', rows: '3', placed: 1 },
      { type: 'rendered', rows: 3, placed: -1 },
      { type: 'rendered', rows: 3, placed: 4 },
      { type: 'rendered', rows: 1.5, placed: 1 },
      { type: 'rendered', rows: Number.NaN, placed: 0 },
      { type: 'rendered', rows: 3, placed: 1, grouping: 'due' },
      { type: 'rendered', rows: 3, placed: 1, groups: -2 },
      { type: 'zoom', zoom: 'decade' },
      { type: 'zoom' },
      { type: 'rendered', rows: 3, placed: 1, zoom: 'month' },
      { type: 'rendered', rows: 3, placed: 1, axis: { start: '2024-13-01', end: '2025-01-01' } },
      { type: 'rendered', rows: 3, placed: 1, axis: '2024-01-01' },
      { type: 'rendered', rows: 3, placed: 1, headings: [7] },
      { type: 'rendered', rows: 3, placed: 1, headings: 'Actor: x' },
    ];
    for (const value of bad) assert.equal(parseTimelineMessage(value), undefined, JSON.stringify(value));
  });
});
