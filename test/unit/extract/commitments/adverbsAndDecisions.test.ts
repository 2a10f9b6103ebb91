import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import { isLyAdverb } from '../../../../src/core/extract/clauses/clauseWords';
import type { CommitmentFact } from '../../../../src/core/model';
import { REFERENCE, commitmentsOf, only } from './commitmentFacts';


describe('commitments around adverbs of manner and report', () => {
  it('leaves an adverb between the subject and its verb out of the actor', () => {
    for (const sentence of [
      'The brewery reportedly plans to shut its Leeds site by 2026.',
      'The brewery quietly plans to shut its Leeds site by 2026.',
      'The brewery recently agreed to shut its Leeds site by 2026.',
    ]) {
      const commitment = only(sentence);
      assert.equal(commitment.actor.name, 'The brewery', sentence);
      assert.equal(commitment.action, 'shut its Leeds site by 2026', sentence);
    }
  });

  it('reads a plan with an adverb inside its verb group', () => {
    assert.equal(only('The brewery is reportedly planning to shut its Leeds site.').actor.name, 'The brewery');
    assert.equal(only('The brewery will reportedly shut its Leeds site in June.').action, 'shut its Leeds site in June');
  });

  it('keeps a capitalised name ending in "-ly" as the subject, and nouns in "-ly" as heads', () => {
    assert.equal(only('Dana Connolly will chair the inquiry from May.').actor.name, 'Dana Connolly');
    assert.equal(only('The assembly will vote on the budget in May.').actor.name, 'The assembly');
    assert.equal(isLyAdverb('reportedly'), true);
    assert.equal(isLyAdverb('supply'), false);
    assert.equal(isLyAdverb('only'), false);
  });

  it('reads "will no longer" as a negated commitment, not a determiner', () => {
    const commitment = only('The ferry line will no longer sail to Rosslare from October.');
    assert.equal(commitment.action, 'no longer sail to Rosslare from October');
    assert.equal(commitment.actor.name, 'The ferry line');
  });
});

describe('decisions taken by a vote, and tasks led', () => {
  it('takes a vote to act later as a decision of the body that voted', () => {
    const commitment = only('The school board voted to close two primary schools by 2027.');
    assert.equal(commitment.actor.name, 'The school board');
    assert.equal(commitment.action, 'close two primary schools by 2027');
  });

  it('reads a vote with its tally and day before the "to", and dates what it decided forward', () => {
    const text = 'By Ana Ruiz, October 2, 2025\n\nThe school board voted 7-2 on Tuesday to offer free breakfasts from January.';
    const [commitment] = extract(text, { today: REFERENCE }).facts.filter((fact): fact is CommitmentFact => fact.kind === 'commitment');
    assert.equal(commitment.action, 'offer free breakfasts from January');
    assert.deepEqual(commitment.deadline?.range, { earliest: '2026-01-01', latest: '2026-01-31' });
    assert.equal(only('The ferry firm agreed yesterday to sell two boats.').action, 'sell two boats');
  });

  it('takes nothing from a vote that does its act by being cast', () => {
    assert.deepEqual(commitmentsOf('Members voted to approve the new rulebook.'), []);
    assert.deepEqual(commitmentsOf('The council voted to reject the proposal.'), []);
  });

  it('reads "will appeal" a ruling and "will serve as" a post as acts, not as how something will be liked or used', () => {
    assert.equal(only('The ferry union will appeal against the ruling.').action, 'appeal against the ruling');
    assert.equal(only('Dana Ode will serve as interim head of the trust.').action, 'serve as interim head of the trust');
    assert.deepEqual(commitmentsOf('The cheaper tablet will appeal to students.'), []);
    assert.deepEqual(commitmentsOf('The new pipeline will serve 9,000 farms.'), []);
  });

  it('reads "will lead" a task as an act and "will lead to" as an outcome', () => {
    assert.equal(only('Judge Amal Reyes will lead the inquiry into the collapse.').action, 'lead the inquiry into the collapse');
    assert.deepEqual(commitmentsOf('The closures will lead to longer journeys for patients.'), []);
  });
});

describe('commitments in the future perfect, and clauses after a comma', () => {
  it('reads "will have hired … by the summer" as a plan done by its date', () => {
    const commitment = only('The hospital will have hired 150 more nurses by the summer.');
    assert.match(commitment.deadline?.text ?? '', /summer/);
    assert.deepEqual(commitment.deadline?.range, { earliest: '2024-06-01', latest: '2024-08-31' });
  });

  it('keeps "will have to", "will have 300 seats" and "would have opened" out', () => {
    assert.deepEqual(commitmentsOf('Staff will have to reapply for their posts.'), []);
    assert.deepEqual(commitmentsOf('The new hall will have 300 seats.'), []);
    assert.deepEqual(commitmentsOf('The museum would have opened in May.'), []);
  });

  it('ends the action before a clause of reason or time after a comma', () => {
    const commitment = only('The trust has pledged to cut waiting lists by next winter, after inspectors found serious failings in May.');
    assert.equal(commitment.action, 'cut waiting lists by next winter');
    assert.equal(only('The town will build a school by 2026, as demand grows.').action, 'build a school by 2026');
  });

  it('keeps ", as well as" with the plan\'s own object', () => {
    assert.equal(only('The town will build a school, as well as a clinic, by 2026.').action, 'build a school, as well as a clinic, by 2026');
  });
});

describe('the actor of an agentless plan beside places', () => {
  it('takes no place named "between X and Y" for the actor of a thing\'s plan', () => {
    const text = 'New signals will be installed between Leeds and York by 2026, while the rewiring of the line is scheduled to start in 2027.';
    assert.deepEqual(commitmentsOf(text).map((commitment) => commitment.actor.name).filter((name) => name === 'York' || name === 'Leeds'), []);
  });
});

describe('times before the subject, and what a thing affords', () => {
  it('leaves a time before the subject out of the actor', () => {
    assert.equal(only('Today Orvik is going to open its new depot.').actor.name, 'Orvik');
    assert.equal(only('On Monday Orvik will open its new depot.').actor.name, 'Orvik');
  });

  it('reads "offers the ability to" as what a thing affords, not a pledge', () => {
    assert.deepEqual(commitmentsOf('The new tablet offers the ability to edit films.'), []);
    assert.equal(only('The ferry firm offers a refund to every passenger by June.').actor.name, 'The ferry firm');
  });
});
