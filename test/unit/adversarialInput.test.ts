import { strict as assert } from 'node:assert';
import { extract } from '../../src/core/extract';
import { ADVERSARIAL_TEXTS } from '../bench/worstCaseInputs';

// How long each takes (target: under a second) is measured by `npm run bench` (worst cases);
// here, that extraction finishes and its facts are sound.

describe('adversarial input (no pathological backtracking)', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL_TEXTS)) {
    it(`extracts every kind from 100 KB of ${name}`, function () {
      this.timeout(10_000);
      const result = extract(text, { referenceDate: '2024-03-14', today: '2024-03-14' });
      // Every fact must lie inside the text: no offsets from a half-finished match.
      for (const fact of result.facts) assert.ok(fact.start >= 0 && fact.end <= text.length && fact.start <= fact.end);
    });
  }
});
