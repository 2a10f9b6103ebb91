import { strict as assert } from 'node:assert';
import { normaliseAction, normaliseActor, stem } from '../../../src/core/crossDocument/normaliseAction';

const keys = (text: string): string[] => normaliseAction(text).tokens.map((token) => token.key);
const actorKeys = (text: string): string[] => normaliseActor(text).tokens.map((token) => token.key);

describe('normalising a commitment action', () => {
  it('drops stop words, modals and the opening cue, and reads commitment verbs by group', () => {
    assert.deepEqual(keys('pledged to finish the gas pipeline'), keys('will complete the gas pipeline'));
    assert.deepEqual(keys('has vowed to finalise the deal'), ['complete', 'deal']);
  });

  it('makes inflections and derived nouns meet', () => {
    assert.deepEqual(keys('completing construction of pipelines'), keys('complete and build the pipeline'));
    assert.equal(stem('completed'), stem('completes'));
    assert.equal(stem('supplies'), stem('supplied'));
  });

  it('reads number words and scales as digits', () => {
    assert.deepEqual(keys('build ten thousand homes'), keys('build 10,000 homes'));
    assert.deepEqual(keys('invest $2.5bn'), keys('invest 2.5 billion'));
    assert.deepEqual(keys('hire twenty-five nurses'), ['hire', '25', 'nurs']);
  });

  it('makes "50%" and "50 per cent" meet', () => {
    assert.deepEqual(keys('cut emissions by 50%'), keys('reduce emissions by 50 per cent'));
  });

  it('makes British and American spellings meet', () => {
    assert.deepEqual(keys('modernise the defence programme'), keys('modernize the defense program'));
    assert.deepEqual(keys('open a new centre'), keys('open a center'));
  });

  it('drops time words, so the deadline does not decide the match', () => {
    assert.deepEqual(keys('complete the pipeline by the end of the year'), ['complete', 'pipelin']);
  });

  it('keeps a verb that is also a time word when no "of" follows it', () => {
    assert.deepEqual(keys('end the strike'), ['end', 'strik']);
  });

  it('flags negation rather than keeping "not" as a word', () => {
    assert.equal(normaliseAction('will not raise taxes').negated, true);
    assert.equal(normaliseAction("won't raise taxes").negated, true);
    assert.equal(normaliseAction('raise taxes no later than June').negated, false);
  });

  it('keeps an acronym even when it spells a stop word', () => {
    const [token] = normaliseAction('US').tokens;
    assert.equal(token.acronym, true);
  });

  it('reads two-word verbs as one', () => {
    assert.deepEqual(keys('set up a commission'), keys('establish a commission'));
  });
});

describe('normalising an actor', () => {
  it('drops role words so the name is left', () => {
    assert.deepEqual(actorKeys('the government of Pakistan'), ['pakistan']);
    assert.deepEqual(actorKeys('Prime Minister Imran Khan'), ['imran', 'khan']);
  });

  it('leaves nothing of an actor that names nobody in particular', () => {
    assert.deepEqual(actorKeys('the government'), []);
    assert.deepEqual(actorKeys('it'), []);
  });
});
