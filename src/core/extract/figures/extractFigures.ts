import type { FigureFact } from '../../model';
import type { ScannedText } from '../scannedText';
import { moveFactOffsets } from '../incremental/shiftFact';
import { readAmount } from './amount';
import { nextCandidate } from './candidates';
import type { FigureRead } from './figureFact';
import { readFraction, readProportion, readVagueCount } from './fractionsAndVagueCounts';

/**
 * Figure extraction: amounts of money, percentages, measures, durations written as adjectives
 * ("three-hour") and counts with what they count ("more than 100 Russian companies").
 *
 * One pass finds where a number may start (digits or a number word, see `candidates.ts`); each
 * candidate is then read by a short grammar of sticky patterns compiled from the tables in
 * `../../tables`: qualifier and currency before it, scale, unit, currency, range, rate and counted
 * noun after it (`amount.ts`). Numbers that name rather than count — models ("S400", "Boeing
 * 747"), ordinals, years, dates, clock times, identifiers — are dropped by shape and context
 * (`notACount.ts`). Temporal phrases such as "in six months" are left to the temporal extractor;
 * only the adjectival "three-year" is a figure here.
 *
 * The text read runs from the first sentence's start to the last one's end, so that a paragraph
 * read again after an edit gives the figures it gives inside the whole document.
 */
export function extractFigures(scanned: ScannedText): FigureFact[] {
  const { text, sentences } = scanned;
  if (sentences.length === 0) return [];
  const start = sentences[0].start;
  const figures = figuresIn(text.slice(start, sentences[sentences.length - 1].end));
  if (start > 0) for (const figure of figures) moveFactOffsets(figure, 0, start);
  return figures;
}

function figuresIn(text: string): FigureFact[] {
  const figures: FigureFact[] = [];
  // Where the last figure ended: the words before the next one may not reach back past it.
  let floor = 0;
  let index = 0;
  for (let candidate = nextCandidate(text, index); candidate; candidate = nextCandidate(text, index)) {
    const read = readFigureAt(text, candidate.start, floor);
    if (read.figure) {
      figures.push(read.figure);
      floor = read.figure.end;
    }
    index = Math.max(candidate.end, read.resumeAt);
  }
  return figures;
}

function readFigureAt(text: string, at: number, floor: number): FigureRead {
  // Fractions and vague counts open with a word ("two-thirds of", "thousands of"), never with digits.
  if (isDigitAt(text, at)) return readProportion(text, at, floor) ?? readAmount(text, at, floor);
  return readProportion(text, at, floor) ?? readFraction(text, at, floor) ?? readVagueCount(text, at, floor) ?? readAmount(text, at, floor);
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
