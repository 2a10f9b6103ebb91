import { strict as assert } from 'node:assert';
import { buildDocumentModel, buildDocumentModelInSteps } from '../../src/core/documentModel';
import { ParagraphFactCache } from '../../src/core/extract/incremental/paragraphCache';
import { SuggestionMemo } from '../../src/core/sidecar/suggestionMemo';
import { extract } from '../../src/core/extract';

const text = 'By Jo Park March 1, 2024\n\nThe city will repave Elm Street in six months.\n';
/** A day no test machine's clock says, so a clock read anywhere in the core would show. */
const TODAY = '2031-05-05';

describe('document model (text → facts → merged with the sidecar)', () => {
  it('resolves against the byline date when the sidecar sets none', () => {
    const { result } = buildDocumentModel({ text, today: TODAY });
    assert.deepEqual(result.referenceDate, { date: '2024-03-01', from: 'byline' });
  });

  it('resolves against a date a person set in the sidecar, and says so', () => {
    const { result } = buildDocumentModel({ text, today: TODAY, sidecar: { document: { file: 'a.txt', referenceDate: '2025-01-01', referenceDateFrom: 'sidecar' }, annotations: [] } });
    assert.deepEqual(result.referenceDate, { date: '2025-01-01', from: 'sidecar' });
    const deadline = result.facts.find((fact) => fact.kind === 'deadline');
    assert.equal(deadline?.kind === 'deadline' ? deadline.due : undefined, '2025-07-01');
  });

  it('lets the caller override the sidecar', () => {
    const { result } = buildDocumentModel({ text, today: TODAY, referenceDate: '2020-01-01', sidecar: { document: { file: 'a.txt', referenceDate: '2025-01-01', referenceDateFrom: 'sidecar' }, annotations: [] } });
    assert.deepEqual(result.referenceDate, { date: '2020-01-01', from: 'caller' });
  });

  it('offers every fact as a suggestion when there is no sidecar', () => {
    const { result, merged } = buildDocumentModel({ text, today: TODAY });
    assert.equal(merged.length, result.facts.length);
    assert.ok(merged.every((item) => item.origin === 'extracted' && item.annotation.review === 'suggested'));
  });
});

describe('a document model built in steps (a long seed read in slices on the editor host)', () => {
  const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index}: the board will hire ${index + 2} inspectors within ${index + 1} months, the mayor said.`);
  const long = `By Jo Park March 1, 2024\n\n${paragraphs.join('\n\n')}\n`;

  /** Runs the steps to the end and counts the pauses on the way. */
  function drive<T>(steps: Generator<void, T>): { value: T; pauses: number } {
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value, pauses };
      pauses++;
    }
  }

  it('pauses at least once per paragraph and ends with the model buildDocumentModel gives', () => {
    const { value, pauses } = drive(buildDocumentModelInSteps({ text: long, today: TODAY }));
    assert.ok(pauses >= paragraphs.length, `${pauses} pauses for ${paragraphs.length} paragraphs`);
    assert.deepEqual(value, buildDocumentModel({ text: long, today: TODAY }));
  });

  it('with a paragraph cache, an edit read in steps gives what a fresh read gives, and pauses far less than a cold read', () => {
    const cache = new ParagraphFactCache();
    const memo = new SuggestionMemo();
    const cold = drive(buildDocumentModelInSteps({ text: long, today: TODAY, cache, memo }));
    const edited = long.replace('hire 7 inspectors', 'hire 70 inspectors');
    const warm = drive(buildDocumentModelInSteps({ text: edited, today: TODAY, cache, memo }));
    assert.deepEqual(warm.value.result, buildDocumentModel({ text: edited, today: TODAY }).result);
    assert.ok(warm.pauses < cold.pauses / 2, `${warm.pauses} pauses after the edit, ${cold.pauses} cold`);
  });
});

describe('a core that reads no clock', () => {
  const undated = 'The city will repave Elm Street in six months.\n';

  /** Runs `read` while `Date` (without arguments, and `Date.now`) says it is `instant`. */
  function whenTheClockSays<T>(instant: string, read: () => T): T {
    const RealDate = Date;
    const frozen = new RealDate(instant).getTime();
    class ClockDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        super(...((args.length === 0 ? [frozen] : args) as [number]));
      }
      static override now(): number {
        return frozen;
      }
    }
    globalThis.Date = ClockDate as DateConstructor;
    try {
      return read();
    } finally {
      globalThis.Date = RealDate;
    }
  }

  it('takes the today it is given as the reference date of a document that gives none', () => {
    const { result } = buildDocumentModel({ text: undated, today: TODAY });
    assert.deepEqual(result.referenceDate, { date: TODAY, from: 'today' });
    const deadline = result.facts.find((fact) => fact.kind === 'deadline');
    assert.equal(deadline?.kind === 'deadline' ? deadline.due : undefined, '2031-11-05');
  });

  it('gives the same model whatever the system clock says', () => {
    const atNewYear = whenTheClockSays('1999-12-31T23:59:59Z', () => buildDocumentModel({ text: undated, today: TODAY }));
    const inSummer = whenTheClockSays('2042-07-01T12:00:00+14:00', () => buildDocumentModel({ text: undated, today: TODAY }));
    assert.deepEqual(atNewYear, inSummer);
    assert.deepEqual(atNewYear.result.referenceDate, { date: TODAY, from: 'today' });
  });

  it('extracts the same facts whatever the system clock says', () => {
    const read = () => extract(text + undated, { today: TODAY });
    assert.deepEqual(whenTheClockSays('1970-01-01T00:00:00Z', read), whenTheClockSays('2100-02-28T23:00:00-12:00', read));
  });

  it('really moves the clock in these tests', () => {
    assert.equal(whenTheClockSays('1999-12-31T23:59:59Z', () => new Date().getUTCFullYear()), 1999);
    assert.equal(whenTheClockSays('1999-12-31T23:59:59Z', () => Date.now()), Date.UTC(1999, 11, 31, 23, 59, 59));
  });
});
