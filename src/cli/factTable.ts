import { LineIndex } from '../core/lineIndex';
import type { ExtractionResult, Fact } from '../core/model';
import { quotedForTerminal, visibleForTerminal } from './terminalText';

/** A readable listing: one line per fact with its line:column, kind, quote and reading. */
export function formatFactTable(file: string, text: string, result: ExtractionResult): string {
  const lines = new LineIndex(text);
  const rows = [`${file} — reference date ${result.referenceDate.date} (${result.referenceDate.from}), ${result.facts.length} facts`];
  for (const fact of result.facts) {
    const { line, column } = lines.humanPositionAt(fact.start);
    const where = `${line}:${column}`.padEnd(8);
    rows.push(`  ${where} ${fact.kind.padEnd(10)} ${clip(quotedForTerminal(fact.text), 60).padEnd(62)} ${visibleForTerminal(describe(fact))}`);
  }
  return rows.join('\n');
}

function describe(fact: Fact): string {
  switch (fact.kind) {
    case 'figure': {
      const value = fact.valueMax !== undefined ? `${fact.value}–${fact.valueMax}` : String(fact.value);
      const qualifier = fact.qualifier ? `${fact.qualifier.relation} ` : '';
      return `${qualifier}${value}${fact.unit ? ` ${fact.unit}` : ''}${fact.per ? ` per ${fact.per}` : ''}`;
    }
    case 'date':
    case 'deadline': {
      const resolved = fact.range ? `${fact.range.earliest}..${fact.range.latest}` : fact.due ?? '';
      return `${fact.timex}${fact.bound ? ` ${fact.bound}` : ''}${resolved ? ` → ${resolved}` : ''}`;
    }
    case 'claim':
      return `${fact.source.name} — ${fact.cue.text}`;
    case 'commitment': {
      const due = fact.deadline ? ` (by ${fact.deadline.range?.latest ?? fact.deadline.due ?? fact.deadline.timex})` : '';
      const source = fact.source ? ` — according to ${fact.source.name}` : '';
      return `${fact.actor.name}: ${clip(fact.action, 60)}${due}${source}`;
    }
  }
}

function clip(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
