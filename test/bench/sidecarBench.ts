import { createAnchor, reanchor, type Anchor } from '../../src/core/anchor';
import type { Annotation } from '../../src/core/model';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';
import { measure, seededRandom, type Timing } from './stats';

export interface SidecarBenchResult {
  reanchor: Timing & { annotations: number; documentBytes: number; editedShare: number; found: number };
  loadSidecar: Timing & { annotations: number; sidecarBytes: number };
}

/**
 * The sidecar issue's targets: re-anchoring 10,000 annotations on a 1 MB document after 1%
 * random edits (median < 200 ms) and loading + validating a 10,000-annotation sidecar (< 300 ms).
 */
export function benchSidecar(corpus: string): SidecarBenchResult {
  const document = repeatTo(corpus, 1_000_000);
  const random = seededRandom(42);
  const anchors: Anchor[] = [];
  for (let i = 0; i < 10_000; i++) {
    const start = Math.floor(random() * (document.length - 200));
    const length = 8 + Math.floor(random() * 60);
    anchors.push(createAnchor(document, start, start + length));
  }
  const edited = applyRandomEdits(document, 0.01, random);
  let found = 0;
  const reanchorTiming = measure(() => {
    found = reanchor(anchors, edited, document).filter((result) => result.state !== 'orphaned').length;
  }, 7, 1);

  const annotations: Annotation[] = anchors.map((anchor, index) => ({
    id: `a${index}`,
    kind: index % 5 === 0 ? 'commitment' : 'figure',
    review: index % 3 === 0 ? 'accepted' : 'suggested',
    anchor: { ...anchor },
    ...(index % 5 === 0 ? { actor: 'The ministry', action: 'publish the audit', status: 'open' as const, deadline: { text: 'within a year', timex: 'P1Y', due: '2025-01-01' } } : { value: index, unit: 'USD' }),
  }));
  const sidecarText = SidecarDocument.create({ file: 'bench.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, annotations).text;
  const loadTiming = measure(() => {
    const loaded = SidecarDocument.parse(sidecarText);
    if (!loaded.ok) throw new Error(loaded.problems[0].message);
  }, 7, 1);
  return {
    reanchor: { ...reanchorTiming, annotations: anchors.length, documentBytes: document.length, editedShare: 0.01, found },
    loadSidecar: { ...loadTiming, annotations: annotations.length, sidecarBytes: sidecarText.length },
  };
}

export function repeatTo(text: string, length: number): string {
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    parts.push(text);
    total += text.length + 2;
  }
  return parts.join('\n\n').slice(0, length);
}

/** Replaces, inserts or deletes short stretches until `share` of the characters were touched. */
function applyRandomEdits(text: string, share: number, random: () => number): string {
  let result = text;
  let touched = 0;
  const budget = text.length * share;
  while (touched < budget) {
    const at = Math.floor(random() * result.length);
    const length = 1 + Math.floor(random() * 20);
    const choice = random();
    if (choice < 0.4) result = result.slice(0, at) + 'x'.repeat(length) + result.slice(at);
    else if (choice < 0.7) result = result.slice(0, at) + result.slice(at + length);
    else result = result.slice(0, at) + 'y'.repeat(length) + result.slice(at + length);
    touched += length;
  }
  return result;
}
