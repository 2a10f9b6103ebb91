import { strict as assert } from 'node:assert';
import { extractFigures } from '../../../../src/core/extract/figures/extractFigures';
import type { FigureFact } from '../../../../src/core/model';
import { scanText } from '../../../../src/core/extract/scannedText';

/** The one figure whose text contains `needle`; fails when there is none or several. */
function figureWith(text: string, needle: string): FigureFact {
  const found = extractFigures(scanText(text)).filter((figure) => figure.text.includes(needle));
  assert.equal(found.length, 1, `expected one figure containing ${JSON.stringify(needle)}, got ${JSON.stringify(extractFigures(scanText(text)).map((f) => f.text))}`);
  return found[0];
}

function figureTexts(text: string): string[] {
  return extractFigures(scanText(text)).map((figure) => figure.text);
}

describe('figure extraction', () => {
  describe('money', () => {
    it('reads "$105 a barrel" as USD 105 per barrel', () => {
      const figure = figureWith('Brent crude traded at $105 a barrel on Monday.', '$105');
      assert.equal(figure.category, 'money');
      assert.equal(figure.value, 105);
      assert.equal(figure.unit, 'USD');
      assert.equal(figure.per, 'barrel');
      assert.equal(figure.text, '$105 a barrel');
    });

    it('reads "US$" with a scale word', () => {
      const figure = figureWith('The port will cost US$2.4 billion to build.', 'US$');
      assert.deepEqual([figure.value, figure.unit, figure.text], [2.4e9, 'USD', 'US$2.4 billion']);
    });

    it('reads the pound sign', () => {
      const figure = figureWith('Tickets rose to £45 this season.', '£');
      assert.deepEqual([figure.value, figure.unit], [45, 'GBP']);
    });

    it('reads the euro sign with a glued scale ("€3bn")', () => {
      const figure = figureWith('Brussels set aside €3bn for the grid.', '€');
      assert.deepEqual([figure.value, figure.unit], [3e9, 'EUR']);
    });

    it('reads the yen sign', () => {
      const figure = figureWith('A bowl of noodles costs ¥800 in Osaka.', '¥');
      assert.deepEqual([figure.value, figure.unit], [800, 'JPY']);
    });

    it('reads "Rs." and "Rs" as Pakistani rupees', () => {
      assert.deepEqual([figureWith('Fares went up by Rs. 20 overnight.', 'Rs').unit, figureWith('Fares went up by Rs. 20 overnight.', 'Rs').value], ['PKR', 20]);
      assert.equal(figureWith('A grant of Rs10 crore was approved.', 'Rs').value, 1e8);
    });

    it('reads ISO codes before the number', () => {
      const figure = figureWith('The budget allocates PKR 500 billion to dams.', 'PKR');
      assert.deepEqual([figure.value, figure.unit], [5e11, 'PKR']);
    });

    it('reads ISO codes after the number', () => {
      const figure = figureWith('The licence costs 250 USD a year.', 'USD');
      assert.deepEqual([figure.value, figure.unit, figure.per], [250, 'USD', 'year']);
    });

    it('reads "GB #" and a scaled "#" as pounds sterling', () => {
      assert.equal(figureWith('a deal worth GB #20.1 billion', '#').unit, 'GBP');
      assert.equal(figureWith('a #13 billion contract', '#').value, 13e9);
    });

    it('does not read a bare "#" before a small number as money', () => {
      assert.deepEqual(figureTexts('The song reached #1 in the charts.'), []);
    });

    it('reads currency names after the number ("40 billion dollars")', () => {
      const figure = figureWith('Investors pledged 40 billion dollars to the fund.', 'dollars');
      assert.deepEqual([figure.value, figure.unit], [4e10, 'USD']);
    });

    it('reads named currencies such as yuan', () => {
      assert.equal(figureWith('The airline paid 6.2 billion yuan for the jets.', 'yuan').unit, 'CNY');
    });

    it('reads minor units ("50p", "75 cents")', () => {
      assert.deepEqual([figureWith('A stamp now costs 50p.', '50p').value, figureWith('A stamp now costs 50p.', '50p').unit], [0.5, 'GBP']);
      assert.equal(figureWith('Bread rose by 75 cents.', 'cents').value, 0.75);
    });

    it('reads "m" as million only after a currency sign', () => {
      assert.equal(figureWith('The club spent £40m on a striker.', '£').value, 4e7);
      const distance = figureWith('She won the 400m final.', '400');
      assert.deepEqual([distance.category, distance.unit], ['quantity', 'm']);
    });
  });

  describe('percentages', () => {
    it('reads the percent sign', () => {
      const figure = figureWith('Turnout fell to 48% in the capital.', '%');
      assert.deepEqual([figure.category, figure.value, figure.unit], ['percent', 48, '%']);
    });

    it('reads "per cent" and "percent" as a percentage, never a rate', () => {
      const spaced = figureWith('Exports grew 12 per cent last year.', 'per cent');
      assert.deepEqual([spaced.value, spaced.unit, spaced.per], [12, '%', undefined]);
      assert.equal(figureWith('Exports grew 5 percent last year.', 'percent').unit, '%');
    });

    it('reads percentage points as their own unit', () => {
      const figure = figureWith('The lead narrowed by three percentage points.', 'points');
      assert.deepEqual([figure.value, figure.unit, figure.category], [3, 'percentage point', 'percent']);
    });

    it('reads "half of" and "two-thirds of" as shares', () => {
      assert.equal(figureWith('Half of the wells ran dry.', 'Half').value, 50);
      assert.equal(figureWith('Two-thirds of members backed the motion.', 'Two-thirds').value, 66.67);
    });

    it('does not read "the first half of" as a share', () => {
      assert.deepEqual(figureTexts('Sales slowed in the first half of the year.'), []);
    });
  });

  describe('number words', () => {
    it('reads a single number word with its counted noun', () => {
      const figure = figureWith('Rescuers pulled three fishermen from the water.', 'three');
      assert.deepEqual([figure.value, figure.unit, figure.category], [3, 'fishermen', 'count']);
    });

    it('reads compound number words', () => {
      assert.equal(figureWith('Fifty-two villages lost power.', 'Fifty').value, 52);
    });

    it('reads "a hundred" and "two and a half million"', () => {
      assert.equal(figureWith('Nearly a hundred shops stayed shut.', 'hundred').value, 100);
      assert.equal(figureWith('Two and a half million people voted.', 'million').value, 2.5e6);
    });

    it('reads vague plurals as a lower bound ("thousands of")', () => {
      const figure = figureWith('Thousands of farmers marched on the capital.', 'Thousands');
      assert.deepEqual([figure.value, figure.unit, figure.qualifier?.relation], [2000, 'farmers', 'ge']);
    });
  });

  describe('hyphenated units', () => {
    it('reads "1,100-kilometre" as 1100 km', () => {
      const figure = figureWith('a 1,100-kilometre railway', 'kilometre');
      assert.deepEqual([figure.value, figure.unit, figure.category], [1100, 'km', 'quantity']);
    });

    it('reads "three-hour" as a duration of 3 hours', () => {
      const figure = figureWith('after a three-hour debate', 'three-hour');
      assert.deepEqual([figure.value, figure.unit, figure.category], [3, 'hour', 'duration']);
    });

    it('reads "27-year" as a duration of 27 years', () => {
      const figure = figureWith('ending a 27-year rule', '27-year');
      assert.deepEqual([figure.value, figure.unit, figure.category], [27, 'year', 'duration']);
    });

    it('reads "-year-old" as an age, not a duration', () => {
      const figure = figureWith('a 34-year-old nurse', '34');
      assert.deepEqual([figure.value, figure.unit], [34, 'years of age']);
    });

    it('reads glued abbreviations such as "500km" and "2GB"', () => {
      assert.equal(figureWith('a 500km pipeline', '500km').unit, 'km');
      assert.equal(figureWith('with 2GB of memory', '2GB').unit, 'GB');
    });

    it('leaves plain durations ("in six months") to the temporal extractor', () => {
      assert.deepEqual(figureTexts('The bridge will open in six months.'), []);
    });

    it('keeps a measured stretch of something ("40 hours of footage")', () => {
      assert.equal(figureWith('The archive holds 40 hours of footage.', '40').unit, 'hour');
    });
  });

  describe('rates', () => {
    it('reads "per" followed by any noun', () => {
      assert.equal(figureWith('Diesel costs Rs280 per litre.', 'Rs').per, 'litre');
    });

    it('reads a count per period ("15 a year")', () => {
      const figure = figureWith('The yard will deliver 15 a year.', '15');
      assert.deepEqual([figure.value, figure.per], [15, 'year']);
    });

    it('does not read "a" before an ordinary noun as a rate', () => {
      assert.equal(figureWith('He paid $30 a friend owed him.', '$30').per, undefined);
    });
  });

  describe('ranges', () => {
    it('reads "10 to 15 per cent" as one range', () => {
      const figure = figureWith('Rents rose 10 to 15 per cent.', '10');
      assert.deepEqual([figure.value, figure.valueMax, figure.unit, figure.text], [10, 15, '%', '10 to 15 per cent']);
    });

    it('reads "between 2 and 3 million" with the scale shared', () => {
      const figure = figureWith('between 2 and 3 million tourists', '2');
      assert.deepEqual([figure.value, figure.valueMax, figure.unit], [2e6, 3e6, 'tourists']);
      assert.ok(figure.text.startsWith('between'));
    });

    it('reads hyphenated ranges ("20-25%")', () => {
      const figure = figureWith('Margins of 20-25% are expected.', '20');
      assert.deepEqual([figure.value, figure.valueMax], [20, 25]);
    });

    it('reads money at both ends', () => {
      const figure = figureWith('pledges between $5 million and $8 million', '$5');
      assert.deepEqual([figure.value, figure.valueMax, figure.unit], [5e6, 8e6, 'USD']);
    });

    it('keeps "from 4% to 6%" as two figures, since it is a change', () => {
      assert.deepEqual(figureTexts('Inflation rose from 4% to 6%.'), ['4%', '6%']);
    });

    it('does not read a descending pair as a range ("52 to 48")', () => {
      assert.equal(extractFigures(scanText('The motion passed 52 to 48.')).length, 2);
    });
  });

  describe('qualifiers', () => {
    const cases: Array<[string, string, string]> = [
      ['Prices climbed almost 40% in March.', 'almost', 'le'],
      ['Nearly 900 homes were flooded.', 'Nearly', 'le'],
      ['More than 60 flights were cancelled.', 'More than', 'gt'],
      ['The fire burned over 200 hectares.', 'over', 'gt'],
      ['Gold exceeded $2,000 an ounce.', 'exceeded', 'gt'],
      ['The share fell to just under $10.', 'just under', 'lt'],
      ['Less than 5% of roads are paved.', 'Less than', 'lt'],
      ['Output stayed below 3% all year.', 'below', 'lt'],
      ['About 300 workers walked out.', 'About', 'approx'],
      ['Around 40 ships waited offshore.', 'Around', 'approx'],
      ['Some 75 families were moved.', 'Some', 'approx'],
      ['Roughly 12 teams entered.', 'Roughly', 'approx'],
      ['Approximately 80 delegates attended.', 'Approximately', 'approx'],
      ['Fines of up to $500 apply.', 'up to', 'le'],
      ['Each crew works at most 12 shifts.', 'at most', 'le'],
      ['At least 14 climbers were rescued.', 'At least', 'ge'],
    ];
    for (const [sentence, qualifier, relation] of cases) {
      it(`reads "${qualifier}" as ${relation} and includes it in the span`, () => {
        const figure = figureWith(sentence, qualifier);
        assert.deepEqual(figure.qualifier, { text: qualifier, relation });
        assert.ok(figure.text.startsWith(qualifier));
      });
    }

    it('reads a qualifier before an article and a hyphenated unit ("almost a three-hour")', () => {
      const figure = figureWith('They held almost a three-hour meeting.', 'three');
      assert.equal(figure.text, 'almost a three-hour');
      assert.equal(figure.qualifier?.relation, 'le');
    });

    it('reads qualifiers after the number ("290+ seats", "100 or more")', () => {
      assert.equal(figureWith('a jet with 290+ seats', '290').qualifier?.relation, 'ge');
      assert.equal(figureWith('groups of 100 or more people', '100').qualifier?.relation, 'ge');
    });
  });

  describe('counts', () => {
    it('reads "more than 100 Russian companies" with the counted noun phrase', () => {
      const figure = figureWith('Ministers will sanction more than 100 Russian companies with frozen assets.', '100');
      assert.deepEqual([figure.value, figure.unit, figure.text], [100, 'Russian companies', 'more than 100 Russian companies']);
    });

    it('keeps the counted phrase to three words ending at the plural noun', () => {
      assert.equal(figureWith('The navy ordered 12 new fast attack boats.', '12').unit, 'fast attack boats');
    });

    it('stops the counted phrase at a preposition or verb', () => {
      assert.equal(figureWith('Police detained 45 protesters in the square.', '45').unit, 'protesters');
      assert.equal(figureWith('Officials said 45 were detained.', '45').unit, undefined);
    });

    it('reads irregular plurals ("people", "aircraft")', () => {
      assert.equal(figureWith('The flood displaced 8,000 people.', '8,000').unit, 'people');
    });

    it('reads a bare number as a count ("killed 102 and 21 people")', () => {
      assert.deepEqual(figureTexts('The crashes killed 102 and 21 people respectively.'), ['102', '21 people']);
    });

    it('reads ages in apposition', () => {
      assert.equal(figureWith('The driver, 52, was unhurt.', '52').value, 52);
    });

    it('skips "the two countries", which points back rather than counts', () => {
      assert.deepEqual(figureTexts('Trade between the two countries grew.'), []);
    });
  });

  describe('numbers that are not figures', () => {
    it('skips model names glued to letters ("S400", "A330-200", "F-35")', () => {
      assert.deepEqual(figureTexts('India bought the S400 system, two A330-200 tankers and F-35 parts.'), ['two A330-200 tankers']);
    });

    it('skips numbers right after a name ("Boeing 747", "iPhone 4")', () => {
      assert.deepEqual(figureTexts('The Boeing 747 and the iPhone 4 changed travel and phones.'), []);
    });

    it('skips designations such as "COVID-19" and "G20"', () => {
      assert.deepEqual(figureTexts('The G20 discussed COVID-19 recovery.'), []);
    });

    it('skips unround model numbers before a singular noun ("737 replacement")', () => {
      assert.deepEqual(figureTexts('The firm delayed its 737 replacement again.'), []);
    });

    it('skips ordinals in words and digits', () => {
      assert.deepEqual(figureTexts('It was the first visit and the second round, on the 21st floor.'), []);
    });

    it('skips years', () => {
      assert.deepEqual(figureTexts('The mill closed in 1979 and reopened in 2014.'), []);
    });

    it('skips years written as "pre-1979" or "’99"', () => {
      assert.deepEqual(figureTexts('a return to pre-1979 ties, as in the class of ’99'), []);
    });

    it('skips decades ("the 1990s")', () => {
      assert.deepEqual(figureTexts('Growth was faster in the 1990s.'), []);
    });

    it('skips dates with month names', () => {
      assert.deepEqual(figureTexts('Signed on February 26, 2022 and again on 3 March.'), []);
    });

    it('skips a day after an abbreviated month with its full stop ("Feb. 26")', () => {
      assert.deepEqual(figureTexts('It opened on Feb. 26 with 40 stalls.'), ['40 stalls']);
    });

    it('skips clock times', () => {
      assert.deepEqual(figureTexts('Polls close at 18:00 and results come at 9pm or 10 a.m.'), []);
    });

    it('skips slashed dates', () => {
      assert.deepEqual(figureTexts('The memo is dated 7/8/07.'), []);
    });

    it('skips phone numbers and identifiers', () => {
      assert.deepEqual(figureTexts('Ring 0300-1234567 or dial 1122, reference 20231234567.'), []);
    });

    it('skips "No. 1" and "Flight 447"', () => {
      assert.deepEqual(figureTexts('It became the No. 1 seller after Flight 447 was lost.'), []);
    });

    it('skips a label glued to the number ("No.1")', () => {
      assert.deepEqual(figureTexts('He ranked No.1 in the poll.'), []);
    });

    it('skips the pronoun "one" ("one of the", "one another", "no one")', () => {
      assert.deepEqual(figureTexts('One of the aides said no one trusts one another.'), []);
    });

    it('skips a capitalised number word inside a name ("Formula One")', () => {
      assert.deepEqual(figureTexts('He raced in Formula One for years.'), []);
    });

    it('skips "both"', () => {
      assert.deepEqual(figureTexts('Both sides agreed.'), []);
    });
  });

  describe('output', () => {
    it('returns UTF-16 offsets that slice back to the text', () => {
      const text = '🚢 Cargo fell 7% 🚢 to 3,000 tonnes.';
      for (const figure of extractFigures(scanText(text))) assert.equal(text.slice(figure.start, figure.end), figure.text);
      assert.deepEqual(figureTexts(text), ['7%', '3,000 tonnes']);
    });

    it('returns figures sorted by start and never overlapping', () => {
      const figures = extractFigures(scanText('Between 10 and 20 ships, 5% of them, cost $3m to $4m and 12 crews.'));
      for (let i = 1; i < figures.length; i++) assert.ok(figures[i - 1].end <= figures[i].start);
    });

    it('moves on past an article glued to digits ("A380", "a1") and past a number read up to a word', () => {
      // Regression: the candidate search once found the same "A" of "A380" again and again.
      assert.deepEqual(figureTexts('A380 makes maiden flight'), []);
      assert.deepEqual(figureTexts('The A380s is big, an8 a1 and 5%three'), ['5', 'three']);
      assert.deepEqual(figureTexts('5 people, 1,234 ships and two thirds of them'), ['5 people', '1,234 ships', 'two thirds']);
    });

    it('reads an article as a number only before a scale or a fraction, in any case', () => {
      assert.deepEqual(figureTexts('a hundred ships, a third of the crews, an hour, a dozen eggs'), ['a hundred ships', 'a third', 'a dozen eggs']);
      assert.deepEqual(figureTexts('A Hundred ships and a  million people'), ['A Hundred ships', 'a  million people']);
      // A letter past ASCII glued to the scale makes it another word.
      assert.deepEqual(figureTexts('a hundred\u00e9 ships'), []);
      // The long s and the Kelvin sign fold onto s and k in the case-insensitive patterns with the
      // `u` flag, but are no letters of a number word: a text holding one reads as without it.
      const plain = 'a hundred ships, a score of crews, an hour and a third of them';
      for (const odd of [' \u017f', ' \u212a', ' a thou\u017fand', ' a \u017fcore']) assert.deepEqual(figureTexts(plain + odd), figureTexts(plain));
    });

    it('reads each text afresh: nothing learnt about a position of one text carries to the next', () => {
      // Regression: the word before a number was once kept from one text to the next by its position.
      assert.deepEqual(figureTexts('Flight 447 people'), []);
      assert.deepEqual(figureTexts('Those  447 people'), ['447 people']);
      assert.deepEqual(figureTexts('Flight 447 people'), []);
    });

    it('finds figures in headlines', () => {
      assert.deepEqual(figureTexts('Floods kill 37 in Sindh\nBy A Reporter'), ['37']);
    });

    // How long it takes (target: under a second) is timed by npm run bench (worst cases).
    it('reads 100 KB of adversarial input to the end, with figures inside the text', () => {
      const chunk = '1,'.repeat(5000) + '9'.repeat(5000) + '.,;-$%'.repeat(1000) + '1 '.repeat(5000) + '$1 '.repeat(3000) + 'one '.repeat(3000);
      const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
      for (const figure of extractFigures(scanText(text))) assert.equal(text.slice(figure.start, figure.end), figure.text);
    });
  });
});
