import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { readSidecarLayout } from '../../src/core/sidecar/layoutReader';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';
import { annotationsArbitrary } from './sidecarArbitraries';

/** What js-yaml reads, or the error it throws. */
function jsYaml(text: string): { value: unknown } | { error: string } {
  try {
    return { value: loadYaml(text, { schema: CORE_SCHEMA, json: false }) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** The fast reader either declines or gives exactly js-yaml's value (and js-yaml must not fail). */
function assertAgrees(text: string): boolean {
  const fast = readSidecarLayout(text);
  if (fast === undefined) return false;
  const reference = jsYaml(text);
  assert.ok('value' in reference, `the layout reader read a text js-yaml refuses (${'error' in reference ? reference.error : ''}):\n${text}`);
  assert.deepStrictEqual(fast, reference.value, text);
  return true;
}

const sidecarText = fc
  .tuple(annotationsArbitrary, fc.constantFrom('\n', '\r\n' as const))
  .map(([annotations, lineEnding]) => SidecarDocument.create({ file: 'doc.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, annotations, lineEnding).text);

/** Characters and pieces that change what YAML means when typed into a sidecar. */
const EDIT_PIECES = [
  ' ', '  ', '\n', '\r\n', '\n\n', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\\', '\\n', '\\x4', '\\u00e9', '{', '}', '[', ']', ',', '&a ', '*a',
  '!', '!!str ', '|', '>', '%', '@', '`', '?', '~', 'null', 'true', 'False', '0x1F', '0o17', '1e3', '.5', '-3', '+4', '1_000', '.inf', '.NaN',
  '007', '12:30', '2024-01-01', '---', '...', '\t', '\u00a0', '\ufeff', 'é', '😀', '\ud83d', 'key: value', '__proto__: x', '<<: *a', 'x',
];

// A position as a large integer taken modulo the length: fast-check's doubles cluster at 0 and 1.
const editArbitrary = fc.record({ at: fc.nat({ max: 1_000_000 }), removed: fc.nat({ max: 4 }), inserted: fc.constantFrom(...EDIT_PIECES) });

function applyEdits(text: string, edits: ReadonlyArray<{ at: number; removed: number; inserted: string }>): string {
  let result = text;
  for (const edit of edits) {
    const start = edit.at % (result.length + 1);
    result = result.slice(0, start) + edit.inserted + result.slice(start + edit.removed);
  }
  return result;
}

describe('sidecar layout reader against js-yaml (fast-check)', function () {
  this.timeout(120_000);

  it("reads Seedmark's own sidecars exactly as js-yaml does", () => {
    let read = 0;
    let total = 0;
    fc.assert(
      fc.property(sidecarText, (text) => {
        total++;
        if (assertAgrees(text)) read++;
      }),
      { numRuns: 1500 },
    );
    // Declining is always safe, but the point is speed: the writer's own output must be read.
    assert.ok(read / total > 0.97, `read ${read} of ${total} written sidecars`);
  });

  it('declines or agrees with js-yaml on sidecars edited by hand, however badly', () => {
    let read = 0;
    fc.assert(
      fc.property(sidecarText, fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), (text, edits) => {
        if (assertAgrees(applyEdits(text, edits))) read++;
      }),
      { numRuns: 6000 },
    );
    assert.ok(read > 600, `only ${read} edited sidecars were read by the fast path: the property tested little`);
  });

  it('reads the layouts a person writes: comments, blank lines, flow collections, quotes, CRLF', () => {
    const texts = [
      '# Annotations\n\nseedmark: 1  # version\ndocument:\n  file: a.txt\n\n  referenceDate: 2024-01-01\nannotations: []\n',
      "seedmark: 1\nannotations:\n  - id: 'it''s'\n    tags: [a, \"b c\", 3]\n    anchor: { exact: \"x\\ty\", start: 1, end: 2 }\n  -\n    id: b\n",
      'seedmark: 1\r\ndocument:\r\n  file: a.txt\r\nannotations:\r\n  - id: a\r\n    note: "two\r\n\r\n      lines"\r\n',
      'seedmark: 1\nannotations:\n  - id: a\n    value: -800 range\n    count: -5\n    share: .5\n    big: 0x1F\n    none: ~\n    flag: True\n',
      'seedmark: 1\nFalse: typed keys become strings as js-yaml makes them\nNull: b\n',
    ];
    for (const text of texts) assert.ok(assertAgrees(text), `declined:\n${text}`);
  });

  it('declines what it does not read itself: anchors, tags, block scalars, document markers, tabs', () => {
    const texts = [
      'seedmark: 1\nbase: &b { exact: x }\nother: *b\n',
      'seedmark: !!str 1\n',
      'seedmark: 1\nnote: |\n  a\n  b\n',
      '---\nseedmark: 1\n',
      'seedmark: 1\n\tdocument: x\n',
      'seedmark: 1\nnote: "escaped \\\n  break"\n',
      'seedmark: 1\nnote: plain\n  continued\n',
    ];
    for (const text of texts) assert.equal(readSidecarLayout(text), undefined, text);
  });
});
