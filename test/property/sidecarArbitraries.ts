import fc from 'fast-check';
import { COMMITMENT_STATUSES, REVIEW_STATES, type Annotation } from '../../src/core/model';

// Text a person could type into a quote or a note: YAML's special characters, quotes, colons,
// hashes, emoji, line breaks and leading/trailing spaces included, since those are what break
// a naive writer.
export const awkwardText = fc
  .array(fc.constantFrom('a', 'Z', ' ', ':', '#', '-', '"', "'", '\\', '\n', '{', '}', '[', ']', '&', '*', '!', '|', '>', '%', '@', '`', '😀', 'é', '7', 'yes', 'null', '0x1F', '~'), { maxLength: 30 })
  .map((parts) => parts.join(''));

export const dateArbitrary = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

export const annotationArbitrary = (id: string): fc.Arbitrary<Annotation> =>
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

export const annotationsArbitrary = fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => annotationArbitrary(`a${i}`))));

