import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compareFacts, isInFactOrder, mergeInFactOrder } from '../../src/core/extract/factOrder';

interface Labelled {
  start: number;
  end: number;
  label: string;
}

const spanArbitrary = fc.record({ start: fc.nat(40), length: fc.nat(8) }).map(({ start, length }) => ({ start, end: start + length }));

/** Lists of spans, each labelled with its list and place so that ties can be told apart. */
const listsArbitrary = fc.array(fc.array(spanArbitrary, { maxLength: 12 }), { maxLength: 5 }).map((lists) =>
  lists.map((list, listIndex) => list.map((span, place): Labelled => ({ ...span, label: `${listIndex}.${place}` }))),
);

describe('fact order', () => {
  it('orders by start, the longer first on a shared start', () => {
    assert.ok(compareFacts({ start: 1, end: 5 }, { start: 2, end: 3 }) < 0);
    assert.ok(compareFacts({ start: 2, end: 9 }, { start: 2, end: 3 }) < 0);
    assert.equal(compareFacts({ start: 2, end: 3 }, { start: 2, end: 3 }), 0);
  });

  it('merges ordered lists as a stable sort of their concatenation does, ties to the earlier list', () => {
    const lists: Labelled[][] = [
      [{ start: 0, end: 4, label: 'temporal' }, { start: 10, end: 12, label: 'temporal later' }],
      [{ start: 0, end: 4, label: 'figure' }, { start: 5, end: 6, label: 'figure later' }],
      [{ start: 0, end: 20, label: 'claim' }],
    ];
    assert.deepEqual(mergeInFactOrder(lists).map((item) => item.label), ['claim', 'temporal', 'figure', 'figure later', 'temporal later']);
  });

  it('gives what the stable sort gives for any lists, ordered or not', () => {
    fc.assert(
      fc.property(listsArbitrary, fc.boolean(), (lists, orderFirst) => {
        const input = orderFirst ? lists.map((list) => [...list].sort(compareFacts)) : lists;
        const sorted = input.flat().sort(compareFacts);
        assert.deepEqual(mergeInFactOrder(input), sorted);
      }),
      { numRuns: 500 },
    );
  });

  it('tells an ordered list from one that is not', () => {
    assert.equal(isInFactOrder([]), true);
    assert.equal(isInFactOrder([{ start: 0, end: 9 }, { start: 0, end: 3 }, { start: 4, end: 5 }]), true);
    assert.equal(isInFactOrder([{ start: 0, end: 3 }, { start: 0, end: 9 }]), false);
    assert.equal(isInFactOrder([{ start: 4, end: 5 }, { start: 0, end: 9 }]), false);
  });
});
