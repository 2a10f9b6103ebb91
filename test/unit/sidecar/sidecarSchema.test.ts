import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { validateSidecar } from '../../../src/core/sidecar/validateSidecar';

const root = resolve(__dirname, '..', '..', '..', '..');
const schema = JSON.parse(readFileSync(resolve(root, 'syntaxes', 'sidecar.schema.json'), 'utf8')) as object;
const valid = parse(readFileSync(resolve(root, 'test', 'fixtures', 'sidecars', 'hand-edited.annotations.yaml'), 'utf8')) as Record<string, unknown>;

/** Each variant breaks (or keeps) the valid fixture in one way. */
const variants: Array<[string, (data: any) => void]> = [ // any: the variants poke at arbitrary shapes on purpose
  ['the fixture as it is', () => undefined],
  ['an unknown top-level key', (d) => (d.extra = { anything: true })],
  ['version 2', (d) => (d.seedmark = 2)],
  ['no document', (d) => delete d.document],
  ['an empty file name', (d) => (d.document.file = '')],
  ['a short sha256', (d) => (d.document.sha256 = 'abc')],
  ['a review state that does not exist', (d) => (d.annotations[0].review = 'approved')],
  ['a status that does not exist', (d) => (d.annotations[0].status = 'done')],
  ['a negative offset', (d) => (d.annotations[0].anchor.start = -3)],
  ['a fractional offset', (d) => (d.annotations[0].anchor.end = 2.5)],
  ['an empty quote', (d) => (d.annotations[1].anchor.exact = '')],
  ['a due date that is not a date', (d) => (d.annotations[0].deadline.due = 'next year')],
  ['a range without its latest day', (d) => (d.annotations[0].range = { earliest: '2024-01-01' })],
  ['a value as text', (d) => (d.annotations[1].value = 'many')],
  ['tags as text', (d) => (d.annotations[1].tags = 'money')],
  ['a source without who', (d) => (d.annotations[0].source = { cue: 'said' })],
  ['annotations as a mapping', (d) => (d.annotations = { a: 1 })],
  ['a kind that does not exist', (d) => (d.annotations[0].kind = 'opinion')],
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
