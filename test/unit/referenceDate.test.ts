import { strict as assert } from 'node:assert';
import { detectReferenceDate } from '../../src/core/extract/referenceDate';

describe('reference date detection', () => {
  it('reads the date key of YAML front matter', () => {
    assert.deepEqual(detectReferenceDate('---\ntitle: Quay\ndate: 2024-03-14\n---\nThe quay reopens.'), { date: '2024-03-14', from: 'front-matter' });
  });

  it('reads a front matter date with a time', () => {
    assert.deepEqual(detectReferenceDate('---\ndate: "2023-11-02T08:30:00Z"\n---\nText.'), { date: '2023-11-02', from: 'front-matter' });
  });

  it('reads a byline whose name is followed by a comma or a bar', () => {
    assert.deepEqual(detectReferenceDate('Pipeline deal signed\n\nBy A Reporter, February 26, 2022\n\nThe deal.'), { date: '2022-02-26', from: 'byline' });
    assert.deepEqual(detectReferenceDate('Port news\nBy Jane Doe | 3 March 2024\nThe port.'), { date: '2024-03-03', from: 'byline' });
    // A headline that merely contains a date is still not a byline.
    assert.equal(detectReferenceDate('Talks planned for the week of March 3, 2024 in Oslo, sources say\nBody.'), undefined);
  });

  it('reads a byline with the author name before the date', () => {
    assert.deepEqual(detectReferenceDate('Mills to reopen\n\nAsha Verma June 3, 2021\nThe mills reopen.'), { date: '2021-06-03', from: 'byline' });
  });

  it('reads a date alone on the second line', () => {
    assert.deepEqual(detectReferenceDate('Airline orders jets\nApril 07, 2009\n\nThe airline said.'), { date: '2009-04-07', from: 'byline' });
  });

  it('reads a "Published:" line with an ISO date', () => {
    assert.deepEqual(detectReferenceDate('Water plan\nPublished: 2024-03-14\nThe plan.'), { date: '2024-03-14', from: 'byline' });
  });

  it('reads a dateline with a year', () => {
    assert.deepEqual(detectReferenceDate('LONDON, March 3, 2022 (Reuters) - Shares fell.'), { date: '2022-03-03', from: 'dateline' });
  });

  it('skips a dateline without a year', () => {
    assert.equal(detectReferenceDate('WASHINGTON, March 3 (Reuters) - Shares fell on Friday.'), undefined);
  });

  it('reads a day-first date in a byline', () => {
    assert.deepEqual(detectReferenceDate('By Tom Hale 12 January 2020\nRain fell.'), { date: '2020-01-12', from: 'byline' });
  });

  it('ignores a date inside a headline sentence', () => {
    assert.equal(detectReferenceDate('Council to vote on budget before March 3, 2024 deadline\nThe council meets.'), undefined);
  });

  it('reads a dateline that opens a long lead paragraph, in capitals or title case', () => {
    const lead = ' - The ferry operator on Thursday unveiled a cheaper season ticket, priced at $499, and said it would go on sale on October 3 across the whole network.';
    assert.deepEqual(detectReferenceDate(`Ferry fares cut\n\nPort Ellis, Sept. 12, 2024${lead}`), { date: '2024-09-12', from: 'byline' });
    assert.deepEqual(detectReferenceDate(`Ferry fares cut\n\nPORT ELLIS, Sept. 12, 2024 (Wire)${lead}`), { date: '2024-09-12', from: 'dateline' });
  });

  it('takes no date from inside a long paragraph', () => {
    const text = 'Title\n\nThe tunnel, which the council first approved on March 3, 2019, has cost twice what the engineers said it would when the planning committee voted on it.';
    assert.equal(detectReferenceDate(text), undefined);
  });

  it('ignores dates beyond the first ten lines', () => {
    const text = `${'Line of text.\n'.repeat(12)}May 5, 2020\n`;
    assert.equal(detectReferenceDate(text), undefined);
  });
});
