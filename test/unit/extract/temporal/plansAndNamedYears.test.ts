import { strict as assert } from 'node:assert';
import type { ReferenceDate } from '../../../../src/core/model';
import { temporalFact, temporalSpans } from './temporalFacts';

/** 2023-11-02 is in the last quarter of its year. */
const NOVEMBER: ReferenceDate = { date: '2023-11-02', from: 'byline' };

describe('dates measured against a plan', () => {
  it('reads "two days later than planned" as the date named just before it, the comparison in the extent', () => {
    const found = temporalFact('The ferry reached the island on February 9, two days later than originally scheduled.', 'two days later than originally scheduled');
    assert.equal(found.timex, '2024-02-09');
    assert.equal(found.due, '2024-02-09');
  });

  it('keeps the unit of the date named: "in May, a month earlier than expected"', () => {
    assert.equal(temporalFact('The bridge opened in May 2021, a month earlier than expected.', 'a month earlier than expected').timex, '2021-05');
  });

  it('gives no day to a plan comparison when the sentence named no date', () => {
    assert.equal(temporalFact('The ship came in a week later than planned.', 'a week later than planned').timex, 'XXXX-XX-XX');
  });

  it('leaves a comparison with something other than a plan a length: "two days later than its rival"', () => {
    assert.deepEqual(temporalSpans('The phone shipped on May 2, two days later than its rival.'), ['May 2', 'two days']);
  });

  it('reads "three years afterwards" and "a year thereafter" like "later"', () => {
    assert.equal(temporalFact('The canal was dug in 1820 and widened three years afterwards.', 'three years afterwards').timex, '1823');
    assert.equal(temporalFact('The school opened in 1990 and closed a year thereafter.', 'a year thereafter').timex, '1991');
  });
});

describe('periods after a fiscal year', () => {
  it('reads "the same period last year" after a fiscal year as the fiscal year before', () => {
    const found = temporalFact('Sales rose in fiscal 2019, above the same period last year.', 'the same period last year');
    assert.equal(found.timex, 'FY2018');
    assert.equal(found.range, undefined);
  });

  it('moves "the prior year" and "the previous year" within fiscal years', () => {
    assert.equal(temporalFact('Orders grew in fiscal 2022, up from the prior year.', 'the prior year').timex, 'FY2021');
  });
});

describe('"later this year" in the last quarter', () => {
  it('is the last quarter when the reference date is already in it', () => {
    const found = temporalFact('The museum will reopen later this year.', 'later this year', NOVEMBER);
    assert.equal(found.timex, '2023-Q4');
    assert.deepEqual(found.range, { earliest: '2023-10-01', latest: '2023-12-31' });
  });

  it('stays the year earlier in the year', () => {
    assert.equal(temporalFact('The museum will reopen later this year.', 'later this year').timex, '2024');
  });
});

describe('a month with its year named in words', () => {
  it('reads "January next year" and "September of this year" as one month each', () => {
    const next = temporalFact('The line opens in January next year.', 'January next year', NOVEMBER);
    assert.equal(next.timex, '2024-01');
    assert.deepEqual(next.range, { earliest: '2024-01-01', latest: '2024-01-31' });
    assert.equal(temporalFact('Tests ran in September of this year.', 'September of this year', NOVEMBER).timex, '2023-09');
  });

  it('takes the named year over the tense: "will publish in March last year" cannot move forward', () => {
    assert.equal(temporalFact('The report, due in March last year, will finally appear.', 'March last year').timex, '2023-03');
  });

  it('reads a day and month with its year in words', () => {
    assert.equal(temporalFact('The fair ran on June 3 last year.', 'June 3 last year').due, '2023-06-03');
  });
});

describe('"before the end of" a period', () => {
  it('is due on the last day of the period, as "by the end of" is', () => {
    const found = temporalFact('The council will vote before the end of the month.', 'before the end of the month');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.due, '2024-03-31');
    assert.equal(found.bound, 'by');
  });

  it('reads "before year-end" the same way, and leaves "before the start of" a bound before the period', () => {
    assert.equal(temporalFact('The firm hopes to list before year-end.', 'before year-end').due, '2024-12-31');
    assert.equal(temporalFact('The pool will be repaired before the start of June.', 'before the start of June').due, '2024-05-31');
  });
});

describe('deadlines counted with a vague number', () => {
  it('reads "over the next few years" as two to six years ahead', () => {
    const found = temporalFact('The airport will add two runways over the next few years.', 'over the next few years');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.timex, 'PXY');
    assert.deepEqual(found.range, { earliest: '2026-03-14', latest: '2030-03-14' });
  });

  it('reads "within several weeks" as three to seven weeks ahead', () => {
    assert.deepEqual(temporalFact('A ruling is due within several weeks.', 'within several weeks').range, { earliest: '2024-04-04', latest: '2024-05-02' });
  });

  it('gives no date to a count with no bounds: "in many years"', () => {
    const found = temporalFact('The well will not run dry in many years.', 'in many years');
    assert.equal(found.kind, 'date');
    assert.equal(found.range, undefined);
  });
});

describe('the year a plan looks to', () => {
  it('reads "in the new year" as the year after the reference date, or the one just begun in January', () => {
    assert.equal(temporalFact('The panel will report in the new year.', 'the new year', NOVEMBER).timex, '2024');
    assert.equal(temporalFact('The panel will report in the new year.', 'the new year', { date: '2024-01-05', from: 'byline' }).timex, '2024');
    assert.deepEqual(temporalSpans('The New Year parade was cancelled.', NOVEMBER), []);
  });

  it('reads a month after an agreement to act as the next such month, though the agreeing is past', () => {
    assert.equal(temporalFact('The lender has already agreed to waive the fees by June.', 'by June').timex, '2024-06');
    assert.equal(temporalFact('The club decided to sell the ground in October.', 'October').timex, '2024-10');
  });
});

describe('timetables in the present tense', () => {
  it('dates a weekday or a month and day after a timetable verb forward, as a schedule', () => {
    // THURSDAY is 2024-03-14: the Sunday before was the 10th, the one after the 17th.
    assert.equal(temporalFact('Nominations close at noon on Sunday.', 'Sunday').timex, '2024-03-17');
    assert.equal(temporalFact('The levy comes into force on February 1.', 'February 1').timex, '2025-02-01');
    assert.equal(temporalFact('The final takes place on Saturday.', 'Saturday').timex, '2024-03-16');
    assert.equal(temporalFact('Talks resume on Monday.', 'Monday').timex, '2024-03-18');
  });

  it('leaves the noun of such a verb and a past tense as they were', () => {
    assert.equal(temporalFact('The gates closed on Sunday.', 'Sunday').timex, '2024-03-10');
    assert.equal(temporalFact('Nominations closed on February 1.', 'February 1').timex, '2024-02-01');
  });

  it('ends a day and month before the full stop after the month, but keeps an abbreviation\'s dot', () => {
    assert.equal(temporalFact('The levy applies from 1 April.', '1 April').timex, '2024-04-01');
    assert.equal(temporalFact('The levy applied from 1 Apr. 2023 onwards.', '1 Apr. 2023').timex, '2023-04-01');
  });
});

describe('the tense a date takes between commas', () => {
  const OCTOBER: ReferenceDate = { date: '2025-10-14', from: 'byline' };

  it('takes the tense of its own stretch of the sentence before a nearer one across a comma', () => {
    const text = 'The trust will shut two clinics by the end of March, managers announced on Monday.';
    assert.equal(temporalFact(text, 'by the end of March', OCTOBER).timex, '2026-03');
    assert.equal(temporalFact(text, 'Monday', OCTOBER).timex, '2025-10-13');
  });

  it('falls back to the nearest marker when its stretch has none', () => {
    assert.equal(temporalFact('In March, the trust said it would shut two clinics.', 'March', OCTOBER).timex, '2025-03');
  });
});

describe('dates set for an event', () => {
  it('reads a date "scheduled for" as the occurrence nearest the reference date, whatever the tense', () => {
    const june: ReferenceDate = { date: '2024-06-03', from: 'byline' };
    assert.equal(temporalFact('Talks were scheduled for June 12.', 'June 12', june).timex, '2024-06-12');
    assert.equal(temporalFact('The recital, planned for May 28, was called off.', 'May 28', june).timex, '2024-05-28');
  });
});

describe('bounds with a hedge', () => {
  it('reads "until at least March" as a bound on March', () => {
    const found = temporalFact('Delays will last until at least March.', 'until at least March');
    assert.equal(found.timex, '2024-03');
    assert.equal(found.kind, 'deadline');
  });
});

describe('what was promised', () => {
  const JANUARY: ReferenceDate = { date: '2025-01-09', from: 'byline' };

  it('dates what a past promise holds forward, and the promise itself back', () => {
    assert.equal(temporalFact('She promised MPs a full update before the summer recess.', 'summer', JANUARY).timex, '2025-SU');
    assert.equal(temporalFact('He promised in March to build a new school.', 'March', JANUARY).timex, '2024-03');
  });
});

describe('a day of the month named alone', () => {
  it('reads "on the 15th" in the reference month, or the month before or after as the tense says', () => {
    // THURSDAY is 2024-03-14.
    assert.equal(temporalFact('The sale closed on the 20th.', 'the 20th').timex, '2024-02-20');
    assert.equal(temporalFact('The sale will close on the 2nd.', 'the 2nd').timex, '2024-04-02');
    assert.equal(temporalFact('The sale closed on the 4th.', 'the 4th').timex, '2024-03-04');
  });

  it('leaves a numbered floor and a century alone, and a day with its month to the day-and-month reader', () => {
    assert.deepEqual(temporalSpans('The office is on the 3rd floor.'), []);
    assert.equal(temporalFact('The sale closed on the 3rd of May.', '3rd of May').timex, '2023-05-03');
  });
});
