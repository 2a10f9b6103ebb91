import { strict as assert } from 'node:assert';
import { valueTokensOf, valueWordsDiffer } from '../../src/core/anchoring/valueWords';
import { anchorToCodePoints, createAnchor } from '../../src/core/anchor';
import { toIcs } from '../../src/core/export/icsExport';
import type { Annotation } from '../../src/core/model';
import { mergeAnnotations } from '../../src/core/sidecar/mergeAnnotations';

const BEFORE = 'The ministry said on Monday that the new ferry line between the two islands will open in six months, once the quay is rebuilt.';

function storedDeadline(text: string, quote: string): Annotation {
  const start = text.indexOf(quote);
  return { id: 'd1', kind: 'deadline', review: 'accepted', timex: 'P6M', due: '2024-07-10', anchor: anchorToCodePoints(text, createAnchor(text, start, start + quote.length)) };
}

describe('stale values', () => {
  describe('the words that carry a value', () => {
    it('are digits, number words and date words, in order', () => {
      assert.deepEqual(valueTokensOf('will open in Six months, by 14 March 2025 at 3%'), ['six', 'months', 'by', '14', 'march', '2025', '3', '%']);
    });

    it('differ when a number word changes but not when other words do', () => {
      assert.equal(valueWordsDiffer('open in six months', 'open in nine months'), true);
      assert.equal(valueWordsDiffer('open in six months', 'opens in six months'), false);
      assert.equal(valueWordsDiffer('cost $12 million', 'cost $15 million'), true);
      assert.equal(valueWordsDiffer('before Friday', 'before Monday'), true);
    });
  });

  describe('re-anchoring', () => {
    const quote = 'the new ferry line between the two islands will open in six months';
    const annotation = storedDeadline(BEFORE, quote);

    it('flags a value whose quote now says nine months instead of six', () => {
      const after = BEFORE.replace('in six months', 'in nine months');
      const [merged] = mergeAnnotations(after, [], [annotation]);
      assert.equal(merged.anchorState, 'fuzzy');
      assert.equal(merged.stale, true);
    });

    it('does not flag a quote reworded without touching its value', () => {
      const after = BEFORE.replace('will open', 'is to open');
      const [merged] = mergeAnnotations(after, [], [annotation]);
      assert.equal(merged.anchorState, 'fuzzy');
      assert.equal(merged.stale, undefined);
    });

    it('keeps the flag a sidecar already carries', () => {
      const [merged] = mergeAnnotations(BEFORE, [], [{ ...annotation, stale: true }]);
      assert.equal(merged.anchorState, 'exact');
      assert.equal(merged.stale, true);
    });
  });

  it('is never exported to a calendar as a confirmed event', () => {
    const after = BEFORE.replace('in six months', 'in nine months');
    const commitment: Annotation = { ...annotation(), kind: 'commitment', status: 'open', deadline: { text: 'in six months', timex: 'P6M', due: '2024-07-10' } };
    const [merged] = mergeAnnotations(after, [], [commitment]);
    const ics = toIcs([{ file: 'ferry.txt', text: after, referenceDate: '2024-01-10', annotations: [merged] }], { generatedAt: '2026-01-01T00:00:00.000Z' });
    assert.match(ics, /STATUS:TENTATIVE/);
    assert.doesNotMatch(ics, /STATUS:CONFIRMED/);
    assert.match(ics.replace(/\r\n /g, ''), /Stale/);
  });
});

function annotation(): Annotation {
  return storedDeadline(BEFORE, 'the new ferry line between the two islands will open in six months');
}
