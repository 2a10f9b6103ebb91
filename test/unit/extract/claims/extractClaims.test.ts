import { strict as assert } from 'node:assert';
import { extractClaims } from '../../../../src/core/extract/claims/extractClaims';
import { REPORTING_VERBS, SOURCE_AFTER_CUES } from '../../../../src/core/tables/reporting';
import { scanText } from '../../../../src/core/extract/scannedText';

function claimsOf(text: string) {
  return extractClaims(scanText(text)).map((claim) => ({ source: claim.source.span.text, name: claim.source.name, cue: claim.cue.text }));
}

describe('attribution', () => {
  it('finds "SOURCE said that CLAIM"', () => {
    assert.deepEqual(claimsOf('The mayor said that the bridge will reopen.'), [{ source: 'The mayor', name: 'The mayor', cue: 'said' }]);
  });

  it('finds "CLAIM, SOURCE said"', () => {
    assert.deepEqual(claimsOf('Fares will rise in May, the operator said.'), [{ source: 'the operator', name: 'the operator', cue: 'said' }]);
  });

  it('joins a name with its role: "CLAIM, Name, the role, said"', () => {
    const [claim] = claimsOf('Talks went well, Ana Ruiz, the trade minister, said on Monday.');
    assert.equal(claim.source, 'Ana Ruiz, the trade minister');
  });

  it('keeps a relative clause in the source: "a member who attended told"', () => {
    const [claim] = claimsOf('Funding was cut, an official who attended the meeting told the paper.');
    assert.equal(claim.source, 'an official who attended the meeting');
    assert.equal(claim.cue, 'told');
  });

  it('finds "according to SOURCE" to the end of the sentence', () => {
    const [claim] = claimsOf('Prices doubled last year, according to a survey published by the central bank.');
    assert.equal(claim.source, 'a survey published by the central bank');
    assert.equal(claim.cue, 'according to');
  });

  it('finds "According to SOURCE, CLAIM"', () => {
    const [claim] = claimsOf('According to the ministry, 300 schools reopened.');
    assert.equal(claim.source, 'the ministry');
  });

  it('finds the speaker after a quotation: \'"…," said SOURCE\'', () => {
    const [claim] = claimsOf('"We will not stop," said Tom Baker, the union leader.');
    assert.equal(claim.source, 'Tom Baker');
  });

  it('carries a pronoun to the last named source', () => {
    const claims = claimsOf('Officials at the port said traffic fell. They added that repairs begin soon.');
    assert.equal(claims[1].source, 'They');
    assert.equal(claims[1].name, 'Officials at the port');
  });

  it('strips auxiliaries and adverbs between speaker and cue', () => {
    const [claim] = claimsOf('The company has also said it will appeal.');
    assert.equal(claim.source, 'The company');
  });

  it('ignores reporting verbs used as nouns or infinitives', () => {
    assert.deepEqual(claimsOf('There were reports of flooding. It is too early to say.'), []);
  });

  it('reads "reports" after a noun as the noun: "publish quarterly progress reports"', () => {
    assert.deepEqual(claimsOf('The council wants the port to publish quarterly progress reports and to cut fees.'), []);
  });

  it('still reads "reports that" after a short subject as a report of speech', () => {
    assert.deepEqual(claimsOf('Reuters reports that the mine will close.'), [{ source: 'Reuters', name: 'Reuters', cue: 'reports' }]);
  });

  it('ignores links to other articles', () => {
    assert.deepEqual(claimsOf('Read: Minister says budget is safe'), []);
  });

  it('finds the speaker of a second cue after "that"', () => {
    const [claim] = claimsOf('The board confirmed the sale.');
    assert.equal(claim.source, 'The board');
  });
  it('keeps its cue tables to ASCII words, which its patterns match without Unicode mode', () => {
    for (const form of [...REPORTING_VERBS, ...SOURCE_AFTER_CUES]) assert.match(form, /^[a-z]+(?: [a-z]+)*$/, form);
  });
  it('finds cues in any case and across runs of spaces and tabs, and not inside other words', () => {
    assert.deepEqual(claimsOf('According to the ministry, the rise was steep.').map((claim) => claim.cue), ['According to']);
    assert.deepEqual(claimsOf('The rise was steep, according \t to the ministry.').map((claim) => claim.name), ['the ministry']);
    assert.deepEqual(claimsOf('The unsaid rule stands.'), []);
  });

  it('finds every reporting verb and source-after cue of the tables', () => {
    for (const form of REPORTING_VERBS) {
      assert.deepEqual(claimsOf(`Jane Smith ${form} that the port would reopen in June.`).map((claim) => claim.cue), [form], form);
    }
    for (const phrase of SOURCE_AFTER_CUES) {
      assert.deepEqual(claimsOf(`The port would reopen in June, ${phrase} Jane Smith.`).map((claim) => claim.name), ['Jane Smith'], phrase);
      const opening = phrase[0].toUpperCase() + phrase.slice(1);
      assert.deepEqual(claimsOf(`${opening} Jane Smith, the port would reopen in June.`).map((claim) => claim.name), ['Jane Smith'], opening);
    }
    assert.deepEqual(claimsOf('The port would reopen in June, the weather permitting.'), []);
  });
});
