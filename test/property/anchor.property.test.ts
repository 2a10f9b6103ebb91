import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorFromCodePoints, anchorToCodePoints, createAnchor, reanchor, shift } from '../../src/core/anchor';

// Prose-like text: words from a small lexicon with spaces, punctuation, line breaks, emoji and
// a combining mark, so repeats (the hard case for re-anchoring) are common.
const LEXICON = ['the', 'port', 'said', 'it', 'would', 'open', 'in', 'June', 'audit', 'report', '42%', 'café', 'e\u0301', '🚢', '👍🏽', 'tender', 'Baltic'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '\r\n'];
const proseArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...LEXICON), fc.constantFrom(...SEPARATORS)), { minLength: 10, maxLength: 80 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''));

/** A text, a span [start, end) of it on code point boundaries, and a replacement text. */
const textWithSpanAndEditArbitrary = proseArbitrary.chain((text) => {
  const boundaries = codePointBoundaries(text);
  const boundary = fc.constantFrom(...boundaries);
  return fc.record({
    text: fc.constant(text),
    span: fc.tuple(boundary, boundary).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    edit: fc.tuple(boundary, boundary).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    replacement: proseArbitrary.map((inserted) => inserted.slice(0, inserted.length % 40)).filter((inserted) => !/[\uD800-\uDBFF]$/.test(inserted)),
  });
});

function codePointBoundaries(text: string): number[] {
  const boundaries = [0];
  let offset = 0;
  for (const character of text) boundaries.push((offset += character.length));
  return boundaries;
}

function applyEdit(text: string, edit: { start: number; end: number }, replacement: string): string {
  return text.slice(0, edit.start) + replacement + text.slice(edit.end);
}

function editIsOutside(span: { start: number; end: number }, edit: { start: number; end: number }): boolean {
  return edit.end <= span.start || edit.start >= span.end;
}

describe('re-anchoring properties', () => {
  it('keeps a span exact or moved, on identical text, when an edit leaves it untouched', () => {
    fc.assert(
      fc.property(textWithSpanAndEditArbitrary, ({ text, span, edit, replacement }) => {
        fc.pre(span.end > span.start && editIsOutside(span, edit));
        const anchor = createAnchor(text, span.start, span.end);
        const edited = applyEdit(text, edit, replacement);
        const [result] = reanchor([anchor], edited, text);
        assert.ok(result.state === 'exact' || result.state === 'moved', `state ${result.state}`);
        assert.equal(edited.slice(result.start, result.end), anchor.exact);
      }),
      { numRuns: 1500 },
    );
  });

  it('never points at text other than the quote unless the match is fuzzy', () => {
    fc.assert(
      fc.property(textWithSpanAndEditArbitrary, fc.boolean(), ({ text, span, edit, replacement }, withOldText) => {
        fc.pre(span.end > span.start);
        const anchor = createAnchor(text, span.start, span.end);
        const edited = applyEdit(text, edit, replacement);
        const [result] = reanchor([anchor], edited, withOldText ? text : undefined);
        if (result.state === 'orphaned' || result.state === 'fuzzy') return;
        const found = edited.slice(result.start, result.end);
        assert.equal(found.replace(/\r\n/g, '\n'), anchor.exact.replace(/\r\n/g, '\n'));
      }),
      { numRuns: 1500 },
    );
  });

  it('shifts untouched spans so that slicing gives the same text', () => {
    fc.assert(
      fc.property(textWithSpanAndEditArbitrary, ({ text, span, edit, replacement }) => {
        fc.pre(editIsOutside(span, edit));
        const edited = applyEdit(text, edit, replacement);
        const [shifted] = shift([span], { ...edit, text: replacement });
        assert.equal(shifted.changed, false);
        assert.equal(edited.slice(shifted.start, shifted.end), text.slice(span.start, span.end));
      }),
      { numRuns: 1500 },
    );
  });

  it('round-trips anchor offsets through code points', () => {
    fc.assert(
      fc.property(textWithSpanAndEditArbitrary, ({ text, span }) => {
        const anchor = createAnchor(text, span.start, span.end);
        const stored = anchorToCodePoints(text, anchor);
        assert.equal(stored.end - stored.start, [...anchor.exact].length);
        assert.deepEqual(anchorFromCodePoints(text, stored), anchor);
      }),
      { numRuns: 1000 },
    );
  });
});
