import { strict as assert } from 'node:assert';
import { documentPathForSidecar, sidecarPathFor } from '../../../src/core/sidecar/sidecarPath';

describe('sidecar path rule', () => {
  it('puts the sidecar beside the document', () => {
    assert.equal(sidecarPathFor('seeds/report.txt'), 'seeds/report.txt.annotations.yaml');
  });

  it('finds the document of a sidecar', () => {
    assert.equal(documentPathForSidecar('x/a.txt.annotations.yaml'), 'x/a.txt');
    assert.equal(documentPathForSidecar('x/a.yaml'), undefined);
  });

  it('finds no document for a file named only by the suffix', () => {
    assert.equal(documentPathForSidecar('x/.annotations.yaml'), undefined);
  });

  it('goes back and forth between a document and its sidecar', () => {
    for (const path of ['a.txt', 'seeds/2024/b.seed.md', 'notes[1].txt']) assert.equal(documentPathForSidecar(sidecarPathFor(path)), path);
  });
});
