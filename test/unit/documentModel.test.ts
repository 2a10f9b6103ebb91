import { strict as assert } from 'node:assert';
import { buildDocumentModel, buildDocumentModelInSteps, type DocumentPreview, type PreviewRequest } from '../../src/core/documentModel';
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
  function drive<T>(steps: Generator<unknown, T>): { value: T; pauses: number } {
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

describe('previews while a long document is read for the first time', () => {
  const paragraphs = Array.from({ length: 30 }, (_, index) => `Paragraph ${index}: the council will open ${index + 2} clinics by June ${2030 + (index % 5)}, the minister said.`);
  const long = `Filed May 2, 2029\n\n${paragraphs.join('\n\n')}\n`;
  const endOf = (index: number) => long.indexOf(paragraphs[index]) + paragraphs[index].length;
  const note = { id: 'note-1', kind: 'claim' as const, review: 'accepted' as const, note: 'check the clinics', anchor: { exact: 'Paragraph 25', prefix: '', suffix: '', start: long.indexOf('Paragraph 25'), end: long.indexOf('Paragraph 25') + 12 } };
  const sidecar = { document: { file: 'long.txt' }, annotations: [note] };

  /** Runs the steps to the end, moving the wanted offset as `scroll` says after each step; collects the previews. */
  function read(request: PreviewRequest, options: { cache?: ParagraphFactCache; scroll?: (previews: number) => number } = {}) {
    const cache = options.cache ?? new ParagraphFactCache();
    const steps = buildDocumentModelInSteps({ text: long, today: TODAY, cache, memo: new SuggestionMemo(), sidecar }, request);
    const previews: DocumentPreview[] = [];
    for (;;) {
      const step = steps.next();
      if (step.done) return { model: step.value, previews };
      if (step.value) previews.push(step.value);
      if (options.scroll) request.wantedThrough = options.scroll(previews.length);
    }
  }

  it('hands over one preview once the wanted offset is read, and it agrees with the finished model up to there', () => {
    const { model, previews } = read({ wantedThrough: endOf(3) });
    assert.equal(previews.length, 1);
    const [preview] = previews;
    assert.ok(preview.through >= endOf(3) && preview.through < endOf(6), `read through ${preview.through}`);
    assert.deepEqual(preview.model.result.referenceDate, model.result.referenceDate);
    assert.deepEqual(preview.model.result.facts, model.result.facts.filter((fact) => fact.end <= preview.through));
    const extractedBefore = (merged: typeof model.merged) => merged.filter((item) => item.origin === 'extracted' && item.end! <= preview.through).map((item) => item.annotation);
    assert.deepEqual(extractedBefore(preview.model.merged), extractedBefore(model.merged));
    assert.ok(preview.model.merged.some((item) => item.origin === 'extracted' && item.annotation.kind === 'commitment'));
    // The person's note, far past what was read, is already in the preview, in its place.
    const kept = preview.model.merged.find((item) => item.annotation.id === 'note-1');
    assert.equal(kept?.start, long.indexOf('Paragraph 25'));
  });

  it('hands over another when the screen moves past what the last one covered, and none for a screen already covered', () => {
    // After the first preview the screen goes back up for a while, then down to paragraph 20.
    let stepsAfterFirst = 0;
    const scroll = (shown: number) => (shown === 0 ? endOf(2) : ++stepsAfterFirst < 40 ? endOf(1) : endOf(20));
    const { previews } = read({ wantedThrough: endOf(2) }, { scroll });
    assert.equal(previews.length, 2);
    assert.ok(previews[1].through >= endOf(20));
    assert.ok(previews[1].model.result.facts.length > previews[0].model.result.facts.length);
  });

  it('hands over none when the screen is past the end, and none on a reading after an edit', () => {
    assert.equal(read({ wantedThrough: long.length + 1 }).previews.length, 0);
    const cache = new ParagraphFactCache();
    read({ wantedThrough: endOf(29) + 1 }, { cache });
    const steps = buildDocumentModelInSteps({ text: long.replace('open 5 clinics', 'open 50 clinics'), today: TODAY, cache }, { wantedThrough: 0 });
    for (let step = steps.next(); !step.done; step = steps.next()) assert.equal(step.value, undefined);
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
