import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import { ParagraphFactCache } from '../../../../src/core/extract/incremental/paragraphCache';
import { temporalFact, temporalSpans } from './temporalFacts';

describe('ranges as one expression', () => {
  it('reads "from 1998 to 2001" as one span with its length and whole extent', () => {
    const found = temporalFact('The mine was idle from 1998 to 2001.', 'from 1998 to 2001');
    assert.equal(found.timexType, 'DURATION');
    assert.equal(found.timex, 'P3Y');
    assert.deepEqual(found.range, { earliest: '1998-01-01', latest: '2001-12-31' });
    assert.equal(found.extent, undefined);
    assert.equal(found.kind, 'date');
    assert.deepEqual(found.ends?.map((end) => [end.text, end.timex]), [['1998', '1998'], ['2001', '2001']]);
  });

  it('reads "between 2026 and 2028" ahead of the reference date as a deadline with earliest and latest', () => {
    const found = temporalFact('The ferries will be replaced between 2026 and 2028.', 'between 2026 and 2028');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.timex, 'P2Y');
    assert.deepEqual(found.range, { earliest: '2026-01-01', latest: '2028-12-31' });
  });

  it('counts months between two months and days between two days', () => {
    assert.equal(temporalFact('The canal was drained from April 2015 to January 2016.', 'from April 2015 to January 2016').timex, 'P9M');
    assert.equal(temporalFact('The fair ran from June 2, 2019 to June 9, 2019.', 'from June 2, 2019 to June 9, 2019').timex, 'P7D');
  });

  it('keeps the ends apart when they run backwards or differ in kind', () => {
    assert.deepEqual(temporalSpans('Rents fell from 2012 to 2010 levels.'), ['2012', '2010']);
    assert.deepEqual(temporalSpans('Output grew from 2015 to March 2017.'), ['2015', 'March 2017']);
  });

  it('reads "between 4 and 7 weeks" as one length, a deadline only after "in"', () => {
    const span = temporalFact('The cast stays on for between 4 and 7 weeks.', 'between 4 and 7 weeks');
    assert.equal(span.timex, 'P7W');
    assert.equal(span.kind, 'date');
    const deadline = temporalFact('The bridge will reopen in between 4 and 7 weeks.', 'between 4 and 7 weeks');
    assert.equal(deadline.kind, 'deadline');
    assert.deepEqual(deadline.range, { earliest: '2024-04-11', latest: '2024-05-02' });
  });

  it('leaves "between 6 and 9" without a unit to the figures', () => {
    assert.deepEqual(temporalSpans('Scores ranged between 6 and 9 points.'), []);
  });
});

describe('ranges in the incremental cache', () => {
  it('moves the ends of a range with the text an edit above them inserts', () => {
    const text = 'The quay was first planned in spring.\n\nThe pier was closed from 2003 to 2005 for repairs.';
    const cache = new ParagraphFactCache();
    extract(text, { cache, today: '2024-06-01' });
    const edited = `A note added above.\n\n${text}`;
    assert.deepEqual(extract(edited, { cache, today: '2024-06-01' }), extract(edited, { today: '2024-06-01' }));
  });
});
