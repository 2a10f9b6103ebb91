import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { extract } from '../../src/core/extract';

const SIZE = 100_000;

function fill(pattern: string): string {
  return pattern.repeat(Math.ceil(SIZE / pattern.length)).slice(0, SIZE);
}

// Inputs aimed at the patterns every extractor uses: long digit runs and separators (numbers),
// repeated punctuation (sentence splitting), no newline at all (one 100 KB "paragraph"), runs of
// cue words that each start a partial match (reporting verbs, commitment cues, temporal words).
const ADVERSARIAL: Record<string, string> = {
  'one long digit run': '9'.repeat(SIZE),
  'digits and thousands separators': fill('1,'),
  'digits and decimal points': fill('1.2.3.4.5.'),
  'repeated punctuation': fill('.,;:!?-–—"\'()[]%$€£'),
  'stops without spaces': fill('a.'),
  'one sentence, no newline, many words': fill('the ministry said that '),
  'reporting verbs back to back': fill('said told added according to '),
  'commitment cues back to back': fill('will pledged to plans to aims to vowed to '),
  'temporal words without a date': fill('within the next in the last by the end of '),
  'months and numbers interleaved': fill('March 1 2 3 4 5 6 7 8 9 10 '),
  'currency symbols and units': fill('$ € £ ¥ 5 bn m km kg % per cent '),
  'nested quotes': fill('"\u201c\u2018\'"'),
  'emoji and combining marks': fill('🚢e\u0301👍🏽 '),
  'CRLF blank lines': fill('\r\n\r\n'),
  'one very long word': 'x'.repeat(SIZE),
};

describe('adversarial input (no pathological backtracking)', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`extracts every kind from 100 KB of ${name} in under a second`, function () {
      this.timeout(10_000);
      const started = performance.now();
      const result = extract(text, { referenceDate: '2024-03-14', today: '2024-03-14' });
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
      // Every fact must lie inside the text: no offsets from a half-finished match.
      for (const fact of result.facts) assert.ok(fact.start >= 0 && fact.end <= text.length && fact.start <= fact.end);
    });
  }
});
