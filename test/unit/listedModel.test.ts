import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndexModel, type IndexModel } from '../../src/core/indexModel';
import { isListed, modelFromMerged, modelFromText, modelToText, wholeModel } from '../../src/core/listedModel';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';

const root = resolve(__dirname, '..', '..', '..');
const fixture = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
const sidecarText = readFileSync(resolve(root, 'test', 'fixtures', 'sidecars', 'hand-edited.annotations.yaml'), 'utf8');
const TODAY = '2026-01-15';

/** The fixture with its hand-edited sidecar, and a paragraph in front so some of the sidecar's anchors move and one may not hold. */
const text = `The ferry company will add two sailings a day from 3 June, it said on Monday. \u{1F6A2} It seeks \u{1F4B6}40 million.\n\n${fixture.replace('$48 million', '$52 million')}`;

function modelWithSidecar(): IndexModel {
  const loaded = SidecarDocument.parse(sidecarText);
  if (!loaded.ok) throw new Error('the fixture sidecar does not parse');
  return buildIndexModel({ text, today: TODAY, sidecar: loaded.sidecar.content });
}

describe('listed model (what the Commitments view lists, the rest parsed when read)', () => {
  it('lists commitments and whatever came from the sidecar or lost its place, and nothing else', () => {
    const model = modelWithSidecar();
    const kinds = new Set(model.merged.map((item) => item.annotation.kind));
    assert.ok(kinds.size >= 3, [...kinds].join(', '));
    const listed = model.merged.filter(isListed);
    assert.ok(listed.some((item) => item.origin === 'sidecar' && item.annotation.kind !== 'commitment'), 'a person-reviewed figure or date is listed');
    assert.ok(listed.some((item) => item.origin === 'extracted' && item.annotation.kind === 'commitment'));
    for (const item of model.merged) {
      assert.equal(isListed(item), item.annotation.kind === 'commitment' || item.origin === 'sidecar' || item.anchorState === 'orphaned', item.annotation.id);
    }
    assert.ok(listed.length < model.merged.length, 'suggested dates and figures are left out');
  });

  it('gives back, from its texts, the same model in the same order', () => {
    const model = modelWithSidecar();
    const read = modelFromText(modelToText(model, text), text);
    assert.deepStrictEqual(read.listed, model.merged.filter(isListed));
    assert.deepStrictEqual(wholeModel(read), model);
    // The same array each time: caches are keyed by it.
    assert.equal(read.merged, read.merged);
  });

  it('keeps the order when listed annotations come first, last or not at all', () => {
    const model = modelWithSidecar();
    const listed = model.merged.filter(isListed);
    const rest = model.merged.filter((item) => !isListed(item));
    for (const merged of [[...listed, ...rest], [...rest, ...listed], rest, listed, []]) {
      const reordered = { referenceDate: model.referenceDate, merged };
      assert.deepStrictEqual(wholeModel(modelFromText(modelToText(reordered, text), text)), reordered);
    }
  });

  it('parses the rest only when the whole model is first read', () => {
    const written = modelToText(modelWithSidecar(), text);
    // A rest that is not JSON: making the model must not touch it, reading `merged` must.
    const read = modelFromText({ listed: written.listed, rest: '{not json' }, text);
    assert.ok(read.listed.length > 0);
    assert.throws(() => read.merged, SyntaxError);
  });

  it('leaves out the anchors the text gives back, keeps those it does not, and makes them again the same', () => {
    const model = modelWithSidecar();
    const written = modelToText(model, text);
    const extracted = model.merged.filter((item) => item.origin === 'extracted').length;
    const leftOut = (written.listed.match(/"anchor":null/g) ?? []).length + (written.rest.match(/"anchor":null/g) ?? []).length;
    assert.equal(leftOut, extracted, 'every extracted anchor is left out');
    // A person's anchors (the sidecar's, some of them moved or orphaned) are kept as written.
    for (const item of model.merged.filter((entry) => entry.origin === 'sidecar')) assert.ok(written.listed.includes(JSON.stringify(item.annotation.anchor)), item.annotation.id);
    // Astral characters before the spans: code point offsets, as extraction gave them.
    const read = modelFromText(written, text);
    assert.deepStrictEqual(read.merged, model.merged);
    // Key order too, so what is written from a model read back is what was written from the model built.
    assert.equal(JSON.stringify(read.merged), JSON.stringify(model.merged));
  });

  it('keeps an extracted anchor that its text does not give back (a stale memo, say)', () => {
    const model = modelWithSidecar();
    const index = model.merged.findIndex((item) => item.origin === 'extracted');
    const changed = { ...model.merged[index], annotation: { ...model.merged[index].annotation, anchor: { ...model.merged[index].annotation.anchor, prefix: 'written elsewhere ' } } };
    const merged = model.merged.map((item, at) => (at === index ? changed : item));
    const read = modelFromText(modelToText({ ...model, merged }, text), text);
    assert.deepStrictEqual(read.merged[index], changed);
  });

  it('picks the listed part out of a model that is already whole', () => {
    const model = modelWithSidecar();
    const picked = modelFromMerged(model);
    assert.equal(picked.merged, model.merged);
    assert.deepStrictEqual(picked.listed, model.merged.filter(isListed));
  });
});
