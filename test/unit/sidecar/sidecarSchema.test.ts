import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { validateSidecar } from '../../../src/core/sidecar/validateSidecar';

type Data = Record<string | number, unknown>;
type Change = (data: Data) => void;

const root = resolve(__dirname, '..', '..', '..', '..');
const schema = JSON.parse(readFileSync(resolve(root, 'syntaxes', 'sidecar.schema.json'), 'utf8')) as object;
const valid = parse(readFileSync(resolve(root, 'test', 'fixtures', 'sidecars', 'hand-edited.annotations.yaml'), 'utf8')) as Data;

/** The mapping or list that holds the last key of `path`. */
function parentOf(data: Data, path: readonly (string | number)[]): Data {
  return path.slice(0, -1).reduce<Data>((node, key) => node[key] as Data, data);
}

/** Sets the value at `path` (keys and list indexes) of the fixture's data. */
function set(path: readonly (string | number)[], value: unknown): Change {
  return (data) => void (parentOf(data, path)[path[path.length - 1]] = value);
}

function remove(path: readonly (string | number)[]): Change {
  return (data) => void delete parentOf(data, path)[path[path.length - 1]];
}

/** Each variant breaks (or keeps) the valid fixture in one way. */
const variants: Array<[string, Change]> = [
  ['the fixture as it is', () => undefined],
  ['an unknown top-level key', set(['extra'], { anything: true })],
  ['version 2', set(['seedmark'], 2)],
  ['no document', remove(['document'])],
  ['an empty file name', set(['document', 'file'], '')],
  ['a short sha256', set(['document', 'sha256'], 'abc')],
  ['a review state that does not exist', set(['annotations', 0, 'review'], 'approved')],
  ['a status that does not exist', set(['annotations', 0, 'status'], 'done')],
  ['a negative offset', set(['annotations', 0, 'anchor', 'start'], -3)],
  ['a fractional offset', set(['annotations', 0, 'anchor', 'end'], 2.5)],
  ['an empty quote', set(['annotations', 1, 'anchor', 'exact'], '')],
  ['a due date that is not a date', set(['annotations', 0, 'deadline', 'due'], 'next year')],
  ['a due date in month 13', set(['annotations', 0, 'deadline', 'due'], '2024-13-05')],
  ['a due date on day 45', set(['annotations', 0, 'deadline', 'due'], '2024-01-45')],
  ['a reference date of month 00', set(['document', 'referenceDate'], '2024-00-10')],
  ['an id with a line break', set(['annotations', 0, 'id'], 'c1\nDTSTART:19700101')],
  ['an id with a tab', set(['annotations', 1, 'id'], 'f\t2')],
  ['an id with a C1 control character', set(['annotations', 1, 'id'], 'f\u00852')],
  ['an id with emoji and accents', set(['annotations', 1, 'id'], 'figure-é-📈')],
  ['a range without its latest day', set(['annotations', 0, 'range'], { earliest: '2024-01-01' })],
  ['a value as text', set(['annotations', 1, 'value'], 'many')],
  ['tags as text', set(['annotations', 1, 'tags'], 'money')],
  ['a source without who', set(['annotations', 0, 'source'], { cue: 'said' })],
  ['annotations as a mapping', set(['annotations'], { a: 1 })],
  ['a kind that does not exist', set(['annotations', 0, 'kind'], 'opinion')],
];

describe('sidecar JSON Schema and validator', () => {
  const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
  for (const [name, change] of variants) {
    it(`agree on ${name}`, () => {
      const data = structuredClone(valid);
      change(data);
      const bySchema = validateWithSchema(data);
      const byValidator = validateSidecar(data).ok;
      assert.equal(byValidator, bySchema, JSON.stringify(validateWithSchema.errors));
    });
  }
});

describe('sidecar validator beyond the schema', () => {
  // A JSON Schema pattern cannot know month lengths or leap years; the validator can.
  for (const [date, ok] of [['2024-02-29', true], ['2023-02-29', false], ['2024-04-31', false], ['2024-12-31', true]] as const) {
    it(`${ok ? 'accepts' : 'rejects'} the due date ${date}`, () => {
      const data = structuredClone(valid);
      set(['annotations', 0, 'deadline', 'due'], date)(data);
      const result = validateSidecar(data);
      assert.equal(result.ok, ok);
      if (!result.ok) {
        assert.deepEqual(result.problems.map((problem) => problem.path), [['annotations', 0, 'deadline', 'due']]);
        assert.match(result.problems[0].message, /calendar date/);
      }
    });
  }

  it('names the control character problem of an id', () => {
    const data = structuredClone(valid);
    set(['annotations', 0, 'id'], 'c1\r\nX-FORGED:1')(data);
    const result = validateSidecar(data);
    assert.ok(!result.ok);
    assert.match(result.problems[0].message, /control characters/);
  });
});
