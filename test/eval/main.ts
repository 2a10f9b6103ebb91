import { evaluateCommitmentsDev, evaluateSeedActorsAndSources } from './commitmentsDevEvaluate';
import type { Ratio } from './commitmentsDevScoring';
import { evaluateMeantime, evaluateSeed } from './evaluate';
import type { Score } from './scoring';

/**
 * `npm run eval [-- --errors]`: precision, recall and F1 per category on the seed gold and on
 * MEANTIME dev; with `--errors`, every miss and false hit, for review.
 */
function main(): void {
  const showErrors = process.argv.includes('--errors');
  const seed = evaluateSeed();
  const meantime = evaluateMeantime();
  const rows: Array<[string, Score]> = [
    ['seed figures (relaxed)', seed.figures],
    ['seed temporal (relaxed)', seed.temporal],
    ['seed attribution', seed.attribution],
    ['seed commitments', seed.commitments],
    ['meantime temporal relaxed', meantime.temporalRelaxed],
    ['meantime temporal strict', meantime.temporalStrict],
    ['meantime temporal value', meantime.temporalValue],
    ['meantime figures relaxed', meantime.figuresRelaxed],
    ['meantime figures strict', meantime.figuresStrict],
  ];
  const pad = (value: string, width: number) => value.padEnd(width);
  console.log(`${pad('category', 28)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('TP', 5)} ${pad('FP', 5)} FN`);
  for (const [name, s] of rows) {
    console.log(`${pad(name, 28)} ${pad(s.precision.toFixed(3), 6)} ${pad(s.recall.toFixed(3), 6)} ${pad(s.f1.toFixed(3), 6)} ${pad(String(s.tp), 5)} ${pad(String(s.fp), 5)} ${s.fn}`);
  }
  console.log('relaxed: spans overlap; strict: same extent (TIMEX3 leaves out "by", "since", "in": docs/timex.md; a figure is the number with its modifiers, without what it counts: docs/figure-conventions.md); value: overlap and the same TIMEX3 value');
  console.log(`seed temporal resolved correctly: ${seed.resolution.correct}/${seed.resolution.total}`);
  console.log(`seed deadlines resolved correctly: ${seed.deadlinesResolved.correct}/${seed.deadlinesResolved.total}`);
  console.log(`seed commitments linked to their deadline: ${seed.commitmentDeadlines.correct}/${seed.commitmentDeadlines.total}`);
  console.log(`seed traps reported as commitments: ${seed.trapsReported.length}`);
  const seedDetails = evaluateSeedActorsAndSources();
  console.log(`seed commitments actor right: ${share(seedDetails.actorRight)}, source right: ${share(seedDetails.sourceRight)}`);
  const dev = evaluateCommitmentsDev();
  console.log(`\ncommitments-dev  ${pad('commit P/R/F1', 20)} ${pad('firm R', 14)} ${pad('actor right', 15)} ${pad('source right', 15)} ${pad('deadlines e2e', 15)} ${pad('traps reported', 15)} ${pad('attrib P/R/F1', 20)} attrib source right`);
  for (const { name, report: r } of dev) {
    const prf = (s: Score) => `${s.precision.toFixed(2)}/${s.recall.toFixed(2)}/${s.f1.toFixed(3)}`;
    console.log(`${pad(name, 16)} ${pad(prf(r.commitments), 20)} ${pad(share(r.firmRecall), 14)} ${pad(share(r.actorRight), 15)} ${pad(share(r.sourceRight), 15)} ${pad(share(r.deadlines), 15)} ${pad(share(r.traps), 15)} ${pad(prf(r.attributions), 20)} ${share(r.attributionSourceRight)}`);
  }
  console.log(`  (commitments TP/FP/FN ${dev[dev.length - 1].report.commitments.tp}/${dev[dev.length - 1].report.commitments.fp}/${dev[dev.length - 1].report.commitments.fn}; attributions ${dev[dev.length - 1].report.attributions.tp}/${dev[dev.length - 1].report.attributions.fp}/${dev[dev.length - 1].report.attributions.fn})`);
  if (!showErrors) return;
  const both = dev[dev.length - 1].report;
  console.log('\ncommitments-dev errors:');
  for (const error of [
    ...both.commitments.errors,
    ...both.actorRight.errors,
    ...both.sourceRight.errors,
    ...both.deadlines.errors,
    ...both.traps.errors,
    ...both.attributions.errors,
    ...both.attributionSourceRight.errors,
    ...seedDetails.actorRight.errors,
    ...seedDetails.sourceRight.errors,
  ]) console.log(`  ${error}`);
  console.log('\nErrors:');
  const errors = [
    ...rows.flatMap(([, s]) => s.errors),
    ...seed.resolution.errors,
    ...seed.trapsReported,
  ];
  for (const error of new Set(errors)) console.log(`  ${error}`);
}

function share(r: Ratio): string {
  return `${r.correct}/${r.total} ${r.total === 0 ? '-' : (r.correct / r.total).toFixed(2)}`;
}

main();
