import { strict as assert } from 'node:assert';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';
import { deepestBlockNesting } from '../../../src/core/sidecar/yamlNesting';

describe('deeply nested YAML in a sidecar', () => {
  it('3,000 levels of block mappings are a broken sidecar, not a stack overflow', () => {
    const lines = ['seedmark: 1', 'document:', '  file: a.txt', 'annotations:'];
    for (let depth = 0; depth < 3000; depth++) lines.push(`${' '.repeat(depth)}k${depth}:`);
    const loaded = SidecarDocument.parse(`${lines.join('\n')}\n`);
    assert.equal(loaded.ok, false);
    assert.match(loaded.ok ? '' : loaded.problems[0].message, /nesting deeper than/);
  });

  it('compact nested sequences count a level per dash', () => {
    assert.equal(deepestBlockNesting(`${'- '.repeat(100)}x\n`), 101);
  });

  it('an indented block scalar is text, not nesting', () => {
    const note = Array.from({ length: 200 }, (_, index) => `${' '.repeat(6 + index)}line ${index}`).join('\n');
    assert.ok(deepestBlockNesting(`annotations:\n  - note: |\n${note}\n`) < 10);
  });

  it('a sidecar Seedmark writes stays far below the limit', () => {
    const sidecar = SidecarDocument.create({ file: 'a.txt' }, [{ id: 'a', kind: 'deadline', review: 'accepted', deadline: { text: 'in six months', due: '2024-07-10' }, anchor: { exact: 'in six months', prefix: '', suffix: '', start: 0, end: 13 } }]);
    assert.ok(deepestBlockNesting(sidecar.text) < 8);
  });
});
