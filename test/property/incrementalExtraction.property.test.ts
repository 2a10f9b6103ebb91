import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { extract as extractOn } from '../../src/core/extract';
import { ParagraphFactCache } from '../../src/core/extract/incremental/paragraphCache';
import { buildDocumentModel as buildOn, type DocumentModelInput } from '../../src/core/documentModel';
import type { ExtractOptions } from '../../src/core/model';
import { SuggestionMemo } from '../../src/core/sidecar/suggestionMemo';

const root = resolve(__dirname, '..', '..', '..');

// Incremental reading is under test, not the date: every run takes the same today.
const TODAY = '2024-06-01';
const extract = (text: string, options: Omit<ExtractOptions, 'today'> = {}) => extractOn(text, { today: TODAY, ...options });
const buildDocumentModel = (input: Omit<DocumentModelInput, 'today'>) => buildOn({ today: TODAY, ...input });
const fixture = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');

// Insertions that change what carries across paragraphs (sources, pronouns, actors, claims),
// what a paragraph is (blank lines, line breaks) and what a sentence is (stops, quotes).
const INSERTIONS = [
  'x', ' ', '.', '\n', '\n\n', '\r\n\r\n', ' said', ' He said', 'They said the port would open in June. ', 'the minister said. ',
  'It will finish the berth within two years. ', 'according to the mayor', '"', '42%', ' $5m ', 'in six months', '🚢', 'e\u0301',
  'Mr. ', 'The authority pledged to ', '\n\nUpdate: ', '',
];

const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  removed: fc.nat({ max: 60 }),
  inserted: fc.constantFrom(...INSERTIONS),
});

function applyEdit(text: string, edit: { at: number; removed: number; inserted: string }): string {
  let start = Math.floor(edit.at * text.length);
  // Never split a surrogate pair: real editors do not either.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  let end = Math.min(text.length, start + edit.removed);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
  return text.slice(0, start) + edit.inserted + text.slice(end);
}

// Sentences whose meaning depends on the paragraphs before them: pronoun sources ("he said"),
// pronoun actors ("it will"), unattributed commitments that borrow a recent claim's source.
const CONTEXT_SENTENCES = [
  'The mayor said the port would reopen in June.',
  'He said the repairs would cost $5m.',
  'They said the work was late.',
  'It will finish the berth within two years.',
  'The authority pledged to cut fees by 10% by March 2025.',
  'Prices rose 4% last year.',
  'According to Jane Smith, the tender closes on 3 May.',
  'She added that the council plans to publish reports every quarter.',
  'The council will hire 40 staff in six months.',
  'Nothing happened on Tuesday.',
];

const contextDocumentArbitrary = fc
  .array(fc.array(fc.constantFrom(...CONTEXT_SENTENCES), { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 })
  .map((paragraphs) => `Harbour news, 14 March 2024\n\n${paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')}\n`);

const contextEditArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  removed: fc.constantFrom(0, 0, 1, 5, 30, 120),
  inserted: fc.constantFrom(...CONTEXT_SENTENCES.map((sentence) => `${sentence} `), '\n\n', 'Ms Lee', 'The minister', '', ' '),
});

describe('incremental extraction after random edits (fast-check)', () => {
  it('carries sources, actors and claims across paragraphs exactly as a full extraction does', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(contextDocumentArbitrary, fc.array(contextEditArbitrary, { minLength: 1, maxLength: 8 }), (document, edits) => {
        const cache = new ParagraphFactCache();
        let text = document;
        extract(text, { cache });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assert.deepEqual(extract(text, { cache }), extract(text));
        }
      }),
      { numRuns: 600 },
    );
  });

  it('always gives exactly the facts and sentences of a full extraction', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = new ParagraphFactCache();
        let text = fixture;
        extract(text, { cache, referenceDate: '2024-03-14' });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assert.deepEqual(extract(text, { cache, referenceDate: '2024-03-14' }), extract(text, { referenceDate: '2024-03-14' }));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads one paragraph again after typing inside a word in the middle of a long document', () => {
    const long = Array.from({ length: 40 }, () => fixture).join('\n\n');
    const cache = new ParagraphFactCache();
    extract(long, { cache });
    const at = long.indexOf('berth', Math.floor(long.length / 2));
    const edited = `${long.slice(0, at + 2)}x${long.slice(at + 2)}`;
    const incremental = extract(edited, { cache });
    assert.ok(cache.lastMisses <= 2, `read ${cache.lastMisses} paragraphs again`);
    assert.deepEqual(incremental, extract(edited));
  });
});

describe('incremental merge after random edits (fast-check)', () => {
  it('remembered suggestions give exactly the annotations a fresh merge gives', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(contextDocumentArbitrary, fc.array(contextEditArbitrary, { minLength: 1, maxLength: 8 }), (document, edits) => {
        const cache = new ParagraphFactCache();
        const memo = new SuggestionMemo();
        let text = document;
        buildDocumentModel({ text, cache, memo });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assert.deepEqual(buildDocumentModel({ text, cache, memo }).merged, buildDocumentModel({ text }).merged);
        }
      }),
      { numRuns: 300 },
    );
  });
});
