import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import type { CrossDocumentAnnotation } from '../../../src/core/crossDocument/documentAnnotation';
import { LINK_KEY_PREFIX, linkKeyFor, linkOperations, planLink, planUnlink, type LinkPlan } from '../../../src/core/crossDocument/linkCommitments';
import { matchCommitments } from '../../../src/core/crossDocument/matchCommitments';
import { MAX_LINK_KEY_LENGTH, type Annotation } from '../../../src/core/model';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';
import { validateSidecar } from '../../../src/core/sidecar/validateSidecar';
import { commitment } from './crossDocumentFixtures';

const ref = (item: CrossDocumentAnnotation) => ({ documentKey: item.documentKey, annotationId: item.annotation.id });

/** The inputs with a plan's keys written into them, as the sidecars would hold them afterwards. */
function applied(inputs: readonly CrossDocumentAnnotation[], plan: LinkPlan): CrossDocumentAnnotation[] {
  if (!plan.ok) assert.fail(plan.reason);
  const keys = new Map(plan.documents.flatMap((document) => document.edits.map((edit) => [`${edit.documentKey}#${edit.annotation.id}`, edit.link] as const)));
  return inputs.map((input) => {
    const link = keys.get(`${input.documentKey}#${input.annotation.id}`);
    return link === undefined ? input : { ...input, annotation: { ...input.annotation, link } };
  });
}

function together(inputs: readonly CrossDocumentAnnotation[], a: CrossDocumentAnnotation, b: CrossDocumentAnnotation): boolean {
  const matching = matchCommitments(inputs);
  return matching.clusterOf(ref(a)) === matching.clusterOf(ref(b));
}

describe('linking and unlinking commitments by hand', () => {
  const pipeline = commitment('a.txt', 'Pakistan', 'complete the gas pipeline');
  const paraphrase = commitment('b.txt', 'Pakistan', 'finish the gas pipeline');
  const third = commitment('c.txt', 'Pakistan', 'complete the gas pipeline');
  const unrelated = commitment('b.txt', 'the ministry', 'lay the first stone of the terminal');

  it('puts two commitments with one link key in one cluster whatever their text', () => {
    const inputs = [pipeline, unrelated];
    assert.equal(together(inputs, pipeline, unrelated), false);
    const linked = applied(inputs, planLink(ref(pipeline), ref(unrelated), matchCommitments(inputs)));
    assert.equal(together(linked, pipeline, unrelated), true);
    const [cluster] = matchCommitments(linked).clusters;
    assert.ok(cluster.link?.startsWith(LINK_KEY_PREFIX));
    assert.ok(cluster.members.every((member) => member.linked));
  });

  it('links even two commitments of one document, since a person decided', () => {
    const sibling = commitment('a.txt', 'Pakistan', 'open the pipeline to traffic');
    const inputs = [pipeline, sibling];
    const linked = applied(inputs, planLink(ref(pipeline), ref(sibling), matchCommitments(inputs)));
    assert.equal(together(linked, pipeline, sibling), true);
  });

  it('never matches automatically two annotations with different keys', () => {
    const inputs = [{ ...pipeline, annotation: { ...pipeline.annotation, link: 'one' } }, { ...paraphrase, annotation: { ...paraphrase.annotation, link: 'two' } }];
    assert.equal(matchCommitments(inputs).clusters.length, 2);
  });

  it('unlinks an automatic match for good, even from members without a key', () => {
    const inputs = [pipeline, paraphrase, third];
    assert.equal(matchCommitments(inputs).clusters.length, 1);
    const plan = planUnlink(ref(paraphrase), matchCommitments(inputs));
    const after = applied(inputs, plan);
    assert.equal(together(after, pipeline, paraphrase), false);
    assert.equal(together(after, pipeline, third), true);
    assert.equal(together(after, paraphrase, third), false);
    // Every member got a key, so no later matching run can join them again.
    assert.ok(plan.ok && plan.documents.flatMap((document) => document.edits).length === 3);
  });

  it('unlinks one member of a hand-made link and keeps the others linked', () => {
    const inputs = [pipeline, unrelated, third];
    const linked = applied(inputs, planLink(ref(pipeline), ref(unrelated), matchCommitments(inputs)));
    const key = matchCommitments(linked).clusterOf(ref(pipeline))?.link;
    const after = applied(linked, planUnlink(ref(unrelated), matchCommitments(linked)));
    assert.equal(together(after, pipeline, unrelated), false);
    assert.equal(together(after, pipeline, third), true);
    assert.equal(matchCommitments(after).clusterOf(ref(pipeline))?.link, key);
  });

  it('has nothing to do when unlinking a commitment that is alone', () => {
    const plan = planUnlink(ref(unrelated), matchCommitments([unrelated]));
    assert.deepEqual(plan, { ok: true, documents: [] });
  });

  it('links two clusters that have keys by moving one key onto the other', () => {
    const inputs = [
      { ...pipeline, annotation: { ...pipeline.annotation, link: 'k-pipeline' } },
      { ...third, annotation: { ...third.annotation, link: 'k-pipeline' } },
      { ...unrelated, annotation: { ...unrelated.annotation, link: 'k-terminal' } },
    ];
    const plan = planLink(ref(unrelated), ref(pipeline), matchCommitments(inputs));
    assert.ok(plan.ok);
    // The first annotation's cluster keeps its key; the other cluster's holders take it.
    assert.deepEqual(plan.documents.flatMap((document) => document.edits.map((edit) => `${edit.annotation.id}=${edit.link}`)), [`${pipeline.annotation.id}=k-terminal`, `${third.annotation.id}=k-terminal`]);
    assert.equal(matchCommitments(applied(inputs, plan)).clusters.length, 1);
  });

  it('refuses to link what is not matched (a rejected annotation)', () => {
    const rejected = commitment('c.txt', 'Pakistan', 'build a port', { review: 'rejected' });
    const plan = planLink(ref(pipeline), ref(rejected), matchCommitments([pipeline, rejected]));
    assert.equal(plan.ok, false);
  });

  it('makes fresh keys that are stable and avoid keys in use', () => {
    const refs = [ref(pipeline), ref(paraphrase)];
    const key = linkKeyFor(refs, new Set());
    assert.equal(linkKeyFor([...refs].reverse(), new Set()), key);
    assert.notEqual(linkKeyFor(refs, new Set([key])), key);
    assert.ok(!key.includes('a.txt'), 'the key does not reveal document paths');
  });

  it('turns edits into sidecar operations: update what is stored, add a suggestion with its key', () => {
    const stored: Annotation[] = [pipeline.annotation];
    const operations = linkOperations(
      [
        { documentKey: 'a.txt', annotation: pipeline.annotation, link: 'k' },
        { documentKey: 'a.txt', annotation: { ...third.annotation, review: 'suggested' }, link: 'k' },
      ],
      stored,
    );
    assert.deepEqual(operations[0], { op: 'update', id: pipeline.annotation.id, changes: { link: 'k' } });
    assert.equal(operations[1].op, 'add');
    assert.equal(operations[1].op === 'add' && operations[1].annotation.link, 'k');
  });
});

describe('the link field in a sidecar', () => {
  const text = [
    'seedmark: 1',
    'document: {file: a.txt}',
    'annotations:',
    '  - id: c-1',
    '    kind: commitment',
    '    review: accepted',
    '    anchor: {exact: will finish the pipeline, start: 0, end: 24}',
    '    link: psgp-pipeline   # the same promise as in b.txt',
    '',
  ].join('\n');

  function load(source: string): SidecarDocument {
    const loaded = SidecarDocument.parse(source);
    if (!loaded.ok) assert.fail(JSON.stringify(loaded.problems));
    return loaded.sidecar;
  }

  it('survives parse, write and parse again', () => {
    const sidecar = load(text);
    assert.equal(sidecar.annotation('c-1')?.link, 'psgp-pipeline');
    const edited = sidecar.apply([{ op: 'update', id: 'c-1', changes: { note: 'checked' } }]);
    assert.ok(edited.ok);
    const again = load(edited.ok ? edited.sidecar.text : '');
    assert.equal(again.annotation('c-1')?.link, 'psgp-pipeline');
    const created = load(SidecarDocument.create({ file: 'a.txt' }, [again.annotation('c-1')!]).text);
    assert.deepEqual(created.annotation('c-1'), again.annotation('c-1'));
  });

  it('is written by an update and removed by an update to undefined', () => {
    const sidecar = load(text);
    const relinked = sidecar.apply([{ op: 'update', id: 'c-1', changes: { link: 'link-0123456789' } }]);
    assert.ok(relinked.ok);
    assert.equal(load(relinked.ok ? relinked.sidecar.text : '').annotation('c-1')?.link, 'link-0123456789');
    const cleared = sidecar.apply([{ op: 'update', id: 'c-1', changes: { link: undefined } }]);
    assert.equal(cleared.ok && cleared.sidecar.annotation('c-1')?.link, undefined);
  });

  const schema = JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', '..', 'syntaxes', 'sidecar.schema.json'), 'utf8')) as object;
  const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const cases: Array<[string, unknown, boolean]> = [
    ['a short key', 'psgp-pipeline', true],
    ['a number', 42, false],
    ['a list', ['a', 'b'], false],
    ['an empty key', '', false],
    ['a key at the length limit', 'k'.repeat(MAX_LINK_KEY_LENGTH), true],
    ['a key over the length limit', 'k'.repeat(MAX_LINK_KEY_LENGTH + 1), false],
  ];
  for (const [name, link, valid] of cases) {
    it(`${valid ? 'accepts' : 'rejects'} ${name}, in the validator and the JSON Schema alike`, () => {
      const data = { seedmark: 1, document: { file: 'a.txt' }, annotations: [{ id: 'c-1', kind: 'commitment', review: 'accepted', anchor: { exact: 'x', start: 0, end: 1 }, link }] };
      assert.equal(validateSidecar(structuredClone(data)).ok, valid);
      assert.equal(validateWithSchema(data), valid);
    });
  }

  it('says what is wrong with a link that is not text, at its line', () => {
    const loaded = SidecarDocument.parse(text.replace('link: psgp-pipeline', 'link: [a, b]'));
    assert.equal(loaded.ok, false);
    assert.match(loaded.ok ? '' : loaded.problems[0].message, /annotations\[1\]\.link: must be text/);
    assert.equal(loaded.ok ? 0 : loaded.problems[0].line, 8);
  });
});
