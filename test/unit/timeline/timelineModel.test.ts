import { strict as assert } from 'node:assert';
import type { AnchorState } from '../../../src/core/anchor';
import type { Annotation } from '../../../src/core/model';
import { buildTimelineAxis } from '../../../src/core/timeline/timelineAxis';
import { buildTimelineModel, type TimelineCommitment, type TimelineRow } from '../../../src/core/timeline/timelineModel';
import { manyTimelineCommitments } from '../../bench/worstCaseInputs';

const TODAY = '2024-06-01';

function commitment(id: string, extra: Partial<Annotation> = {}, where: { document?: string; line?: number; anchorState?: AnchorState } = {}): TimelineCommitment {
  const document = where.document ?? 'harbour.txt';
  return {
    documentKey: `file:///work/${document}`,
    documentLabel: document,
    annotation: { id, kind: 'commitment', review: 'accepted', status: 'open', anchor: { exact: `quote of ${id}`, prefix: '', suffix: '', start: 0, end: 10 }, actor: 'The Port Ellery Harbour Authority', action: `do ${id}`, ...extra },
    anchorState: where.anchorState ?? 'exact',
    ...(where.line !== undefined ? { line: where.line } : {}),
  };
}

const due = (date: string) => ({ deadline: { text: `by ${date}`, due: date } });
const range = (earliest: string, latest: string) => ({ deadline: { text: 'in the next two to three years', range: { earliest, latest } } });

function rows(model: ReturnType<typeof buildTimelineModel>): TimelineRow[] {
  return model.groups.flatMap((group) => group.rows);
}

function row(model: ReturnType<typeof buildTimelineModel>, annotationId: string): TimelineRow {
  const found = rows(model).find((candidate) => candidate.annotationId === annotationId);
  assert.ok(found, `a row for ${annotationId}`);
  return found;
}

describe('timeline model', () => {
  it('draws a deadline range as a bar from its earliest to its latest day', () => {
    const model = buildTimelineModel({ commitments: [commitment('breakwater', range('2026-03-14', '2027-03-14'))], today: TODAY, grouping: 'actor' });
    const bar = row(model, 'breakwater');
    assert.deepEqual(bar.range, { earliest: '2026-03-14', latest: '2027-03-14' });
    assert.equal(bar.due, undefined);
    assert.ok(bar.placement);
    assert.equal(bar.placement.shape, 'range');
    assert.ok(bar.placement.start < bar.placement.end, 'the bar has a length');
    assert.ok(model.axis && model.axis.start < '2024-06-01' && model.axis.end > '2027-03-14', 'the axis holds today and the whole range with padding');
  });

  it('draws a single due day as a point marker', () => {
    const model = buildTimelineModel({ commitments: [commitment('quay', due('2025-03-14'))], today: TODAY, grouping: 'actor' });
    const point = row(model, 'quay');
    assert.equal(point.due, '2025-03-14');
    assert.ok(point.placement);
    assert.equal(point.placement.shape, 'point');
    assert.equal(point.placement.start, point.placement.end);
  });

  it('reads a range whose two ends are the same day as a point', () => {
    const model = buildTimelineModel({ commitments: [commitment('same', range('2024-08-01', '2024-08-01'))], today: TODAY, grouping: 'actor' });
    assert.equal(row(model, 'same').placement?.shape, 'point');
    assert.equal(row(model, 'same').due, '2024-08-01');
  });

  it('marks an open commitment past its due day as overdue, with the days', () => {
    const model = buildTimelineModel({ commitments: [commitment('late', due('2024-05-22')), commitment('ontime', due('2024-06-01'))], today: TODAY, grouping: 'actor' });
    assert.equal(row(model, 'late').overdue, true);
    assert.equal(row(model, 'late').overdueDays, 10);
    assert.equal(row(model, 'ontime').overdue, false, 'not overdue on the due day itself');
    assert.equal(model.counts.overdue, 1);
    assert.equal(model.groups[0].overdue, 1);
  });

  it('counts a range as overdue only once its latest day has passed', () => {
    const model = buildTimelineModel({ commitments: [commitment('window', range('2024-01-01', '2024-12-31'))], today: TODAY, grouping: 'actor' });
    assert.equal(row(model, 'window').overdue, false);
  });

  it('never marks kept, compromised or broken commitments as overdue', () => {
    const closed = (['kept', 'compromised', 'broken'] as const).map((status) => commitment(status, { status, ...due('2023-01-01') }));
    const model = buildTimelineModel({ commitments: [...closed, commitment('stalled', { status: 'stalled', ...due('2023-01-01') })], today: TODAY, grouping: 'actor' });
    for (const status of ['kept', 'compromised', 'broken']) assert.equal(row(model, status).overdue, false, status);
    assert.equal(row(model, 'stalled').overdue, true, 'a stalled commitment is still owed');
    assert.equal(row(model, 'broken').status, 'broken');
  });

  it('counts commitments without a deadline but does not place them', () => {
    const model = buildTimelineModel({ commitments: [commitment('dated', due('2024-09-01')), commitment('vague')], today: TODAY, grouping: 'actor' });
    assert.deepEqual(model.counts, { total: 2, placed: 1, undated: 1, outside: 0, overdue: 0, orphaned: 0 });
    assert.equal(row(model, 'vague').placement, undefined);
    assert.deepEqual(rows(model).map((r) => r.annotationId), ['dated', 'vague'], 'undated rows come last');
  });

  it('has no axis when nothing has a deadline', () => {
    const model = buildTimelineModel({ commitments: [commitment('vague')], today: TODAY, grouping: 'document' });
    assert.equal(model.axis, undefined);
    assert.equal(model.counts.undated, 1);
  });

  it('leaves out rejected annotations and other kinds, and only counts orphaned ones', () => {
    const model = buildTimelineModel({
      commitments: [
        commitment('kept-out', { review: 'rejected', ...due('2024-07-01') }),
        commitment('figure', { kind: 'figure', value: 48 }),
        commitment('gone', due('2024-07-01'), { anchorState: 'orphaned' }),
        commitment('shown', { review: 'suggested', ...due('2024-07-01') }),
      ],
      today: TODAY,
      grouping: 'actor',
    });
    assert.deepEqual(rows(model).map((r) => r.annotationId), ['shown']);
    assert.equal(row(model, 'shown').review, 'suggested');
    assert.equal(model.counts.orphaned, 1);
  });

  it('labels a row actor — action and keeps the quote, source and document', () => {
    const model = buildTimelineModel({
      commitments: [commitment('quay', { ...due('2025-03-14'), action: 'reopen  the\nnorth quay', source: { who: 'its chief executive, Daniel Okafor', cue: 'said' } }, { line: 6 })],
      today: TODAY,
      grouping: 'document',
    });
    const quay = row(model, 'quay');
    assert.equal(quay.label, 'The Port Ellery Harbour Authority — reopen the north quay');
    assert.equal(quay.quote, 'quote of quay');
    assert.equal(quay.source, 'its chief executive, Daniel Okafor — said');
    assert.equal(quay.documentLabel, 'harbour.txt');
    assert.equal(quay.line, 6);
    assert.equal(quay.id, 'file:///work/harbour.txt#quay');
  });

  it('groups by actor or by document, groups and rows in a fixed order', () => {
    const input = [
      commitment('c', { actor: 'the ministry of transport', ...due('2024-08-01') }, { document: 'b.txt' }),
      commitment('a', { actor: 'The council', ...due('2024-07-01') }, { document: 'b.txt' }),
      commitment('b', { actor: 'The council', ...due('2024-06-15') }, { document: 'a.txt' }),
      commitment('d', { actor: undefined, ...due('2024-06-20') }, { document: 'a.txt' }),
    ];
    const byActor = buildTimelineModel({ commitments: input, today: TODAY, grouping: 'actor' });
    assert.deepEqual(byActor.groups.map((group) => [group.label, group.rows.map((r) => r.annotationId)]), [
      ['(no actor)', ['d']],
      ['The council', ['b', 'a']],
      ['the ministry of transport', ['c']],
    ]);
    const byDocument = buildTimelineModel({ commitments: input, today: TODAY, grouping: 'document' });
    assert.deepEqual(byDocument.groups.map((group) => [group.label, group.rows.map((r) => r.annotationId)]), [
      ['a.txt', ['b', 'd']],
      ['b.txt', ['a', 'c']],
    ]);
    const shuffled = buildTimelineModel({ commitments: [...input].reverse(), today: TODAY, grouping: 'document' });
    assert.deepEqual(shuffled, byDocument, 'the input order does not matter');
  });

  it('serialises to JSON and back unchanged', () => {
    const model = buildTimelineModel({ commitments: [commitment('quay', due('2025-03-14')), commitment('bar', range('2026-03-14', '2027-03-14'))], today: TODAY, grouping: 'actor' });
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });

  // How long this takes (target: under 50 ms) is measured by `npm run bench` (worst cases).
  it('lays out 1,000 commitments, placing every dated one', () => {
    const model = buildTimelineModel({ commitments: manyTimelineCommitments(1000), today: TODAY, grouping: 'document' });
    assert.equal(model.counts.total, 1000);
    assert.ok(model.counts.placed > 800);
  });
});

describe('timeline model, zoomed', () => {
  it('places what a quarter holds and sends the rest to its edges, counted apart from the undated', () => {
    const commitments = [commitment('soon', due('2024-06-20')), commitment('past', due('2023-01-10')), commitment('later', due('2026-02-01')), commitment('spans', range('2024-05-01', '2025-05-01')), commitment('undated')];
    const model = buildTimelineModel({ commitments, today: TODAY, grouping: 'document', zoom: 'quarter' });
    assert.equal(model.zoom, 'quarter');
    assert.equal(model.axis?.start, '2024-04-01');
    assert.equal(model.axis?.end, '2024-06-30');
    const rows = new Map(model.groups.flatMap((group) => group.rows).map((row) => [row.annotationId, row] as const));
    assert.ok(rows.get('soon')?.placement);
    assert.equal(rows.get('past')?.offAxis, 'before');
    assert.equal(rows.get('later')?.offAxis, 'after');
    assert.equal(rows.get('later')?.placement, undefined);
    // Begun within the quarter and running past it: drawn from its start to the window's edge.
    assert.equal(rows.get('spans')?.placement?.end, 1);
    assert.ok((rows.get('spans')?.placement?.start ?? 0) > 0);
    assert.deepEqual({ placed: model.counts.placed, outside: model.counts.outside, undated: model.counts.undated }, { placed: 2, outside: 2, undated: 1 });
  });

  it('keeps the action apart from the actor, for rows under their actor\'s heading', () => {
    const model = buildTimelineModel({ commitments: [commitment('quay', { action: 'reopen the north quay' })], today: TODAY, grouping: 'actor' });
    const row = model.groups[0].rows[0];
    assert.equal(row.action, 'reopen the north quay');
    assert.equal(row.label, 'The Port Ellery Harbour Authority — reopen the north quay');
  });
});

describe('timeline axis', () => {
  it('always holds today, with padding on both sides', () => {
    const axis = buildTimelineAxis(['2024-06-10'], '2024-06-01');
    assert.ok(axis.start < '2024-06-01' && axis.end > '2024-06-10');
    assert.ok(axis.today > 0 && axis.today < 1);
  });

  it('ticks weekly, on Mondays, over a few weeks', () => {
    const axis = buildTimelineAxis(['2024-06-20', '2024-07-15'], '2024-06-01');
    assert.equal(axis.unit, 'week');
    assert.ok(axis.ticks.length >= 4);
    for (const tick of axis.ticks) assert.equal(new Date(`${tick.date}T00:00:00Z`).getUTCDay(), 1, tick.date);
    assert.match(axis.ticks[1].label, /^\d{1,2} (Jun|Jul)$/);
  });

  it('ticks monthly over a year, with the year on the first tick and in January', () => {
    const axis = buildTimelineAxis(['2024-09-14', '2025-03-14'], '2024-06-01');
    assert.equal(axis.unit, 'month');
    assert.equal(axis.step, 1);
    assert.ok(axis.ticks.every((tick) => tick.date.endsWith('-01')));
    assert.match(axis.ticks[0].label, /^[A-Z][a-z]{2} 2024$/);
    assert.equal(axis.ticks.find((tick) => tick.date === '2025-01-01')?.label, 'Jan 2025');
    assert.equal(axis.ticks.find((tick) => tick.date === '2024-10-01')?.label, 'Oct');
  });

  it('ticks by quarter over three years, and by year over decades', () => {
    const quarters = buildTimelineAxis(['2027-03-14'], '2024-06-01');
    assert.equal(quarters.unit, 'month');
    assert.equal(quarters.step, 3);
    assert.ok(quarters.ticks.every((tick) => ['01', '04', '07', '10'].includes(tick.date.slice(5, 7))));
    const years = buildTimelineAxis(['2050-01-01'], '2024-06-01');
    assert.equal(years.unit, 'year');
    assert.ok(years.ticks.length <= 20 && years.ticks.length >= 5, String(years.ticks.length));
    assert.ok(years.ticks.every((tick) => tick.date.endsWith('-01-01') && Number(tick.label) % years.step === 0));
  });

  it('places ticks in order between 0 and 1', () => {
    const axis = buildTimelineAxis(['2023-01-01', '2026-12-31'], '2024-06-01');
    const positions = axis.ticks.map((tick) => tick.position);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    assert.ok(positions.every((position) => position > 0 && position < 1));
  });
});
