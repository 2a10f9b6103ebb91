import { strict as assert } from 'node:assert';
import type { Conflict } from '../../src/core/crossDocument/findConflicts';
import { MAX_RELATED_LINKS } from '../../src/core/crossDocument/conflictLinks';
import { documentProblems, type ProblemSettings } from '../../src/core/documentProblems';
import type { Annotation } from '../../src/core/model';
import type { MergedAnnotation } from '../../src/core/sidecar/mergeAnnotations';

const TODAY = '2025-06-01';
const ALL: ProblemSettings = { conflicts: true, orphans: true, overdue: true, today: TODAY };

function commitment(id: string, start: number | undefined, exact: string, extra: Partial<Annotation> = {}, anchorStart = start ?? 0): MergedAnnotation {
  const annotation: Annotation = { id, kind: 'commitment', review: 'accepted', status: 'open', actor: 'The council', action: 'rebuild the bridge', anchor: { exact, prefix: '', suffix: '', start: anchorStart, end: anchorStart + exact.length }, ...extra };
  return start === undefined ? { annotation, origin: 'sidecar', anchorState: 'orphaned' } : { annotation, origin: 'sidecar', anchorState: 'exact', start, end: start + exact.length };
}

describe('a document\'s problems', () => {
  const text = 'Title\n\nThe council will rebuild the bridge by 2024, the mayor said.\nThe council will repave the square.\n';
  const quote = 'The council will rebuild the bridge by 2024';

  it('puts an orphan at its last known place, not on line 1', () => {
    // Stored at the start of the third line's sentence; the words are gone from the text now.
    const orphan = commitment('c1', undefined, 'The council will reopen the ferry by 2030', {}, text.indexOf('The council will repave'));
    const [problem] = documentProblems({ text, merged: [orphan] }, 'a.txt', undefined, ALL);
    assert.equal(problem.kind, 'orphan');
    assert.equal(problem.start, text.indexOf('The council will repave'));
    assert.equal(problem.end, text.indexOf('\n', problem.start), 'to the end of the line, the quote being longer');
  });

  it('puts an orphan stored past the end of a shortened text at the end', () => {
    const orphan = commitment('c1', undefined, 'gone', {}, 10_000);
    const [problem] = documentProblems({ text, merged: [orphan] }, 'a.txt', undefined, ALL);
    assert.deepEqual([problem.start, problem.end], [text.length, text.length]);
  });

  it('counts code points in the stored place, as the sidecar does', () => {
    const withEmoji = '🎉🎉 News\nThe council will repave the square.\n';
    const orphan = commitment('c1', undefined, 'gone', {}, [...withEmoji.slice(0, withEmoji.indexOf('The council'))].length);
    const [problem] = documentProblems({ text: withEmoji, merged: [orphan] }, 'a.txt', undefined, ALL);
    assert.equal(problem.start, withEmoji.indexOf('The council'));
  });

  it('reports an overdue open commitment only when asked, and never a kept one', () => {
    const start = text.indexOf(quote);
    const overdue = commitment('c1', start, quote, { deadline: { text: 'by 2024', due: '2024-12-31' } });
    const kept = commitment('c2', start, quote, { status: 'kept', deadline: { text: 'by 2024', due: '2024-12-31' } });
    assert.deepEqual(documentProblems({ text, merged: [overdue, kept] }, 'a.txt', undefined, { ...ALL, overdue: false }), []);
    const problems = documentProblems({ text, merged: [overdue, kept] }, 'a.txt', undefined, ALL);
    assert.deepEqual(problems.map((problem) => [problem.kind, problem.item.annotation.id]), [['overdue', 'c1']]);
    assert.equal(problems[0].kind === 'overdue' && problems[0].days, 152);
  });

  it('reports a stale value where it is placed, with the orphans, and not when they are off', () => {
    const start = text.indexOf(quote);
    const stale: MergedAnnotation = { ...commitment('c1', start, quote), anchorState: 'fuzzy', stale: true };
    const problems = documentProblems({ text, merged: [stale] }, 'a.txt', undefined, { ...ALL, overdue: false });
    assert.deepEqual(problems.map((problem) => [problem.kind, problem.start, problem.end]), [['stale', start, start + quote.length]]);
    assert.deepEqual(documentProblems({ text, merged: [stale] }, 'a.txt', undefined, { ...ALL, orphans: false, overdue: false }), []);
  });

  it('reports conflicts of its own annotations with at most MAX_RELATED_LINKS links each', () => {
    const start = text.indexOf(quote);
    const item = commitment('c1', start, quote);
    const members = [{ documentKey: 'a.txt', annotationId: 'c1', documentLabel: 'a.txt', quote: 'by 2024' }, ...Array.from({ length: 40 }, (_, index) => ({ documentKey: 'big.txt', annotationId: `c${index}`, documentLabel: 'big.txt', quote: 'by 2026' }))];
    const conflict: Conflict = { kind: 'deadline', subject: 'rebuild the bridge', message: 'Deadlines disagree', sides: [], members };
    const problems = documentProblems({ text, merged: [item] }, 'a.txt', new Map([['c1', [conflict]], ['gone', [conflict]]]), ALL);
    assert.equal(problems.length, 1, 'an id the document no longer has is skipped');
    const [problem] = problems;
    assert.ok(problem.kind === 'conflict');
    assert.deepEqual([problem.start, problem.end], [start, start + quote.length]);
    assert.equal(problem.links.shown.length, MAX_RELATED_LINKS);
    assert.equal(problem.links.omitted, 40 - MAX_RELATED_LINKS);
  });

  it('leaves rejected annotations out', () => {
    const rejected = commitment('c1', undefined, 'gone', { review: 'rejected' });
    assert.deepEqual(documentProblems({ text, merged: [rejected] }, 'a.txt', undefined, ALL), []);
  });
});
