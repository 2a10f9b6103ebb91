import { strict as assert } from 'node:assert';
import { extractClaims } from '../../../../src/core/extract/claims/extractClaims';
import { extractCommitments } from '../../../../src/core/extract/commitments/extractCommitments';
import { scanText } from '../../../../src/core/extract/scannedText';
import type { TemporalFact } from '../../../../src/core/model';

/** A deadline fact for the phrase in the text, as the temporal extractor would give it. */
function deadline(text: string, phrase: string, due: string): TemporalFact {
  const start = text.indexOf(phrase);
  return { kind: 'deadline', start, end: start + phrase.length, text: phrase, timexType: 'DURATION', timex: 'P1Y', due, derivation: '' };
}

function commitmentsOf(text: string, temporal: TemporalFact[] = []) {
  const scanned = scanText(text);
  const claims = extractClaims(scanned);
  return extractCommitments(scanned, { claims, temporal, referenceDate: '2024-03-14' });
}

describe('commitment extraction', () => {
  it('finds "ACTOR will VERB" with an agentive subject', () => {
    const [commitment] = commitmentsOf('The ministry will publish the audit.');
    assert.equal(commitment.actor.name, 'The ministry');
    assert.equal(commitment.cue.text, 'will publish');
    assert.equal(commitment.action, 'publish the audit');
  });

  it('finds intent verbs: plans to, seeks to, wants, is keen to', () => {
    for (const sentence of ['Ghana plans to build a refinery.', 'Ghana seeks to build a refinery.', 'Ghana wants a refinery.', 'Ghana is keen to build a refinery.']) {
      const found = commitmentsOf(sentence);
      assert.equal(found.length, 1, sentence);
      assert.equal(found[0].actor.name, 'Ghana', sentence);
    }
  });

  it('links the deadline in its clause and resolves nothing itself', () => {
    const text = 'The council will repave Main Street within a year.';
    const [commitment] = commitmentsOf(text, [deadline(text, 'within a year', '2025-03-14')]);
    assert.equal(commitment.deadline?.text, 'within a year');
  });

  it('splits one cue with two deadlines into two commitments', () => {
    const text = 'Kenya will finalise a trade deal within a year and a rail link in the next two years, officials said.';
    const found = commitmentsOf(text, [deadline(text, 'within a year', '2025-03-14'), deadline(text, 'in the next two years', '2026-03-14')]);
    assert.equal(found.length, 2);
    assert.equal(found[0].deadline?.text, 'within a year');
    assert.equal(found[1].deadline?.text, 'in the next two years');
    assert.match(found[1].action, /^a rail link/);
    assert.equal(found[1].source?.name, 'officials');
  });

  it('takes the source from the sentence attribution', () => {
    const [commitment] = commitmentsOf('The utility plans to raise tariffs, its chairman said.');
    assert.equal(commitment.source?.name, 'its chairman');
    assert.equal(commitment.action, 'raise tariffs');
  });

  it('carries the source from the paragraph when the sentence has none', () => {
    const [commitment] = commitmentsOf('Nepal plans to open two airports. The officials said the budget is ready.');
    assert.equal(commitment.source?.name, 'The officials');
    assert.equal(commitment.source?.inferred, true);
  });

  it('carries a source to the next paragraphs only from a report of a plan', () => {
    const planned = commitmentsOf('Aides said the ministry would build a new ferry terminal.\n\nThe plan also includes a bus depot, to open in 2027.');
    assert.deepEqual(planned.map((commitment) => commitment.source?.name), ['Aides', 'Aides']);
    const unrelated = commitmentsOf('Union head Ivo Brant said members had not been consulted.\n\nThe council will sell the depot in May.');
    assert.deepEqual(unrelated.map((commitment) => commitment.source?.name), [undefined]);
  });

  it('reads "part of X\'s plan" with X as the actor', () => {
    const [commitment] = commitmentsOf('Cheaper loans are part of Chile\u2019s plan to lift exports.');
    assert.equal(commitment.actor.name, 'Chile');
  });

  it('gives "there is a plan to" the previous actor', () => {
    const found = commitmentsOf('Peru wants new ports. For this, there is a plan to sell bonds.');
    assert.equal(found.length, 2);
    assert.equal(found[1].actor.name, 'Peru');
  });

  it('resolves a pronoun actor to the previous actor', () => {
    const found = commitmentsOf('Norway wants cleaner ferries. It also plans to ban diesel buses.');
    assert.equal(found[1].actor.name, 'Norway');
  });

  it('takes the main clause subject for a participle cue', () => {
    const [commitment] = commitmentsOf('After the talks, Brazil has opened its market, seeking investment in rail.');
    assert.equal(commitment.actor.name, 'Brazil');
  });

  describe('traps that are not commitments', () => {
    const traps = [
      'Closer trade will help the region grow.',
      'The deal would help both sides.',
      'The firm can build two plants.',
      'Comments are moderated and will be posted after review.',
      'Read: Minister will resign next week',
      'Prices will rise again.',
      'Subscribe to our newsletter to get updates.',
    ];
    for (const trap of traps) {
      it(`ignores "${trap}"`, () => assert.deepEqual(commitmentsOf(trap), []));
    }
  });
});
