import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import type { CommitmentFact } from '../../../../src/core/model';

/** 2024-03-14, a Thursday: the reference date and "today" of these suites. */
export const REFERENCE = '2024-03-14';

/** The commitments `extract` finds in the text, read against REFERENCE. */
export function commitmentsOf(text: string): CommitmentFact[] {
  return extract(text, { referenceDate: REFERENCE, today: REFERENCE }).facts.filter((fact): fact is CommitmentFact => fact.kind === 'commitment');
}

/** The one commitment of the text; fails with what was found when there is not exactly one. */
export function only(text: string): CommitmentFact {
  const found = commitmentsOf(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((c) => [c.cue.text, c.actor.name, c.action]))}`);
  return found[0];
}
