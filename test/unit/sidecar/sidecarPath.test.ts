import { strict as assert } from 'node:assert';
import { documentPathForSidecar, sidecarPathFor } from '../../../src/core/sidecar/sidecarPath';

describe('sidecar path rule', () => {
  it('puts the sidecar beside the document by default', () => {
    assert.deepEqual(sidecarPathFor('seeds/report.txt'), { ok: true, path: 'seeds/report.txt.annotations.yaml' });
  });

  it('follows a pattern with ${name} into a subfolder', () => {
    assert.deepEqual(sidecarPathFor('seeds/report.txt', '.seedmark/${name}.yaml'), { ok: true, path: 'seeds/.seedmark/report.yaml' });
  });

  it('refuses a pattern that escapes the document folder', () => {
    assert.equal(sidecarPathFor('seeds/report.txt', '../${file}.yaml').ok, false);
    assert.equal(sidecarPathFor('seeds/report.txt', '/etc/${file}.yaml').ok, false);
  });

  it('refuses a pattern that does not name a YAML file', () => {
    assert.equal(sidecarPathFor('a.txt', '${file}.json').ok, false);
  });

  it('finds the document of a default sidecar', () => {
    assert.equal(documentPathForSidecar('x/a.txt.annotations.yaml'), 'x/a.txt');
    assert.equal(documentPathForSidecar('x/a.yaml'), undefined);
  });
});
