import { strict as assert } from 'node:assert';
import { actorAliases, actorKey } from '../../src/core/actorKey';

describe('actor grouping key', () => {
  it('folds case, a leading article and a possessive', () => {
    assert.equal(actorKey('The Water Board'), actorKey('the water board'));
    assert.equal(actorKey("the Water Board's"), actorKey('Water Board'));
    assert.equal(actorKey('Water Board’s'), 'water board');
  });

  it('keeps different actors apart', () => {
    assert.notEqual(actorKey('The Water Board'), actorKey('The Water Authority'));
  });

  it('maps an abbreviation a text introduces in parentheses to the name before it', () => {
    const text = 'The Northern Ferry Company (NFC) will add a route. Later, NFC said the route would open in May.';
    const aliases = actorAliases(text);
    assert.equal(actorKey('NFC', aliases), actorKey('the Northern Ferry Company', aliases));
  });

  it('takes no parenthesis that does not spell the name as an alias', () => {
    assert.equal(actorAliases('Harbour Bank (about $5 million) and Grove Mills (GM) met.').size, 1);
    assert.equal(actorAliases('Harbour Bank (HQ) will move.').size, 0);
  });
});
