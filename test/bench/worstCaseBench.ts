import { matchCommitments } from '../../src/core/crossDocument/matchCommitments';
import { extract } from '../../src/core/extract';
import { extractFigures } from '../../src/core/extract/figures/extractFigures';
import { scanText } from '../../src/core/extract/scannedText';
import { splitSentences } from '../../src/core/extract/sentences/splitSentences';
import { extractTemporal } from '../../src/core/extract/temporal/extractTemporal';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';
import { buildTimelineModel } from '../../src/core/timeline/timelineModel';
import { syntheticCommitments } from '../unit/crossDocument/crossDocumentFixtures';
import { measure, type Timing } from './stats';
import {
  ADVERSARIAL_TEXTS,
  aliasBomb,
  aliasBombUnderUnknownKey,
  FIGURES_ADVERSARIAL_TEXT,
  LONG_LINE_WITHOUT_STOPS,
  manyTimelineCommitments,
  TEMPORAL_ADVERSARIAL_TEXT,
} from './worstCaseInputs';

export interface WorstCase {
  name: string;
  timing: Timing;
  targetMs: number;
  /** The median within the target. */
  withinTarget: boolean;
}

const RUNS = 5;
const WARMUP = 1;
const REFERENCE = { date: '2024-03-14', from: 'byline' } as const;

/**
 * The limits the unit tests used to assert on wall-clock time (a second for 100 KB of
 * adversarial text, 50 ms to lay out 1,000 commitments …), timed here in warm runs: they guard
 * against pathological slowness (catastrophic backtracking, an alias bomb expanded, a quadratic
 * join), and a busy machine made the tests fail without any of those.
 */
export function benchWorstCases(progress: (line: string) => void): WorstCase[] {
  const timelineCommitments = manyTimelineCommitments(1000);
  const matchingInputs = syntheticCommitments(5000, 500, 7);
  const cases: Array<{ name: string; targetMs: number; work: () => unknown }> = [
    ...Object.entries(ADVERSARIAL_TEXTS).map(([name, text]) => ({ name: `extract() on 100 KB of ${name}`, targetMs: 1000, work: () => extract(text, { referenceDate: REFERENCE.date, today: REFERENCE.date }) })),
    { name: 'temporal extraction, 100 KB of digit runs and partial cues', targetMs: 1000, work: () => extractTemporal(scanText(TEMPORAL_ADVERSARIAL_TEXT), REFERENCE) },
    { name: 'figures extraction, 100 KB of separators, digits and number words', targetMs: 1000, work: () => extractFigures(scanText(FIGURES_ADVERSARIAL_TEXT)) },
    { name: 'sentence splitting, 1 MB on one line without a stop', targetMs: 1000, work: () => splitSentences(LONG_LINE_WITHOUT_STOPS) },
    { name: 'sidecar refusing a YAML alias bomb', targetMs: 2000, work: () => SidecarDocument.parse(aliasBomb()) },
    { name: 'sidecar refusing an alias bomb under an unknown key', targetMs: 2000, work: () => SidecarDocument.parse(aliasBombUnderUnknownKey()) },
    { name: 'timeline layout of 1,000 commitments', targetMs: 50, work: () => buildTimelineModel({ commitments: timelineCommitments, today: '2024-06-01', grouping: 'document' }) },
    { name: 'cross-document matching of 5,000 commitments in 500 documents', targetMs: 1000, work: () => matchCommitments(matchingInputs) },
  ];
  return cases.map(({ name, targetMs, work }) => {
    progress(`worst case: ${name}`);
    const timing = measure(() => void work(), RUNS, WARMUP);
    return { name, timing, targetMs, withinTarget: timing.median <= targetMs };
  });
}

/** How `benchWorstCases` times each case, for the report's heading. */
export const WORST_CASE_PROTOCOL = { runs: RUNS, warmup: WARMUP };
