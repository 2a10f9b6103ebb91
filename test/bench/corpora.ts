import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IsoDate } from '../../src/core/model';
import { findSharedDirectory } from '../eval/goldData';
import { repeatTo } from './sidecarBench';

/** One text with the reference date a system resolves it against. */
export interface BenchDocument {
  text: string;
  referenceDate: IsoDate;
}

export const CORPUS_NAMES = ['seedSample', 'meantime', 'oneMegabyte', 'tenMegabytes'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

export interface Corpus {
  name: CorpusName;
  /** Read in one call per document; the MEANTIME articles each carry their own creation date. */
  documents: BenchDocument[];
  characters: number;
}

export interface Corpora {
  byName: Record<CorpusName, Corpus>;
  /** The MEANTIME texts and the seed sample joined by blank lines: the text the big documents repeat. */
  joined: string;
}

/** The seed sample's byline date; the repeated documents are read against it too. */
const SEED_REFERENCE_DATE = '2022-02-26';

export function loadCorpora(): Corpora {
  const shared = findSharedDirectory();
  if (!shared) throw new Error('../shared/eval was not found beside the project root: the bench corpora come from there.');
  const meantime = readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      // The JSONL's own shape; the bench reads only these two fields.
      const article = JSON.parse(line) as { text: string; dct: string };
      return { text: article.text, referenceDate: article.dct };
    });
  const seed = readFileSync(resolve(shared, 'samples', 'pakistan-russia-2022-02-26.txt'), 'utf8');
  const joined = `${meantime.map((document) => document.text).join('\n\n')}\n\n${seed}`;
  const corpus = (name: CorpusName, documents: BenchDocument[]): Corpus => ({
    name,
    documents,
    characters: documents.reduce((total, document) => total + document.text.length, 0),
  });
  return {
    joined,
    byName: {
      seedSample: corpus('seedSample', [{ text: seed, referenceDate: SEED_REFERENCE_DATE }]),
      meantime: corpus('meantime', meantime),
      oneMegabyte: corpus('oneMegabyte', [{ text: repeatTo(joined, 1_000_000), referenceDate: SEED_REFERENCE_DATE }]),
      tenMegabytes: corpus('tenMegabytes', [{ text: repeatTo(joined, 10_000_000), referenceDate: SEED_REFERENCE_DATE }]),
    },
  };
}
