import { strict as assert } from 'node:assert';
import { sentenceSubject } from '../../src/core/sentenceSubject';

describe('the subject of a sentence (a first guess for a hand-marked commitment\'s actor)', () => {
  it('reads the words before the first verb', () => {
    assert.equal(sentenceSubject('The Port Ellery Harbour Authority will reopen the storm-damaged north quay within a year.'), 'The Port Ellery Harbour Authority');
    assert.equal(sentenceSubject('The ministry of transport has promised to review the port\'s insurance cover before August 2024.'), 'The ministry of transport');
    assert.equal(sentenceSubject('Pakistan plans to build a dam.'), 'Pakistan');
  });

  it('stops at a comma, and skips an opening quote mark', () => {
    assert.equal(sentenceSubject('“Okafor, the chief executive, said the quay would reopen.'), 'Okafor');
  });

  it('gives nothing rather than a clause, and nothing for a sentence that opens with a verb', () => {
    assert.equal(sentenceSubject('Officials from the regional port authority and the national shipping agency and their partners will meet.'), '');
    assert.equal(sentenceSubject('will be posted if they follow our guidelines.'), '');
  });
});
