import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { TemporalFact } from '../../../src/core/model';
import { localNoon, type BenchSystem } from './benchSystem';

/**
 * chrono-node's casual English parser over the whole text. It finds dates and times only, so it
 * has no figures; its TIMEX value is built from the components it says it is certain of.
 */
export function createChronoSystem(): BenchSystem {
  return {
    name: 'chrono',
    extract: (text, referenceDate) => ({
      referenceDate: { date: referenceDate, from: 'caller' },
      facts: chrono.parse(text, localNoon(referenceDate)).map(toTemporalFact),
      sentences: [],
    }),
  };
}

function toTemporalFact(result: ParsedResult): TemporalFact {
  const hasTime = result.start.isCertain('hour');
  return {
    kind: 'date',
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
    timexType: hasTime ? 'TIME' : 'DATE',
    timex: timexOf(result.start),
    derivation: 'chrono-node',
  };
}

/**
 * "March 2008" → `2008-03`, "2009" → `2009`, "Tuesday" → the full date chrono implied from the
 * reference; a certain hour adds `THH:MM`. The coarsest certain component decides the precision.
 */
export function timexOf(components: ParsedComponents): string {
  const two = (value: number | null) => String(value ?? 0).padStart(2, '0');
  const year = String(components.get('year') ?? 0).padStart(4, '0');
  const month = `${year}-${two(components.get('month'))}`;
  const day = `${month}-${two(components.get('day'))}`;
  const certain = (component: 'day' | 'weekday' | 'month' | 'year' | 'hour') => components.isCertain(component);
  if (certain('hour')) return `${day}T${two(components.get('hour'))}:${two(components.get('minute'))}`;
  if (certain('day') || certain('weekday')) return day;
  if (certain('month')) return month;
  if (certain('year')) return year;
  // Relative words ("now", "tonight") mark nothing certain; the implied day is chrono's reading.
  return day;
}
