import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { COMMITMENT_STATUSES, REVIEW_STATES, type Annotation } from '../../src/core/model';
import { SidecarDocument, type SidecarOperation } from '../../src/core/sidecar/sidecarDocument';

// Text a person could type into a quote or a note: YAML's special characters, quotes, colons,
// hashes, emoji, line breaks and leading/trailing spaces included, since those are what break
// a naive writer.
const awkwardText = fc
  .array(fc.constantFrom('a', 'Z', ' ', ':', '#', '-', '"', "'", '\\', '\n', '{', '}', '[', ']', '&', '*', '!', '|', '>', '%', '@', '`', '😀', 'é', '7', 'yes', 'null', '0x1F', '~'), { maxLength: 30 })
  .map((parts) => parts.join(''));

const dateArbitrary = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const annotationArbitrary = (id: string): fc.Arbitrary<Annotation> =>
  fc
    .record(
      {
        kind: fc.constantFrom('claim', 'figure', 'date', 'deadline', 'commitment' as const),
        review: fc.constantFrom(...REVIEW_STATES),
        status: fc.constantFrom(...COMMITMENT_STATUSES),
        exact: awkwardText.filter((text) => text.length > 0),
        prefix: awkwardText,
        suffix: awkwardText,
        start: fc.nat(100_000),
        length: fc.nat(500),
        value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        note: awkwardText,
        due: dateArbitrary,
        tags: fc.array(awkwardText, { maxLength: 3 }),
      },
      { requiredKeys: ['kind', 'review', 'exact', 'prefix', 'suffix', 'start', 'length'] },
    )
    .map((r) => {
      const annotation: Annotation = { id, kind: r.kind, review: r.review, anchor: { exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.start + r.length } };
      if (r.status !== undefined) annotation.status = r.status;
      if (r.value !== undefined) annotation.value = Object.is(r.value, -0) ? 0 : r.value;
      if (r.note !== undefined) annotation.note = r.note;
      if (r.due !== undefined) annotation.due = r.due;
      if (r.tags !== undefined) annotation.tags = r.tags;
      return annotation;
    });

const annotationsArbitrary = fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => annotationArbitrary(`a${i}`))));

function parsed(text: string): SidecarDocument {
  const loaded = SidecarDocument.parse(text);
  if (!loaded.ok) throw new Error(`does not parse: ${JSON.stringify(loaded.problems)}\n${text}`);
  return loaded.sidecar;
}

describe('sidecar properties', function () {
  this.timeout(60_000);

  it('parse → write → parse is the identity on content, whatever the text in quotes and notes', () => {
    fc.assert(
      fc.property(annotationsArbitrary, fc.constantFrom('\n', '\r\n' as const), (annotations, lineEnding) => {
        const created = SidecarDocument.create({ file: 'doc.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, annotations, lineEnding);
        const again = parsed(created.text);
        assert.deepEqual(again.annotations, annotations);
        assert.deepEqual(parsed(again.text).content, again.content);
      }),
      { numRuns: 400 },
    );
  });

  it('an edit changes only the annotation it names; the others come back identical', () => {
    fc.assert(
      fc.property(annotationsArbitrary.filter((list) => list.length >= 2), awkwardText, fc.nat(), (annotations, note, pick) => {
        const sidecar = SidecarDocument.create({ file: 'doc.txt' }, annotations);
        const target = annotations[pick % annotations.length];
        const operations: SidecarOperation[] = [{ op: 'update', id: target.id, changes: { note, review: 'edited' } }];
        const result = sidecar.apply(operations);
        assert.ok(result.ok, result.ok ? '' : result.reason);
        const after = parsed(result.sidecar.text);
        for (const annotation of annotations) {
          const found = after.annotation(annotation.id);
          if (annotation.id === target.id) assert.deepEqual(found, { ...annotation, note, review: 'edited' });
          else assert.deepEqual(found, annotation);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no input makes the loader throw', () => {
    const yamlish = fc
      .array(fc.constantFrom('seedmark: 1\n', 'document:\n', '  file: a\n', 'annotations:\n', '  - ', 'id: x\n', '    kind: claim\n', '&a ', '*a ', '[', ']', '{', '}', ': ', '- ', '"', "'", '#', '\t', '\n', '  ', '!!binary ', '%YAML 1.2\n', '---\n', '...\n', '\u0000', '\uFEFF', '😀'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        assert.doesNotThrow(() => SidecarDocument.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});
