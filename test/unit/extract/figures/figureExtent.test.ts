import { strict as assert } from 'node:assert';
import { extractFigures } from '../../../../src/core/extract/figures/extractFigures';
import { scanText } from '../../../../src/core/extract/scannedText';
import type { FigureFact } from '../../../../src/core/model';

/** The one figure whose span contains `needle`. */
function figureWith(text: string, needle: string): FigureFact {
  const found = extractFigures(scanText(text)).filter((figure) => figure.text.includes(needle));
  assert.equal(found.length, 1, `expected one figure containing ${JSON.stringify(needle)}, got ${JSON.stringify(extractFigures(scanText(text)).map((f) => f.text))}`);
  return found[0];
}

/** The extent as text, checked against the offsets: the extent when the figure has one, else its span. */
function extentOf(text: string, figure: FigureFact): string {
  const extent = figure.extent ?? figure;
  assert.equal(extent.text, text.slice(extent.start, extent.end));
  return extent.text;
}

describe('two figures joined by "to" in different units', () => {
  it('reads a change in per cent to a price as two figures, never a range in the price\'s currency', () => {
    const text = 'Harlow Mills shares rose 3.4% to €61.20 in Frankfurt.';
    assert.deepEqual([figureWith(text, '3.4').text, figureWith(text, '3.4').unit, figureWith(text, '3.4').valueMax], ['3.4%', '%', undefined]);
    assert.deepEqual([figureWith(text, '61.20').text, figureWith(text, '61.20').unit], ['€61.20', 'EUR']);
  });
});

describe('figure extent beside the displayed span', () => {
  it('keeps a minus sign with its number, and no hyphen between two numbers or after a word', () => {
    const text = 'Output fell -0.4% while frost hit −6°C and the index sat at minus 12 points.';
    assert.deepEqual([figureWith(text, '0.4').text, figureWith(text, '0.4').value], ['-0.4%', -0.4]);
    assert.deepEqual([figureWith(text, '6°C').text, figureWith(text, '6°C').value], ['−6°C', -6]);
    assert.deepEqual([figureWith(text, '12').text, figureWith(text, '12').value], ['minus 12 points', -12]);
    assert.equal(figureWith('Ratings of 5-10 points held.', '5').value, 5);
    assert.equal(figureWith('The H-20 jets cost $4m each.', '$4m').value, 4e6);
  });

  it('reads "41C" as a temperature, but not a flat or a seat so numbered', () => {
    assert.equal(figureWith('The town saw a high of 41C on Sunday.', '41').unit, '°C');
    assert.deepEqual(extractFigures(scanText('She moved into Flat 4F and sat in seat 12C.')), []);
  });

  it('does not take "a year" for a rate when it starts "a year earlier"', () => {
    const text = 'Turnover was €2.1bn, down from €2.6bn a year earlier, while fees rose 4% a year.';
    assert.equal(figureWith(text, '€2.6bn').text, '€2.6bn');
    assert.equal(figureWith(text, '4%').text, '4% a year');
  });

  it('leaves the counted noun phrase out of the extent but keeps it in the span', () => {
    const text = 'The yard delivered 14 new harbour tugs last spring.';
    const figure = figureWith(text, '14');
    assert.equal(figure.text, '14 new harbour tugs');
    assert.equal(extentOf(text, figure), '14');
  });

  it('keeps an approximator or bound in the extent', () => {
    const text = 'Officials counted roughly 3,200 visitors and more than 40 stalls.';
    assert.equal(extentOf(text, figureWith(text, '3,200')), 'roughly 3,200');
    assert.equal(extentOf(text, figureWith(text, '40')), 'more than 40');
  });

  it('leaves a rate out of the extent', () => {
    const text = 'Diesel sold for $1.90 a litre in the port town.';
    const figure = figureWith(text, '$1.90');
    assert.equal(figure.per, 'litre');
    assert.equal(extentOf(text, figure), '$1.90');
  });

  it('leaves "times" out of the extent of a multiplier', () => {
    const text = 'The new pump is three times quieter.';
    assert.equal(extentOf(text, figureWith(text, 'three')), 'three');
  });

  it('marks "thousands of" as the extent of a vague count', () => {
    const text = 'Volunteers filled thousands of sandbags overnight.';
    const figure = figureWith(text, 'thousands');
    assert.equal(figure.text, 'thousands of sandbags');
    assert.equal(extentOf(text, figure), 'thousands of');
  });

  it('keeps a hyphenated count whole: its extent cannot stop inside a word', () => {
    const text = 'They rented a 3-bedroom flat.';
    assert.equal(figureWith(text, '3-bedroom').extent, undefined);
  });

  it('keeps a unit of measure in the extent', () => {
    const text = 'The ferry carries 12 tonnes of freight.';
    assert.equal(figureWith(text, '12').extent, undefined);
  });
});
