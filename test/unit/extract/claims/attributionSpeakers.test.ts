import { strict as assert } from 'node:assert';
import { extractClaims } from '../../../../src/core/extract/claims/extractClaims';
import { scanText } from '../../../../src/core/extract/scannedText';

function claimsOf(text: string) {
  return extractClaims(scanText(text)).map((claim) => ({ source: claim.source.span.text, cue: claim.cue.text, name: claim.source.name, end: claim.end }));
}

function sourceOf(text: string): string | undefined {
  return claimsOf(text)[0]?.source;
}

describe('attribution: the speaker', () => {
  it('takes the speaker named in a "with X saying" clause', () => {
    assert.equal(sourceOf('Refunds are rare, with union steward Ola Brink saying the offer was unusual.'), 'union steward Ola Brink');
  });

  it('takes the one quoted in "quoted X as saying"', () => {
    assert.equal(sourceOf('The Valley Post quoted a senior nurse as saying: "We need more beds."'), 'a senior nurse');
  });

  it('takes the speaker of a relative clause without "that" ("a move officials said would cost")', () => {
    assert.equal(claimsOf('The board approved the levy, a move officials said would raise $3m.')[0]?.name, 'officials');
    assert.equal(claimsOf('Rents rose again, the trend the agency said would slow.')[0]?.name, 'the agency');
    assert.equal(claimsOf('Rents rose again, the new analysts said.')[0]?.name, 'the new analysts');
  });

  it('leaves a day and a dateline out of the speaker', () => {
    assert.equal(sourceOf('Orvik Freight on Monday said it would close the depot.'), 'Orvik Freight');
    assert.equal(claimsOf('Port Ellis, May 2, 2024 - Orvik Freight on Monday lowered fares and said it would add routes.')[0]?.name, 'Orvik Freight');
  });

  it('takes the subject of the clause that "by saying" hangs on', () => {
    assert.equal(sourceOf('Rui Lobo, the club owner, defended the fee by saying, "It keeps the lights on."'), 'Rui Lobo, the club owner');
  });

  it('takes the main subject past a fronted "When …," clause', () => {
    assert.equal(sourceOf('When the city picked a rival bid, Kestrel Rail filed a protest, claiming the scoring was unfair.'), 'Kestrel Rail');
  });

  it('takes a sentence-opening pronoun for a later participle', () => {
    assert.equal(sourceOf('She ran the bakery for six years and sold it in 2019, later revealing that she had missed it.'), 'She');
  });

  it('gives a coordinated "but said" the main subject', () => {
    assert.equal(sourceOf('Mayor Ines Pardo has not yet explained the delay, but said the tunnel will open in May.'), 'Mayor Ines Pardo');
  });

  it('takes no subject for a passive coordination ("will be read and responded to")', () => {
    assert.deepEqual(claimsOf('Letters will be read and responded to within a week.'), []);
  });

  it('drops the conjunction before a speaker (", and sources indicate that")', () => {
    assert.equal(sourceOf('The schedule is unclear, and sources indicate that the final stop may be cut.'), 'sources');
  });

  it('joins a name with where the speaker works (", with a bank,")', () => {
    assert.equal(sourceOf('Pia Moss, with Northgate Bank, estimated that rents will rise.'), 'Pia Moss, with Northgate Bank');
  });

  it('joins a name with a lower-case role, but not an opening word', () => {
    assert.equal(sourceOf('Omar Reyes, chairman of the co-op, said the harvest was late.'), 'Omar Reyes, chairman of the co-op');
    assert.equal(sourceOf('However, many growers said the harvest was late.'), 'many growers');
  });

  it('leaves a sentence adverb before the speaker out of it, and keeps a name before a role', () => {
    assert.equal(sourceOf("Meanwhile, the port's harbour master said the quay would reopen."), "the port's harbour master");
    assert.equal(sourceOf("Kelly, the union's treasurer, said talks would resume."), "Kelly, the union's treasurer");
  });

  it('leaves out an "-ing" insertion ("Officials, speaking on condition of anonymity, said")', () => {
    assert.equal(sourceOf('Two engineers, speaking on condition of anonymity, said the dam had cracked.'), 'Two engineers');
    assert.equal(sourceOf('Ines Moe, writing in the county newsletter, said the ferry would run all winter.'), 'Ines Moe');
    assert.equal(sourceOf('Growers, citing the drought, said the harvest would be late.'), 'Growers');
  });

  it('leaves out a participle insertion ("The suit, filed in May, claims")', () => {
    assert.equal(sourceOf('The growers\' suit, filed in May, claims that the canal was diverted.'), "The growers' suit");
  });

  it('takes the speaker of "Name, who stated,"', () => {
    assert.equal(sourceOf('A warning was issued by Ada Quist, who stated, "The dam is old."'), 'Ada Quist');
    assert.equal(sourceOf('A second opinion came from Ada Quist, an engineer at the port, who stated, "The dam is old."'), 'Ada Quist, an engineer at the port');
  });

  it('takes the subject of an object relative ("which the firm estimates")', () => {
    assert.equal(sourceOf('They sold the mill, which Harlow Group estimates to be worth $2 million.'), 'Harlow Group');
  });

  it('takes the phrase before an insertion holding "of which" ("A notice, the top of which …, states:")', () => {
    assert.equal(sourceOf('A notice on the gate, the top of which carries the town crest, states: "No entry after dark."'), 'A notice on the gate');
    assert.equal(sourceOf('A banner on the stage, the back of which shows the slogan "Forward", reads: "Welcome home."'), 'A banner on the stage');
  });

  it('keeps a quoted modifier inside the speaker', () => {
    assert.equal(sourceOf('A clerk "with long service" claimed that the files were lost.'), 'A clerk "with long service"');
  });

  it('takes the name before the cue after a fronted phrase with no comma', () => {
    assert.equal(sourceOf('In a reply to the letter Regional Director Sofia Lind said the road stays open.'), 'Regional Director Sofia Lind');
  });

  it('takes the pronoun alone after a fronted phrase ("During the talk he said")', () => {
    assert.equal(sourceOf('During his short talk he said that the depot will move.'), 'he');
  });

  it('finds a speaker after a sentence break the splitter missed ("in the U.S. Name noted")', () => {
    assert.equal(sourceOf('Riders are up 10 percent in the U.S. Kemp also noted that fares fell.'), 'Kemp');
  });

  it('reads a name after ", said" as an inverted speaker even when a clause precedes the comma', () => {
    assert.equal(sourceOf('The storm has not hurt the port as much as it did in 2019, said Bo Lind of the port authority.'), 'Bo Lind of the port authority');
  });

  it('ends an inverted speaker at a circumstance and the claim at a missed sentence break', () => {
    const text = '"We are going to move," said Tara Voss during the launch. the app ships in May.';
    const [claim] = claimsOf(text);
    assert.equal(claim.source, 'Tara Voss');
    assert.equal(text.slice(0, claim.end), '"We are going to move," said Tara Voss during the launch.');
  });

  it('takes no clause with a finite verb for an inverted speaker', () => {
    assert.deepEqual(claimsOf('If the queue is full, adding a task will fail.'), []);
  });
});

describe('attribution: whom a pronoun speaker stands for', () => {
  it('resolves "she" to the named subject of the same sentence', () => {
    assert.equal(claimsOf('Mara Kell opened the fair, where she said that entry is free.')[0].name, 'Mara Kell');
  });

  it('does not take a quotation\'s subject for the pronoun after it', () => {
    assert.equal(claimsOf('Ana Ruiz said the talks went well. "This is a start," she said.')[1].name, 'Ana Ruiz');
  });

  it('resolves "he" to the last named person, not the last report', () => {
    const claims = claimsOf('Tomas Berg said the yard will close. The audit report says costs doubled. He said he regrets it.');
    assert.equal(claims[2].name, 'Tomas Berg');
  });

  it('resolves "she" to a titled person who spoke no report before it', () => {
    const claims = claimsOf('The audit report said costs doubled. Board chair Dr Ines Varga apologised to staff. "We got this wrong," she said.');
    assert.equal(claims[1].name, 'Board chair Dr Ines Varga');
  });

  it('leaves "she" as it is when no person was named, never a report', () => {
    const claims = claimsOf('The audit report said costs doubled. "We got this wrong," she said.');
    assert.equal(claims[1].name, 'she');
  });
});
