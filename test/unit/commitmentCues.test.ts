import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../../src/core/extract';
import { BOILERPLATE_MARKERS, COMMITMENT_CUES } from '../../src/core/tables/commitmentCues';

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

/** The lower-case letter runs of a sentence, as the extractor's word mask reads them. */
function wordsIn(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().replace(/ſ/g, 's').match(/[a-z]+/g) ?? []);
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/);
}

describe('commitment cue words and keywords', () => {
  it('are necessary conditions: wherever a cue matches, one of its words and its keyword are in the same sentence', () => {
    let matched = 0;
    for (const cue of COMMITMENT_CUES) {
      const pattern = new RegExp(`(?<![\\p{L}'’])(?:${cue.pattern})(?![\\p{L}])`, 'iu');
      for (const text of texts()) {
        for (const sentence of sentencesOf(text)) {
          if (!pattern.test(sentence)) continue;
          matched++;
          const words = wordsIn(sentence);
          assert.ok(cue.words.some((word) => words.has(word)), `cue ${cue.pattern.slice(0, 40)}… matches "${sentence}" but has none of its words`);
          if (cue.keyword) assert.ok(cue.keyword.test(sentence), `cue ${cue.pattern.slice(0, 40)}… matches "${sentence}" but its keyword ${cue.keyword} does not`);
        }
      }
    }
    assert.ok(matched > 50, `the cues matched ${matched} sentences: too few to tell`);
  });

  it('hold under Unicode case folding: a long s or a Kelvin sign in a cue word still gives the commitment', () => {
    const actions = (text: string) => extract(text, { referenceDate: '2024-01-01', today: '2024-01-01' }).facts.flatMap((fact) => (fact.kind === 'commitment' ? [fact.action] : []));
    assert.deepEqual(actions('The board is \u212Aeen to build a port.'), ['build a port']);
    assert.deepEqual(actions('The board ſhall build a port.'), ['build a port']);
    for (const plain of ["The board's strategy is to build a port.", 'The council will meet. The plan also includes a port.', 'The council has adopted a new plan to build a port.']) {
      const folded = plain.replace(/s/g, 'ſ');
      assert.notDeepEqual(actions(plain), []);
      assert.deepEqual(actions(folded).map((action) => action.replace(/ſ/g, 's')), actions(plain), folded);
    }
  });

  it('boilerplate markers name words that each of their matches holds', () => {
    const samples = ['Comments are moderated.', 'Subscribe to our newsletter.', 'Click here for more.', 'Replying to @someone', 'All rights reserved.', 'Read our privacy policy.'];
    let matched = 0;
    for (const marker of BOILERPLATE_MARKERS) {
      for (const sentence of [...samples, ...texts().flatMap(sentencesOf)]) {
        if (!marker.pattern.test(sentence)) continue;
        matched++;
        assert.ok(marker.words.some((word) => wordsIn(sentence).has(word)), `${marker.pattern} matches "${sentence}" but has none of its words`);
      }
    }
    assert.ok(matched >= samples.length, `the markers matched ${matched} sentences`);
  });

  it('every cue names at least one word', () => {
    assert.deepEqual(COMMITMENT_CUES.filter((cue) => cue.words.length === 0).map((cue) => cue.pattern), []);
  });
});
