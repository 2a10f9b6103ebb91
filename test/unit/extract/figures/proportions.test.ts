import { strict as assert } from 'node:assert';
import { extractFigures } from '../../../../src/core/extract/figures/extractFigures';
import { scanText } from '../../../../src/core/extract/scannedText';

function figuresOf(text: string): Array<{ text: string; value: number; unit?: string; extent?: string }> {
  return extractFigures(scanText(text)).map((figure) => ({ text: figure.text, value: figure.value, ...(figure.unit ? { unit: figure.unit } : {}), ...(figure.extent ? { extent: figure.extent.text } : {}) }));
}

describe('proportions: "one in four", "3 out of 10"', () => {
  it('reads a proportion in words as a share in per cent, through what it counts', () => {
    assert.deepEqual(figuresOf('One in four tenants now rents from a housing trust.'), [{ text: 'One in four tenants', value: 25, unit: '%', extent: 'One in four' }]);
    assert.deepEqual(figuresOf('Two in five nurses plan to leave.'), [{ text: 'Two in five nurses', value: 40, unit: '%', extent: 'Two in five' }]);
  });

  it('reads digits and "out of", with a qualifier before', () => {
    const [figure] = figuresOf('Nearly 3 out of 10 cyclists ride without lights.');
    assert.deepEqual(figure, { text: 'Nearly 3 out of 10 cyclists', value: 30, unit: '%', extent: 'Nearly 3 out of 10' });
    assert.equal(figuresOf('One in 2,500 babies is born with the condition.')[0].value, 0.04);
  });

  it('no longer reads the whole of a proportion as a count of its own', () => {
    assert.ok(!figuresOf('One in four tenants now rents from a housing trust.').some((figure) => figure.value === 4));
  });

  it('leaves a count within a stretch of time, a year and a part larger than its whole alone', () => {
    assert.deepEqual(figuresOf('The striker scored two in five minutes.').map((figure) => figure.value), [2]);
    assert.ok(!figuresOf('The club won 5 in 2021.').some((figure) => figure.unit === '%'));
    assert.ok(!figuresOf('They lost 6 in 4 games.').some((figure) => figure.unit === '%'));
  });
});

describe('counts with "more" or "fewer"', () => {
  it('counts the noun after "150 more", but not after "10 more than"', () => {
    assert.deepEqual(figuresOf('The trust hired 150 more nurses.'), [{ text: '150 more nurses', value: 150, unit: 'nurses', extent: '150' }]);
    assert.deepEqual(figuresOf('Sales were 10 more than last year.').map((figure) => figure.unit), [undefined]);
  });
});

describe('shares after "by" and counts in millions', () => {
  it('reads "by a third" and "by half" as shares with no "of"', () => {
    assert.deepEqual(figuresOf('Bus fares fell by a third.'), [{ text: 'a third', value: 33.33, unit: '%' }]);
    assert.deepEqual(figuresOf('The council cut the grant by half.'), [{ text: 'half', value: 50, unit: '%' }]);
    assert.deepEqual(figuresOf('A third arrived late.'), []);
  });

  it('reads "1.3m workers" as 1.3 million workers, and "500m" alone still as metres', () => {
    assert.deepEqual(figuresOf('The strike hit 1.3m workers.'), [{ text: '1.3m workers', value: 1_300_000, unit: 'workers', extent: '1.3m' }]);
    assert.equal(figuresOf('The pier is 500m long.')[0].unit, 'm');
  });
});
