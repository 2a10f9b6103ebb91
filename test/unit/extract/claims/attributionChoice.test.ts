import { strict as assert } from 'node:assert';
import { extractClaims } from '../../../../src/core/extract/claims/extractClaims';
import { scanText } from '../../../../src/core/extract/scannedText';

function claimsOf(text: string) {
  return extractClaims(scanText(text)).map((claim) => ({ source: claim.source.span.text, cue: claim.cue.text, name: claim.source.name, end: claim.end }));
}

function only(text: string): { source: string; cue: string; name: string } {
  const claims = claimsOf(text);
  assert.equal(claims.length, 1, JSON.stringify(claims));
  return { source: claims[0].source, cue: claims[0].cue, name: claims[0].name };
}

describe('attribution: which report a sentence is credited to', () => {
  it('prefers the report outside a quotation to one quoted inside it', () => {
    const claim = only('The letter was blunt: "We will issue a notice saying the depot stays shut," it said.');
    assert.deepEqual([claim.source, claim.cue], ['it', 'said']);
  });

  it('credits the speaker an outlet relays, not the outlet ("X reported that Y said")', () => {
    assert.deepEqual(only('The Harbour Gazette reported that a pilot close to the union said the strike would end.').cue, 'said');
  });

  it('credits the speaker after an opening "According to the paper,"', () => {
    const claim = only('According to the Valley Post, a former clerk claimed that the ledgers had been altered.');
    assert.deepEqual([claim.source, claim.cue], ['a former clerk', 'claimed']);
  });

  it('prefers a report of words to a verb with a noun-phrase object', () => {
    const claim = only('Mara Kell announced the tablet at a trade fair, where she praised it by saying that it lasts a week.');
    assert.deepEqual([claim.source, claim.cue], ['she', 'saying']);
  });

  it('skips an opening "Citing" a reason and keeps one citing people', () => {
    assert.equal(only('Citing "rising costs", the ferry line announced that two routes would close.').cue, 'announced');
    assert.equal(only('Citing people close to the board, the Daily Ledger reported that the chair had resigned.').cue, 'Citing');
  });
});

describe('attribution: verbs that report words only with a clause', () => {
  for (const sentence of [
    'The new firmware adds a dark mode for the settings screen.',
    'The tablet is thinner, adding a second camera to the back.',
    'The handset, revealed at the spring show drew long queues.',
    'I have asked Rosa Vint to run the night shift.',
    'Sales of the recently announced scooter began on Monday.',
    'Lena Marsh was personally recommended by the outgoing chair for the post.',
    'The lab refused to give the kettle a "recommended" label after the tests.',
    'The mill promises lower bills as it is run on water.',
    'The museum sent out a flyer and mentions nothing about the fees.',
  ]) {
    it(`finds no attribution in "${sentence}"`, () => assert.deepEqual(claimsOf(sentence), []));
  }

  it('reads "promised that" as a report and "promised to" as none', () => {
    assert.equal(only('The council promised that the pool would reopen.').cue, 'promised');
    assert.deepEqual(claimsOf('The council promised to reopen the pool.'), []);
  });

  it('keeps "added" after a quotation and before one', () => {
    assert.equal(only('"We are ready," the coach added.').cue, 'added');
    assert.equal(only('Ivo Brandt, a board member, adds, "The vote was fair."').source, 'Ivo Brandt, a board member');
  });
});

describe('attribution: forms of the cue', () => {
  it('reads "claims to" with a verb as the verb', () => {
    assert.deepEqual(only('The startup claims to hold a patent on the hinge.').source, 'The startup');
  });

  it('reads "reads," and "states:" before a quotation as verbs', () => {
    assert.equal(only('The banner reads, "Back in spring".').source, 'The banner');
    assert.equal(only('A notice on the door states: "Closed for repairs."').source, 'A notice on the door');
  });

  it('takes the antecedent of "which reads:" after a clause', () => {
    assert.equal(only('The club posted the text of its memo, which reads: "Training moves to Friday."').source, 'the text of its memo');
  });

  it('finds "as stated on SOURCE"', () => {
    const claim = only('The kettle is sold as "quiet" as stated on the maker\'s site.');
    assert.deepEqual([claim.source, claim.cue], ["the maker's site", 'as stated on']);
  });

  it('takes no "as mentioned above" and no "say" meaning "for example"', () => {
    assert.deepEqual(claimsOf('Use the flag as mentioned above.'), []);
    assert.deepEqual(claimsOf('If you, say, rename the folder, the link breaks.'), []);
  });

  it('takes no cue glued into code or a link ("stream.promises")', () => {
    assert.deepEqual(claimsOf('Call stream.promises.finished on the handle.'), []);
  });
});

describe('attribution: transcript lines', () => {
  it('reads a line that follows a colon or the close of the line before', () => {
    const claims = claimsOf('The exchange went as follows: Deputy Chief Rae Ngata: "We hold the line." : Chief Inspector Tom Hale: "Agreed, hold it."');
    assert.deepEqual(claims.map((claim) => claim.source), ['Deputy Chief Rae Ngata']);
  });

  it('allows an abbreviated title in the speaker ("Asst.")', () => {
    assert.equal(only('Special Asst. to the Harbour Master Lena Brook: "The gates close at dusk."').source, 'Special Asst. to the Harbour Master Lena Brook');
  });

  it('takes no label after a colon or a quotation opened in code', () => {
    assert.deepEqual(claimsOf('The log shows: Error: "3" is not a name.'), []);
    assert.deepEqual(claimsOf('print("Totals:", rows)'), []);
  });
});
