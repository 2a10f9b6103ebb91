import { strict as assert } from 'node:assert';
import { extract } from '../../../../src/core/extract';
import { splitSentences } from '../../../../src/core/extract/sentences/splitSentences';
import { wordsOf } from '../../../../src/core/extract/words/scanWords';
import { BOILERPLATE_MARKERS, COMMITMENT_CUES, PLAN_NOUNS } from '../../../../src/core/tables/commitmentCues';
import { textsAtHand } from '../../../property/textsAtHand';

/** Every text at hand, plus sentences written to hit each cue. */
function texts(): string[] {
  return [
    ...textsAtHand(),
    "Part of Pakistan's plan is to build it. The government's strategy was also to cut costs. There is a plan to expand. There will also be talks.",
    'The plan also includes a port. The council has drawn up a new plan. They are keen to help. It is seeking funds. They have pledged to act.',
    "It seeks to grow. The firm undertook to pay. She endeavours to win. They want a deal. We discussed the possibility of a merger. We'll build it. It shall open.",
    'The agency unveiled plans to widen the canal. Our commitment to rebuild the bridge stands. Its decision to close two depots was final.',
    "The union announced plans to strike. The region's ambition to host the games is old. Their goal is to double exports.",
    "The city's aim is to plant trees. There is also a strategy to grow. Her intention to resign is known. The club has unveiled a bold plan for the stadium.",
    'The mayor is considering a levy. The board is exploring a sale. He wants a recount. They explored the option of a tunnel. It sought a loan.',
    "Part of Chile's agenda is to export more. The plan calls for a dam. The firm has approved a new strategy. We desire peace. The fund seeks returns.",
  ];
}

/** The sentences of the texts with their words, as the extractor reads them. */
function sentencesWithWords(): Array<{ body: string; words: Set<string> }> {
  return texts().flatMap((text) =>
    splitSentences(text).map((sentence) => ({
      body: text.slice(sentence.start, sentence.end),
      words: new Set(wordsOf(text, sentence.start, sentence.end).map((word) => word.lower)),
    })),
  );
}

function commitmentActions(text: string): string[] {
  return extract(text, { referenceDate: '2024-01-01', today: '2024-01-01' }).facts.flatMap((fact) => (fact.kind === 'commitment' ? [fact.action] : []));
}

describe('commitment cue table', () => {
  it('names key forms that are necessary: wherever a cue matches, its sentence holds a word of one of them', () => {
    const sentences = sentencesWithWords();
    let matched = 0;
    for (const cue of COMMITMENT_CUES) {
      const pattern = new RegExp(`(?<![\\p{L}'’])(?:${cue.pattern})(?![\\p{L}])`, 'iu');
      const keyWords = cue.key.flatMap((form) => form.match(/\p{L}+/gu) ?? []);
      for (const { body, words } of sentences) {
        if (!pattern.test(body)) continue;
        matched++;
        assert.ok(keyWords.some((word) => words.has(word)), `cue ${cue.pattern.slice(0, 40)}… matches "${body}" but holds none of its key words`);
      }
    }
    assert.ok(matched > 50, `the cues matched ${matched} sentences: too few to tell`);
  });

  it('gives every cue at least one key form', () => {
    assert.deepEqual(COMMITMENT_CUES.filter((cue) => cue.key.length === 0).map((cue) => cue.pattern), []);
  });

  it('builds every plan cue from the one list of plan nouns: a noun added there is found in each of them', () => {
    const noun = PLAN_NOUNS[PLAN_NOUNS.length - 1];
    for (const text of [
      `Part of Pakistan's ${noun} is to build a port.`,
      `The ministry's ${noun} is to build a port.`,
      `The council will meet. There is a ${noun} to build a port.`,
      `The council will meet. The ${noun} also includes a port.`,
      `The council has adopted a new ${noun} for the port.`,
    ]) {
      const cues = extract(text, { referenceDate: '2024-01-01', today: '2024-01-01' }).facts.flatMap((fact) => (fact.kind === 'commitment' ? [fact.cue.text] : []));
      assert.ok(cues.some((cue) => cue.includes(noun)), `${text}: cues ${JSON.stringify(cues)}`);
    }
  });

  it('reads cue words as the word scan does: a long s or a Kelvin sign is a letter of its own, not an s or a k', () => {
    assert.deepEqual(commitmentActions('The board is keen to build a port.'), ['build a port']);
    assert.deepEqual(commitmentActions('The board is \u212Aeen to build a port.'), []);
    assert.deepEqual(commitmentActions('The board ſhall build a port.'), []);
  });
});

describe('boilerplate markers', () => {
  it('turn away site furniture that holds a commitment cue', () => {
    for (const sentence of [
      'Comments will be moderated before they are posted.',
      'Subscribe to our newsletter, which will arrive every Friday.',
      'We will never share your details: read our privacy policy.',
      'Click here and we will send you the report.',
      'Replying to @mayor: we will build the port.',
    ]) {
      assert.equal(BOILERPLATE_MARKERS.some((marker) => marker.test(sentence)), true, sentence);
      assert.deepEqual(commitmentActions(sentence), [], sentence);
    }
  });

  it('leave reporting that merely mentions comments or terms alone', () => {
    assert.deepEqual(commitmentActions('The ministry will publish the terms of the loan.'), ['publish the terms of the loan']);
  });
});
