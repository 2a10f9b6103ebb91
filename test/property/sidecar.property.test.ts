import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SidecarDocument, type SidecarOperation } from '../../src/core/sidecar/sidecarDocument';
import { annotationsArbitrary, awkwardText } from './sidecarArbitraries';

function parsed(text: string): SidecarDocument {
  const loaded = SidecarDocument.parse(text);
  if (!loaded.ok) throw new Error(`does not parse: ${JSON.stringify(loaded.problems)}\n${text}`);
  return loaded.sidecar;
}

describe('sidecar properties', function () {
  this.timeout(60_000);

  it('parse → write → parse is the identity on content, whatever the text in quotes and notes', () => {
    fc.assert(
      fc.property(annotationsArbitrary, fc.constantFrom('\n', '\r\n' as const), (annotations, lineEnding) => {
        const created = SidecarDocument.create({ file: 'doc.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, annotations, lineEnding);
        const again = parsed(created.text);
        assert.deepEqual(again.annotations, annotations);
        assert.deepEqual(parsed(again.text).content, again.content);
      }),
      { numRuns: 400 },
    );
  });

  it('an edit changes only the annotation it names; the others come back identical', () => {
    fc.assert(
      fc.property(annotationsArbitrary.filter((list) => list.length >= 2), awkwardText, fc.nat(), (annotations, note, pick) => {
        const sidecar = SidecarDocument.create({ file: 'doc.txt' }, annotations);
        const target = annotations[pick % annotations.length];
        const operations: SidecarOperation[] = [{ op: 'update', id: target.id, changes: { note, review: 'edited' } }];
        const result = sidecar.apply(operations);
        assert.ok(result.ok, result.ok ? '' : result.reason);
        const after = parsed(result.sidecar.text);
        for (const annotation of annotations) {
          const found = after.annotation(annotation.id);
          if (annotation.id === target.id) assert.deepEqual(found, { ...annotation, note, review: 'edited' });
          else assert.deepEqual(found, annotation);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no input makes the loader throw', () => {
    const yamlish = fc
      .array(fc.constantFrom('seedmark: 1\n', 'document:\n', '  file: a\n', 'annotations:\n', '  - ', 'id: x\n', '    kind: claim\n', '&a ', '*a ', '[', ']', '{', '}', ': ', '- ', '"', "'", '#', '\t', '\n', '  ', '!!binary ', '%YAML 1.2\n', '---\n', '...\n', '\u0000', '\uFEFF', '😀'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        assert.doesNotThrow(() => SidecarDocument.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});
