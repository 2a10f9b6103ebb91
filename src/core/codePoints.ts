import { OffsetMap } from './offsets';

/**
 * Returns a deep copy of `value` in which every `{ start, end }` pair of numbers (a span, at any
 * depth) is expressed in code points instead of UTF-16 offsets. Used where facts leave the
 * process (CLI JSON, exports), so nested spans such as a claim's source follow too.
 */
export function withCodePointOffsets<T>(text: string, value: T): T {
  const offsets = new OffsetMap(text);
  return convert(value, offsets) as T;
}

function convert(value: unknown, offsets: OffsetMap): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, offsets));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) copy[key] = convert(item, offsets);
  if (typeof source.start === 'number' && typeof source.end === 'number') {
    copy.start = offsets.toCodePoint(source.start);
    copy.end = offsets.toCodePoint(source.end);
  }
  return copy;
}
