import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // ical.js types parse's result as `any`: one calendar parses to one jCal component.
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

function eventsOf(ics: string): ICAL.Event[] {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

/** RFC 5545 §3.1: every content line at most 75 octets, CRLF after each and no bare CR or LF. */
function assertPhysicalLines(ics: string): void {
  assert.ok(ics.endsWith('\r\n'), 'the last line ends with CRLF');
  assert.ok(!/[^\r]\n|\r[^\n]/.test(ics), 'no bare LF or CR');
  for (const line of ics.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    assert.ok(!/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line), `a control character in: ${JSON.stringify(line)}`);
  }
}

/** One dated, open, accepted commitment in a one-line document, for the edge cases. */
function single(extra: Partial<Annotation>, file = 'edge.txt'): ExportDocument {
  const exact = 'will reopen the quay';
  const edgeText = `The port ${exact} by June.`;
  const start = edgeText.indexOf(exact);
  return {
    file,
    text: edgeText,
    referenceDate: '2024-01-10',
    annotations: [
      {
        annotation: { id: 'c-edge', kind: 'commitment', review: 'accepted', status: 'open', actor: 'The port', action: 'reopen the quay', anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length }, deadline: { text: 'by June', due: '2024-06-30' }, ...extra },
        anchorState: 'exact',
        start,
        end: start + exact.length,
      },
    ],
  };
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
    assert.ok([...LONG_ACTION].length >= 300, 'the action is long enough to need several folds');
    assertPhysicalLines(ics);
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

  it('writes a quote over several lines as a one-line summary', () => {
    const [event] = eventsOf(toIcs([single({ actor: undefined, action: undefined })], { generatedAt: GENERATED }));
    assert.equal(event.summary, 'Someone — will reopen the quay');
    const [multiLine] = eventsOf(toIcs([document].map((doc) => ({ ...doc, annotations: [commitment('m', 'will reopen\nthe quay in six months', { actor: 'The port', deadline: { text: 'in six months', due: '2024-07-10' } })] })), { generatedAt: GENERATED }));
    assert.equal(multiLine.summary, 'The port — will reopen the quay in six months');
    assert.match(multiLine.description, /^"will reopen\nthe quay in six months"/, 'the description keeps the quote as written');
  });

  it('keeps a sidecar id with line breaks inside its UID, so it cannot add calendar lines', () => {
    const hostile = 'c-evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:forged, really; yes';
    const out = toIcs([single({ id: hostile })], { generatedAt: GENERATED });
    assertPhysicalLines(out);
    const events = eventsOf(out);
    assert.equal(events.length, 1);
    assert.equal(events[0].uid, `${hostile.replace(/\r\n/g, '\n')}-${events[0].uid.split('-').at(-1)}`);
    assert.equal(events[0].summary, 'The port — reopen the quay');
    assert.doesNotMatch(out, /^(UID:forged|SUMMARY:forged)/m);
  });

  it('writes control characters and lone surrogates as U+FFFD, which TEXT can hold', () => {
    const out = toIcs([single({ action: 'reopen\u0007 the\u001b quay\u0000 \ud800now', note: 'form\ffeed\u007f' })], { generatedAt: GENERATED });
    assertPhysicalLines(out);
    const [event] = eventsOf(out);
    assert.equal(event.summary, 'The port — reopen\ufffd the\ufffd quay\ufffd \ufffdnow');
    assert.match(event.description, /Note: form\ufffdfeed\ufffd$/);
    assert.equal(escapeText('tab\tstays'), 'tab\tstays', 'HTAB is allowed in TEXT');
    assert.equal(escapeText('🌊'), '🌊', 'a surrogate pair is one character, not two lone halves');
  });

  it('leaves out a due date that is no calendar day and puts a backwards range in order', () => {
    assert.equal(eventsOf(toIcs([single({ deadline: { text: 'x', due: '2024-13-45' } })], { generatedAt: GENERATED })).length, 0);
    assert.equal(eventsOf(toIcs([single({ deadline: { text: 'x', due: '2023-02-29' } })], { generatedAt: GENERATED })).length, 0);
    assert.equal(eventsOf(toIcs([single({ deadline: { text: 'x', range: { earliest: '2024-01-01', latest: '2024-02-30' } } })], { generatedAt: GENERATED })).length, 0);
    const [backwards] = eventsOf(toIcs([single({ deadline: { text: 'x', range: { earliest: '2025-01-31', latest: '2024-12-01' } } })], { generatedAt: GENERATED }));
    assert.equal(backwards.startDate.toString(), '2024-12-01');
    assert.equal(backwards.endDate.toString(), '2025-02-01');
  });

  it('gives a document the same UIDs however its path was typed', () => {
    const uid = (file: string): string => eventsOf(toIcs([single({}, file)], { generatedAt: GENERATED }))[0].uid;
    assert.equal(uid('./news/port.txt'), uid('news/port.txt'));
    assert.equal(uid('news\\port.txt'), uid('news/port.txt'));
    assert.notEqual(uid('news/other.txt'), uid('news/port.txt'), 'one id in two documents is two events');
  });

  it('escapes TEXT and folds by octets', () => {
    assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
    const folded = fold(`X:${'é'.repeat(60)}`);
    assert.deepEqual(folded.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8') <= 75), [true, true]);
    assert.equal(folded.replace(/\r\n /g, ''), `X:${'é'.repeat(60)}`);
    for (const character of ['🌊', '中', 'é']) {
      // Every offset of the multi-octet character against the fold point: none may split it.
      for (let pad = 0; pad < 4; pad++) {
        const line = `X:${'a'.repeat(70 + pad)}${character.repeat(10)}`;
        const parts = fold(line).split('\r\n');
        assert.ok(parts.every((part) => Buffer.byteLength(part, 'utf8') <= 75 && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part)), JSON.stringify(parts));
        assert.equal(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join(''), line);
      }
    }
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

  it('follows the sidecar: rejected and kept commitments leave, accepted ones are confirmed, a hand-edited id stays in its UID, one with line breaks is refused', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seedmark-ics-'));
    try {
      const file = join(folder, 'harbour.txt');
      copyFileSync(SAMPLE, file);
      const quiet = { out: () => undefined, err: () => undefined };
      assert.equal(await main(['extract', '--write', file], quiet), 0);
      const sidecar = `${file}.annotations.yaml`;
      // Edits each commitment by its quote, as a person would in the YAML.
      const decide = (yaml: string, quote: string, edit: (block: string) => string): string => {
        const blocks = yaml.split(/(?=\n {2}- id: )/);
        const index = blocks.findIndex((block) => block.includes('kind: commitment') && block.includes(`exact: ${quote}`));
        assert.ok(index >= 0, `no commitment quoting "${quote}"`);
        blocks[index] = edit(blocks[index]);
        return blocks.join('');
      };
      let yaml = readFileSync(sidecar, 'utf8');
      yaml = decide(yaml, 'the authority plans to award', (block) => block.replace('review: suggested', 'review: rejected'));
      yaml = decide(yaml, 'expects to finish the first phase', (block) => block.replace('review: suggested', 'review: accepted').replace('status: open', 'status: kept'));
      const hostile = decide(yaml, 'The ministry of transport', (block) => block.replace(/id: \S+/, 'id: "c-evil\\r\\nBEGIN:VEVENT\\r\\nUID:forged\\r\\nEND:VEVENT"'));
      writeFileSync(sidecar, hostile);
      const refused: string[] = [];
      const refusedCode = await main(['export', '--format', 'ics', file], { out: () => undefined, err: (line) => refused.push(line), write: () => undefined });
      assert.equal(refusedCode, 1, 'an id with line breaks makes the sidecar invalid');
      assert.match(refused.join('\n'), /annotations\.yaml:\d+:\d+: annotations\[\d+\]\.id: must not contain control characters/);
      // Characters a calendar line must escape (; , \ and quotes) are fine in an id and stay in the UID.
      yaml = decide(yaml, 'The ministry of transport', (block) => block.replace(/id: \S+/, 'id: \'c-ministry; "quay", phase\\1\'').replace('review: suggested', 'review: accepted'));
      writeFileSync(sidecar, yaml);

      const written: string[] = [];
      const err: string[] = [];
      const code = await main(['export', '--format', 'ics', file], { out: (line) => written.push(`${line}\n`), err: (line) => err.push(line), write: (text) => written.push(text) });
      assert.equal(code, 0, err.join('\n'));
      const ics = written.join('');
      assertPhysicalLines(ics);
      const events = eventsOf(ics);
      assert.ok(!events.some((event) => /dredging|first phase/.test(event.summary)), events.map((event) => event.summary).join('\n'));
      const ministry = events.find((event) => /ministry of transport/.test(event.summary));
      assert.ok(ministry, 'the accepted commitment is in the calendar');
      assert.ok(ministry.uid.startsWith('c-ministry; "quay", phase\\1-'), ministry.uid);
      assert.equal(ministry.component.getFirstPropertyValue('status'), 'CONFIRMED');
      assert.equal(ministry.startDate.toString(), '2024-07-31', '"before August 2024" is due on its last day');
      assert.ok(events.every((event) => event.uid === ministry.uid || event.component.getFirstPropertyValue('status') === 'TENTATIVE'), 'suggestions are tentative');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
