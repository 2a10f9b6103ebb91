import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract as extractOn } from '../../../../src/core/extract';
import { ParagraphFactCache } from '../../../../src/core/extract/incremental/paragraphCache';
import type { ExtractOptions } from '../../../../src/core/model';

/** The cache is under test, not the date: every extraction here takes the same today. */
const extract = (text: string, options: Omit<ExtractOptions, 'today'> = {}) => extractOn(text, { today: '2024-06-01', ...options });

const fixture = readFileSync(resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');

describe('incremental extraction (paragraph cache)', () => {
  it('gives exactly the facts of a full extraction', () => {
    const cache = new ParagraphFactCache();
    assert.deepEqual(extract(fixture, { cache }), extract(fixture));
  });

  it('on a first reading, tells at every pause how far it has read, and what it found before there is final', () => {
    const cache = new ParagraphFactCache();
    const reference = { date: '2024-03-14', from: 'byline' as const };
    const whole = extract(fixture, { referenceDate: reference.date, referenceDateFrom: 'byline' });
    const steps = cache.extractFactsInSteps(fixture, reference);
    let last = -1;
    let checked = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      const soFar = cache.readSoFar();
      assert.ok(soFar && soFar.through >= last, 'read through an offset that only grows');
      assert.equal(cache.readThrough(), soFar.through);
      assert.deepEqual(soFar.facts, whole.facts.filter((fact) => fact.end <= soFar.through));
      assert.deepEqual(soFar.sentences, whole.sentences.filter((sentence) => sentence.end <= soFar.through));
      if (soFar.through > last) checked++;
      last = soFar.through;
    }
    assert.ok(checked > 5, `${checked} paragraphs read`);
    // Nothing is under way once the reading ends, nor during a reading after an edit.
    assert.equal(cache.readSoFar(), undefined);
    const edit = cache.extractFactsInSteps(fixture.replace('640-metre', '650-metre'), reference);
    for (let step = edit.next(); !step.done; step = edit.next()) assert.equal(cache.readThrough(), undefined);
  });

  it('re-reads only the paragraph an edit touched, and stays equal to a full extraction', () => {
    const cache = new ParagraphFactCache();
    extract(fixture, { cache });
    const at = fixture.indexOf('640-metre');
    const edited = `${fixture.slice(0, at)}650-metre${fixture.slice(at + '640-metre'.length)}`;
    const incremental = extract(edited, { cache });
    assert.equal(cache.lastMisses, 1);
    assert.deepEqual(incremental, extract(edited));
  });

  it('reuses paragraphs that moved after an insertion above them', () => {
    const cache = new ParagraphFactCache();
    extract(fixture, { cache });
    const edited = `Update: new paragraph on 2024-03-15.\n\n${fixture}`;
    const incremental = extract(edited, { cache });
    // The new paragraph and the one the insertion touches (its first); none of the rest.
    assert.equal(cache.lastMisses, 2);
    assert.deepEqual(incremental, extract(edited));
  });

  it('keeps a claim carried past a paragraph that was read again moving with later edits', () => {
    // Found by fast-check: the paragraph after a re-read one was handed an equal claim and not
    // read again, but kept the old claim object, which no paragraph owned and so no edit moved.
    const sentence = 'The mayor said the port would reopen in June. ';
    let text = `Harbour news, 14 March 2024\n\n${sentence.trim()}\n\n${sentence.trim()}\n\nPrices rose 4% last year.\n\nThe council will hire 40 staff in six months.\n`;
    const cache = new ParagraphFactCache();
    extract(text, { cache, referenceDate: '2024-03-14' });
    for (let typed = 0; typed < 3; typed++) {
      text = sentence + text;
      assert.deepEqual(extract(text, { cache, referenceDate: '2024-03-14' }), extract(text, { referenceDate: '2024-03-14' }));
    }
    const at = text.indexOf('40 staff');
    text = `${text.slice(0, at)}\n\n${text.slice(at)}`;
    assert.deepEqual(extract(text, { cache, referenceDate: '2024-03-14' }), extract(text, { referenceDate: '2024-03-14' }));
  });

  it('drops a borrowed source when splitting a paragraph puts the claim out of reach', () => {
    // Found by fast-check: a paragraph after the split kept the source it borrowed when the claim
    // was two paragraphs back; now three back, out of reach, it was judged unchanged and not read.
    const mayor = 'The mayor said the port would reopen in June. ';
    const hire = 'The council will hire 40 staff in six months.';
    let text = `Harbour news, 14 March 2024\n\n${hire}\n\n${hire}\n\n${mayor.trim()}\n`;
    const cache = new ParagraphFactCache();
    extract(text, { cache });
    text = mayor + text;
    assert.deepEqual(extract(text, { cache }), extract(text));
    text = `${text.slice(0, 14)}\n\n${text.slice(14)}`;
    assert.deepEqual(extract(text, { cache }), extract(text));
  });

  it('reads on past the first unchanged paragraph while renumbering can still move a claim out of reach', () => {
    const hire = 'The council will hire 40 staff in six months.';
    let text = `Harbour news, 14 March 2024\n\nThe mayor said the port would reopen in May. Prices rose 4% last year.\n\n${hire}\n\n${hire}\n`;
    const cache = new ParagraphFactCache();
    const sources = (facts: ReturnType<typeof extract>['facts']) => facts.flatMap((fact) => (fact.kind === 'commitment' ? [fact.source?.name ?? 'none'] : []));
    assert.deepEqual(sources(extract(text, { cache }).facts), ['The mayor', 'The mayor', 'The mayor']);
    const at = text.indexOf('Prices');
    text = `${text.slice(0, at)}\n\n${text.slice(at)}`;
    const incremental = extract(text, { cache });
    assert.deepEqual(sources(incremental.facts), ['The mayor', 'The mayor', 'none']);
    assert.deepEqual(incremental, extract(text));
  });

  it('reads on when an edit moves a claim into an earlier paragraph without changing the paragraph count', () => {
    // The claim keeps its offsets but moves from the third paragraph to the second (a blank line
    // removed before it, one added after it): the paragraphs after it are one farther from it.
    const hire = 'The council will hire 40 staff in six months.';
    const before = `Harbour news, 14 March 2024\n\nPorts reopened.\n\nThe mayor said the port would reopen in May. Prices rose.\n\n${hire}\n\n${hire}\n`;
    const after = `Harbour news, 14 March 2024\n\nPorts reopened.  The mayor said the port would reopen in May.\n\nPrices rose.\n\n${hire}\n\n${hire}\n`;
    const cache = new ParagraphFactCache();
    const sources = (facts: ReturnType<typeof extract>['facts']) => facts.flatMap((fact) => (fact.kind === 'commitment' ? [fact.source?.name ?? 'none'] : []));
    assert.deepEqual(sources(extract(before, { cache }).facts), ['The mayor', 'The mayor', 'The mayor']);
    const incremental = extract(after, { cache });
    assert.deepEqual(sources(incremental.facts), ['The mayor', 'The mayor', 'none']);
    assert.deepEqual(incremental, extract(after));
  });

  it('reads everything again when the reference date changes', () => {
    const cache = new ParagraphFactCache();
    extract(fixture, { cache });
    const other = extract(fixture, { cache, referenceDate: '2030-01-01' });
    assert.ok(cache.lastMisses > 5);
    assert.deepEqual(other, extract(fixture, { referenceDate: '2030-01-01' }));
  });

  it('matches full extraction on every shared evaluation article', function () {
    this.timeout(30_000);
    const shared = resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'eval', 'meantime-dev.jsonl');
    const texts = readFileSync(shared, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string; dct: string }));
    for (const { text, dct } of texts) assert.deepEqual(extract(text, { cache: new ParagraphFactCache(), referenceDate: dct }), extract(text, { referenceDate: dct }));
  });
});
