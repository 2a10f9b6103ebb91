import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findConflicts } from '../../../src/core/crossDocument/findConflicts';
import { matchCommitments } from '../../../src/core/crossDocument/matchCommitments';
import { crossDocumentInputOf, slimForAnalysis, type CrossDocumentInput } from '../../../src/core/crossDocument/crossDocumentInput';
import { rehydrateAnalysis } from '../../../src/core/crossDocument/rehydrateAnalysis';
import { analyseAcross } from '../../../src/core/crossDocument/workspaceAnalysis';
import { buildIndexModel } from '../../../src/core/indexModel';
import { largeWorkspace } from '../../bench/largeWorkspace';
import { commitment, withDeadline } from './crossDocumentFixtures';

const root = resolve(__dirname, '..', '..', '..', '..');
const harbour = readFileSync(resolve(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');

function inputsOf(documents: ReadonlyArray<{ name: string; text: string }>): CrossDocumentInput[] {
  return documents.map(({ name, text }) => crossDocumentInputOf(`file:///${name}`, name, text, buildIndexModel({ text, today: '2024-06-01' }).merged));
}

/** The analysis as the editor did it on its own thread before: every annotation, whole. */
function direct(inputs: readonly CrossDocumentInput[]) {
  const matching = matchCommitments(inputs.flatMap((input) => input.commitments));
  return { matching, conflicts: findConflicts({ clusters: matching.clusters, figures: inputs.flatMap((input) => input.figures) }) };
}

/** The same analysis in three steps, with only slim copies crossing to where it runs, as through a worker's messages. */
function stepwise(inputs: readonly CrossDocumentInput[]) {
  const sent = structuredClone(inputs.map((input) => ({ commitments: input.commitments.map(slimForAnalysis), figures: input.figures.map(slimForAnalysis) })));
  return rehydrateAnalysis(inputs, structuredClone(analyseAcross(sent)));
}

describe('cross-document analysis in steps (collect, analyse elsewhere, join back)', function () {
  this.timeout(20_000);

  const workspace = largeWorkspace({ harbour, sample: harbour.replace('March 14, 2024', 'March 20, 2024'), fillers: [], bytes: 40_000 });

  it('gives the clusters and conflicts of matching every annotation in place', () => {
    const inputs = inputsOf(workspace);
    const before = direct(inputs);
    const after = stepwise(inputs);
    assert.ok(before.conflicts.length > 0, 'the generated workspace has conflicts');
    assert.deepEqual(after.conflicts, before.conflicts);
    assert.deepEqual(after.matching.clusters, before.matching.clusters);
    for (const input of inputs.flatMap((document) => document.commitments)) {
      const ref = { documentKey: input.documentKey, annotationId: input.annotation.id };
      assert.deepEqual(after.matching.clusterOf(ref), before.matching.clusterOf(ref), input.annotation.id);
    }
    assert.deepEqual([...after.matching.linkKeys], [...before.matching.linkKeys]);
  });

  it('keeps a person\'s links, and a linked commitment alone is its own cluster under its key', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline in six months', { ...withDeadline('in six months', '2022-08-26'), link: 'link-1' });
    const b = commitment('b.txt', 'Pakistan', 'build a new dam', { link: 'link-1' });
    const c = commitment('c.txt', 'Russia', 'supply gas turbines', { link: 'link-2' });
    const inputs: CrossDocumentInput[] = [a, b, c].map((item) => ({ documentKey: item.documentKey, documentLabel: item.documentKey, commitments: [item], figures: [], signature: '' }));
    const after = stepwise(inputs);
    const before = direct(inputs);
    assert.deepEqual(after.matching.clusters, before.matching.clusters);
    assert.equal(after.matching.clusterOf({ documentKey: 'c.txt', annotationId: c.annotation.id })?.id, 'link-2');
    assert.deepEqual([...after.matching.linkKeys].sort(), ['link-1', 'link-2']);
  });

  it('indexes conflicts by each annotation involved', () => {
    const inputs = inputsOf(workspace);
    const { conflicts, conflictsByRef } = stepwise(inputs);
    for (const conflict of conflicts) for (const member of conflict.members) assert.ok(conflictsByRef.get(`${member.documentKey}\u0000${member.annotationId}`)?.includes(conflict));
  });

  it('signs what the analysis reads: moving text leaves the signature, changing a fact changes it', () => {
    const text = workspace[1].text;
    const merged = buildIndexModel({ text, today: '2024-06-01' }).merged;
    const sign = (changed: string) => inputsOf([{ name: 'sample.txt', text: changed }])[0].signature;
    const original = crossDocumentInputOf('file:///sample.txt', 'sample.txt', text, merged).signature;
    // Blank lines above: every offset moves, no fact and no line around a figure changes.
    const moved = merged.map((item) => ({ ...item, start: item.start! + 100, end: item.end! + 100, annotation: { ...item.annotation, anchor: { ...item.annotation.anchor, start: item.annotation.anchor.start + 100, end: item.annotation.anchor.end + 100 } } }));
    assert.equal(crossDocumentInputOf('file:///sample.txt', 'sample.txt', `${'\n'.repeat(100)}${text}`, moved).signature, original);
    assert.notEqual(sign(text.replace('$48 million', '$49 million')), original, 'a figure changed');
    assert.notEqual(sign(text.replace('in six months', 'in nine months')), original, 'a deadline changed');
  });

  it('copies an annotation to the analysis with only what it reads', () => {
    const [input] = inputsOf([workspace[1]]);
    const figure = slimForAnalysis(input.figures[0]);
    assert.deepEqual(Object.keys(figure.annotation).sort(), ['anchor', 'id', 'kind', 'review', 'unit', 'value'].filter((key) => key in figure.annotation).sort());
    assert.equal(figure.annotation.anchor.prefix, '', 'the line context replaces the stored prefix');
    assert.ok(JSON.stringify(slimForAnalysis(input.commitments[0])).length < JSON.stringify(input.commitments[0]).length);
  });
});
