import type { ModelResult } from '@microsoft/recognizers-text';
import { Culture, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import type { Fact, FigureCategory, FigureFact, TemporalFact, TimexType } from '../../../src/core/model';
import { localNoon, type BenchSystem } from './benchSystem';

/**
 * Microsoft Recognizers-Text, English, run line by line (its models are written for utterances,
 * not documents). The suite's `recognizeDateTime` & co. build a new recognizer on every call
 * (~40 ms each once warm), so the models are built once here from the suite's own packages
 * (`@microsoft/recognizers-text-date-time`, `-number`, `-number-with-unit`, installed with it).
 */
export function createRecognizersSystem(): BenchSystem {
  const dateTime = new DateTimeRecognizer(Culture.English).getDateTimeModel();
  const numbers = new NumberRecognizer(Culture.English);
  const withUnits = new NumberWithUnitRecognizer(Culture.English);
  const figureModels: Array<{ category: FigureCategory; model: { parse(line: string): ModelResult[] } }> = [
    { category: 'money', model: withUnits.getCurrencyModel() },
    { category: 'percent', model: numbers.getPercentageModel() },
    { category: 'quantity', model: withUnits.getDimensionModel() },
  ];
  const numberModel = numbers.getNumberModel();
  return {
    name: 'recognizers',
    extract(text, referenceDate) {
      const reference = localNoon(referenceDate);
      const facts: Fact[] = [];
      for (const line of linesOf(text)) {
        const temporal = dateTime.parse(line.text, reference).map((result) => toTemporalFact(result, line));
        const withUnit = figureModels.flatMap(({ category, model }) => model.parse(line.text).flatMap((result) => toFigureFact(result, line, category)));
        // A bare number inside a date, an amount or a percentage is part of that reading, not a second figure.
        const taken = [...temporal, ...withUnit];
        const counts = numberModel
          .parse(line.text)
          .flatMap((result) => toFigureFact(result, line, 'count'))
          .filter((count) => !taken.some((other) => count.start < other.end && other.start < count.end));
        facts.push(...temporal, ...withUnit, ...counts);
      }
      facts.sort((a, b) => a.start - b.start || b.end - a.end);
      return { referenceDate: { date: referenceDate, from: 'caller' }, facts, sentences: [] };
    },
  };
}

interface Line {
  text: string;
  start: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) yield { text: line, start };
    start += line.length + 1;
  }
}

/** Recognizers' `end` is inclusive and its `text` lower-cased: the span is rebuilt from `start`/`end`. */
function spanOf(result: ModelResult, line: Line): { start: number; end: number; text: string } {
  return { start: line.start + result.start, end: line.start + result.end + 1, text: line.text.slice(result.start, result.end + 1) };
}

const TIMEX_TYPES: Record<string, TimexType> = {
  'datetimeV2.date': 'DATE',
  'datetimeV2.daterange': 'DATE',
  'datetimeV2.time': 'TIME',
  'datetimeV2.timerange': 'TIME',
  'datetimeV2.datetime': 'TIME',
  'datetimeV2.datetimerange': 'TIME',
  'datetimeV2.duration': 'DURATION',
  'datetimeV2.set': 'SET',
};

interface DateTimeValue {
  timex?: string;
  value?: string;
}

function toTemporalFact(result: ModelResult, line: Line): TemporalFact {
  // `resolution` is typed `{ [key: string]: any }` and is sometimes null; a datetimeV2 result carries `values`.
  const values = (result.resolution?.values as DateTimeValue[] | undefined) ?? [];
  // An ambiguous reading ("Tuesday") lists the past date first, then the future one; take the first.
  const first = values[0] ?? {};
  let timex = first.timex ?? '';
  // An underspecified TIMEX (`XXXX-WXX-2`) with a resolved date is scored by that date.
  if (timex.includes('X') && first.value && /^\d{4}-\d{2}-\d{2}$/.test(first.value)) timex = first.value;
  return {
    kind: 'date',
    ...spanOf(result, line),
    timexType: TIMEX_TYPES[result.typeName] ?? 'DATE',
    timex,
    derivation: `recognizers ${result.typeName}`,
  };
}

function toFigureFact(result: ModelResult, line: Line, category: FigureCategory): FigureFact[] {
  const raw: unknown = result.resolution?.value;
  // "per cent" alone comes back as a currency ("cent") with no value: not a figure.
  if (typeof raw !== 'string') return [];
  const value = Number(raw.replace(/%$/, ''));
  if (!Number.isFinite(value)) return [];
  const unit: unknown = result.resolution?.unit;
  return [{ kind: 'figure', ...spanOf(result, line), category, value, ...(typeof unit === 'string' ? { unit } : {}) }];
}
