import type { Sentence } from '../../model';

/**
 * True when offset `at` of the sentence lies inside a quotation: a reporting verb there is the
 * quoted speaker's own ("… a memo saying the cost will fall," it said), not the sentence's report.
 * A straight mark opens after a space or the sentence start and closes otherwise; when the first
 * mark of the sentence closes, the sentence began inside a quotation opened before it. Two
 * apostrophes ('') stand for a double mark, as in text converted from typeset sources.
 */
export function insideQuotation(text: string, sentence: Sentence, at: number): boolean {
  let inside: boolean | undefined;
  for (let index = sentence.start; index < sentence.end; index++) {
    const mark = quoteMark(text, index, sentence);
    if (mark === undefined) continue;
    if (index >= at) return inside ?? mark === 'close';
    inside = mark === 'open';
    if (text.charCodeAt(index) === APOSTROPHE) index++;
  }
  return inside ?? false;
}

const APOSTROPHE = 39;

function quoteMark(text: string, index: number, sentence: Sentence): 'open' | 'close' | undefined {
  const code = text.charCodeAt(index);
  if (code === 0x201c) return 'open';
  if (code === 0x201d) return 'close';
  const double = code === 34 || (code === APOSTROPHE && index + 1 < sentence.end && text.charCodeAt(index + 1) === APOSTROPHE);
  if (!double) return undefined;
  const before = index > sentence.start ? text.charCodeAt(index - 1) : 32;
  return before === 32 || before === 10 || before === 9 || before === 0xa0 || before === 40 || before === 91 ? 'open' : 'close';
}
