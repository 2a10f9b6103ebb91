import { strict as assert } from 'node:assert';
import { anchorFromCodePoints, anchorToCodePoints, createAnchor, reanchor, shift } from '../../src/core/anchor';
import type { Anchor, AnchorResult } from '../../src/core/anchor';

const HARBOUR =
  'The harbour authority said on Tuesday that dredging of the northern channel would begin in April. ' +
  'The contract, worth $12 million, was awarded to Baltic Marine after a second tender. ' +
  'A spokesperson for the port confirmed that the audit report would be published before the end of March.\n\n' +
  'Fishermen have complained for years that silt blocks the entrance at low tide.';

function anchorOn(text: string, quote: string, occurrence = 0): Anchor {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `fixture lacks "${quote}"`);
  return createAnchor(text, start, start + quote.length);
}

function reanchorOne(anchor: Anchor, newText: string, oldText?: string): AnchorResult {
  return reanchor([anchor], newText, oldText)[0];
}

function textAt(text: string, result: AnchorResult): string {
  assert.ok(result.start !== undefined && result.end !== undefined, `expected a position, got ${result.state}`);
  return text.slice(result.start, result.end);
}

describe('anchor creation', () => {
  it('keeps 32 characters of context either side', () => {
    const anchor = anchorOn(HARBOUR, 'Baltic Marine');
    assert.equal(anchor.prefix, 'e contract, worth $12 million, was awarded to '.slice(-32));
    assert.equal(anchor.suffix, ' after a second tender. A spokes');
  });

  it('shortens context rather than split an emoji', () => {
    const text = '😀'.repeat(20) + 'quoted words' + '😀'.repeat(20);
    const anchor = createAnchor(text, 40, 52, 5);
    assert.equal(anchor.prefix, '😀😀');
    assert.equal(anchor.suffix, '😀😀');
  });

  it('refuses a span outside the text', () => {
    assert.throws(() => createAnchor('short', 2, 9), /0 <= start <= end <= 5/);
  });
});

describe('re-anchoring', () => {
  it('keeps an anchor exact when the text is unchanged', () => {
    const anchor = anchorOn(HARBOUR, 'the northern channel');
    assert.deepEqual(reanchorOne(anchor, HARBOUR), { state: 'exact', start: anchor.start, end: anchor.end });
  });

  it('moves an anchor when text is inserted before it', () => {
    const anchor = anchorOn(HARBOUR, 'Baltic Marine');
    const edited = 'UPDATED. ' + HARBOUR;
    const result = reanchorOne(anchor, edited);
    assert.equal(result.state, 'moved');
    assert.equal(result.start, anchor.start + 9);
  });

  it('moves an anchor past emoji and combining marks inserted before it', () => {
    const anchor = anchorOn(HARBOUR, 'Baltic Marine');
    const edited = '🇵🇰 Cafe\u0301 note 👍🏽. ' + HARBOUR;
    const result = reanchorOne(anchor, edited);
    assert.equal(result.state, 'moved');
    assert.equal(textAt(edited, result), 'Baltic Marine');
  });

  it('matches an anchor made on LF text in the same text saved with CRLF', () => {
    const anchor = anchorOn(HARBOUR, 'end of March.\n\nFishermen have');
    const crlf = HARBOUR.replace(/\n/g, '\r\n');
    const result = reanchorOne(anchor, crlf);
    assert.equal(result.state, 'exact');
    assert.equal(textAt(crlf, result), 'end of March.\r\n\r\nFishermen have');
  });

  it('returns CRLF offsets for a quote after several CRLF line breaks', () => {
    const lf = 'Line one.\nLine two.\nThe pier will reopen in June.\n';
    const anchor = anchorOn(lf, 'will reopen in June');
    const crlf = lf.replace(/\n/g, '\r\n');
    const result = reanchorOne(anchor, crlf);
    assert.equal(result.state, 'moved');
    assert.equal(textAt(crlf, result), 'will reopen in June');
  });

  it('picks the copy of a duplicated paragraph whose context matches', () => {
    const quote = 'the audit report would be published before the end of March';
    const original = 'Minutes of the board.\n\nA spokesperson confirmed that ' + quote + '. Nothing else was said.\n';
    const anchor = anchorOn(original, quote);
    const edited =
      'Minutes of the board.\n\nEarlier draft: officials hoped ' + quote + '. It was withdrawn.\n\n' +
      'Summary.\n\nA spokesperson confirmed that ' + quote + '. Nothing else was said.\n';
    const result = reanchorOne(anchor, edited);
    assert.equal(result.state, 'moved');
    assert.equal(result.start, edited.lastIndexOf(quote));
  });

  it('orphans an anchor whose paragraph was deleted, keeping its quote and context', () => {
    const anchor = anchorOn(HARBOUR, 'silt blocks the entrance at low tide');
    const before = { ...anchor };
    const edited = HARBOUR.slice(0, HARBOUR.indexOf('\n\nFishermen'));
    const result = reanchorOne(anchor, edited);
    assert.deepEqual(result, { state: 'orphaned' });
    assert.deepEqual(anchor, before);
  });

  it('finds a reworded sentence fuzzily and reports its score', () => {
    const anchor = anchorOn(HARBOUR, 'the audit report would be published before the end of March');
    const edited = HARBOUR.replace('the audit report would be published before the end of March', 'the audit report will be published before the end of April');
    const result = reanchorOne(anchor, edited);
    assert.equal(result.state, 'fuzzy');
    assert.equal(textAt(edited, result), 'the audit report will be published before the end of April');
    assert.ok(result.score !== undefined && result.score >= 0.72 && result.score <= 1, `score ${result.score}`);
  });

  it('orphans "Linus" rather than move it onto the look-alike "chines"', () => {
    const original = 'The kernel was written by Linus in 1991 on a small machine.';
    const anchor = anchorOn(original, 'Linus');
    const edited = 'The kernel was written on small machines in 1991.';
    assert.equal(reanchorOne(anchor, edited).state, 'orphaned');
  });

  it('orphans a short quote that changed even when its context is intact', () => {
    const original = 'Unemployment rose to 42% last year, the office said.';
    const anchor = anchorOn(original, '42%');
    assert.equal(reanchorOne(anchor, original.replace('42%', '43%')).state, 'orphaned');
  });

  it('does not move a changed short quote onto the same figure elsewhere', () => {
    const original = 'Unemployment rose to 42% last year, the office said. Turnout was 42% in Lahore.';
    const anchor = anchorOn(original, '42%');
    const result = reanchorOne(anchor, original.replace('rose to 42%', 'rose to 43%'));
    assert.equal(result.state, 'orphaned');
  });

  it('orphans an edited quote with two near-equal candidates', () => {
    const sentence = 'The committee will publish its findings before the end of the year';
    const original = 'Item one. ' + sentence + '. Item two.';
    const anchor = anchorOn(original, sentence);
    const variant = 'The committee will publish its finding before the end of this year';
    const edited = 'Item one. ' + variant + '. Item two. Item one. ' + variant + '. Item two.';
    assert.equal(reanchorOne(anchor, edited).state, 'orphaned');
  });

  it('orphans a deadline whose words were deleted rather than move it to the same words in an unrelated sentence', () => {
    const before = 'The council said the bridge would reopen in six months after repairs. Elsewhere, the bakery on Mill Road expects its new oven in six months, its owner wrote.';
    const anchor = anchorOn(before, 'in six months');
    const after = before.replace('would reopen in six months after repairs', 'would reopen after repairs');
    assert.equal(reanchorOne(anchor, after, before).state, 'orphaned');
    assert.equal(reanchorOne(anchor, after).state, 'orphaned');
  });

  it('still follows a unique quote whose sentence start was rewritten but whose end was kept', () => {
    const before = `${'Filler sentence about nothing much. '.repeat(3)}Officials promised a completely rebuilt ferry terminal by the end of next year, the minister said.`;
    const anchor = anchorOn(before, 'a completely rebuilt ferry terminal');
    const after = `${'Other words entirely, unrelated. '.repeat(5)}In a statement the mayor pledged a completely rebuilt ferry terminal by the end of next year, the minister said.`;
    assert.equal(textAt(after, reanchorOne(anchor, after)), 'a completely rebuilt ferry terminal');
  });

  it('finds the whole of a reworded quote that lies across the edge of the near search window', () => {
    const quote = 'the sources said the shipment would arrive';
    const prefix = 'According to the harbour office, ';
    const old = `${'x'.repeat(1000)}${prefix}${quote} early next week.`;
    const anchor = anchorOn(old, quote);
    const reworded = quote.replace('shipment', 'shipments');
    // The reworded quote now starts two characters before the near window around its old position.
    const startAt = anchor.start - (256 + quote.length) - 2;
    const fresh = `${'y'.repeat(startAt - prefix.length)}${prefix}${reworded} early next week.${'z'.repeat(1500)}`;
    const result = reanchorOne(anchor, fresh);
    assert.equal(result.state, 'fuzzy');
    assert.equal(textAt(fresh, result), reworded);
  });

  it('places an anchor in the unchanged tail by the old text, without searching', () => {
    const original = 'abc abc abc. The pier will reopen in June. abc abc';
    const anchor = anchorOn(original, 'abc', 3);
    const edited = 'xyz. ' + original;
    const result = reanchorOne(anchor, edited, original);
    assert.equal(result.state, 'moved');
    assert.equal(result.start, anchor.start + 5);
  });

  it('returns results in the order of the anchors given', () => {
    const late = anchorOn(HARBOUR, 'low tide');
    const early = anchorOn(HARBOUR, 'harbour authority');
    const results = reanchor([late, early], HARBOUR);
    assert.deepEqual(results.map((result) => result.start), [late.start, early.start]);
  });
});

describe('shifting spans through live edits', () => {
  const span = { start: 10, end: 20 };

  it('moves a span when text is inserted before it', () => {
    assert.deepEqual(shift([span], { start: 3, end: 3, text: 'abc' }), [{ start: 13, end: 23, changed: false }]);
  });

  it('puts an insertion at the span start before the span', () => {
    assert.deepEqual(shift([span], { start: 10, end: 10, text: 'ab' }), [{ start: 12, end: 22, changed: false }]);
  });

  it('keeps an insertion at the span end outside the span', () => {
    assert.deepEqual(shift([span], { start: 20, end: 20, text: 'ab' }), [{ start: 10, end: 20, changed: false }]);
  });

  it('leaves a span alone when text after it is deleted', () => {
    assert.deepEqual(shift([span], { start: 25, end: 30, text: '' }), [{ start: 10, end: 20, changed: false }]);
  });

  it('marks a span changed and stretches it for an insertion inside', () => {
    assert.deepEqual(shift([span], { start: 15, end: 15, text: 'four' }), [{ start: 10, end: 24, changed: true }]);
  });

  it('marks a span changed when a deletion crosses its start', () => {
    assert.deepEqual(shift([span], { start: 5, end: 15, text: '' }), [{ start: 5, end: 10, changed: true }]);
  });

  it('marks a span changed when a deletion crosses its end', () => {
    assert.deepEqual(shift([span], { start: 15, end: 25, text: '' }), [{ start: 10, end: 15, changed: true }]);
  });

  it('collapses a span whose text was deleted entirely', () => {
    assert.deepEqual(shift([span], { start: 8, end: 22, text: '' }), [{ start: 8, end: 8, changed: true }]);
  });
});

describe('anchor offsets in code points', () => {
  it('converts offsets after an emoji to code points and back', () => {
    const text = 'Ship 🚢 arrived at 9:40 in port.';
    const anchor = anchorOn(text, 'arrived');
    const stored = anchorToCodePoints(text, anchor);
    assert.equal(stored.start, anchor.start - 1);
    assert.deepEqual(anchorFromCodePoints(text, stored), anchor);
  });
});
