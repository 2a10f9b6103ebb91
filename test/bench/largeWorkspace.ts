/**
 * The workspace of issue #20's freeze, generated: five short news seeds that report the same
 * commitments and figures with their own bylines and values, a shared sample, and one long seed
 * of concatenated news that repeats the short articles. Every copy of a figure in the long seed
 * is joined to the short seeds' figure, so conflicts have hundreds of members.
 */
export interface GeneratedDocument {
  name: string;
  text: string;
}

/** Bylines and values of the short seeds: each one disagrees with the others on the repair plan, the berth and the deadlines. */
const VARIANTS: ReadonlyArray<{ byline: string; million: number; metres: number }> = [
  { byline: 'March 14, 2024', million: 48, metres: 640 },
  { byline: 'April 2, 2024', million: 53, metres: 680 },
  { byline: 'May 20, 2024', million: 58, metres: 720 },
  { byline: 'January 8, 2025', million: 63, metres: 760 },
  { byline: 'June 30, 2023', million: 68, metres: 800 },
];

/** The five short seeds, rewritten from the harbour fixture (whose byline is March 14, 2024). */
export function shortSeeds(harbour: string): GeneratedDocument[] {
  return VARIANTS.map((variant, index) => ({
    name: `harbour-report-${index + 1}.txt`,
    text: harbour.replace('March 14, 2024', variant.byline).replace('$48 million', `$${variant.million} million`).replace('640-metre', `${variant.metres}-metre`),
  }));
}

/**
 * A long seed of at most `bytes` of UTF-8 (the extension does not read a file over
 * `seedmark.maxDocumentSizeMB`, 5 MB by default): the other news (`fillers`) and the short seeds
 * in turn, so the short articles repeat every few dozen kilobytes.
 */
export function longSeed(bytes: number, shorts: readonly GeneratedDocument[], fillers: readonly string[]): string {
  const parts = [...fillers, ...shorts.map((document) => document.text)];
  const encoder = new TextEncoder();
  const sizes = parts.map((part) => encoder.encode(part).length + 2);
  const chunks: string[] = [];
  for (let index = 0, size = 0; size + sizes[index % parts.length] <= bytes; index++) {
    chunks.push(parts[index % parts.length]);
    size += sizes[index % parts.length];
  }
  return chunks.join('\n\n');
}

/** The whole workspace: the long seed first, then the sample, then the short seeds. */
export function largeWorkspace(options: { harbour: string; sample: string; fillers: readonly string[]; bytes: number }): GeneratedDocument[] {
  const shorts = shortSeeds(options.harbour);
  return [{ name: 'news-archive.txt', text: longSeed(options.bytes, shorts, options.fillers) }, { name: 'sample.txt', text: options.sample }, ...shorts];
}
