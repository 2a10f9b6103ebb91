import { extract } from '../../src/core/extract';
import { loadMeantime, loadSeedGold } from './goldData';
import { combineMeantime, scoreMeantimeDocument, scoreSeed, type MeantimeReport, type SeedReport } from './scoring';

/** Runs the core on the seed sample with its byline date, as a user opening it would. */
export function evaluateSeed(): SeedReport {
  const gold = loadSeedGold();
  const result = extract(gold.text, { referenceDate: gold.referenceDate, today: gold.referenceDate });
  return scoreSeed(gold, result);
}

/** Runs the core on every MEANTIME dev article with its creation date as the reference date. */
export function evaluateMeantime(): MeantimeReport {
  const reports = loadMeantime().map((document) => scoreMeantimeDocument(document, extract(document.text, { referenceDate: document.dct, today: document.dct })));
  return combineMeantime(reports);
}
