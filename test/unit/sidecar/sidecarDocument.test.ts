import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Annotation } from '../../../src/core/model';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';

const FIXTURE = resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'sidecars', 'hand-edited.annotations.yaml');
const handEdited = readFileSync(FIXTURE, 'utf8');

function load(text: string): SidecarDocument {
  const loaded = SidecarDocument.parse(text);
  if (!loaded.ok) assert.fail(`expected a valid sidecar: ${JSON.stringify(loaded.problems)}`);
  return loaded.sidecar;
}

function edited(sidecar: SidecarDocument, ...operations: Parameters<SidecarDocument['apply']>[0]): SidecarDocument {
  const result = sidecar.apply(operations);
  if (!result.ok) assert.fail(result.reason);
  return result.sidecar;
}

const suggestion: Annotation = {
  id: 'd-june',
  kind: 'deadline',
  review: 'suggested',
  anchor: { exact: 'by the end of June', prefix: 'contract ', suffix: ' and expects', start: 500, end: 518 },
  timex: '2024-06',
  due: '2024-06-30',
};

describe('sidecar YAML', () => {
  it('reads the document block and every annotation', () => {
    const sidecar = load(handEdited);
    assert.equal(sidecar.content.document.file, 'harbour-authority-2024-03-14.txt');
    assert.deepEqual(sidecar.annotations.map((a) => a.id), ['c-reopen', 'f-48m']);
    assert.equal(sidecar.annotation('c-reopen')?.deadline?.due, '2025-03-14');
  });

  it('changes one annotation and keeps every other byte of a hand-edited file', () => {
    const after = edited(load(handEdited), { op: 'update', id: 'c-reopen', changes: { status: 'in-progress' } });
    const expected = handEdited.replace('    status: open\n', '    status: in-progress\n');
    // Only the touched annotation is re-serialised: its own comment spacing may be normalised,
    // everything outside it is identical.
    const before = handEdited.slice(0, handEdited.indexOf('  - id: c-reopen'));
    const afterSecond = handEdited.slice(handEdited.indexOf('  - id: f-48m'));
    assert.ok(after.text.startsWith(before), 'text before the annotation is unchanged');
    assert.ok(after.text.endsWith(afterSecond), 'text after the annotation is unchanged');
    assert.equal(after.annotation('c-reopen')?.status, 'in-progress');
    assert.equal(load(after.text).annotation('c-reopen')?.note, load(expected).annotation('c-reopen')?.note);
  });

  it('keeps comments, unknown keys and the other annotation when adding one', () => {
    const after = edited(load(handEdited), { op: 'add', annotation: suggestion });
    assert.ok(after.text.startsWith(handEdited), 'the existing text is a prefix of the new one');
    assert.match(after.text, /x-desk-ticket: SM-112 {5}# unknown key: must survive/);
    assert.deepEqual(after.annotations.map((a) => a.id), ['c-reopen', 'f-48m', 'd-june']);
  });

  it('removes an annotation with its lines only', () => {
    const after = edited(load(handEdited), { op: 'remove', id: 'f-48m' });
    assert.equal(after.text, handEdited.slice(0, handEdited.indexOf('  - id: f-48m')));
  });

  it('round-trips: parse, write, parse gives the same content', () => {
    const sidecar = load(handEdited);
    const again = load(edited(sidecar, { op: 'add', annotation: suggestion }, { op: 'remove', id: 'd-june' }).text);
    assert.deepEqual(again.content, sidecar.content);
  });

  it('keeps CRLF line endings when editing a CRLF file', () => {
    const crlf = handEdited.replace(/\n/g, '\r\n');
    const after = edited(load(crlf), { op: 'update', id: 'f-48m', changes: { review: 'accepted' } }, { op: 'add', annotation: suggestion });
    assert.ok(!/[^\r]\n/.test(after.text), 'no bare LF');
    assert.equal(after.annotation('f-48m')?.review, 'accepted');
  });

  it('creates a new sidecar with a header comment that parses back', () => {
    const created = SidecarDocument.create({ file: 'a.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, [suggestion]);
    assert.match(created.text, /^# Annotations for a\.txt/);
    assert.deepEqual(load(created.text).annotations, [suggestion]);
  });

  it('refuses an edit of an annotation that is not there, and a duplicate id', () => {
    const sidecar = load(handEdited);
    assert.equal(sidecar.apply([{ op: 'update', id: 'nope', changes: { note: 'x' } }]).ok, false);
    assert.equal(sidecar.apply([{ op: 'add', annotation: { ...suggestion, id: 'f-48m' } }]).ok, false);
  });

  it('reads a hand-written anchor without prefix and suffix as having empty context', () => {
    const sidecar = load('seedmark: 1\ndocument: {file: a.txt}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: {exact: quote, start: 0, end: 5}}\n');
    assert.deepEqual(sidecar.annotation('x')?.anchor, { exact: 'quote', start: 0, end: 5, prefix: '', suffix: '' });
  });

  it('removes a field set to undefined', () => {
    const after = edited(load(handEdited), { op: 'update', id: 'c-reopen', changes: { note: undefined } });
    assert.equal(after.annotation('c-reopen')?.note, undefined);
    assert.doesNotMatch(after.text, /Folded note/);
  });
});

describe('sidecar problems', () => {
  function problems(text: string) {
    const loaded = SidecarDocument.parse(text);
    assert.equal(loaded.ok, false, 'expected the sidecar to be refused');
    return loaded.ok ? [] : loaded.problems;
  }

  it('reports a YAML syntax error with line and column', () => {
    const [problem] = problems('seedmark: 1\ndocument:\n  file: "unclosed\nannotations: []\n');
    assert.ok(problem.line >= 3, `line ${problem.line}`);
    assert.ok(problem.column >= 1);
  });

  it('reports a wrong type at the line of the offending value', () => {
    const text = 'seedmark: 1\ndocument: {file: a.txt}\nannotations:\n  - id: x\n    kind: figure\n    review: maybe\n    anchor: {exact: q, start: 0, end: 1}\n';
    const [problem] = problems(text);
    assert.equal(problem.line, 6);
    assert.match(problem.message, /annotations\[1\]\.review: must be one of suggested, accepted, rejected, edited/);
  });

  it('refuses another format version', () => {
    assert.match(problems('seedmark: 2\ndocument: {file: a}\nannotations: []\n')[0].message, /unsupported format version 2/);
  });

  it('refuses duplicate ids', () => {
    const text = 'seedmark: 1\ndocument: {file: a}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: {exact: q, start: 0, end: 1}}\n  - {id: x, kind: claim, review: accepted, anchor: {exact: q, start: 0, end: 1}}\n';
    assert.match(problems(text)[0].message, /duplicate id "x"/);
  });

  // Expanding either bomb would take 9^10 or 10^8 values: the refusal must come from the count.
  it('survives an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    assert.match(problems(lines.join('\n'))[0].message, /alias count/);
  });

  it('refuses an alias bomb hidden under an unknown key of a valid sidecar', () => {
    const bomb = ['x0: &x0 [a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i < 8; i++) bomb.push(`  x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]`);
    const text = `seedmark: 1\ndocument: {file: a.txt}\nextra:\n  ${bomb.join('\n')}\nannotations: []\n`;
    assert.match(problems(text)[0].message, /alias count/);
  });

  it('reads a few aliases, as YAML allows', () => {
    const text = 'seedmark: 1\ndocument: {file: a.txt}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: &quote {exact: q, start: 0, end: 1}}\n  - {id: y, kind: claim, review: rejected, anchor: *quote}\n';
    assert.deepEqual(load(text).annotation('y')?.anchor, { exact: 'q', start: 0, end: 1, prefix: '', suffix: '' });
  });

  it('keeps a __proto__ key as a plain key, changing no prototype', () => {
    const text = 'seedmark: 1\n__proto__: {polluted: true}\ndocument: {file: a.txt}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: {exact: q, start: 0, end: 1}, __proto__: {note: sneaked}}\n';
    const sidecar = load(text);
    assert.equal(Object.getPrototypeOf(sidecar.content), Object.prototype);
    assert.equal(sidecar.annotation('x')?.note, undefined);
    assert.equal((({}) as Record<string, unknown>).polluted, undefined);
  });

  it('reads prose with & and * in quotes as text', () => {
    const text = 'seedmark: 1\ndocument: {file: a.txt}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: {exact: "Defence & Space *new*", start: 0, end: 5}}\n';
    assert.equal(load(text).annotation('x')?.anchor.exact, 'Defence & Space *new*');
  });

  it('survives deep nesting', () => {
    assert.match(problems(`x: ${'['.repeat(100_000)}`)[0].message, /nesting deeper than/);
  });

  it('survives a huge scalar', function () {
    this.timeout(30_000); // not a timing test: npm run bench times loading
    const text = `seedmark: 1\ndocument: {file: a}\nannotations:\n  - {id: x, kind: claim, review: accepted, anchor: {exact: "${'q'.repeat(2_000_000)}", start: 0, end: 1}}\n`;
    const loaded = SidecarDocument.parse(text);
    assert.equal(loaded.ok, true);
  });

  it('refuses a list or a scalar at the top level', () => {
    assert.match(problems('- a\n- b\n')[0].message, /must be a mapping/);
    assert.match(problems('just words\n')[0].message, /must be a mapping/);
  });

  it('never throws on random bytes', function () {
    this.timeout(30_000); // not a timing test: npm run bench times loading
    for (let seed = 1; seed < 300; seed++) {
      let state = seed;
      const characters = Array.from({ length: 200 }, () => {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        return ':-[]{}&*!|>\'"#%@` \n\tab1'[state % 26];
      });
      assert.doesNotThrow(() => SidecarDocument.parse(characters.join('')));
    }
  });
});
