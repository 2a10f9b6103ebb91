import { strict as assert } from 'node:assert';
import { evaluateCommitmentsDev, evaluateSeedActorsAndSources } from './commitmentsDevEvaluate';
import type { CommitmentsDevReport, Ratio } from './commitmentsDevScoring';
import { evaluateMeantime, evaluateSeed } from './evaluate';
import type { MeantimeReport, SeedReport } from './scoring';

/**
 * The accuracy bars of the foundation issue, read from ../shared/eval. A drop below a bar fails
 * the test suite; `npm run eval -- --errors` lists what went wrong.
 */
describe('accuracy bars', function () {
  this.timeout(60_000);
  let seed: SeedReport;
  let meantime: MeantimeReport;
  before(() => {
    seed = evaluateSeed();
    meantime = evaluateMeantime();
  });

  const atLeast = (actual: number, bar: number, what: string, errors: string[] = []) =>
    assert.ok(actual >= bar, `${what} ${actual.toFixed(3)} is below ${bar}\n  ${errors.slice(0, 15).join('\n  ')}`);

  it('seed: figures F1 ≥ 0.95', () => atLeast(seed.figures.f1, 0.95, 'figures F1', seed.figures.errors));
  it('seed: temporal F1 ≥ 0.95', () => atLeast(seed.temporal.f1, 0.95, 'temporal F1', seed.temporal.errors));
  it('seed: every deadline resolved correctly', () =>
    assert.equal(seed.deadlinesResolved.correct, seed.deadlinesResolved.total, seed.resolution.errors.join('\n')));
  it('seed: attribution F1 ≥ 0.9', () => atLeast(seed.attribution.f1, 0.9, 'attribution F1', seed.attribution.errors));
  it('seed: commitments F1 ≥ 0.8', () => atLeast(seed.commitments.f1, 0.8, 'commitment F1', seed.commitments.errors));
  it('seed: no trap reported as a commitment', () => assert.deepEqual(seed.trapsReported, []));
  // Measured on meantime-dev, floored; issue 17 asks 0.97 / 0.94 / 0.93 and 0.96 / 0.80 (docs/timex.md, docs/figure-conventions.md).
  it('meantime: temporal relaxed F1 ≥ 0.97', () => atLeast(meantime.temporalRelaxed.f1, 0.97, 'temporal relaxed F1', meantime.temporalRelaxed.errors));
  it('meantime: temporal strict F1 ≥ 0.95', () => atLeast(meantime.temporalStrict.f1, 0.95, 'temporal strict F1', meantime.temporalStrict.errors));
  it('meantime: temporal value F1 ≥ 0.93', () => atLeast(meantime.temporalValue.f1, 0.93, 'temporal value F1', meantime.temporalValue.errors));
  it('meantime: figures relaxed F1 ≥ 0.97', () => atLeast(meantime.figuresRelaxed.f1, 0.97, 'figures relaxed F1', meantime.figuresRelaxed.errors));
  it('meantime: figures strict F1 ≥ 0.86', () => atLeast(meantime.figuresStrict.f1, 0.86, 'figures strict F1', meantime.figuresStrict.errors));
});

/**
 * The bars of the commitments issue, set at the level the general rules reach on commitments-dev
 * (60 articles; every one meets the target). A drop below a bar fails the suite; `npm run eval --
 * --errors` lists every miss.
 */
describe('commitment and attribution bars', function () {
  this.timeout(60_000);
  let dev: CommitmentsDevReport;
  let seedDetails: { actorRight: Ratio; sourceRight: Ratio };
  let seed: SeedReport;
  before(() => {
    const halves = evaluateCommitmentsDev();
    dev = halves[halves.length - 1].report;
    seedDetails = evaluateSeedActorsAndSources();
    seed = evaluateSeed();
  });
  const share = (ratio: Ratio) => (ratio.total === 0 ? 1 : ratio.correct / ratio.total);
  const atLeast = (actual: number, bar: number, what: string, errors: string[]) =>
    assert.ok(actual >= bar, `${what} ${actual.toFixed(3)} is below ${bar}\n  ${errors.slice(0, 15).join('\n  ')}`);

  it('commitments-dev: commitments F1 ≥ 0.85', () => atLeast(dev.commitments.f1, 0.85, 'commitments F1', dev.commitments.errors));
  it('commitments-dev: actor right on ≥ 0.95 of matches', () => atLeast(share(dev.actorRight), 0.95, 'actor right', dev.actorRight.errors));
  it('commitments-dev: source right on ≥ 0.87 of matches', () => atLeast(share(dev.sourceRight), 0.87, 'source right', dev.sourceRight.errors));
  it('commitments-dev: ≥ 0.87 of gold deadlines reached and resolved right', () => atLeast(share(dev.deadlines), 0.87, 'deadlines end to end', dev.deadlines.errors));
  it('commitments-dev: at most 4 % of traps reported as commitments', () =>
    assert.ok(share(dev.traps) <= 0.04, `${dev.traps.correct} of ${dev.traps.total} traps reported\n  ${dev.traps.errors.slice(0, 15).join('\n  ')}`));
  it('commitments-dev: attributions F1 ≥ 0.99', () => atLeast(dev.attributions.f1, 0.99, 'attributions F1', dev.attributions.errors));
  it('commitments-dev: attribution source right on ≥ 0.96 of matches', () =>
    atLeast(share(dev.attributionSourceRight), 0.96, 'attribution source right', dev.attributionSourceRight.errors));
  it('seed: commitments F1 ≥ 0.95', () => atLeast(seed.commitments.f1, 0.95, 'seed commitments F1', seed.commitments.errors));
  it('seed: commitment actors right on ≥ 0.95 of matches', () => atLeast(share(seedDetails.actorRight), 0.95, 'seed actor right', seedDetails.actorRight.errors));
  it('seed: commitment sources right on every match', () => atLeast(share(seedDetails.sourceRight), 1, 'seed source right', seedDetails.sourceRight.errors));
});
