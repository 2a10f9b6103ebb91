import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OffsetMap } from '../../src/core/offsets';

/**
 * Loads the shared evaluation data (`../shared/eval` beside the project root). Offsets are
 * converted to JS offsets on load so every scorer compares like with like.
 */

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface SeedGold {
  text: string;
  referenceDate: string;
  sentences: Array<GoldSpan & { id: string }>;
  figures: Array<{ id: string; core: GoldSpan } & GoldSpan>;
  figuresOptional: GoldSpan[];
  figureNegatives: GoldSpan[];
  temporal: Array<{ id: string; resolved: GoldResolution } & GoldSpan>;
  temporalOptional: GoldSpan[];
  attributions: Array<{ id: string; sentence: string; source: GoldSpan; optional?: boolean }>;
  commitments: Array<{
    id: string;
    sentence: string;
    cue: GoldSpan;
    actor: Partial<GoldSpan>;
    deadline: string | null;
    /** An attribution's id, an implicit speaker, or null for the reporter's own voice. */
    source?: { attribution?: string; implicit?: string } | null;
  }>;
  commitmentNegatives: Array<{ sentence: string; cue: GoldSpan; optional?: boolean }>;
}

export interface GoldResolution {
  type: string;
  value?: string;
  start?: string;
  end?: string;
  end_exclusive?: string;
  by?: string;
  by_earliest?: string;
  by_latest?: string;
}

export interface MeantimeTimex extends GoldSpan {
  type: string;
  value: string;
}

export interface MeantimeDocument {
  doc: string;
  dct: string;
  text: string;
  timex: MeantimeTimex[];
  figures: Array<GoldSpan & { type: string }>;
}

export function sharedDirectory(): string {
  return resolve(__dirname, '..', '..', '..', 'shared');
}

export function findSharedDirectory(): string | undefined {
  const candidates = [resolve(process.cwd(), '..', 'shared'), sharedDirectory(), resolve(__dirname, '..', '..', 'shared')];
  return candidates.find((candidate) => existsSync(resolve(candidate, 'eval', 'seed-gold.json')));
}

function requireShared(): string {
  const directory = findSharedDirectory();
  if (!directory) throw new Error('The shared evaluation data (../shared/eval) was not found beside the project root.');
  return directory;
}

export function seedSamplePath(): string {
  return resolve(requireShared(), 'samples', 'pakistan-russia-2022-02-26.txt');
}

export function loadSeedGold(): SeedGold {
  const shared = requireShared();
  // The gold file's own shape; only the fields above are read.
  const raw = JSON.parse(readFileSync(resolve(shared, 'eval', 'seed-gold.json'), 'utf8')) as Record<string, unknown>;
  const text = readFileSync(seedSamplePath(), 'utf8');
  const list = <T>(key: string): T[] => (raw[key] as T[] | undefined) ?? [];
  return {
    text,
    referenceDate: String(raw.reference_date),
    sentences: list('sentences'),
    figures: list('figures'),
    figuresOptional: list('figures_optional'),
    figureNegatives: list('figure_negatives'),
    temporal: list('temporal'),
    temporalOptional: list('temporal_optional'),
    attributions: list('attributions'),
    commitments: list('commitments'),
    commitmentNegatives: list('commitment_negatives'),
  };
}

export function loadMeantime(): MeantimeDocument[] {
  const shared = requireShared();
  const lines = readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8').split('\n').filter((line) => line.trim());
  return lines.map((line) => {
    const document = JSON.parse(line) as MeantimeDocument;
    const offsets = new OffsetMap(document.text);
    const toJs = <T extends GoldSpan>(span: T): T => ({ ...span, start: offsets.toUtf16(span.start), end: offsets.toUtf16(span.end) });
    return { ...document, timex: document.timex.map(toJs), figures: document.figures.map(toJs) };
  });
}
