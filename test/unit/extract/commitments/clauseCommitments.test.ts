import { strict as assert } from 'node:assert';
import { subjectOfClauseBefore } from '../../../../src/core/extract/clauses/subject';
import { wordsOf } from '../../../../src/core/extract/words/scanWords';
import { commitmentsOf, only } from './commitmentFacts';

describe('commitments read from clauses', () => {
  describe('the subject', () => {
    it('skips an appositive between the subject and the verb', () => {
      assert.equal(only('Halvorsen Foods, the largest dairy in the valley, will close its cheese plant.').actor.name, 'Halvorsen Foods');
    });

    it('takes the noun phrase a relative pronoun stands for', () => {
      const text = 'Tarn Rail hired Tarn Rail drivers in May. Velo Air, which will be the first carrier to fly the T40, opened a booking site.';
      assert.equal(only(text).actor.name, 'Velo Air');
      assert.equal(only('The ferry firm that will run the new route hired forty crew.').actor.name, 'The ferry firm');
    });

    it('gives a verb group after "and" the subject of the clause "and" closes, not of a participle', () => {
      const subjectAtAnd = (sentence: string): string | undefined => {
        const words = wordsOf(sentence, 0, sentence.length);
        const place = subjectOfClauseBefore(sentence, words, words.findIndex((word) => word.lower === 'and'), 0);
        return place && sentence.slice(words[place.first].start, words[place.last].end);
      };
      assert.equal(subjectAtAnd('The new ferry first sailed in May and will carry cars.'), 'The new ferry');
      assert.equal(subjectAtAnd('The old depot had been sold and would close.'), undefined);
      assert.equal(subjectAtAnd('The beta went to developers and is due in June.'), 'The beta');
    });

    it('gives the owner the plan of a thing after "whose"', () => {
      const text = 'Tarn Rail hired staff in May. The study weighed the plans adopted by Tarn Rail and Velo Air whose new jet first flew in March and is expected to enter service in May 2025.';
      const commitment = only(text);
      assert.equal(commitment.actor.name, 'Velo Air');
      assert.equal(commitment.actor.implicit, true);
    });

    it('skips a relative clause between commas', () => {
      assert.equal(only('The water board, which was fined last spring, will replace the old pipes.').actor.name, 'The water board');
    });

    it('takes the name in an appositive over the description before it', () => {
      const commitment = only("The mill's northern rival, Brandt Paper, is preparing to open a second line.");
      assert.match(commitment.actor.name, /Brandt Paper|rival/);
    });

    it('gives a clause after "and" the subject of the clause before', () => {
      const found = commitmentsOf('The council will repave Elm Street and will widen the bridge.');
      assert.deepEqual(found.map((c) => c.actor.name), ['The council', 'The council']);
    });

    it('keeps a fronted adverbial out of the subject', () => {
      assert.equal(only('Under the new contract, Norvik Rail will run two extra trains a day.').actor.name, 'Norvik Rail');
    });

    it('takes the subject before a progressive\'s "is"', () => {
      assert.equal(only('Tarn Rail is exercising its option with Velo Works to buy six more trams.').actor.name, 'Tarn Rail');
      assert.equal(only('The harbour board is planning a new ferry pier.').actor.name, 'The harbour board');
    });

    it('never takes a name the clause first gives in its own object for its actor', () => {
      assert.equal(only('The county will hire Dana Whitby as its new planner.').actor.name, 'The county');
      assert.equal(only('The district will resurface Route 12 in the spring.').actor.name, 'The district');
    });
  });

  describe('targets', () => {
    it('reads a target with its date as a commitment, and one without a date or a bare "targets" as none', () => {
      const commitment = only('The harbour board targets zero-emission ferries by 2032.');
      assert.deepEqual([commitment.actor.name, commitment.cue.text, commitment.deadline?.text], ['The harbour board', 'targets', 'by 2032']);
      assert.equal(only('The bakery is aiming for a second shop by the autumn.').actor.name, 'The bakery');
      assert.deepEqual(commitmentsOf('The bakery aims for a second shop.'), []);
      assert.deepEqual(commitmentsOf('Critics say the new levy targets small farms.'), []);
    });
  });

  describe('holding', () => {
    it('reads holding an event as an act and a hall holding people as its size', () => {
      assert.equal(only('The county will hold a public consultation on the bypass.').cue.text, 'will hold');
      assert.deepEqual(commitmentsOf('The new hall will hold 300 people.'), []);
    });
  });

  describe('multiplying verbs', () => {
    it('reads "double its output" as an act and "sales will double" as a forecast', () => {
      assert.equal(only('The bakery will halve its prices on Sundays.').cue.text, 'will halve');
      assert.deepEqual(commitmentsOf('Ticket sales will double by the autumn.'), []);
    });
  });

  describe('verbs whose endings look like a noun\'s', () => {
    for (const [sentence, cue] of [
      ['The agency will implement the new parking rules.', 'will implement'],
      ['The board will commission a traffic study.', 'will commission'],
      ['The port will auction the old cranes.', 'will auction'],
      ['Velo Works will ship the first trams in May.', 'will ship'],
      ['The government will table the bill next week.', 'will table'],
    ]) {
      it(`finds "${cue}"`, () => assert.equal(only(sentence).cue.text, cue));
    }
  });

  describe('cues', () => {
    for (const [sentence, cue] of [
      ['The museum is due to reopen its west wing.', 'is due to reopen'],
      ['The vote is scheduled to take place after the recess.', 'is scheduled to take'],
      ['The clinic is set to hire twelve nurses.', 'is set to hire'],
      ['The ferry line is on track to add a night crossing.', 'is on track to add'],
      ['The mayor vowed to cut bus fares.', 'vowed to cut'],
      ['The union pledged to end the strike.', 'pledged to end'],
      ['The school board has committed to publish its budget.', 'has committed to publish'],
      ['Veldt Motors offered to pay for the repairs.', 'offered to pay'],
      ['The opening ceremony is to be held in the old market hall.', 'is to be held'],
      ['Tarn Rail is exercising its option with Velo Works to buy six more trams.', 'exercising its option with Velo Works to buy'],
      ['Kestrel Labs announced that its old mills would begin to be sold in May.', 'would begin to be sold'],
      ['The tram deliveries are scheduled to be in time for the city games.', 'are scheduled to be in'],
      ['Orvik Air will be the first carrier to fly the T40.', 'will be the first carrier to fly'],
      ['Orvik plans a new depot in Lyon.', 'plans'],
    ]) {
      it(`finds "${cue}"`, () => assert.equal(only(sentence).cue.text, cue));
    }

    it('keeps a negative commitment: "will not" is a promise too', () => {
      const commitment = only('The zoo will not raise ticket prices.');
      assert.equal(commitment.cue.text, 'will not raise');
      // The action says so: a row reading "raise ticket prices" would say the opposite.
      assert.equal(commitment.action, 'not raise ticket prices');
      assert.equal(only("The ferry firm won't cut its winter crossings.").action, 'not cut its winter crossings');
      assert.equal(only('The bakery will never sell the old recipe.').action, 'never sell the old recipe');
    });

    it('reads a plan owned by a noun: "its decision to", "our goal is to"', () => {
      const found = commitmentsOf('The bakery confirmed its decision to close the Main Street shop.');
      assert.ok(found.some((c) => /decision to close/.test(c.cue.text)), JSON.stringify(found.map((c) => c.cue.text)));
    });

    it('reads a headline "NAME to VERB"', () => {
      const commitment = commitmentsOf('Lindqvist Shipping to sell its tanker fleet\n\n14 March 2024\n\nThe sale was announced today.')[0];
      assert.equal(commitment.cue.text, 'to sell');
      assert.equal(commitment.actor.name, 'Lindqvist Shipping');
    });

    it('does not read a headline with its own verb as "NAME to VERB"', () => {
      assert.deepEqual(commitmentsOf('Harbour crane lifts new span to finish the bridge\n\nMore to follow.').map((c) => c.cue.text), []);
    });
  });

  describe('reported speech', () => {
    it('reads a back-shifted "would" after a reporting verb as the speaker\'s "will"', () => {
      const commitment = only('The airline said that it would add three routes to Lisbon.');
      assert.equal(commitment.cue.text, 'would add');
      assert.equal(commitment.source?.name, 'The airline');
    });

    it('reads a "would" with the attribution after it as the speaker\'s "will"', () => {
      const commitment = only('The museum would reopen its west wing in June, the trustees said.');
      assert.equal(commitment.cue.text, 'would reopen');
      assert.equal(commitment.source?.name, 'the trustees');
      assert.deepEqual(commitmentsOf('The army would withdraw if the talks failed, the minister said.'), []);
      assert.deepEqual(commitmentsOf('The stadium would bring crowds to the town, critics said.'), []);
    });

    it('does not read a "would" outside reported speech', () => {
      assert.deepEqual(commitmentsOf('A new stadium would bring crowds to the town.'), []);
    });

    it('does not read a "would" under a condition', () => {
      assert.deepEqual(commitmentsOf('The minister said the army would withdraw if the talks failed.'), []);
    });
  });

  describe('passives and things', () => {
    it('gives an agentless passive the announcer of the sentence, flagged implicit', () => {
      const commitment = only('Tessaro Steel announced that the Ridgeway furnace will be shut.');
      assert.equal(commitment.actor.name, 'Tessaro Steel');
      assert.equal(commitment.actor.implicit, true);
    });

    it('takes the agent of a passive after "by"', () => {
      assert.equal(only('The stranded travellers will be compensated by Orbis Air.').actor.name, 'Orbis Air');
    });

    it('reads a dated schedule of a thing, but not a description of it', () => {
      assert.equal(commitmentsOf('Kestrel Labs makes scanners. The new scanner will arrive in shops on 2 May 2024.').length, 1);
      assert.deepEqual(commitmentsOf('Kestrel Labs makes scanners. The new scanner will weigh two kilos.'), []);
    });

    it('reads what a maker announces its things will do as its plan, dated or not, but not what it says of them', () => {
      const announced = only('Kestrel Labs announced that its next scanners will run on solar power.');
      assert.equal(announced.actor.name, 'Kestrel Labs');
      assert.equal(announced.actor.implicit, true);
      assert.deepEqual(commitmentsOf('Kestrel Labs said that its next scanners will weigh two kilos.'), []);
    });

    it('gives a thing named with its maker before the product name to that maker', () => {
      const text = 'Tarn Retail sold Kestrel Labs scanners in May. Tarn Retail hired forty engineers in June. He announced that future Kestrel Orbit scanners will run on solar power.';
      assert.equal(only(text).actor.name, 'Kestrel Labs');
    });
  });

  describe('timetables in the present tense', () => {
    it('reads a present tense with a date still ahead as a timetable', () => {
      assert.equal(only('Orvik said its map service goes live on 3 June 2024.').cue.text, 'goes live');
      assert.equal(only('Orvik said the new scanner is expected in late May.').cue.text, 'is expected');
    });

    it('reads no habit, no date behind, and no clause of time', () => {
      assert.deepEqual(commitmentsOf('The Orvik shop opens at nine.'), []);
      assert.deepEqual(commitmentsOf('The Orvik shop opens on 3 January 2024.'), []);
      assert.deepEqual(commitmentsOf('When the ferry arrives on 3 June 2024, its crew will rest.'), []);
    });

    it('takes a subject for the story\'s actor only once the date is there', () => {
      const text = 'Orvik Freight hired forty drivers in May. Sales fell, and Tarn Motors starts a review. The company will open a depot in May 2025.';
      assert.equal(only(text).actor.name, 'Orvik Freight');
    });
  });

  describe('conditions', () => {
    it('reads "should" before the subject as a condition, not a plan', () => {
      const text = 'Ada Roe said that should a buyer be willing to pay the cost, the sale could go ahead.';
      assert.deepEqual(commitmentsOf(text), []);
    });
  });

  describe('cue words used as nouns', () => {
    it('reads none after a determiner or a possessive', () => {
      assert.deepEqual(commitmentsOf('The plans a year ago failed.'), []);
      assert.deepEqual(commitmentsOf('The wants of the growers are simple.'), []);
    });
  });

  describe('copulas that plan nothing', () => {
    it('reads no expectation of what a thing is to be, and no thing being the first to do something', () => {
      assert.deepEqual(commitmentsOf('The new tram is expected to be a success.'), []);
      assert.deepEqual(commitmentsOf('The T40 will be the first jet to use the new engine.'), []);
    });
  });

  describe('deals', () => {
    it('reads a signed contract to a future act as a commitment, though the signing is past', () => {
      assert.equal(only('Orvik Freight has signed a five-year contract with the port to haul its containers.').actor.name, 'Orvik Freight');
    });

    it('does not read a contract signed before another past event', () => {
      assert.deepEqual(commitmentsOf('Orvik Freight had signed a contract to haul the containers before the port closed.'), []);
    });
  });

  describe('traps', () => {
    for (const trap of [
      'It will take years to rebuild trust.',
      'This will go down as a turning point.',
      'We hope that the council will listen.',
      'The union demands a pay rise of 5%.',
      'Residents sent requests for more buses.',
      'The new terminal will probably open in June.',
      'The ferry company had planned to add a route in 2019.',
      'The cinema wanted to expand but could not.',
      'Analysts expect the company will cut jobs.',
      'If the grant arrives, the library will extend its hours.',
      'Will the council want to rebuild the pier?',
    ]) {
      it(`ignores "${trap}"`, () => assert.deepEqual(commitmentsOf(trap).map((c) => c.cue.text), []));
    }
  });

  describe('forecasts are not deadlines', () => {
    it('gives no deadline to a prediction "over the next decade"', () => {
      assert.deepEqual(commitmentsOf('Demand for heat pumps will grow sharply over the next decade.'), []);
    });

    it('gives no deadline to an expectation "by the end of this year"', () => {
      assert.deepEqual(commitmentsOf('The share of electric buses is expected to reach 57% by the end of this year.'), []);
    });

    it('gives no deadline to a prediction "by 2030"', () => {
      assert.deepEqual(commitmentsOf('Sea levels will rise by 2030.'), []);
    });
  });

  describe('deadlines', () => {
    it('attaches a deadline fronted before the subject of its clause', () => {
      const commitment = only('Most of the line is finished, but by 2026 the last stretch will be opened by the railway.');
      assert.equal(commitment.deadline?.text, 'by 2026');
    });

    it('attaches "in <year>" and "on <month> <day>" in the clause', () => {
      assert.match(only('Dorsey Bank will open a branch in Leeds in 2025.').deadline?.text ?? '', /2025/);
      assert.equal(only('The council will vote on April 30.').deadline?.due, '2024-04-30');
    });

    it('reads a month forward for a plan in a sentence whose past tense read it backward', () => {
      const commitment = commitmentsOf('The app was tested in private and is scheduled for public release in June.').find((c) => c.cue.text.startsWith('is scheduled'));
      assert.equal(commitment?.deadline?.range?.earliest, '2024-06-01');
    });

    it('does not take a time already behind the plan ("earlier this year") as its deadline', () => {
      const commitment = only('Having bought ten jets earlier this year, the airline will lease two more.');
      assert.equal(commitment.deadline, undefined);
    });

    it('gives coordinated clauses each their own deadline', () => {
      const found = commitmentsOf('The utility will close one coal plant next year and two more by 2028.');
      assert.deepEqual(found.map((c) => c.deadline?.text), ['next year', 'by 2028']);
    });
  });

  describe('sources', () => {
    it('leaves the reporter\'s own voice without a source in a long unbroken paragraph', () => {
      const text =
        'The regulator said fares were too high. Trains were late all winter. Passengers complained. Stations were cold. Ticket machines broke. The operator will add ten trains in May.';
      const commitment = commitmentsOf(text).find((c) => c.cue.text === 'will add');
      assert.ok(commitment);
      assert.equal(commitment.source, undefined);
    });

    it('carries a speaker through a quotation that runs on', () => {
      const text = 'The chief executive said: "Sales fell. We will open two stores in Bergen." The shares rose.';
      const commitment = commitmentsOf(text).find((c) => c.cue.text === 'will open');
      assert.equal(commitment?.source?.name, 'The chief executive');
    });
  });

  describe('names', () => {
    it('takes a word capitalised only at the start of its sentence for no name to resolve to', () => {
      const found = commitmentsOf('Parsing is slow. The results will be cached for an hour.');
      assert.notEqual(found[0]?.actor.name, 'Parsing');
    });
  });

  describe('first person in a quotation', () => {
    it('reads "we" in a spokesman\'s quote as the organisation his title names', () => {
      const commitment = commitmentsOf('Lumen Rail board member Ada Quist said: "We will reopen the depot in June."').find((c) => c.cue.text === 'will reopen');
      assert.equal(commitment?.actor.name, 'Lumen Rail');
      assert.equal(commitment?.actor.mention, 'We');
    });
  });

  describe('the story\'s main actor', () => {
    it('gives an agentless plan the one the story is about, not a speaker quoted in it', () => {
      const text = 'Orvik Foods opened a plant. Lena Dahl said the plant was big. Lena Dahl said it was clean. The second line will be installed by 2026.';
      const commitment = commitmentsOf(text).find((c) => c.cue.text === 'will be installed');
      assert.equal(commitment?.actor.name, 'Orvik Foods');
      assert.equal(commitment?.actor.implicit, true);
    });
  });

  describe('pronouns', () => {
    it('resolves "it" to the name before and keeps the mention', () => {
      const found = commitmentsOf('Marlow Bikes lost money last year. It will cut its range by half.');
      const commitment = found.find((c) => c.cue.text === 'will cut');
      assert.equal(commitment?.actor.name, 'Marlow Bikes');
      assert.equal(commitment?.actor.mention, 'It');
    });
  });
});
