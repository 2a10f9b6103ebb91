import { strict as assert } from 'node:assert';
import { deadlinesFor, type ActionPart } from '../../../../src/core/extract/commitments/deadlines';
import { scanText } from '../../../../src/core/extract/scannedText';
import { extractTemporal } from '../../../../src/core/extract/temporal/extractTemporal';
import type { ReferenceDate, TextSpan } from '../../../../src/core/model';

/** 2024-03-14 is a Thursday. */
const REFERENCE: ReferenceDate = { date: '2024-03-14', from: 'byline' };

/** The parts of the action `action` (a substring of `text`) with the deadlines it holds. */
function partsOf(text: string, action: string): ActionPart[] {
  const start = text.indexOf(action);
  assert.ok(start >= 0, `"${action}" is not in the text`);
  const span: TextSpan = { start, end: start + action.length, text: action };
  return deadlinesFor(text, start, span, extractTemporal(scanText(text), REFERENCE), REFERENCE.date);
}

function deadlineOf(text: string, action: string) {
  const parts = partsOf(text, action);
  assert.equal(parts.length, 1, `expected one part, got ${parts.length}`);
  return parts[0].deadline;
}

describe('deadlines a plan names', () => {
  it('joins a choice of two months into one window: "in July or August of this year"', () => {
    const text = 'The agency said the trials will finish in July or August of this year.';
    const deadline = deadlineOf(text, 'finish in July or August of this year');
    assert.equal(deadline?.text, 'July or August of this year');
    assert.deepEqual(deadline?.range, { earliest: '2024-07-01', latest: '2024-08-31' });
    assert.equal(deadline?.timex, '2024-07/2024-08');
    assert.deepEqual(deadline?.ends?.map((end) => end.timex), ['2024-07', '2024-08']);
  });

  it('gives the first month of a choice the year written with the second', () => {
    const text = 'The builders will hand over the flats in May or June of 2026.';
    assert.deepEqual(deadlineOf(text, 'hand over the flats in May or June of 2026')?.range, { earliest: '2026-05-01', latest: '2026-06-30' });
  });

  it('keeps two dates of two parts apart: "A in 2026 and B in 2028"', () => {
    const text = 'The port will dredge the channel in 2026 and build a quay in 2028.';
    const parts = partsOf(text, 'dredge the channel in 2026 and build a quay in 2028');
    assert.deepEqual(parts.map((part) => part.deadline?.text), ['2026', '2028']);
  });

  it('reads "immediately" as due on the reference date', () => {
    const text = 'The bank said the new fees would apply immediately.';
    const deadline = deadlineOf(text, 'apply immediately');
    assert.equal(deadline?.text, 'immediately');
    assert.equal(deadline?.due, '2024-03-14');
    assert.equal(deadline?.kind, 'deadline');
  });

  it('gives no deadline to "immediately after" an event the text does not date', () => {
    assert.equal(deadlineOf('The union will strike immediately after the vote.', 'strike immediately after the vote'), undefined);
    assert.equal(deadlineOf('The new signs will stand *immediately* before the junction.', 'stand *immediately* before the junction'), undefined);
  });

  it('prefers a written date to "immediately"', () => {
    const text = 'The mill will stop immediately and close on April 30.';
    assert.equal(deadlineOf(text, 'stop immediately and close on April 30')?.text, 'April 30');
  });

  it('takes a clock time on the reference day as a deadline still ahead', () => {
    const text = 'The train is due to reach the border at 16:45 GMT.';
    const deadline = deadlineOf(text, 'reach the border at 16:45 GMT');
    assert.equal(deadline?.due, '2024-03-14');
  });

  it('does not take a part of the reference day as a deadline: "announced this morning"', () => {
    assert.equal(deadlineOf('The council will publish the plan, its leader announced this morning.', 'publish the plan, its leader announced this morning'), undefined);
  });

  it('resolves "before the end of the month" to its last day', () => {
    assert.equal(deadlineOf('The shop will reopen before the end of the month.', 'reopen before the end of the month')?.due, '2024-03-31');
  });

  it('attaches "over the next few years" as a window two to six years ahead', () => {
    const deadline = deadlineOf('The railway will electrify its lines over the next few years.', 'electrify its lines over the next few years');
    assert.deepEqual(deadline?.range, { earliest: '2026-03-14', latest: '2030-03-14' });
  });
});
