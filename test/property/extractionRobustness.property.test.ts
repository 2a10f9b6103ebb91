import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extract } from '../../src/core/extract';
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SIGNS_AFTER, CURRENCY_SYMBOLS } from '../../src/core/tables/currencies';
import { MONTH_NAMES } from '../../src/core/tables/months';
import { FRACTION_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, VAGUE_COUNT_WORDS } from '../../src/core/tables/numberWords';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_JOINERS } from '../../src/core/tables/qualifiers';
import { REPORTING_VERBS, SOURCE_AFTER_CUES } from '../../src/core/tables/reporting';
import { UNITS } from '../../src/core/tables/units';
import {
  APPROXIMATORS,
  BOUND_PHRASES,
  BOUND_WORDS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  HOLIDAYS,
  PARTS_OF_DAY,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  PERIOD_PARTS,
  PERIOD_SHIFTS,
  RECURRENCE_WORDS,
  REFERENCE_WORDS,
  RELATIVE_DAYS,
  SEASONS,
  VAGUE_COUNTS,
} from '../../src/core/tables/temporalWords';
import { WEEKDAY_NAMES } from '../../src/core/tables/weekdays';

/**
 * Words from every table that starts or continues an expression (dates, figures, attribution), so that random sentences built from them end, as
 * real headlines and truncated lines do, in the middle of an expression: "The work was late",
 * "by the end of", "Revenue rose 5% to $". Every recogniser reads past its first token; none may
 * read past the sentence.
 */
const VOCABULARY = [
  ...MONTH_NAMES.keys(),
  ...WEEKDAY_NAMES.keys(),
  ...DURATION_UNITS.keys(),
  ...PERIOD_PARTS.keys(),
  ...PERIOD_NOUNS.keys(),
  ...SEASONS.keys(),
  ...APPROXIMATORS,
  ...BOUND_WORDS.keys(),
  ...BOUND_PHRASES.flatMap((phrase) => phrase.words),
  ...DURATION_NUMBERS.keys(),
  ...HOLIDAYS.flatMap((holiday) => holiday.words),
  ...PARTS_OF_DAY.keys(),
  ...PERIOD_ORDINALS.keys(),
  ...PERIOD_SHIFTS.keys(),
  ...RECURRENCE_WORDS.keys(),
  ...REFERENCE_WORDS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...VAGUE_COUNTS,
  ...CURRENCY_CODES,
  ...CURRENCY_NAMES.keys(),
  ...CURRENCY_SIGNS_AFTER.keys(),
  ...CURRENCY_SYMBOLS.keys(),
  ...FRACTION_WORDS.keys(),
  ...SCALE_ABBREVIATIONS.keys(),
  ...SCALE_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_COUNT_WORDS.keys(),
  ...QUALIFIERS_AFTER.keys(),
  ...QUALIFIERS_BEFORE.keys(),
  ...RANGE_JOINERS.keys(),
  ...REPORTING_VERBS,
  ...SOURCE_AFTER_CUES,
  ...UNITS.flatMap((unit) => [...(unit.words ?? []), ...(unit.abbreviations ?? [])]),
  'the', 'of', 'in', 'by', 'from', 'to', 'and', 'a', 'an', 'between', 'since', 'until', 'before', 'after', 'within', 'next', 'last', 'past',
  'this', 'every', 'each', 'per', 'ago', 'fiscal', 'financial', 'year', 'FY', 'Q', 'H', 'said', 'will', 'plans', 'pledged', 'to', 'build',
  'two', 'twenty', 'half', 'dozens', 'million', 'per cent', 'percent', '%', '$', '€', 'USD', 'more than', 'about', 'at', 'noon', 'pm',
  '2024', '1990', '90', '5', '9999', '5000', '3.5', '1,100', '18:00', "'", '’', '-', '–', '.', ',', ':', '/', '(', ')', '"', 'Mr.', 'The Ministry', 'It',
];

const sentence = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 10 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '\n', '-', '\n\n'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((word, index) => word + gaps[index]).join('').trimEnd()),
);

describe('extraction on sentences that stop anywhere (fast-check)', () => {
  it('never throws, and every fact lies inside the text with its own text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(' ');
        const result = extract(text, { referenceDate: '2024-03-14' });
        for (const fact of result.facts) {
          assert.ok(fact.start >= 0 && fact.end <= text.length && fact.start <= fact.end, `${fact.kind} at ${fact.start}–${fact.end} outside the text`);
          assert.equal(text.slice(fact.start, fact.end), fact.text);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a headline that ends on a word that opens a period', () => {
    for (const text of ['The work was late', 'It came early', 'Talks resume mid', 'Results due by the end of', 'Shares fell in early']) {
      assert.doesNotThrow(() => extract(text, { referenceDate: '2024-03-14' }), text);
    }
  });

  it('gives spans too long for any calendar date no date, and still reads them', () => {
    const read = (text: string) => extract(text, { referenceDate: '2024-03-14' }).facts.flatMap((fact) => (fact.kind === 'date' || fact.kind === 'deadline' ? [fact] : []));
    for (const text of ['The vault stays sealed in 9000 years.', 'Within 2000 centuries it erodes.', 'It formed 9999 years ago.', 'Over the past 5000 decades it grew.']) {
      const facts = read(text);
      assert.equal(facts.length, 1, text);
      assert.equal(facts[0].due, undefined, text);
      assert.equal(facts[0].range, undefined, text);
    }
    assert.equal(read('The vault opens in 90 years.')[0]?.due, '2114-03-14');
  });
});
