import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import type { CommitmentFact } from '../../../../src/core/model';

const REFERENCE = '2024-03-14';

function cuesOf(text: string): string[] {
  return extract(text, { referenceDate: REFERENCE, today: REFERENCE })
    .facts.filter((fact): fact is CommitmentFact => fact.kind === 'commitment')
    .map((commitment) => commitment.cue.text);
}

describe('cues that commit no one', () => {
  it('reads "due to" before a capitalised name as the preposition', () => {
    assert.deepEqual(cuesOf('Ferry bookings fell sharply due to Harbour Board rules.'), []);
  });

  it('still reads a title-case headline infinitive after "to"', () => {
    assert.ok(cuesOf('Dunmore Council Set To Repave Harbour Road\n\nThe work starts soon.').length > 0);
  });

  it('takes "want to thank" and "want to know" for courtesy, not a plan', () => {
    assert.deepEqual(cuesOf('"We want to thank our crews," said Rita Moe, the Velo Haul chief executive.'), []);
    assert.deepEqual(cuesOf('"We want to know what went wrong," said Rita Moe.'), []);
  });

  it('takes a past want of seeing something in a description for no plan', () => {
    assert.deepEqual(cuesOf('Rita Moe said the new depot lacked the polish the board wanted to see.'), []);
  });

  it('takes a remedy ("the easiest way is to") for no plan', () => {
    assert.deepEqual(cuesOf('"The simplest answer is to cut the fares," Rita Moe said.'), []);
  });

  it('leaves out the alternative set aside by "rather than" and keeps the plan after it', () => {
    assert.deepEqual(cuesOf('Rather than recall the phones or offer a repair, Velo Haul will give every buyer a case.'), ['will give']);
  });
});
