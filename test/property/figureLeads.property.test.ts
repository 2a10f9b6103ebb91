import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { findLeadGaps } from '../../src/core/extract/figures';
import { LedPattern } from '../../src/core/extract/ledPattern';
import { VOCABULARY } from './tableSentences';

const root = resolve(__dirname, '..', '..', '..');

/**
 * Figure reading runs the patterns after a number only where their first character can start a
 * match. These suites run every such pattern at every position and fail where one matches at a
 * position its test turned away: a unit, currency or qualifier the reading would lose.
 */
describe('figure pattern lead tests', () => {
  it('never turn away a position where the pattern matches, in the texts at hand', function () {
    this.timeout(120_000);
    const shared = resolve(root, '..', 'shared');
    const texts = [
      ...readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
      ...readdirSync(resolve(shared, 'samples')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(resolve(shared, 'samples', name), 'utf8')),
      ...readdirSync(resolve(root, 'test', 'fixtures')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(resolve(root, 'test', 'fixtures', name), 'utf8')),
    ];
    for (const text of texts) assert.deepEqual(findLeadGaps(text), [], text.slice(0, 80));
  });

  it('never turn away a position where the pattern matches, in text built from the tables (fast-check)', function () {
    this.timeout(120_000);
    const piece = fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', '  ', '\u00a0', '-', '5', '12', 'ſ', '\u212A', 'É'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, upper) => {
        const text = pieces.join(upper ? ' ' : '');
        assert.deepEqual(findLeadGaps(upper ? text.toUpperCase() : text), [], text);
      }),
      { numRuns: 3000 },
    );
  });

  it('turn away only what their forms cannot start, after spaces and an allowed hyphen', () => {
    const units = new LedPattern(/[ \u00a0]*(?:-[ \u00a0]*)?(kg|lb)/iy, ['kg', 'lb'], { hyphen: true });
    assert.equal(units.mayMatchAt('5  KG', 1), true);
    assert.equal(units.mayMatchAt('5 - lb', 1), true);
    assert.equal(units.mayMatchAt('5 tons', 1), false);
    assert.equal(units.mayMatchAt('5', 1), false);
    // A list that leaves a form out is what the suites above catch.
    const incomplete = new LedPattern(/[ ]*(kg|lb)/y, ['kg'], { hyphen: false });
    assert.equal(incomplete.mayMatchAt(' lb', 0), false);
    incomplete.pattern.lastIndex = 0;
    assert.ok(incomplete.pattern.exec(' lb'));
  });
});
