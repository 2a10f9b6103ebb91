import { createAnchor, reanchor, type Anchor } from '../../src/core/anchor';
import type { Annotation } from '../../src/core/model';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';
import { measure, seededRandom, type Timing } from './stats';

/** Loading + validating one sidecar, against the median the issue allows. */
export type SidecarLoadTiming = Timing & { annotations: number; sidecarBytes: number; targetMs: number; withinTarget: boolean };

export interface SidecarBenchResult {
  reanchor: Timing & { annotations: number; documentBytes: number; editedShare: number; found: number };
  /** A typical sidecar: 500 annotations, more than a reviewed article gathers. */
  loadTypicalSidecar: SidecarLoadTiming;
  /** The largest the sidecar issue names: 10,000 annotations, about 3 MB of YAML. */
  loadSidecar: SidecarLoadTiming;
}

/** Issue 15's targets for one reader (`yaml`) of sidecars: medians, in milliseconds. */
export const SIDECAR_LOAD_TARGETS_MS = { typical: 50, large: 1000 } as const;

/**
 * The sidecar targets: re-anchoring 10,000 annotations on a 1 MB document after 1% random
 * edits (median < 200 ms), and loading + validating a typical sidecar (500 annotations) and a
 * 10,000-annotation one (`SIDECAR_LOAD_TARGETS_MS`).
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
  return {
    reanchor: { ...reanchorTiming, annotations: anchors.length, documentBytes: document.length, editedShare: 0.01, found },
    // More runs of the small file: each is short, and one noisy run would move a median of seven.
    loadTypicalSidecar: benchLoad(annotations.slice(0, 500), SIDECAR_LOAD_TARGETS_MS.typical, 25, 3),
    loadSidecar: benchLoad(annotations, SIDECAR_LOAD_TARGETS_MS.large, 7, 1),
  };
}

function benchLoad(annotations: readonly Annotation[], targetMs: number, runs: number, warmup: number): SidecarLoadTiming {
  const text = SidecarDocument.create({ file: 'bench.txt', referenceDate: '2024-01-01', referenceDateFrom: 'byline' }, annotations).text;
  const timing = measure(() => {
    const loaded = SidecarDocument.parse(text);
    if (!loaded.ok) throw new Error(loaded.problems[0].message);
  }, runs, warmup);
  return { ...timing, annotations: annotations.length, sidecarBytes: text.length, targetMs, withinTarget: timing.median <= targetMs };
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
