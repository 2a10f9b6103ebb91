import { strict as assert } from 'node:assert';
import { commitmentsOf, only } from './commitmentFacts';


describe('plans stated in nouns: deals, decisions, plans unveiled', () => {
  it('starts the action at the verb a deal or a decision governs', () => {
    assert.equal(only('The rowing club signed a deal to sell its boathouse to the city.').action, 'sell its boathouse to the city');
    assert.equal(only('The rowing club agreed a deal to sell its boathouse.').action, 'sell its boathouse');
    assert.equal(only('The ferry firm has secured a contract to run the island route from May.').action, 'run the island route from May');
  });

  it('ends a plan that is the subject of its sentence where the sentence\'s own verb begins', () => {
    const text = 'Orvik Dairies lost money again. Its decision to shut two creameries was final.';
    const commitment = only(text);
    assert.equal(commitment.action, 'shut two creameries');
    assert.equal(commitment.actor.name, 'Orvik Dairies');
  });

  it('keeps a relative clause inside such a plan, up to the sentence\'s own verb', () => {
    const text = 'Orvik Dairies lost money again. Its plan to build a creamery that is close to the farms was approved.';
    assert.equal(only(text).action, 'build a creamery that is close to the farms');
  });

  it('gives plans unveiled to whoever unveiled them, and no plan at all when they were unveiled before the story\'s past', () => {
    const commitment = only('The canal trust unveiled plans to widen the towpath.');
    assert.equal(commitment.actor.name, 'The canal trust');
    assert.equal(commitment.action, 'widen the towpath');
    assert.deepEqual(commitmentsOf('The canal trust had unveiled plans to widen the towpath before the flood.'), []);
  });

  it('reads money set aside or allocated for an act as a pledge', () => {
    assert.equal(only('The county has set aside £3m to resurface rural roads.').actor.name, 'The county');
    assert.equal(only('The water board allocated $4m to replace lead pipes.').action, '$4m to replace lead pipes');
  });
});

describe('continuations, restated deadlines and pledges to someone', () => {
  it('reads "will continue to offer" as one plan, and "will continue to face" as none', () => {
    const commitment = only('The clinic will continue to offer free flu jabs until 2026.');
    assert.equal(commitment.action, 'continue to offer free flu jabs until 2026');
    assert.equal(commitment.deadline?.due, '2026-12-31');
    assert.deepEqual(commitmentsOf('Commuters will continue to face delays until at least March, operators warned.'), []);
  });

  it('keeps one item when a second date only restates the deadline', () => {
    const commitment = only('The new bridge will not be finished until 2029, two years later than planned.');
    assert.equal(commitment.deadline?.due, '2029-12-31');
  });

  it('reads a pledge with its recipient before the object', () => {
    assert.equal(only('The minister promised farmers a new subsidy by 2026.').deadline?.due, '2026-12-31');
    assert.deepEqual(commitmentsOf('She promised answers a day later.'), []);
  });
});
