import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMITMENT_CUES } from '../../src/core/tables/commitmentCues';

const root = resolve(__dirname, '..', '..', '..');

/** Every text at hand, plus sentences written to hit each cue. */
function texts(): string[] {
  const shared = resolve(root, '..', 'shared');
  const meantime = readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);
  return [
    ...meantime,
    readFileSync(resolve(shared, 'samples', 'pakistan-russia-2022-02-26.txt'), 'utf8'),
    readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8'),
    "Part of Pakistan's plan is to build it. The government's strategy was also to cut costs. There is a plan to expand. There will also be talks.",
    'The plan also includes a port. The council has drawn up a new plan. They are keen to help. It is seeking funds. They have pledged to act.',
    "It seeks to grow. The firm undertook to pay. She endeavours to win. They want a deal. We discussed the possibility of a merger. We'll build it. It shall open.",
  ];
}

describe('commitment cue keywords', () => {
  it('are necessary conditions: wherever a cue matches, its keyword matches the same sentence', () => {
    let matched = 0;
    for (const cue of COMMITMENT_CUES) {
      if (!cue.keyword) continue;
      const pattern = new RegExp(`(?<![\\p{L}'’])(?:${cue.pattern})(?![\\p{L}])`, 'iu');
      for (const text of texts()) {
        for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
          if (!pattern.test(sentence)) continue;
          matched++;
          assert.ok(cue.keyword.test(sentence), `cue ${cue.pattern.slice(0, 40)}… matches "${sentence}" but its keyword ${cue.keyword} does not`);
        }
      }
    }
    assert.ok(matched > 50, `the cues matched ${matched} sentences: too few to tell`);
  });

  it('every cue has a cheap keyword', () => {
    assert.deepEqual(COMMITMENT_CUES.filter((cue) => !cue.keyword).map((cue) => cue.pattern), []);
  });
});
