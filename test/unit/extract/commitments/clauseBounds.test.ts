import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import type { ClaimFact, CommitmentFact } from '../../../../src/core/model';

const REFERENCE = '2024-03-14';

function factsOf(text: string) {
  return extract(text, { referenceDate: REFERENCE, today: REFERENCE }).facts;
}

function commitmentsOf(text: string): CommitmentFact[] {
  return factsOf(text).filter((fact): fact is CommitmentFact => fact.kind === 'commitment');
}

describe('clauses, their deadlines and their cues', () => {
  it('gives a range fronted before the next clause\'s subject to that clause', () => {
    const found = commitmentsOf('Velo Haul said it will receive six trucks from 2025 to 2026, then between 2027 and 2028 it will take delivery of four buses.');
    assert.deepEqual(
      found.map((c) => [c.cue.text, c.deadline?.text]),
      [
        ['will receive', 'from 2025 to 2026'],
        ['will take', 'between 2027 and 2028'],
      ],
    );
  });

  it('gives a clause sharing its subject in long reported speech the reported subject, not the speaker', () => {
    const text = 'Rita Moe said that the group formed to study new models had been folded into the main team and would stop work on the designs.';
    const commitment = commitmentsOf(text).find((c) => c.cue.text === 'would stop');
    assert.ok(commitment, 'a "would" far from its reporting verb is still reported speech');
    assert.notEqual(commitment.actor.name, 'Rita Moe');
    assert.equal(commitment.actor.span?.text.startsWith('the group'), true);
  });

  it('reads a clause opened by "once" as a time, not a condition', () => {
    const found = commitmentsOf('"Once we have read the ruling, we will decide about an appeal," said Rita Moe.');
    assert.deepEqual(found.map((c) => c.cue.text), ['will decide']);
  });

  it('reads an announced cut as a plan, also in the reporter\'s past', () => {
    const [commitment] = commitmentsOf('Velo Haul has announced 2,000 job cuts over the next three years.');
    assert.equal(commitment?.cue.text, 'announced');
    assert.equal(commitment?.actor.name, 'Velo Haul');
    assert.equal(commitment?.action, '2,000 job cuts over the next three years');
  });

  it('ends an action before the word that joins the next clause', () => {
    const found = commitmentsOf('The port will dredge the channel, and the city will rebuild the quay; Velo Haul will move its depot but the ferry firm will open a new office.');
    assert.deepEqual(
      found.map((c) => [c.actor.name, c.action]),
      [
        ['The port', 'dredge the channel'],
        ['the city', 'rebuild the quay'],
        ['Velo Haul', 'move its depot'],
        ['the ferry firm', 'open a new office'],
      ],
    );
    // An "and" inside the action stays.
    assert.equal(commitmentsOf('The bakery will sell bread and cakes from June.')[0]?.action, 'sell bread and cakes from June');
  });

  it('ends an action where a relative clause with a cue of its own starts', () => {
    const [commitment] = commitmentsOf('The trust will plant an orchard beside the old mill, which will reopen as a cafe in May.');
    assert.equal(commitment?.action, 'plant an orchard beside the old mill');
  });

  it('reads money pledged as a commitment to pay it, also in the reporter\'s past', () => {
    const found = commitmentsOf('The county has pledged £3m towards the new lifeboat station. Donors promised a further $40 million on Friday.');
    assert.deepEqual(
      found.map((c) => [c.actor.name, c.cue.text, c.action]),
      [
        ['The county', 'pledged', '£3m towards the new lifeboat station'],
        ['Donors', 'promised', 'a further $40 million on Friday'],
      ],
    );
    // A promise of something that is no money is no pledge of it.
    assert.deepEqual(commitmentsOf('The county promised residents a quieter summer.'), []);
  });

  it('does not read an announced result as a cut', () => {
    assert.deepEqual(commitmentsOf('Velo Haul has announced record profits for the year.'), []);
  });
});

describe('speakers with a possessive role', () => {
  it('keeps "Name, Place\'s biggest X," together as the source', () => {
    const claim = factsOf('Velo Haul, Europe\'s biggest freight firm, said it would stay in Lyon.').find((fact): fact is ClaimFact => fact.kind === 'claim');
    assert.equal(claim?.source.name, "Velo Haul, Europe's biggest freight firm");
  });

  it('keeps "Name, aged N," together as the source', () => {
    const claim = factsOf('Rita Moe, aged 61, said the depot would stay open.').find((fact): fact is ClaimFact => fact.kind === 'claim');
    assert.equal(claim?.source.name, 'Rita Moe, aged 61');
  });
});
