import type { FigureFact } from '../../model';

/** What reading at a candidate gave: a figure or none, and where the search goes on. */
export interface FigureRead {
  figure?: FigureFact;
  /** Past the figure, or past a number that was not one. */
  resumeAt: number;
}

export type FigureFields = Omit<FigureFact, 'kind' | 'start' | 'end' | 'text' | 'extent'>;

/**
 * The figure fact for `text[start, end)`; optional fields are left out rather than set to
 * `undefined`. `extentEnd` is where the number with its modifiers ends when the span runs on
 * past it into what is counted or a rate ("100 [Russian companies]", "$105 [a barrel]").
 */
export function makeFigure(text: string, start: number, end: number, fields: FigureFields, extentEnd = end): FigureFact {
  const figure: FigureFact = { kind: 'figure', start, end, text: text.slice(start, end), category: fields.category, value: tidy(fields.value) };
  if (extentEnd > start && extentEnd < end) figure.extent = { start, end: extentEnd, text: text.slice(start, extentEnd).trimEnd() };
  if (fields.valueMax !== undefined) figure.valueMax = tidy(fields.valueMax);
  if (fields.unit !== undefined) figure.unit = fields.unit;
  if (fields.qualifier) figure.qualifier = fields.qualifier;
  if (fields.per !== undefined) figure.per = fields.per;
  return figure;
}

/** Drops binary noise from scaling: 33 × 0.01 is 0.33, not 0.33000000000000002. */
function tidy(value: number): number {
  // Whole numbers have no such noise, and most figures are whole: `toPrecision` was a fifth of
  // the figure reader's time on text dense with numbers.
  if (Number.isInteger(value) && value > 0 && value < 1e12) return value;
  return Number(value.toPrecision(12));
}
