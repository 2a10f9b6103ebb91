import { strict as assert } from 'node:assert';
import { compareActions, compareActors } from '../../../src/core/crossDocument/actionSimilarity';
import { nameVariantSimilarity } from '../../../src/core/crossDocument/tokenVocabulary';
import { ACTION_MATCH_THRESHOLD, ACTOR_MATCH_THRESHOLD } from '../../../src/core/crossDocument/matchCommitments';

describe('action similarity', () => {
  it('is 1 for paraphrases with verbs of one group and an acronym for the name', () => {
    assert.equal(compareActions('complete the Pakistan Stream Gas pipeline', 'finish the PSGP gas pipeline'), 1);
  });

  it('stays below the threshold when only the verb is shared', () => {
    assert.ok(compareActions('complete the pipeline', 'complete the study') < ACTION_MATCH_THRESHOLD);
  });

  it('keeps only part of the score when the verbs are of different groups', () => {
    assert.ok(compareActions('cut income taxes', 'raise income taxes') < ACTION_MATCH_THRESHOLD);
  });

  it('is 0 when one is negated and the other is not', () => {
    assert.equal(compareActions('will not build the dam', 'build the dam'), 0);
  });

  it('treats spelling variants of a name as one word', () => {
    assert.equal(compareActions('sign a contract with Gazprom', 'sign a contract with Gasprom'), 1);
  });

  it('lies in [0, 1] and is symmetric', () => {
    const pairs: Array<[string, string]> = [
      ['build 10,000 affordable homes', 'construct ten thousand affordable homes in London'],
      ['reopen the north quay', 'repair the north quay'],
      ['', 'anything'],
    ];
    for (const [a, b] of pairs) {
      const forward = compareActions(a, b);
      assert.ok(forward >= 0 && forward <= 1);
      assert.equal(forward, compareActions(b, a));
    }
  });
});

describe('name variants', () => {
  it('accepts one edit in five letters with the same first letter', () => {
    assert.ok(nameVariantSimilarity('gazprom', 'gasprom') >= 0.8);
    assert.ok(nameVariantSimilarity('pakistani', 'pakistan') >= 0.8);
  });

  it('refuses short names and different first letters', () => {
    assert.equal(nameVariantSimilarity('iran', 'iraq'), 0);
    assert.equal(nameVariantSimilarity('gambia', 'zambia'), 0);
  });
});

describe('actor similarity', () => {
  it('is 1 when one name is contained in the other', () => {
    assert.equal(compareActors('Khan', 'Prime Minister Imran Khan'), 1);
    assert.equal(compareActors('the government of Pakistan', 'Pakistan'), 1);
    assert.equal(compareActors('the Pakistani government', 'Pakistan'), 1);
    assert.equal(compareActors('the EU', 'the European Union'), 1);
  });

  it('keeps people with one surname apart', () => {
    assert.ok(compareActors('Imran Khan', 'Sadiq Khan')! < ACTOR_MATCH_THRESHOLD);
  });

  it('is unknown when either names nobody in particular', () => {
    assert.equal(compareActors('the government', 'Pakistan'), undefined);
  });
});
