import { strict as assert } from 'node:assert';
import { buildDocumentModel } from '../../src/core/documentModel';

const text = 'By Jo Park March 1, 2024\n\nThe city will repave Elm Street in six months.\n';

describe('document model (text → facts → merged with the sidecar)', () => {
  it('resolves against the byline date when the sidecar sets none', () => {
    const { result } = buildDocumentModel({ text });
    assert.deepEqual(result.referenceDate, { date: '2024-03-01', from: 'byline' });
  });

  it('resolves against a date a person set in the sidecar, and says so', () => {
    const { result } = buildDocumentModel({ text, sidecar: { document: { file: 'a.txt', referenceDate: '2025-01-01', referenceDateFrom: 'sidecar' }, annotations: [] } });
    assert.deepEqual(result.referenceDate, { date: '2025-01-01', from: 'sidecar' });
    const deadline = result.facts.find((fact) => fact.kind === 'deadline');
    assert.equal(deadline?.kind === 'deadline' ? deadline.due : undefined, '2025-07-01');
  });

  it('lets the caller override the sidecar', () => {
    const { result } = buildDocumentModel({ text, referenceDate: '2020-01-01', sidecar: { document: { file: 'a.txt', referenceDate: '2025-01-01', referenceDateFrom: 'sidecar' }, annotations: [] } });
    assert.deepEqual(result.referenceDate, { date: '2020-01-01', from: 'caller' });
  });

  it('offers every fact as a suggestion when there is no sidecar', () => {
    const { result, merged } = buildDocumentModel({ text });
    assert.equal(merged.length, result.facts.length);
    assert.ok(merged.every((item) => item.origin === 'extracted' && item.annotation.review === 'suggested'));
  });
});
