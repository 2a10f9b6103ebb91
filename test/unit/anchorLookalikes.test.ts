import { strict as assert } from 'node:assert';
import { createAnchor, reanchor } from '../../src/core/anchor';
import type { Anchor, AnchorResult } from '../../src/core/anchor';

// Sentences built from one template: the quote recurs, and its context differs only in a name,
// so any two of them agree with one another's stored context at about 0.8 to 0.95 per side.
function lodge(place: string): string {
  return `The lodge near ${place} will reopen its east wing within nine weeks, the ${place} manager wrote.`;
}
const QUOTE = 'within nine weeks';
const PARKING = ' Guests may park along the river road while the car park is resurfaced.';
const SHUTTLE = ' A shuttle bus will run from the station every hour on weekdays and twice an hour at weekends.';

function anchorOnFirst(text: string): Anchor {
  const start = text.indexOf(QUOTE);
  return createAnchor(text, start, start + QUOTE.length);
}

function reanchorOne(anchor: Anchor, newText: string): AnchorResult {
  return reanchor([anchor], newText)[0];
}

describe('re-anchoring among sentences built alike', () => {
  it('orphans an annotation whose sentence was deleted rather than move it to a look-alike with one side nearly the same', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + SHUTTLE;
    const anchor = anchorOnFirst(text);
    const edited = text.slice(lodge('Pinford').length + 1);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'orphaned' });
  });

  it('orphans an annotation whose sentence was deleted rather than move it to a look-alike agreeing on both sides, away from where it was', () => {
    const text = lodge('Pinford') + PARKING + PARKING + ' ' + lodge('Ravenly') + PARKING;
    const anchor = anchorOnFirst(text);
    const edited = text.slice(lodge('Pinford').length + 1);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'orphaned' });
  });

  it('prefers its own words, one side of their context intact, to a look-alike far away whose context agrees more on average', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + SHUTTLE;
    const anchor = anchorOnFirst(text);
    const edited = 'Update: ' + text.replace(', the Pinford manager wrote.', ' if the survey allows it.');
    const own = edited.indexOf(QUOTE);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'moved', start: own, end: own + QUOTE.length });
  });

  it('orphans an annotation when a look-alike lands where it was stored and its own, edited sentence agrees nearly as well', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + PARKING;
    const anchor = anchorOnFirst(text);
    const ownEdited = lodge('Pinford').replace('will reopen its east wing', 'is to reopen a wing').replace('manager wrote.', 'manager told us.');
    const edited = lodge('Ravenly') + SHUTTLE + ' ' + ownEdited + PARKING;
    assert.equal(edited.indexOf(QUOTE), anchor.start, 'the look-alike sits at the stored offset');
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'orphaned' });
  });

  it('orphans an annotation when a look-alike lands where it was stored and its own sentence, agreeing nearly as well, lies beyond the near search', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + PARKING;
    const anchor = anchorOnFirst(text);
    const ownEdited = lodge('Pinford').replace('will reopen its east wing', 'is to reopen a wing').replace('manager wrote.', 'manager told us.');
    const edited = lodge('Ravenly') + SHUTTLE + PARKING + PARKING + PARKING + ' ' + ownEdited + PARKING;
    assert.equal(edited.indexOf(QUOTE), anchor.start, 'the look-alike sits at the stored offset');
    assert.ok(edited.lastIndexOf(QUOTE) - anchor.start > 300, 'its own sentence is beyond the near fuzzy window');
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'orphaned' });
  });

  it('follows its own words, one side of their context intact, away from a look-alike that landed where it was stored', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + PARKING;
    const anchor = anchorOnFirst(text);
    const ownRewritten = lodge('Pinford').replace(', the Pinford manager wrote.', ' if the survey allows it.');
    const edited = lodge('Ravenly') + SHUTTLE + PARKING + PARKING + PARKING + ' ' + ownRewritten + PARKING;
    assert.equal(edited.indexOf(QUOTE), anchor.start, 'the look-alike sits at the stored offset');
    const own = edited.lastIndexOf(QUOTE);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'moved', start: own, end: own + QUOTE.length });
  });

  it('orphans an annotation whose sentence was deleted rather than move it to a look-alike that lands where it was, another name right beside the quote', () => {
    // Here the names sit within a few words of the quote on both sides.
    const planting = (place: string): string => `Last spring the volunteers of ${place} planted four hundred young oaks for ${place} parks.`;
    const towpath = ' The canal towpath stays closed until the new lock gates are fitted.';
    const text = planting('Hale') + towpath + ' ' + planting('Rye') + towpath;
    const start = text.indexOf('four hundred young oaks');
    const anchor = createAnchor(text, start, start + 'four hundred young oaks'.length);
    const edited = text.slice(planting('Hale').length + towpath.length + 1);
    assert.ok(Math.abs(edited.indexOf('four hundred young oaks') - anchor.start) <= 2, 'the look-alike sits where the annotation was');
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'orphaned' });
  });

  it('still follows its own words where they were when both sides of their context were lightly edited, one beside the quote', () => {
    const text = lodge('Pinford') + SHUTTLE + PARKING;
    const anchor = anchorOnFirst(text);
    // The words right beside the quote before it stay; those after it change.
    const edited = 'Note. ' + text.replace('Pinford will reopen', 'Pinford shall reopen').replace(', the Pinford manager wrote.', ', a Pinford manager wrote.');
    const own = edited.indexOf(QUOTE);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'moved', start: own, end: own + QUOTE.length });
  });

  it('still follows its own lightly edited words with a look-alike elsewhere when they agree clearly better', () => {
    const text = lodge('Pinford') + SHUTTLE + ' ' + lodge('Ravenly') + SHUTTLE;
    const anchor = anchorOnFirst(text);
    const edited = 'Note. ' + text.replace('its east wing', 'its east-wing').replace('Pinford manager wrote', 'Pinford managers wrote');
    const own = edited.indexOf(QUOTE);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'moved', start: own, end: own + QUOTE.length });
  });

  it('follows a quote whose short context a person wrote by hand, when text was added before it', () => {
    const text = 'Ferry notes\n\nThe island council will buy two electric ferries before the summer season, its treasurer said.';
    const quote = 'buy two electric ferries before the summer season';
    const start = text.indexOf(quote);
    // Context shorter than Seedmark writes, far from the document's start: chosen, not cut by an edge.
    const anchor: Anchor = { exact: quote, prefix: 'council will ', suffix: ', its treasurer', start, end: start + quote.length };
    const edited = text.replace('Ferry notes', 'Ferry notes (updated with the budget figures)');
    const moved = edited.indexOf(quote);
    assert.deepEqual(reanchorOne(anchor, edited), { state: 'moved', start: moved, end: moved + quote.length });
  });
});
