import { strict as assert } from 'node:assert';
import { toBrat } from '../../../src/core/export/bratExport';
import { toCsv } from '../../../src/core/export/csvExport';
import type { ExportDocument } from '../../../src/core/export/exportFormats';
import { toW3c } from '../../../src/core/export/w3cExport';
import type { Annotation } from '../../../src/core/model';

const text = '🚢 The port will reopen\nthe quay in six months, "=cmd" said Ana.';

function annotation(id: string, kind: Annotation['kind'], exact: string, extra: Partial<Annotation> = {}): { annotation: Annotation; anchorState: string; start: number; end: number } {
  const start = text.indexOf(exact);
  const codePointStart = [...text.slice(0, start)].length;
  return {
    annotation: { id, kind, review: 'accepted', anchor: { exact, prefix: '', suffix: '', start: codePointStart, end: codePointStart + [...exact].length }, ...extra },
    anchorState: 'exact',
    start,
    end: start + exact.length,
  };
}

const document: ExportDocument = {
  file: 'port.txt',
  text,
  referenceDate: '2024-01-10',
  annotations: [
    annotation('c1', 'commitment', 'will reopen\nthe quay', { status: 'open', actor: 'The port', action: 'reopen the quay', note: 'Line one\nline two' }),
    annotation('d1', 'deadline', 'in six months', { timex: 'P6M', due: '2024-07-10' }),
    annotation('cl1', 'claim', '"=cmd" said Ana', { source: { who: '=HYPERLINK("x")', cue: 'said' } }),
  ],
};

describe('exports', () => {
  describe('CSV', () => {
    const csv = toCsv([document]);
    const rows = csv.trimEnd().split('\r\n');

    it('has a header and one row per annotation', () => {
      assert.match(rows[0], /^file,id,kind,review,status,anchor_state,stale,start,end,exact/);
      assert.equal(csv.match(/\r\nport\.txt,/g)?.length, 3);
    });

    it('quotes cells with commas, quotes and line breaks', () => {
      assert.match(csv, /"will reopen\nthe quay"/);
      assert.match(csv, /"""=cmd"" said Ana"/);
    });

    it('defuses cells a spreadsheet would run as formulas', () => {
      assert.match(csv, /"'=HYPERLINK\(""x""\)"/);
    });
  });

  describe('W3C Web Annotation', () => {
    const collection = JSON.parse(toW3c([document])) as { '@context': string; type: string; total: number; first: { items: Array<{ type: string; target: { source: string; selector: Array<Record<string, unknown>> }; body: Array<{ purpose: string; value: string }> }> } };

    it('is an AnnotationCollection in the W3C context', () => {
      assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.total, 3);
    });

    it('targets the document with a quote and a code point position selector', () => {
      const deadline = collection.first.items[1];
      assert.equal(deadline.type, 'Annotation');
      assert.equal(deadline.target.source, 'port.txt');
      const [quote, position] = deadline.target.selector;
      assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'in six months', prefix: ' The port will reopen\nthe quay ', suffix: ', "=cmd" said Ana.' });
      assert.equal(position.type, 'TextPositionSelector');
      assert.equal([...text].slice(position.start as number, position.end as number).join(''), 'in six months');
    });

    it('carries the kind as a tag and the note as a comment', () => {
      const commitment = collection.first.items[0];
      assert.ok(commitment.body.some((body) => body.purpose === 'tagging' && body.value === 'commitment'));
      assert.ok(commitment.body.some((body) => body.purpose === 'commenting' && body.value === 'Line one\nline two'));
    });
  });

  describe('brat standoff', () => {
    const ann = toBrat(document);
    const lines = ann.trimEnd().split('\n');

    it('writes a text-bound annotation per annotation, in code points', () => {
      const deadline = lines.find((line) => line.includes('Deadline'));
      assert.ok(deadline);
      const [, where, quote] = deadline.split('\t');
      const [, start, end] = where.split(' ');
      assert.equal([...text].slice(Number(start), Number(end)).join(''), 'in six months');
      assert.equal(quote, 'in six months');
    });

    it('splits a span across lines into fragments', () => {
      assert.match(ann, /^T1\tCommitment \d+ \d+;\d+ \d+\twill reopen the quay$/m);
    });

    it('records review and status as attributes and the note on one line', () => {
      assert.match(ann, /^A1\tReview T1 accepted$/m);
      assert.match(ann, /^A2\tStatus T1 open$/m);
      assert.match(ann, /^#1\tAnnotatorNotes T1\tLine one line two$/m);
    });

    it('leaves out orphaned annotations', () => {
      const orphan = { ...document, annotations: [{ ...document.annotations[0], start: undefined, end: undefined, anchorState: 'orphaned' }] };
      assert.equal(toBrat(orphan), '');
    });
  });
});

describe('exports after the text changed', () => {
  // The sidecar was written for an older text: the deadline stood first, before a paragraph that now precedes it.
  const current = 'A new opening paragraph was added.\n\nThe quay will reopen in six months.\n\nThe vanished part.';
  const storedAt = { start: 0, end: 13 };
  const deadline: Annotation = { id: 'd1', kind: 'deadline', review: 'accepted', timex: 'P6M', anchor: { exact: 'in six months', prefix: 'The quay will reopen ', suffix: '.', ...storedAt } };
  const orphan: Annotation = { id: 'gone', kind: 'claim', review: 'accepted', anchor: { exact: 'a sentence nobody kept', prefix: '', suffix: '', start: 50, end: 72 } };
  const placedAt = current.indexOf('in six months');
  const changed: ExportDocument = {
    file: 'quay.txt',
    text: current,
    referenceDate: '2024-01-10',
    annotations: [
      { annotation: deadline, anchorState: 'moved', start: placedAt, end: placedAt + 13 },
      { annotation: orphan, anchorState: 'orphaned' },
    ],
  };

  it('W3C positions are where the quote is now, and an orphan has none', () => {
    const collection = JSON.parse(toW3c([changed])) as { first: { items: Array<Record<string, unknown> & { target: { selector: Array<Record<string, unknown>> } }> } };
    const [moved, lost] = collection.first.items;
    const position = moved.target.selector.find((selector) => selector.type === 'TextPositionSelector');
    assert.deepEqual(position, { type: 'TextPositionSelector', start: placedAt, end: placedAt + 13 });
    assert.equal(moved['seedmark:anchorState'], 'moved');
    assert.equal(lost.target.selector.some((selector) => selector.type === 'TextPositionSelector'), false);
    assert.equal(lost['seedmark:anchorState'], 'orphaned');
  });

  it('CSV positions are where the quote is now, and an orphan has empty ones', () => {
    const rows = toCsv([changed]).trimEnd().split('\r\n').map((row) => row.split(','));
    const header = rows[0];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    assert.deepEqual([cell(rows[1], 'start'), cell(rows[1], 'end')], [String(placedAt), String(placedAt + 13)]);
    assert.deepEqual([cell(rows[2], 'anchor_state'), cell(rows[2], 'start'), cell(rows[2], 'end')], ['orphaned', '', '']);
  });

  it('brat splits a span at a tab, which would otherwise end the text field early', () => {
    const tabbed = 'Rates rise\tby 2%\ttoday.';
    const span = { start: 0, end: tabbed.indexOf('today') };
    const ann = toBrat({ file: 't.txt', text: tabbed, referenceDate: '2024-01-10', annotations: [{ annotation: { ...deadline, anchor: { ...deadline.anchor, exact: tabbed.slice(span.start, span.end) } }, anchorState: 'exact', ...span }] });
    const [first] = ann.split('\n');
    assert.equal(first.split('\t').length, 3, first);
    assert.match(first, /^T1\tDeadline 0 10;11 16\tRates rise by 2%$/);
  });
});
