import { strict as assert } from 'node:assert';
import { extractClaims } from '../../../../src/core/extract/claims/extractClaims';
import { scanText } from '../../../../src/core/extract/scannedText';

function claimsOf(text: string) {
  return extractClaims(scanText(text)).map((claim) => ({ source: claim.source.span.text, cue: claim.cue.text }));
}

describe('attribution cue forms', () => {
  it('reads a report in a participle clause as the main subject\'s: "released a note saying"', () => {
    assert.deepEqual(claimsOf('The ferry union released a short note saying that crossings would stop.'), [{ source: 'The ferry union', cue: 'saying' }]);
  });

  for (const [sentence, cue] of [
    ['The auditor concluded that the accounts were sound.', 'concluded'],
    ['The coach mentioned that two players were injured.', 'mentioned'],
    ['Bankers are privately warning that rates will climb.', 'are privately warning'],
    ['The chemist went on to say that the samples were clean.', 'went on to say'],
    ['Economists at the guild estimate that rents will rise again.', 'estimate'],
    ['The inspection, carried out in May, found that two wards were understaffed.', 'found'],
    ['Ferry records show that crossings fell by a tenth.', 'show'],
    ['The census showed that the town had shrunk.', 'showed'],
  ]) {
    it(`finds the cue "${cue}"`, () => assert.equal(claimsOf(sentence)[0]?.cue, cue));
  }

  it('leaves a relative clause out of the speaker', () => {
    assert.deepEqual(claimsOf('Mira Holt, who runs the shelter, said the roof leaks.'), [{ source: 'Mira Holt', cue: 'said' }]);
  });

  it('takes a finding only with "that" after it: "found a leak" and "shows a fall" report no words', () => {
    assert.deepEqual(claimsOf('Divers found a leak in the hull.'), []);
    assert.deepEqual(claimsOf('Engineers later found a fault that cut the power.'), []);
    assert.deepEqual(claimsOf('The chart shows a steep fall in bookings.'), []);
  });

  it('takes no passive or denied report as an attribution', () => {
    assert.deepEqual(claimsOf('The price was not disclosed.'), []);
    assert.deepEqual(claimsOf('The new model was revealed on stage.'), []);
  });

  it('takes no plural noun after a number as a cue ("40 states")', () => {
    assert.deepEqual(claimsOf('Trucks cross more than 40 states every week.'), []);
  });

  it('reads a transcript line "Name: \\"…\\"" with the colon as its cue', () => {
    assert.deepEqual(claimsOf('Harbour Master Lena Brook: "We close the gates at dusk."'), [{ source: 'Harbour Master Lena Brook', cue: ':' }]);
  });
});
