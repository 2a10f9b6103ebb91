import { strict as assert } from 'node:assert';
import { extractTemporal } from '../../../../src/core/extract/temporal/extractTemporal';
import { scanText } from '../../../../src/core/extract/scannedText';
import type { ReferenceDate, TemporalFact } from '../../../../src/core/model';

/** 2024-03-14 is a Thursday. */
export const THURSDAY: ReferenceDate = { date: '2024-03-14', from: 'byline' };

export function temporalFacts(text: string, reference: ReferenceDate = THURSDAY): TemporalFact[] {
  return extractTemporal(scanText(text), reference);
}

/** The one fact whose span is `span`; fails with the spans found when there is none. */
export function temporalFact(text: string, span: string, reference: ReferenceDate = THURSDAY): TemporalFact {
  const found = temporalFacts(text, reference).find((fact) => fact.text === span);
  assert.ok(found, `no fact "${span}" in ${JSON.stringify(temporalFacts(text, reference).map((fact) => fact.text))}`);
  return found;
}

export function temporalSpans(text: string, reference: ReferenceDate = THURSDAY): string[] {
  return temporalFacts(text, reference).map((fact) => fact.text);
}
