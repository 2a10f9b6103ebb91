import { strict as assert } from 'node:assert';
import { countOverdue, dueBucket, dueDateOf, overdueCommitmentDays, overdueDays } from '../../src/core/deadlines';
import type { Annotation } from '../../src/core/model';

const anchor = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
const commitment = (extra: Partial<Annotation>): Annotation => ({ id: 'c', kind: 'commitment', review: 'accepted', status: 'open', anchor, ...extra });

describe('deadlines and overdue commitments', () => {
  it('takes the latest day of a range as the due date', () => {
    assert.equal(dueDateOf(commitment({ deadline: { text: 'in two to three years', range: { earliest: '2024-01-01', latest: '2025-01-01' } } })), '2025-01-01');
  });

  it('counts days past due for an open commitment', () => {
    assert.equal(overdueDays(commitment({ deadline: { text: 'in six months', due: '2022-08-26' } }), '2022-09-05'), 10);
  });

  it('is not overdue on the due day, nor when kept, nor when rejected', () => {
    const due = { deadline: { text: 'by May', due: '2024-05-31' } };
    assert.equal(overdueDays(commitment(due), '2024-05-31'), undefined);
    assert.equal(overdueDays(commitment({ ...due, status: 'kept' }), '2025-01-01'), undefined);
    assert.equal(overdueDays(commitment({ ...due, review: 'rejected' }), '2025-01-01'), undefined);
  });

  it('groups by due date: overdue, next 30 days, later, no deadline, closed', () => {
    const today = '2024-03-01';
    assert.equal(dueBucket(commitment({ deadline: { text: 'a', due: '2024-02-01' } }), today), 'overdue');
    assert.equal(dueBucket(commitment({ deadline: { text: 'b', due: '2024-03-20' } }), today), 'next 30 days');
    assert.equal(dueBucket(commitment({ deadline: { text: 'c', due: '2024-09-20' } }), today), 'later');
    assert.equal(dueBucket(commitment({}), today), 'no deadline');
    assert.equal(dueBucket(commitment({ status: 'broken', deadline: { text: 'd', due: '2024-02-01' } }), today), 'closed');
  });
});

describe('the one count of overdue items (status bar, decorations, Problems, tree)', () => {
  const placed = (annotation: Annotation) => ({ annotation, start: 0 });
  const deadline: Annotation = { id: 'd1', kind: 'deadline', review: 'suggested', anchor: { exact: 'by 2010', prefix: '', suffix: '', start: 0, end: 7 }, due: '2010-12-31' };
  const open: Annotation = { id: 'c1', kind: 'commitment', review: 'suggested', status: 'open', anchor: { exact: 'will build by 2010', prefix: '', suffix: '', start: 0, end: 18 }, deadline: { text: 'by 2010', due: '2010-12-31' } };

  it('counts an outstanding commitment past its due date', () => {
    assert.equal(overdueCommitmentDays(placed(open), '2011-01-02'), 2);
  });

  it('does not count a bare deadline phrase: history, not a task', () => {
    assert.equal(overdueDays(deadline, '2011-01-02'), 2, 'the phrase itself is past');
    assert.equal(overdueCommitmentDays(placed(deadline), '2011-01-02'), undefined);
  });

  it('does not count an orphan (no place in the text) nor a kept commitment', () => {
    assert.equal(overdueCommitmentDays({ annotation: open }, '2011-01-02'), undefined);
    assert.equal(countOverdue([placed(open), placed({ ...open, id: 'c2', status: 'kept' }), placed(deadline), placed({ ...open, id: 'c3' })], '2011-01-02'), 2);
  });
});
