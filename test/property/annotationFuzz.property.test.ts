import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { recordSuggestionsPlan } from '../../src/cli/documentSidecar';
import { anchorToCodePoints, createAnchor } from '../../src/core/anchor';
import { valueTokensOf } from '../../src/core/anchoring/valueWords';
import type { Annotation, ExtractionResult } from '../../src/core/model';
import { OffsetMap } from '../../src/core/offsets';
import { mergeAnnotations } from '../../src/core/sidecar/mergeAnnotations';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';
import { updateSidecar, type SidecarStorage } from '../../src/core/sidecar/updateSidecar';
import { TaggedText } from './taggedText';

/**
 * Edit rounds against annotated documents whose characters remember their origin (issue 18's
 * acceptance). After each round the sidecar is re-anchored and written back as `extract --write`
 * does, and four things must hold:
 * - no annotation is lost from the sidecar;
 * - none is placed on text other than its own: a placed span is made of the annotation's own
 *   characters (moved, or copied verbatim), or stands right beside its own context (the same
 *   words typed again in place);
 * - every stored anchor of a placed annotation holds its quote in the current text;
 * - every annotation whose text now has other digits, number words or date words is stale.
 */

// Quotes worth annotating recur across sentences, so a deleted one has look-alikes elsewhere.
const SUBJECTS = ['The harbour board', 'The city council', 'A ferry operator', 'The rail agency', 'Their contractor', 'The water utility', 'The school district', 'A bakery chain'];
const VERBS = ['will open', 'plans to rebuild', 'promised to finish', 'expects to replace', 'aims to repair'];
const OBJECTS = ['the north pier', 'a new depot', 'the old bridge', 'its main office', 'the pumping station', 'two footbridges'];
const DEADLINES = ['in six months', 'within two years', 'by March 2025', 'next week', 'before Friday', 'in the next three years', 'by the end of June'];
const FIGURES = ['42 tonnes of steel', 'twelve new cranes', 'about 300 jobs', 'seven ferries', '15 million euros', 'nearly 80 percent'];
/** Names of places, one per sentence, each unlike the others in most of its letters. */
const CODES = ['Ashby', 'Brixton', 'Cowley', 'Dunmore', 'Elgin', 'Fenwick', 'Garth', 'Holm', 'Irvine', 'Jarrow', 'Kelso', 'Lydd', 'Morpeth', 'Nairn', 'Oban'];
const WORDS = ['and', 'the', 'said', 'on', 'report', 'in six months', 'by March 2025', 'seven ferries', 'officials', 'quietly', 'new', 'twelve new cranes', ', ', '. ', '\n\n'];
const VALUE_SWAPS: ReadonlyArray<[RegExp, string]> = [
  [/\bsix\b/, 'nine'], [/\btwo\b/, 'four'], [/\bthree\b/, 'five'], [/\bMarch\b/, 'April'], [/\bFriday\b/, 'Monday'],
  [/\bnext\b/, 'last'], [/\bJune\b/, 'July'], [/\d/, '9'], [/\btwelve\b/, 'eleven'], [/\bseven\b/, 'eight'],
];

interface Sentence {
  subject: number;
  verb: number;
  object: number;
  deadline: number;
  figure: number;
  annotateDeadline: boolean;
  annotateFigure: boolean;
}

const sentenceArbitrary: fc.Arbitrary<Sentence> = fc.record({
  subject: fc.nat(SUBJECTS.length - 1),
  verb: fc.nat(VERBS.length - 1),
  object: fc.nat(OBJECTS.length - 1),
  deadline: fc.nat(DEADLINES.length - 1),
  figure: fc.nat(FIGURES.length - 1),
  annotateDeadline: fc.boolean(),
  annotateFigure: fc.boolean(),
});

type EditKind = 'insert' | 'delete' | 'deleteQuote' | 'changeValue' | 'rewordQuote' | 'swapParagraphs' | 'duplicate';
interface Edit {
  kind: EditKind;
  a: number;
  b: number;
  c: number;
  words: string[];
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('insert', 'delete', 'deleteQuote', 'changeValue', 'rewordQuote', 'swapParagraphs', 'duplicate'),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
});

const documentArbitrary = fc.array(fc.array(sentenceArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 });
const roundsArbitrary = fc.array(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 20 });

interface Tracked {
  id: string;
  /** Roots of the characters that are this annotation's text (grows when its text is reworded in place). */
  own: Set<number>;
  /** Roots of the characters around it when it was last placed. */
  home: Set<number>;
  /** The value words the annotation's value was read from. */
  value: string[];
  /** Where it was placed after the last round. */
  place?: { start: number; end: number };
}

/** What one run saw, added up over every document of a suite. */
export interface FuzzCounts {
  rounds: number;
  edits: number;
  placements: Record<string, number>;
  staleFlagged: number;
  lost: number;
  misplaced: number;
  anchorsNotHoldingQuote: number;
  staleMissed: number;
}

function newCounts(): FuzzCounts {
  return { rounds: 0, edits: 0, placements: { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }, staleFlagged: 0, lost: 0, misplaced: 0, anchorsNotHoldingQuote: 0, staleMissed: 0 };
}

class MemoryStorage implements SidecarStorage {
  constructor(public content: string | undefined) {}
  read(): Promise<string | undefined> {
    return Promise.resolve(this.content);
  }
  writeIfUnchanged(_path: string, text: string, expectedText: string | undefined): Promise<boolean> {
    if (this.content !== expectedText) return Promise.resolve(false);
    this.content = text;
    return Promise.resolve(true);
  }
}

const NO_FACTS: ExtractionResult = { referenceDate: { date: '2024-01-10', from: 'sidecar' }, facts: [], sentences: [] };

function buildDocument(paragraphs: Sentence[][]): { text: string; quotes: Array<{ start: number; end: number; kind: 'deadline' | 'figure' }> } {
  let text = '';
  const quotes: Array<{ start: number; end: number; kind: 'deadline' | 'figure' }> = [];
  paragraphs.forEach((sentences, index) => {
    if (index > 0) text += '\n\n';
    sentences.forEach((sentence, position) => {
      if (position > 0) text += ' ';
      // A place name right beside each quote, on either side, keeps the contexts of two
      // sentences apart, as the names of real prose do; the quotes themselves recur.
      const place = CODES[(index * 3 + position) % CODES.length];
      text += `${SUBJECTS[sentence.subject]} ${VERBS[sentence.verb]} ${OBJECTS[sentence.object]} at ${place} `;
      const deadlineStart = text.length;
      text += DEADLINES[sentence.deadline];
      if (sentence.annotateDeadline) quotes.push({ start: deadlineStart, end: text.length, kind: 'deadline' });
      text += `, ${place} said, using `;
      const figureStart = text.length;
      text += FIGURES[sentence.figure];
      if (sentence.annotateFigure) quotes.push({ start: figureStart, end: text.length, kind: 'figure' });
      text += ` for ${place}.`;
    });
  });
  return { text, quotes };
}

function paragraphBounds(text: string): Array<{ start: number; end: number }> {
  const bounds: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 2)) {
    if (at > start) bounds.push({ start, end: at });
    start = at + 2;
  }
  if (start < text.length) bounds.push({ start, end: text.length });
  return bounds;
}

function applyEdit(doc: TaggedText, edit: Edit, tracked: readonly Tracked[]): void {
  const length = doc.length;
  const target = tracked.length > 0 ? tracked[edit.a % tracked.length].place : undefined;
  switch (edit.kind) {
    case 'insert': {
      const at = length === 0 ? 0 : edit.b % (length + 1);
      doc.replace(at, at, ` ${edit.words.join(' ')} `);
      return;
    }
    case 'delete': {
      if (length === 0) return;
      const start = edit.b % length;
      doc.replace(start, Math.min(length, start + 1 + (edit.c % 40)), '');
      return;
    }
    case 'deleteQuote':
      if (target) doc.replace(target.start, target.end, '');
      return;
    case 'changeValue': {
      if (!target) return;
      const quote = doc.text.slice(target.start, target.end);
      for (const [pattern, replacement] of VALUE_SWAPS) {
        const found = pattern.exec(quote);
        if (found) {
          doc.replace(target.start + found.index, target.start + found.index + found[0].length, replacement);
          return;
        }
      }
      return;
    }
    case 'rewordQuote': {
      if (!target || target.end - target.start < 2) return;
      // One letter of a word that carries no value, as a typo fix would change it.
      const quote = doc.text.slice(target.start, target.end);
      const letters = [...quote.matchAll(/[a-z]/g)].filter((match) => !valueTokensOf(wordAround(quote, match.index)).length);
      if (letters.length === 0) return;
      const at = target.start + letters[edit.b % letters.length].index;
      doc.replace(at, at + 1, 'x');
      return;
    }
    case 'swapParagraphs': {
      const paragraphs = paragraphBounds(doc.text);
      if (paragraphs.length < 2) return;
      const first = paragraphs[edit.b % paragraphs.length];
      const second = paragraphs[edit.c % paragraphs.length];
      if (first === second) return;
      const [earlier, later] = first.start < second.start ? [first, second] : [second, first];
      doc.move(later.start, later.end, earlier.start);
      doc.move(earlier.start + (later.end - later.start), earlier.end + (later.end - later.start), later.end);
      return;
    }
    case 'duplicate': {
      const paragraphs = paragraphBounds(doc.text);
      if (paragraphs.length === 0) return;
      const source = paragraphs[edit.b % paragraphs.length];
      const at = paragraphs[edit.c % paragraphs.length].end;
      doc.copy(source.start, source.end, at);
      doc.replace(at, at, '\n\n');
      return;
    }
  }
}

function wordAround(text: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && /[A-Za-z0-9]/.test(text[start - 1])) start--;
  while (end < text.length && /[A-Za-z0-9]/.test(text[end])) end++;
  return text.slice(start, end);
}

function rootsAround(doc: TaggedText, start: number, end: number): Set<number> {
  return new Set([...doc.rootsIn(start - 32, start), ...doc.rootsIn(end, end + 32)]);
}

/** A placed span is the annotation's own text, a verbatim copy of it, or stands right beside its own context. */
function placedOnOwnText(doc: TaggedText, item: Tracked, start: number, end: number, fuzzy: boolean): boolean {
  const roots = doc.rootsIn(start, end);
  const owned = roots.filter((root) => item.own.has(root)).length;
  if (fuzzy ? owned * 2 >= roots.length && owned > 0 : owned === roots.length) return true;
  // Typed again in place: within a space or two of its own surroundings.
  return [...doc.rootsIn(start - 2, start), ...doc.rootsIn(end, end + 2)].some((root) => item.home.has(root));
}

async function runDocument(paragraphs: Sentence[][], rounds: Edit[][], counts: FuzzCounts): Promise<void> {
  const { text, quotes } = buildDocument(paragraphs);
  const doc = TaggedText.of(text);
  const offsets = new OffsetMap(text);
  const tracked: Tracked[] = [];
  const annotations: Annotation[] = quotes.map((quote, index) => {
    const id = `a${index}`;
    tracked.push({ id, own: new Set(doc.rootsIn(quote.start, quote.end)), home: rootsAround(doc, quote.start, quote.end), value: valueTokensOf(text.slice(quote.start, quote.end)), place: quote });
    return { id, kind: quote.kind, review: 'accepted', note: `checked ${id}`, anchor: anchorToCodePoints(text, createAnchor(text, quote.start, quote.end), offsets) };
  });
  const storage = new MemoryStorage(SidecarDocument.create({ file: 'doc.txt' }, annotations).text);
  for (const round of rounds) {
    counts.rounds++;
    for (const edit of round) {
      applyEdit(doc, edit, tracked);
      counts.edits++;
    }
    const current = doc.text;
    const before = SidecarDocument.parse(storage.content!);
    assert.ok(before.ok);
    const merged = mergeAnnotations(current, [], before.sidecar.annotations);
    const update = await updateSidecar(storage, 'doc.txt.annotations.yaml', recordSuggestionsPlan('doc.txt', current, NO_FACTS));
    assert.ok(update.ok, update.ok ? '' : update.reason);
    const after = SidecarDocument.parse(storage.content!);
    assert.ok(after.ok);
    const stored = new Map(after.sidecar.annotations.map((annotation) => [annotation.id, annotation]));
    const currentOffsets = new OffsetMap(current);
    for (const item of tracked) {
      const annotation = stored.get(item.id);
      const result = merged.find((entry) => entry.annotation.id === item.id);
      if (!annotation || !result) {
        counts.lost++;
        continue;
      }
      counts.placements[result.anchorState]++;
      if (result.stale) counts.staleFlagged++;
      if (result.start === undefined || result.end === undefined) {
        item.place = undefined;
        continue;
      }
      if (!placedOnOwnText(doc, item, result.start, result.end, result.anchorState === 'fuzzy')) counts.misplaced++;
      const anchorStart = currentOffsets.toUtf16(annotation.anchor.start);
      const anchorEnd = currentOffsets.toUtf16(annotation.anchor.end);
      if (current.slice(anchorStart, anchorEnd) !== annotation.anchor.exact) counts.anchorsNotHoldingQuote++;
      const valueNow = valueTokensOf(current.slice(result.start, result.end));
      const changed = valueNow.length !== item.value.length || valueNow.some((token, index) => token !== item.value[index]);
      if (changed && !(result.stale && annotation.stale)) counts.staleMissed++;
      item.place = { start: result.start, end: result.end };
      for (const root of doc.rootsIn(result.start, result.end)) item.own.add(root);
      item.home = rootsAround(doc, result.start, result.end);
    }
  }
}

async function fuzz(documents: number, seed: number | undefined): Promise<FuzzCounts> {
  const counts = newCounts();
  await fc.assert(
    fc.asyncProperty(documentArbitrary, roundsArbitrary, async (paragraphs, rounds) => {
      await runDocument(paragraphs, rounds, counts);
      // Any loss, placement on other text, anchor not holding its quote or unflagged stale value
      // fails at once: sentences generated from one template share a quote and most of its
      // context, and the annotation is then orphaned for a person to re-attach, never guessed.
      const failures = { lost: counts.lost, misplaced: counts.misplaced, anchorsNotHoldingQuote: counts.anchorsNotHoldingQuote, staleMissed: counts.staleMissed };
      assert.deepEqual(failures, { lost: 0, misplaced: 0, anchorsNotHoldingQuote: 0, staleMissed: 0 }, JSON.stringify(counts));
    }),
    { numRuns: documents, ...(seed === undefined ? {} : { seed }) },
  );
  return counts;
}

describe('annotations under fuzzed edit rounds (characters tagged by origin)', function () {
  // Thousands of re-anchorings and sidecar writes; the default 2 s is for single tests.
  this.timeout(600_000);

  it('with a fixed seed: 2,000 rounds lose nothing, place nothing on other text, keep every stored anchor on its quote, and flag every stale value', async () => {
    const counts = await fuzz(100, 18_2026);
    assert.equal(counts.rounds, 2000);
    if (process.env.SEEDMARK_FUZZ_REPORT) console.log(JSON.stringify(counts));
  });

  it('with a random seed (printed by fast-check on failure): 500 more rounds', async () => {
    const counts = await fuzz(25, undefined);
    assert.equal(counts.rounds, 500);
    if (process.env.SEEDMARK_FUZZ_REPORT) console.log(JSON.stringify(counts));
  });
});
