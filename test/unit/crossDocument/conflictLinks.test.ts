import { strict as assert } from 'node:assert';
import { conflictLinks, MAX_RELATED_LINKS } from '../../../src/core/crossDocument/conflictLinks';
import type { ConflictMember } from '../../../src/core/crossDocument/findConflicts';

function member(documentKey: string, annotationId: string): ConflictMember {
  return { documentKey, annotationId, documentLabel: documentKey, quote: '$48 million' };
}

describe('links from a conflict warning to the other documents', () => {
  it('links every other member of a small conflict, not the member itself', () => {
    const members = [member('a.txt', 'f1'), member('b.txt', 'f2'), member('c.txt', 'f3')];
    const links = conflictLinks(members, { documentKey: 'b.txt', annotationId: 'f2' });
    assert.deepEqual(links.shown.map((shown) => shown.documentKey), ['a.txt', 'c.txt']);
    assert.equal(links.omitted, 0);
  });

  it('caps the links of a large conflict and reaches every other document first', () => {
    // A 5 MB document repeating one article: 900 copies of a figure, one short report disagreeing.
    const members = [...Array.from({ length: 900 }, (_, index) => member('big.txt', `f${index}`)), member('short.txt', 's1'), member('other.txt', 'o1')];
    const links = conflictLinks(members, { documentKey: 'big.txt', annotationId: 'f5' });
    assert.equal(links.shown.length, MAX_RELATED_LINKS);
    assert.deepEqual(links.shown.slice(0, 2).map((shown) => shown.documentKey), ['short.txt', 'other.txt']);
    assert.ok(!links.shown.some((shown) => shown.documentKey === 'big.txt' && shown.annotationId === 'f5'));
    assert.equal(links.omitted, 901 - MAX_RELATED_LINKS);
  });

  it('from the short report, links some of the big document\'s copies and counts the rest', () => {
    const members = [...Array.from({ length: 900 }, (_, index) => member('big.txt', `f${index}`)), member('short.txt', 's1')];
    const links = conflictLinks(members, { documentKey: 'short.txt', annotationId: 's1' }, 3);
    assert.deepEqual(links.shown.map((shown) => shown.annotationId), ['f0', 'f1', 'f2']);
    assert.equal(links.omitted, 897);
  });
});
