import type { Annotation } from '../../src/core/model';
import type { TimelineCommitment } from '../../src/core/timeline/timelineModel';

/**
 * Inputs meant to be slow: text aimed at the extractors' patterns, YAML alias bombs, many
 * commitments. The unit tests check what comes out of them; `npm run bench` (worstCaseBench.ts)
 * times them against their limits, which a unit test cannot assert without failing on a busy
 * machine.
 */

const SIZE = 100_000;

/** `pattern` repeated to 100 KB. */
function fill(pattern: string): string {
  return pattern.repeat(Math.ceil(SIZE / pattern.length)).slice(0, SIZE);
}

/**
 * 100 KB each, aimed at the patterns every extractor uses: long digit runs and separators
 * (numbers), repeated punctuation (sentence splitting), no newline at all (one 100 KB
 * "paragraph"), runs of cue words that each start a partial match (reporting verbs, commitment
 * cues, temporal words).
 */
export const ADVERSARIAL_TEXTS: Readonly<Record<string, string>> = {
  'one long digit run': '9'.repeat(SIZE),
  'digits and thousands separators': fill('1,'),
  'digits and decimal points': fill('1.2.3.4.5.'),
  'repeated punctuation': fill('.,;:!?-–—"\'()[]%$€£'),
  'stops without spaces': fill('a.'),
  'one sentence, no newline, many words': fill('the ministry said that '),
  'reporting verbs back to back': fill('said told added according to '),
  'commitment cues back to back': fill('will pledged to plans to aims to vowed to '),
  // One run-on sentence of thousands of plans: each clause's frame, subject and attribution are looked for nearby, not across the whole sentence.
  'plans in one run-on sentence': `${'the firm would open a shop, the city will hire Smith and the county will hire Jones, '.repeat(1200)}officials said.`.slice(-SIZE),
  'temporal words without a date': fill('within the next in the last by the end of '),
  'months and numbers interleaved': fill('March 1 2 3 4 5 6 7 8 9 10 '),
  'currency symbols and units': fill('$ € £ ¥ 5 bn m km kg % per cent '),
  'nested quotes': fill('"\u201c\u2018\'"'),
  'emoji and combining marks': fill('🚢e\u0301👍🏽 '),
  'CRLF blank lines': fill('\r\n\r\n'),
  'one very long word': 'x'.repeat(SIZE),
};

/** 100 KB for the temporal extractor: digit runs, separators, ISO-like prefixes and partial cues. */
export const TEMPORAL_ADVERSARIAL_TEXT = fill('1234567890'.repeat(30) + '.,:-/'.repeat(40) + ' $105 a a a ' + '2019-'.repeat(60) + ' in the next the past by pre- ');

/** 100 KB for the figures extractor: separators, digit runs, currency and number words. */
export const FIGURES_ADVERSARIAL_TEXT = fill('1,'.repeat(5000) + '9'.repeat(5000) + '.,;-$%'.repeat(1000) + '1 '.repeat(5000) + '$1 '.repeat(3000) + 'one '.repeat(3000));

/** 1 MB on one line without a sentence stop. */
export const LONG_LINE_WITHOUT_STOPS = 'word '.repeat(200_000);

/** A YAML alias bomb: ten levels of nine references each (9^10 nodes if expanded). */
export function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
  return lines.join('\n');
}

/** A valid sidecar with an alias bomb (eight levels of ten) under a key the schema does not know. */
export function aliasBombUnderUnknownKey(): string {
  const bomb = ['x0: &x0 [a, a, a, a, a, a, a, a, a, a]'];
  for (let i = 1; i < 8; i++) bomb.push(`  x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]`);
  return `seedmark: 1\ndocument: {file: a.txt}\nextra:\n  ${bomb.join('\n')}\nannotations: []\n`;
}

/** `count` commitments in 25 documents by 40 actors: dated, ranged (one in five) and undated (one in seven). */
export function manyTimelineCommitments(count: number): TimelineCommitment[] {
  const many: TimelineCommitment[] = [];
  for (let i = 0; i < count; i++) {
    const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const deadline: Partial<Annotation> =
      i % 5 === 0 ? { deadline: { text: 'in the next two to three years', range: { earliest: day, latest: `2026-${day.slice(5)}` } } } : i % 7 === 0 ? {} : { deadline: { text: `by ${day}`, due: day } };
    const document = `doc${i % 25}.txt`;
    const id = `c${i}`;
    many.push({
      documentKey: `file:///work/${document}`,
      documentLabel: document,
      annotation: { id, kind: 'commitment', review: 'accepted', status: i % 3 === 0 ? 'kept' : 'open', anchor: { exact: `quote of ${id}`, prefix: '', suffix: '', start: 0, end: 10 }, actor: `Actor ${i % 40}`, action: `do ${id}`, ...deadline },
      anchorState: 'exact',
      line: i,
    });
  }
  return many;
}
