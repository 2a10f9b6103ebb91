import { strict as assert } from 'node:assert';
import { extractTemporal } from '../../../../src/core/extract/temporal/extractTemporal';
import type { ReferenceDate, TemporalFact } from '../../../../src/core/model';
import { scanText } from '../../../../src/core/extract/scannedText';

/** 2022-02-26 is a Saturday. */
const SATURDAY: ReferenceDate = { date: '2022-02-26', from: 'byline' };

function facts(text: string, reference: ReferenceDate = SATURDAY): TemporalFact[] {
  return extractTemporal(scanText(text), reference);
}

/** The one fact whose text is `span`. */
function fact(text: string, span: string, reference: ReferenceDate = SATURDAY): TemporalFact {
  const found = facts(text, reference).find((candidate) => candidate.text === span);
  assert.ok(found, `no fact "${span}" in ${JSON.stringify(facts(text, reference).map((f) => f.text))}`);
  return found;
}

function texts(text: string): string[] {
  return facts(text).map((f) => f.text);
}

describe('deadline resolution', () => {
  it('resolves "in six months" against the reference date', () => {
    const found = fact('The mill will restart in six months.', 'in six months');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.timexType, 'DURATION');
    assert.equal(found.timex, 'P6M');
    assert.equal(found.due, '2022-08-26');
  });

  it('says how the deadline was derived', () => {
    assert.equal(fact('The mill will restart in six months.', 'in six months').derivation, '"in six months" + 2022-02-26 (byline) → 2022-08-26');
  });

  it('resolves "within one year" and "within a year" to a year later', () => {
    assert.equal(fact('The road will be paved within one year.', 'within one year').due, '2023-02-26');
    assert.equal(fact('The road will be paved within a year.', 'within a year').due, '2023-02-26');
  });

  it('treats "in six months" in a past-tense report as a deadline from the reference date', () => {
    const found = fact('The ministry was seeking approval of the pipeline in six months.', 'in six months');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.due, '2022-08-26');
  });

  it('resolves "from six months to one year" to a range', () => {
    const found = fact('Imports could begin from six months to one year.', 'from six months to one year');
    assert.equal(found.kind, 'deadline');
    assert.deepEqual(found.range, { earliest: '2022-08-26', latest: '2023-02-26' });
  });

  it('resolves "in six months to one year" to a range', () => {
    assert.deepEqual(fact('A deal is possible in six months to one year.', 'in six months to one year').range, { earliest: '2022-08-26', latest: '2023-02-26' });
  });

  it('resolves "in the next two to three years" to a range', () => {
    const found = fact('The rail link will open in the next two to three years.', 'in the next two to three years');
    assert.equal(found.kind, 'deadline');
    assert.deepEqual(found.range, { earliest: '2024-02-26', latest: '2025-02-26' });
  });

  it('resolves "in the next one to two years" to a range', () => {
    assert.deepEqual(fact('Rules follow in the next one to two years.', 'in the next one to two years').range, { earliest: '2023-02-26', latest: '2024-02-26' });
  });

  it('resolves "within the next six months" to a due date', () => {
    assert.equal(fact('Prices will fall within the next six months.', 'within the next six months').due, '2022-08-26');
  });

  it('resolves "in two years\' time"', () => {
    assert.equal(fact("The dam will be finished in two years' time.", "in two years' time").due, '2024-02-26');
  });

  it('reads "the first time in two years" as a span, not a deadline', () => {
    const found = fact('Exports rose for the first time in two years.', 'two years');
    assert.equal(found.kind, 'date');
    assert.equal(found.due, undefined);
  });
});

describe('bounds', () => {
  it('resolves "pre-1979" to the last day of 1978', () => {
    const found = fact('Ties returned to their pre-1979 level.', 'pre-1979');
    assert.equal(found.bound, 'before');
    assert.equal(found.timex, '1979');
    assert.equal(found.due, '1978-12-31');
    assert.equal(found.kind, 'date');
  });

  it('resolves "pre-August 2019" to the end of July 2019', () => {
    const found = fact('The region lost its pre-August 2019 status.', 'pre-August 2019');
    assert.equal(found.bound, 'before');
    assert.equal(found.timex, '2019-08');
    assert.equal(found.due, '2019-07-31');
  });

  it('makes "before August 2023" a deadline when it is still ahead', () => {
    const found = fact('The treaty must be signed before August 2023.', 'before August 2023');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.due, '2023-07-31');
  });

  it('resolves "since 2014" to a range starting on January 1', () => {
    const found = fact('Prices have not been this high since 2014.', 'since 2014');
    assert.equal(found.bound, 'since');
    assert.equal(found.range?.earliest, '2014-01-01');
  });

  it('makes "by 2025" a deadline due at the end of the year', () => {
    const found = fact('The grid will be renewable by 2025.', 'by 2025');
    assert.equal(found.kind, 'deadline');
    assert.equal(found.bound, 'by');
    assert.equal(found.due, '2025-12-31');
  });

  it('resolves "by mid-2023" to the end of June', () => {
    const found = fact('The plant will be connected by mid-2023.', 'by mid-2023');
    assert.equal(found.bound, 'by');
    assert.equal(found.timex, '2023-06-XX');
    assert.equal(found.due, '2023-06-30');
  });

  it('resolves "by the end of June" in the reference year', () => {
    assert.equal(fact('The contract will be awarded by the end of June.', 'by the end of June').due, '2022-06-30');
  });

  it('makes "until 2025" a deadline', () => {
    assert.equal(fact('The subsidy runs until 2025.', 'until 2025').kind, 'deadline');
  });
});

describe('calendar dates', () => {
  it('reads a full date', () => {
    const found = fact('The accord was signed on March 14, 2021.', 'March 14, 2021');
    assert.equal(found.timex, '2021-03-14');
    assert.equal(found.due, '2021-03-14');
  });

  it('reads a day-first date', () => {
    assert.equal(fact('The plane first flew on 11 December 2009.', '11 December 2009').timex, '2009-12-11');
  });

  it('reads an ISO date', () => {
    assert.equal(fact('The rule applies from 2024-03-14 onwards.', '2024-03-14').timex, '2024-03-14');
  });

  it('reads an American numeric date', () => {
    assert.equal(fact('The date, 7/8/07, was chosen.', '7/8/07').timex, '2007-07-08');
  });

  it('reads "in 1979" as the year without the preposition', () => {
    const found = fact('The invasion came in 1979.', '1979');
    assert.equal(found.timexType, 'DATE');
    assert.deepEqual(found.range, { earliest: '1979-01-01', latest: '1979-12-31' });
  });

  it('reads a bare year before a noun', () => {
    assert.equal(fact('The 1991 settlement still holds.', '1991').timex, '1991');
  });

  it('reads a month and year', () => {
    assert.equal(fact('Service began in November 2006.', 'November 2006').timex, '2006-11');
  });

  it('puts a month named in a past-tense sentence before the reference date', () => {
    const found = fact('A report appeared in a local paper in November.', 'November');
    assert.equal(found.timex, '2021-11');
    assert.deepEqual(found.range, { earliest: '2021-11-01', latest: '2021-11-30' });
  });

  it('puts a month named in a future-tense sentence after the reference date', () => {
    assert.equal(fact('The plant will open in November.', 'November').timex, '2022-11');
  });

  it('resolves a month and day without a year by tense', () => {
    assert.equal(fact('The board met on December 30.', 'December 30').timex, '2021-12-30');
    assert.equal(fact('The board will meet on March 30.', 'March 30').timex, '2022-03-30');
  });

  it('reads "the 1990s" as a decade', () => {
    assert.equal(fact('Output peaked in the 1990s.', 'the 1990s').timex, '199');
  });

  it('reads a decade after an apostrophe glued to its digits, and no date at a possessive', () => {
    assert.equal(fact("In the '90s, prices rose.", "the '90s").timex, '199');
    assert.equal(fact('Back in the ’80s it was cheap.', 'the ’80s').timex, '198');
    assert.deepEqual(texts("The company's profit rose."), []);
  });

  it('reads holidays of several words ("New Year\'s Day") and of one', () => {
    assert.equal(fact("It opens on New Year's Day.", "New Year's Day").due?.slice(5), '01-01');
    assert.equal(fact('We met on New Year’s Eve.', 'New Year’s Eve').due?.slice(5), '12-31');
    assert.equal(fact('It will be done by Christmas.', 'by Christmas').due?.slice(5), '12-25');
    assert.deepEqual(texts('A new policy starts.'), []);
  });
});

describe('weekdays and tense', () => {
  it('reads "On Friday" in a past-tense sentence as the Friday before', () => {
    const found = fact('On Friday, the union approved new sanctions.', 'Friday');
    assert.equal(found.due, '2022-02-25');
    assert.match(found.derivation, /past tense/);
  });

  it('reads "on Friday" in a future-tense sentence as the next Friday', () => {
    assert.equal(fact('The ministers will meet on Friday.', 'Friday').due, '2022-03-04');
  });

  it('takes the tense nearest the weekday', () => {
    assert.equal(fact('The firm announced Friday that it will cut prices.', 'Friday').due, '2022-02-25');
  });

  it('reads "Friday morning" as a time', () => {
    const found = fact('The bank closed on Friday morning.', 'Friday morning');
    assert.equal(found.timexType, 'TIME');
    assert.equal(found.timex, '2022-02-25TMO');
  });
});

describe('relative dates', () => {
  it('reads today, yesterday and tomorrow', () => {
    const found = facts('Talks began yesterday, resume today and end tomorrow.');
    assert.deepEqual(found.map((f) => f.timex), ['2022-02-25', '2022-02-26', '2022-02-27']);
  });

  it('reads "this week" as the ISO week', () => {
    assert.equal(fact('The court sat this week.', 'this week', { date: '2006-04-05', from: 'caller' }).timex, '2006-W14');
  });

  it('reads "last week" as the week before', () => {
    assert.equal(fact('He spoke last week.', 'last week').timex, '2022-W07');
  });

  it('reads "this weekend"', () => {
    assert.equal(fact('Crowds gathered this weekend.', 'this weekend').timex, '2022-W08-WE');
  });

  it('reads "next month", "this year" and "last year"', () => {
    assert.equal(fact('Rates rise next month.', 'next month').timex, '2022-03');
    assert.equal(fact('Sales grew this year.', 'this year').timex, '2022');
    assert.equal(fact('Sales fell last year.', 'last year').timex, '2021');
  });

  it('reads "later this year" as the reference year', () => {
    assert.equal(fact('Deliveries start later this year.', 'later this year').timex, '2022');
  });

  it('reads "early 2009" and "mid-2011"', () => {
    assert.equal(fact('Jobs took leave in early 2009.', 'early 2009').timex, '2009');
    assert.equal(fact('It ships in mid-2011.', 'mid-2011').timex, '2011-06-XX');
  });

  it('reads "the past decade" as a ten-year span', () => {
    const found = fact('Rents doubled over the past decade.', 'the past decade');
    assert.equal(found.timexType, 'DURATION');
    assert.equal(found.timex, 'P10Y');
  });

  it('reads "two years ago" as the year two years back', () => {
    assert.equal(fact('The mine closed two years ago.', 'two years ago').timex, '2020');
  });

  it('reads "this morning" as a time of the reference day', () => {
    assert.equal(fact('The firm said this morning that prices rise.', 'this morning', { date: '2008-01-09', from: 'caller' }).timex, '2008-01-09TMO');
  });

  it('reads "now" and "currently" as the present and "recently" as the past', () => {
    assert.deepEqual(facts('It is now cheaper, currently sold out, and was recently cut.').map((f) => f.timex), ['PRESENT_REF', 'PRESENT_REF', 'PAST_REF']);
  });
});

describe('quarters, fiscal years and seasons', () => {
  it('reads "the last quarter" as the quarter before the reference date', () => {
    assert.equal(fact('Profit doubled in the last quarter.', 'the last quarter', { date: '2007-01-18', from: 'caller' }).timex, '2006-Q4');
  });

  it('reads "Q3 2024"', () => {
    assert.equal(fact('Revenue fell in Q3 2024.', 'Q3 2024').timex, '2024-Q3');
  });

  it('reads "the third quarter" in a past-tense sentence as the last third quarter', () => {
    assert.equal(fact('Output shrank in the third quarter.', 'the third quarter').timex, '2021-Q3');
  });

  it('reads "FY2024" and "fiscal 2023"', () => {
    assert.equal(fact('Targets for FY2024 were missed.', 'FY2024').timex, 'FY2024');
    assert.equal(fact('Growth in fiscal 2023 slowed.', 'fiscal 2023').timex, 'FY2023');
  });

  it('reads "summer 2024"', () => {
    assert.equal(fact('Works finish in summer 2024.', 'summer 2024').timex, '2024-SU');
  });
});

describe('durations', () => {
  const cases: Array<[string, string, string]> = [
    ['The trial took two years.', 'two years', 'P2Y'],
    ['It arrived 18 months late.', '18 months', 'P18M'],
    ['The engine failed after thirty minutes.', 'thirty minutes', 'PT30M'],
    ['Tickets have sold for more than a week now.', 'a week', 'P1W'],
    ['It signed a fifty-year lease.', 'fifty-year', 'P50Y'],
    ['Crews work a 12-hour shift.', '12-hour', 'PT12H'],
    ['The road was delayed several years.', 'several years', 'PXY'],
    ['The jet is almost two and a half years late.', 'almost two and a half years', 'P2.5Y'],
  ];
  for (const [sentence, span, timex] of cases) {
    it(`reads "${span}" as ${timex}`, () => {
      const found = fact(sentence, span);
      assert.equal(found.timexType, 'DURATION');
      assert.equal(found.timex, timex);
    });
  }

  it('does not read an age as a duration', () => {
    assert.deepEqual(texts('A 56-year-old engineer leads the team.'), []);
  });
});

describe('recurrences', () => {
  it('reads "a year" after a count as a rate', () => {
    const found = fact('The plant builds 15 a year.', 'a year');
    assert.equal(found.timexType, 'SET');
    assert.equal(found.timex, 'P1Y');
  });

  it('reads "annual" as yearly', () => {
    assert.equal(fact('The annual meeting ended.', 'annual').timex, 'P1Y');
  });

  it('reads "every week" as weekly', () => {
    const found = fact('Inspectors visit every week.', 'every week');
    assert.equal(found.timexType, 'SET');
    assert.equal(found.timex, 'P1W');
  });
});

describe('clock times', () => {
  it('reads "18:00 UTC" on the day named in the sentence', () => {
    assert.equal(fact('It flew on Tuesday at 18:00 UTC.', '18:00 UTC').timex, '2022-02-22T18:00Z');
  });

  it('reads "6:40 p.m." as 18:40', () => {
    assert.equal(fact('The jet landed at 6:40 p.m. in Sydney.', '6:40 p.m.').timex, '2022-02-26T18:40');
  });
});

describe('traps', () => {
  it('does not read "$105 a barrel" as a time or a rate', () => {
    assert.deepEqual(texts('Crude exceeded $105 a barrel.'), []);
  });

  it('does not read a weapon designation as a year', () => {
    assert.deepEqual(texts('The army bought the S400 system.'), []);
  });

  it('does not read "1,100" as a year', () => {
    assert.deepEqual(texts('The 1,100-kilometre pipeline is long.'), []);
  });

  it('does not read a count before a plural noun as a year', () => {
    assert.deepEqual(texts('The firm hired 2000 employees.'), []);
  });

  it('does not read the modal "may" as a month', () => {
    assert.deepEqual(texts('Prices may be lower.'), []);
  });

  it('does not read the verb "march" as a month', () => {
    assert.deepEqual(texts('Workers March to the capital.'), []);
  });

  it('does not read the ordinal "second" as a time unit', () => {
    assert.deepEqual(texts('A second round of sanctions followed.'), []);
  });

  it('still reads "May" as a month after a temporal preposition', () => {
    assert.equal(fact('Polls close in May.', 'May').timex, '2022-05');
  });
});

describe('output contract', () => {
  it('returns sorted, non-overlapping spans with JS offsets', () => {
    const text = '🚢 The quay reopens in six months 🚢 and the road by 2025, after talks on Friday.';
    const found = facts(text);
    for (const item of found) assert.equal(text.slice(item.start, item.end), item.text);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
  });

  // How long it takes (target: under a second) is timed by npm run bench (worst cases).
  it('reads 100 KB of adversarial input to the end, with facts inside the text', () => {
    const chunk = '1234567890'.repeat(30) + '.,:-/'.repeat(40) + ' $105 a a a ' + '2019-'.repeat(60) + ' in the next the past by pre- ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    for (const fact of facts(text)) assert.ok(fact.start >= 0 && fact.end <= text.length && fact.start < fact.end);
  });
});
