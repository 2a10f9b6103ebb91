import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import { isThing, organisationOf } from '../../../../src/core/extract/commitments/actor';
import { Appositives } from '../../../../src/core/extract/commitments/appositives';
import { wordsOf } from '../../../../src/core/extract/words/scanWords';
import type { CommitmentFact } from '../../../../src/core/model';

const REFERENCE = '2024-03-14';

function commitmentWith(text: string, cue: string): CommitmentFact {
  const found = extract(text, { referenceDate: REFERENCE, today: REFERENCE }).facts.filter((fact): fact is CommitmentFact => fact.kind === 'commitment');
  const commitment = found.find((c) => c.cue.text === cue);
  assert.ok(commitment, `${cue} in ${JSON.stringify(found.map((c) => c.cue.text))}`);
  return commitment;
}

describe('actor resolution', () => {
  describe('the organisation a speaker works for', () => {
    it('reads it from a title before the name and from a role in apposition', () => {
      assert.equal(organisationOf('Halvard Shipping chief executive Ines Moe'), 'Halvard Shipping');
      assert.equal(organisationOf('Ines Moe, the Halvard Shipping chief executive'), 'Halvard Shipping');
      assert.equal(organisationOf('Ines Moe, the chief executive of Halvard Shipping Inc.'), 'Halvard Shipping Inc');
    });

    it('finds none in a bare title or a determiner', () => {
      assert.equal(organisationOf('Chief executive Ines Moe'), undefined);
      assert.equal(organisationOf('A group of Tasmanian farmers'), undefined);
      assert.equal(organisationOf('Deputy Harbour Secretary Lund'), undefined);
    });

    it('reads it from a title anywhere in a longer source phrase', () => {
      assert.equal(organisationOf('A note from Halvard given by Halvard spokesman Li Wei'), 'Halvard');
    });
  });

  describe('the descriptions a paragraph puts beside names', () => {
    function read(...sentences: string[]): Appositives {
      const appositives = new Appositives();
      for (const sentence of sentences) appositives.read(sentence, wordsOf(sentence, 0, sentence.length));
      return appositives;
    }

    it('ties a description between commas to the name before it', () => {
      const appositives = read("Tarn Motors, the country's oldest car maker, sold a plant.");
      assert.equal(appositives.nameFor("the country's oldest car maker"), 'Tarn Motors');
      assert.equal(appositives.nameFor("The country’s oldest car maker"), 'Tarn Motors');
      assert.equal(appositives.nameFor('the maker'), 'Tarn Motors');
    });

    it('ties a numbered thing to the name it is said to be of', () => {
      const appositives = read('Crowds filled Hall 2 of Tarn Expo Centre.');
      assert.equal(appositives.ownerIn('the renovated Hall 2'), 'Tarn Expo Centre');
      assert.equal(appositives.ownerIn('Hall 12'), undefined);
    });

    it('ties no relative clause, list or lower-case phrase', () => {
      const appositives = read('Tarn Motors, which builds vans, sold a plant.', 'Vans, buses and trucks, the old lines, were sold.', 'Old vans, the slow ones, were sold.');
      assert.equal(appositives.nameFor('which builds vans'), undefined);
      assert.equal(appositives.nameFor('the old lines'), undefined);
      assert.equal(appositives.nameFor('the slow ones'), undefined);
      assert.equal(appositives.nameFor('the ones'), undefined);
    });
  });

  describe('product names', () => {
    it('are things, however capitalised', () => {
      assert.equal(isThing('the Lumen App Store'), true);
      assert.equal(isThing('Lumen Labs'), false);
    });

    it('takes a lone action noun opening a sentence for the work, and gives the plan to whoever reports it', () => {
      assert.equal(isThing('Construction'), true);
      assert.equal(isThing('Refurbishments'), true);
      assert.equal(isThing('Management'), false);
      const commitment = commitmentWith('Construction is scheduled to begin next spring, the developer said.', 'is scheduled to begin');
      assert.equal(commitment.actor.name, 'the developer');
      assert.equal(commitment.actor.implicit, true);
    });
  });

  describe('"it" and "the company"', () => {
    it('never stand for a name the sentence gives only after them', () => {
      assert.equal(commitmentWith('The airline will resume flights to Tarnow next month.', 'will resume').actor.name, 'The airline');
    });

    it('take the description that reports them when no name is around', () => {
      assert.equal(commitmentWith('The ferry operator said it would triple its winter sailings.', 'would triple').actor.name, 'The ferry operator');
      assert.equal(commitmentWith('The firm, which makes bicycle frames, said it will double its output within three years.', 'will double').actor.name, 'The firm');
      assert.equal(commitmentWith("The ferry operator's spokeswoman said it would add a night crossing.", 'would add').actor.name, 'The ferry operator');
      // A person is never what "it" stands for.
      assert.equal(commitmentWith('The spokeswoman said it would add a night crossing.', 'would add').actor.name, 'it');
    });

    it('take the organisation that reports the clause in the same sentence', () => {
      const text = 'Kestrel Mills hired a new auditor last spring. The Dunmore council announced that it will repave the harbour road.';
      const commitment = commitmentWith(text, 'will repave');
      assert.equal(commitment.actor.name, 'The Dunmore council');
      assert.equal(commitment.actor.mention, 'it');
    });

    it('take the employer of a speaker whose role names it, not the speaker', () => {
      const text = 'Ines Moe, the Halvard Shipping chief executive, said the company plans to sell two ferries.';
      const commitment = commitmentWith(text, 'plans to sell');
      assert.equal(commitment.actor.name, 'Halvard Shipping');
      assert.equal(commitment.actor.mention, 'the company');
    });

    it('never stand for people in the plural who report the clause', () => {
      const text = 'Kestrel Mills lost a client in May. People close to the talks said the company plans to sell its Dunmore mill.';
      const commitment = commitmentWith(text, 'plans to sell');
      assert.equal(commitment.actor.name, 'Kestrel Mills');
    });

    it('fall back to the organisation the paragraph named last when no subject names one', () => {
      const text = 'Buyers queued outside stores run by Brightwell Audio on Monday. The new speaker was shown by Brightwell Audio chief executive Omar Reyes. It is slated for release on June 3.';
      const commitment = commitmentWith(text, 'is slated');
      assert.equal(commitment.actor.name, 'Brightwell Audio');
      assert.equal(commitment.actor.mention, 'It');
    });
  });

  describe('things as subjects', () => {
    it('give the plan to the organisation the paragraph names most, not to the person presenting it', () => {
      const text =
        'Yesterday, at a launch in Leeds, Brightwell Audio chief executive Omar Reyes showed a new speaker. Reyes praised the sound of Brightwell Audio devices, and buyers of Brightwell Audio gear cheered. The speaker will be available on June 3.';
      const commitment = commitmentWith(text, 'will be available');
      assert.equal(commitment.actor.name, 'Brightwell Audio');
      assert.equal(commitment.actor.implicit, true);
    });

    it('keep the thing that stands for an implicit actor inside the span', () => {
      const text = 'Dealers praised trucks built by Tarn Motors. Tarn Motors raised prices. The first trucks will be shipped in May 2025.';
      const commitment = commitmentWith(text, 'will be shipped');
      assert.equal(commitment.actor.implicit, true);
      assert.ok(commitment.text.startsWith('The first trucks'), commitment.text);
    });

    it('show an organisation named with and without its suffix by the shorter name', () => {
      const text = 'Buyers praised trucks built by Tarn Motors Inc. and sold by dealers of Tarn Motors. The first trucks will be shipped in May 2025.';
      assert.equal(commitmentWith(text, 'will be shipped').actor.name, 'Tarn Motors');
    });

    it('count neither places after "in" nor nationality words as organisations', () => {
      const text = 'Visitors in Lisbon praised Danish ferries built by Halvard Shipping. Lisbon hosted the launch in Lisbon. The first ferries will be delivered in 2026.';
      const commitment = commitmentWith(text, 'will be delivered');
      assert.equal(commitment.actor.name, 'Halvard Shipping');
    });

    it('give a product named with its maker and a model number to the maker', () => {
      const text = 'Dealers compared trucks from Tarn Motors and Velo Haul. Velo Haul cut prices. The Tarn T40 will be shipped in May 2025.';
      const commitment = commitmentWith(text, 'will be shipped');
      assert.equal(commitment.actor.name, 'Tarn Motors');
    });
  });

  describe('names opening a sentence', () => {
    it('count a name of several capitalised words even when it only opens sentences', () => {
      const text = 'Brightwell Audio today showed a new speaker. The speaker ships with new firmware, which will be available on June 3.';
      const commitment = commitmentWith(text, 'will be available');
      assert.equal(commitment.actor.name, 'Brightwell Audio');
    });

    it('take a capitalised plural noun opening the sentence for a thing', () => {
      const text = 'Buyers praised trucks built by Tarn Motors. Shipments to Velo Haul are not due until October.';
      const commitment = commitmentWith(text, 'are not due');
      assert.equal(commitment.actor.implicit, true);
    });
  });

  describe('"I" with no speaker', () => {
    it('is the person the paragraph names most', () => {
      const text =
        'Halvard Shipping chief executive Ines Moe took leave on Monday. Moe, aged 61, has led Halvard Shipping since 2010. Team, I will stay on as chair while I rest.';
      const commitment = commitmentWith(text, 'will stay');
      assert.equal(commitment.actor.name, 'Ines Moe');
      assert.equal(commitment.actor.mention, 'I');
    });
  });

  describe('appositives', () => {
    it('name the actor by the name in apposition to a description', () => {
      const text = "Dunmore's largest employer, Kestrel Mills, is preparing to open a second mill in 2026.";
      const commitment = commitmentWith(text, 'is preparing to open');
      assert.equal(commitment.actor.name, 'Kestrel Mills');
    });

    it('resolve a description put in apposition to a name earlier to that name', () => {
      const text =
        "Orvik, the region's largest bus maker, bought a depot from Tarn Freight last year. Tarn Freight hired a new auditor in May. The region's largest bus maker will open a second depot in Lyon next year.";
      const commitment = commitmentWith(text, 'will open');
      assert.equal(commitment.actor.name, 'Orvik');
      assert.equal(commitment.actor.mention, "The region's largest bus maker");
    });

    it('resolve "the" with the head of such a description to the name, over the last name', () => {
      const text = "Orvik, the region's largest bus maker, bought a depot from Tarn Freight last year. Tarn Freight hired a new auditor in May. The maker will open a second depot in Lyon next year.";
      assert.equal(commitmentWith(text, 'will open').actor.name, 'Orvik');
    });
  });

  describe('subjects further from the verb', () => {
    it('reach over "are said to" to the noun phrase before it', () => {
      const text = 'Kestrel Foods lost a contract in May. Several suppliers are said to want to raise their prices next year.';
      assert.equal(commitmentWith(text, 'want to raise').actor.name, 'Several suppliers');
    });

    it('hold the names after "such as" as examples, not as the subject', () => {
      const text = 'Harlow Media and Kestrel Books agreed a deal on Monday in which novels by writers such as Ann Lee and Bo Park will be available online from June.';
      const commitment = commitmentWith(text, 'will be available');
      assert.equal(commitment.actor.name, 'Harlow Media and Kestrel Books');
      assert.equal(commitment.actor.implicit, true);
    });

    it('never take a time after "by" as the agent: "by June", "by Friday" are the deadline', () => {
      const text = 'Marlow Bakeries said on Monday that two of its ovens will be replaced by June. The old depot will be sold by Friday, 3 May.';
      const replaced = commitmentWith(text, 'will be replaced');
      assert.equal(replaced.actor.name, 'Marlow Bakeries');
      assert.equal(replaced.deadline?.text, 'by June');
      assert.notEqual(commitmentWith(text, 'will be sold').actor.name, 'Friday');
    });

    it('take a by-agent without a capital when an agent noun heads it', () => {
      const text = 'The new bridge will be built by local contractors by 2027.';
      assert.equal(commitmentWith(text, 'will be built').actor.name, 'local contractors');
    });
  });

  describe('who an agentless clause stands for', () => {
    it('is the organisation a speaker works for, not the speaker', () => {
      const text = 'Lumen Labs showed its new music service on Tuesday. Lumen Labs chief executive Ada Park said the Lumen App Store will open in Canada in May.';
      const commitment = commitmentWith(text, 'will open');
      assert.equal(commitment.actor.name, 'Lumen Labs');
      assert.equal(commitment.actor.implicit, true);
    });

    it('is never a newspaper that reported the story', () => {
      const text =
        'Forty new trucks were ordered from Orvik Freight in May. The Dunmore Daily newspaper reported that the deal awaits approval. The trucks are expected to arrive in 2026.';
      assert.equal(commitmentWith(text, 'are expected to arrive').actor.name, 'Orvik Freight');
    });

    it('counts a maker named after a number, before its model code', () => {
      const text = 'Dealers bought 60 Orvik T40 vans from a lessor run by Velo Haul in June. The vans are scheduled to be shipped in May 2025.';
      assert.equal(commitmentWith(text, 'are scheduled to be shipped').actor.name, 'Orvik');
    });

    it('is the owner a numbered thing was said to be of', () => {
      const text = 'Crowds visited Hall 2 of Tarn Expo Centre on Monday, guided by Velo Tours staff. The renovated Hall 2 will reopen in May 2025.';
      const commitment = commitmentWith(text, 'will reopen');
      assert.equal(commitment.actor.name, 'Tarn Expo Centre');
      assert.equal(commitment.actor.implicit, true);
    });

    it('reads a model code with a hyphen ("KC-45") as no part of the maker\'s name', () => {
      const text = 'Dealers bought Orvik KC-45 vans from a lessor run by Velo Haul in June. The vans are scheduled to be shipped in May 2025.';
      assert.equal(commitmentWith(text, 'are scheduled to be shipped').actor.name, 'Orvik');
    });

    it('is no numbered part of a site, named like a model', () => {
      const text = 'Crowds filled Terminal 3 on Monday, and Terminal 3 staff sold tickets for a ferry run by Velo Haul. The new vans are scheduled to be shipped in May 2025.';
      assert.equal(commitmentWith(text, 'are scheduled to be shipped').actor.name, 'Velo Haul');
    });

    it('is, among names as often named, the maker named before a model code', () => {
      const text = 'The airline bought six Orvik T40 jets from a lessor run by Tarn Air on Monday. The jets will be delivered from March.';
      assert.equal(commitmentWith(text, 'will be delivered').actor.name, 'Orvik');
    });
  });
});
