import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { main } from '../../../src/cli/main';
import type { ExportDocument } from '../../../src/core/export/exportFormats';
import { escapeText, fold, toIcs } from '../../../src/core/export/icsExport';
import type { Annotation } from '../../../src/core/model';

const text = '🚢 The port will reopen\nthe quay in six months; "fast," said Ana.\nIt will also build a breakwater in the next two to three years.';
const GENERATED = '2026-11-28T15:20:00.000Z';

type Item = ExportDocument['annotations'][number];

function commitment(id: string, exact: string, extra: Partial<Annotation>, anchorState = 'exact'): Item {
  const start = text.indexOf(exact);
  return {
    annotation: { id, kind: 'commitment', review: 'accepted', status: 'open', anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length }, ...extra },
    anchorState,
    start,
    end: start + exact.length,
  };
}

const LONG_ACTION = `build ${'a very long, winding; seawall 🌊 '.repeat(10)}`.trim();

const document: ExportDocument = {
  file: 'news/port.txt',
  text,
  referenceDate: '2024-01-10',
  annotations: [
    commitment('c1', 'will reopen\nthe quay in six months', {
      actor: 'The port',
      action: 'reopen the quay in six months',
      deadline: { text: 'in six months', timex: 'P6M', due: '2024-07-10' },
      source: { who: 'Ana', cue: 'said' },
      note: 'Check, please; line one\nline two \\ done',
      tags: ['ports', 'storm; damage'],
    }),
    commitment('c2', 'will also build a breakwater in the next two to three years', {
      review: 'suggested',
      actor: 'It',
      action: LONG_ACTION,
      deadline: { text: 'in the next two to three years', range: { earliest: '2026-01-10', latest: '2027-01-10' } },
    }),
    commitment('kept', 'will reopen', { status: 'kept', deadline: { text: 'x', due: '2024-02-01' } }),
    commitment('rejected', 'the quay', { review: 'rejected', deadline: { text: 'x', due: '2024-02-01' } }),
    commitment('orphan', 'six months', { deadline: { text: 'x', due: '2024-02-01' } }, 'orphaned'),
    commitment('undated', 'said Ana', { action: 'say' }),
    { ...commitment('deadline', 'in six months', {}), annotation: { ...commitment('deadline', 'in six months', {}).annotation, kind: 'deadline', due: '2024-07-10' } },
  ],
};

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

describe('iCalendar export (RFC 5545, read back with ical.js)', () => {
  const ics = toIcs([document], { generatedAt: GENERATED, version: '0.1.0' });
  const calendar = parse(ics);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('is a VCALENDAR with the required properties', () => {
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Seedmark//Seedmark 0.1.0//EN');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  });

  it('holds only open, placed, dated commitments', () => {
    assert.deepEqual(events.map((event) => event.uid.split('-')[0]).sort(), ['c1', 'c2']);
  });

  it('makes a due date a one-day all-day event and a range a multi-day one', () => {
    const [single, range] = events.sort((a, b) => a.uid.localeCompare(b.uid));
    assert.equal(single.startDate.isDate, true);
    assert.equal(single.startDate.toString(), '2024-07-10');
    assert.equal(single.endDate.toString(), '2024-07-11');
    assert.equal(range.startDate.toString(), '2026-01-10');
    assert.equal(range.endDate.toString(), '2027-01-11', 'DTEND is the day after the last day');
  });

  it('round-trips summary, description and categories through escaping, including ; , \\ newlines and emoji', () => {
    const single = events.find((event) => event.uid.startsWith('c1-'))!;
    assert.equal(single.summary, 'The port — reopen the quay in six months');
    const description = single.description;
    assert.ok(description.startsWith('"will reopen\nthe quay in six months"'), description);
    assert.match(description, /Source: Ana \(said\)/);
    assert.match(description, /Document: news\/port\.txt:1/);
    assert.match(description, /Deadline: "in six months" from 2024-01-10 → 2024-07-10/);
    assert.match(description, /Note: Check, please; line one\nline two \\ done/);
    const vevent = calendar.getAllSubcomponents('vevent').find((component) => String(component.getFirstPropertyValue('uid')).startsWith('c1-'))!;
    assert.deepEqual(vevent.getFirstProperty('categories')!.getValues(), ['Seedmark', 'open', 'ports', 'storm; damage']);
    assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
  });

  it('folds long lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'no bare LF');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    const long = events.find((event) => event.uid.startsWith('c2-'))!;
    assert.equal(long.summary, `It — ${LONG_ACTION}`, 'the folded summary reads back whole, emoji included');
    const c2 = calendar.getAllSubcomponents('vevent').find((component) => String(component.getFirstPropertyValue('uid')).startsWith('c2-'))!;
    assert.equal(c2.getFirstPropertyValue('status'), 'TENTATIVE', 'a suggestion is tentative');
  });

  it('gives unique, stable UIDs and the same bytes for the same input', () => {
    assert.equal(new Set(events.map((event) => event.uid)).size, events.length);
    assert.equal(toIcs([document], { generatedAt: GENERATED, version: '0.1.0' }), ics);
    const dtstamp = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    assert.equal(dtstamp.toString(), '2026-11-28T15:20:00Z');
  });

  it('writes a valid empty calendar when nothing is due', () => {
    const empty = parse(toIcs([], { generatedAt: GENERATED }));
    assert.equal(empty.getAllSubcomponents('vevent').length, 0);
    assert.equal(empty.getFirstPropertyValue('prodid'), '-//Seedmark//Seedmark//EN');
  });

  it('escapes TEXT and folds by octets', () => {
    assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
    const folded = fold(`X:${'é'.repeat(60)}`);
    assert.deepEqual(folded.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8') <= 75), [true, true]);
    assert.equal(folded.replace(/\r\n /g, ''), `X:${'é'.repeat(60)}`);
  });
});

describe('seedmark export --format ics', () => {
  const SAMPLE = resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'harbour-authority-2024-03-14.txt');
  const SHARED_SAMPLE = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'samples', 'pakistan-russia-2022-02-26.txt');

  it('writes one calendar for all files, with events an iCalendar parser reads', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seedmark-ics-'));
    try {
      copyFileSync(SAMPLE, join(folder, 'harbour.txt'));
      copyFileSync(SHARED_SAMPLE, join(folder, 'pakistan.txt'));
      const written: string[] = [];
      const err: string[] = [];
      const code = await main(['export', '--format', 'ics', join(folder, 'harbour.txt'), join(folder, 'pakistan.txt')], { out: (line) => written.push(`${line}\n`), err: (line) => err.push(line), write: (text) => written.push(text) });
      assert.equal(code, 0, err.join('\n'));
      const calendar = parse(written.join(''));
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      assert.ok(events.length >= 4, `${events.length} events`);
      assert.ok(events.some((event) => /harbour\.txt/.test(event.description)) && events.some((event) => /pakistan\.txt/.test(event.description)));
      assert.ok(events.some((event) => event.startDate.toString() === '2025-03-14' && /north quay/.test(event.summary)), 'the quay within a year of 2024-03-14');
      const code2 = await main(['export', '--format', 'ics', '--out-dir', folder, join(folder, 'harbour.txt')], { out: () => undefined, err: (line) => err.push(line) });
      assert.equal(code2, 0);
      assert.ok(parse(readFileSync(join(folder, 'seedmark.ics'), 'utf8')).getAllSubcomponents('vevent').length >= 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
