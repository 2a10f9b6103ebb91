import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extract } from '../../src/core/extract';
import { sentenceStoppingAnywhere } from './tableSentences';

describe('extraction on sentences that stop anywhere (fast-check)', () => {
  it('never throws, and every fact lies inside the text with its own text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(sentenceStoppingAnywhere, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(' ');
        const result = extract(text, { referenceDate: '2024-03-14', today: '2024-03-14' });
        for (const fact of result.facts) {
          assert.ok(fact.start >= 0 && fact.end <= text.length && fact.start <= fact.end, `${fact.kind} at ${fact.start}–${fact.end} outside the text`);
          assert.equal(text.slice(fact.start, fact.end), fact.text);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a headline that ends on a word that opens a period', () => {
    for (const text of ['The work was late', 'It came early', 'Talks resume mid', 'Results due by the end of', 'Shares fell in early']) {
      assert.doesNotThrow(() => extract(text, { referenceDate: '2024-03-14', today: '2024-03-14' }), text);
    }
  });

  it('gives spans too long for any calendar date no date, and still reads them', () => {
    const read = (text: string) => extract(text, { referenceDate: '2024-03-14', today: '2024-03-14' }).facts.flatMap((fact) => (fact.kind === 'date' || fact.kind === 'deadline' ? [fact] : []));
    for (const text of ['The vault stays sealed in 9000 years.', 'Within 2000 centuries it erodes.', 'It formed 9999 years ago.', 'Over the past 5000 decades it grew.']) {
      const facts = read(text);
      assert.equal(facts.length, 1, text);
      assert.equal(facts[0].due, undefined, text);
      assert.equal(facts[0].range, undefined, text);
    }
    assert.equal(read('The vault opens in 90 years.')[0]?.due, '2114-03-14');
  });
});
