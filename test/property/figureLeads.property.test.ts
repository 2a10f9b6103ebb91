import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findLeadGaps } from '../../src/core/extract/figures';
import { LedPattern } from '../../src/core/extract/ledPattern';
import { VOCABULARY } from './tableSentences';
import { textsAtHand } from './textsAtHand';

/**
 * Figure reading runs the patterns after a number only where their first character can start a
 * match. These suites run every such pattern at every position and fail where one matches at a
 * position its test turned away: a unit, currency or qualifier the reading would lose.
 */
describe('figure pattern lead tests', () => {
  it('never turn away a position where the pattern matches, in the texts at hand', function () {
    this.timeout(120_000);
    const texts = textsAtHand();
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
