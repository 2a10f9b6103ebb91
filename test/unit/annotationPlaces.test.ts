import { strict as assert } from 'node:assert';
import { AnnotationPlaces, placesOf } from '../../src/core/annotationPlaces';
import { LineIndex } from '../../src/core/lineIndex';
import type { MergedAnnotation } from '../../src/core/sidecar/mergeAnnotations';

function placed(id: string, start: number, end: number): MergedAnnotation {
  return { annotation: { id, kind: 'figure', review: 'suggested', anchor: { exact: 'x', prefix: '', suffix: '', start, end } }, origin: 'extracted', anchorState: 'exact', start, end };
}

describe('annotation places (one id map and line index per document model)', () => {
  const text = 'First line\nSecond line with 12%\n\nFourth line, 40 km\n';
  const merged = [placed('f-a', 28, 31), placed('f-b', 46, 51), placed('f-a', 0, 5)];

  it('finds an annotation by id, the first of a repeated id as merged.find would', () => {
    const places = new AnnotationPlaces(text, merged);
    assert.equal(places.find('f-b'), merged[1]);
    assert.equal(places.find('f-a'), merged.find((item) => item.annotation.id === 'f-a'));
    assert.equal(places.find('missing'), undefined);
  });

  it('gives the same positions as a line index of the whole text', () => {
    const places = new AnnotationPlaces(text, merged);
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(places.positionAt(offset), lines.positionAt(offset), `offset ${offset}`);
    assert.equal(places.lineAt(46), 3);
  });

  it('gives a span as lines and UTF-16 characters, as an editor counts them (emoji take two, CRLF ends a line)', () => {
    const crlf = 'Rocket \u{1F680} launch\r\nBudget: $48 million\r\n';
    const start = crlf.indexOf('$48');
    const places = placesOf({ text: crlf, merged: [placed('f-m', start, start + 11)] });
    assert.deepEqual(places.rangeAt(start, start + 11), { start: { line: 1, character: 8 }, end: { line: 1, character: 19 } });
    const launch = crlf.indexOf('launch');
    assert.deepEqual(places.rangeAt(launch, launch + 6), { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } });
  });

  it('is made once per model and anew for a new model', () => {
    const model = { text, merged };
    assert.equal(placesOf(model), placesOf({ text, merged }), 'the same annotation list: the same places');
    const edited = { text: `Inserted\n${text}`, merged: merged.map((item) => placed(item.annotation.id, item.start! + 9, item.end! + 9)) };
    assert.notEqual(placesOf(edited), placesOf(model));
    assert.equal(placesOf(edited).lineAt(edited.merged[1].start!), 4);
  });

  it('finds 2,000 members in a 5 MB text in well under a second (the freeze of issue #20 rebuilt the index per lookup)', () => {
    const line = 'The authority will award the contract by the end of June, officials said on Monday.\n';
    const big = line.repeat(Math.ceil(5_000_000 / line.length));
    const many = Array.from({ length: 2_000 }, (_, index) => placed(`f-${index}`, index * 2_000, index * 2_000 + 10));
    const started = performance.now();
    const places = placesOf({ text: big, merged: many });
    for (let index = 0; index < many.length; index++) places.positionAt(places.find(`f-${index}`)!.start!);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1_000, `took ${elapsed.toFixed(0)} ms`);
  });
});
