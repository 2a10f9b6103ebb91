import { strict as assert } from 'node:assert';
import { extractTemporal } from '../../../../src/core/extract/temporal/extractTemporal';
import { scanText } from '../../../../src/core/extract/scannedText';
import type { ReferenceDate, TemporalFact } from '../../../../src/core/model';

const REFERENCE: ReferenceDate = { date: '2024-03-14', from: 'byline' };

function factAt(text: string, span: string): TemporalFact {
  const found = extractTemporal(scanText(text), REFERENCE).find((fact) => fact.text === span);
  assert.ok(found, `no fact "${span}" in ${JSON.stringify(extractTemporal(scanText(text), REFERENCE).map((fact) => fact.text))}`);
  return found;
}

/** The TIMEX3 extent as text: the extent when the fact has one, else its span. */
function extentOf(fact: TemporalFact, text: string): string {
  const extent = fact.extent ?? fact;
  assert.equal(extent.text, text.slice(extent.start, extent.end));
  return extent.text;
}

describe('TIMEX3 extent beside the displayed span', () => {
  it('keeps "by" in the deadline span and leaves it out of the extent', () => {
    const text = 'The harbour board will finish dredging by 2030.';
    const found = factAt(text, 'by 2030');
    assert.equal(found.kind, 'deadline');
    assert.equal(extentOf(found, text), '2030');
  });

  it('leaves "since" and "until" out of the extent of a bounded date', () => {
    const text = 'Ferries have sailed since 1998 and will keep sailing until March 2026.';
    assert.equal(extentOf(factAt(text, 'since 1998'), text), '1998');
    assert.equal(extentOf(factAt(text, 'until March 2026'), text), 'March 2026');
  });

  it('leaves "in" and "within" out of the extent of a counted deadline', () => {
    const text = 'The council expects a ruling in 90 days and a permit within the next six months.';
    assert.equal(extentOf(factAt(text, 'in 90 days'), text), '90 days');
    assert.equal(extentOf(factAt(text, 'within the next six months'), text), 'the next six months');
  });

  it('gives no separate extent when the span is already the TIMEX3 extent', () => {
    const text = 'Prices rose 4% in 2019, and houses built pre-1990 need checks.';
    assert.equal(factAt(text, '2019').extent, undefined);
    assert.equal(factAt(text, 'pre-1990').extent, undefined);
  });
});
