import type { ClaimFact, CommitmentFact, ExtractionResult, Fact, FigureFact, TemporalFact } from '../../src/core/model';
import type { GoldResolution, MeantimeDocument, SeedGold } from './goldData';

/** Precision, recall and F1 with the counts behind them and the errors for `--errors`. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

export function score(tp: number, fp: number, fn: number, errors: string[] = []): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, errors };
}

export function combine(scores: readonly Score[]): Score {
  const sum = (pick: (s: Score) => number) => scores.reduce((total, s) => total + pick(s), 0);
  return score(sum((s) => s.tp), sum((s) => s.fp), sum((s) => s.fn), scores.flatMap((s) => s.errors));
}

interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * One-to-one greedy matching: each gold item takes the first unmatched prediction the
 * predicate accepts. Returns the index of the matched prediction for each gold item or -1.
 */
export function matchGreedy<G, P>(gold: readonly G[], predicted: readonly P[], accepts: (g: G, p: P) => boolean): number[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const index = predicted.findIndex((p, i) => !used.has(i) && accepts(g, p));
    if (index >= 0) used.add(index);
    return index;
  });
}

const isFigure = (fact: Fact): fact is FigureFact => fact.kind === 'figure';
const isTemporal = (fact: Fact): fact is TemporalFact => fact.kind === 'date' || fact.kind === 'deadline';
const isClaim = (fact: Fact): fact is ClaimFact => fact.kind === 'claim';
const isCommitment = (fact: Fact): fact is CommitmentFact => fact.kind === 'commitment';

function quote(text: string, s: Span): string {
  return JSON.stringify(text.slice(s.start, s.end));
}

// ---------------------------------------------------------------------------------------------
// Seed document
// ---------------------------------------------------------------------------------------------

export interface SeedReport {
  figures: Score;
  temporal: Score;
  /** Share of matched gold temporal expressions resolved correctly (±1 day). */
  resolution: { correct: number; total: number; errors: string[] };
  deadlinesResolved: { correct: number; total: number };
  attribution: Score;
  commitments: Score;
  commitmentDeadlines: { correct: number; total: number };
  trapsReported: string[];
}

export function scoreSeed(gold: SeedGold, result: ExtractionResult): SeedReport {
  const text = gold.text;
  const figures = result.facts.filter(isFigure);
  const temporal = result.facts.filter(isTemporal);

  const figureIgnore = [...gold.figuresOptional, ...gold.temporal, ...gold.temporalOptional];
  const figureMatches = matchGreedy(gold.figures, figures, (g, p) => overlaps(g.core, p));
  const figureErrors: string[] = [];
  gold.figures.forEach((g, i) => figureMatches[i] < 0 && figureErrors.push(`missed figure ${quote(text, g)}`));
  const figureFalse = figures.filter((p, i) => !figureMatches.includes(i) && !figureIgnore.some((g) => overlaps(g, p)));
  figureFalse.forEach((p) => figureErrors.push(`false figure ${quote(text, p)}`));
  const figureScore = score(figureMatches.filter((m) => m >= 0).length, figureFalse.length, figureMatches.filter((m) => m < 0).length, figureErrors);

  const temporalIgnore = [...gold.temporalOptional, ...gold.figures, ...gold.figuresOptional];
  const temporalMatches = matchGreedy(gold.temporal, temporal, (g, p) => overlaps(g, p));
  const temporalErrors: string[] = [];
  gold.temporal.forEach((g, i) => temporalMatches[i] < 0 && temporalErrors.push(`missed temporal ${quote(text, g)}`));
  const temporalFalse = temporal.filter((p, i) => !temporalMatches.includes(i) && !temporalIgnore.some((g) => overlaps(g, p)));
  temporalFalse.forEach((p) => temporalErrors.push(`false temporal ${quote(text, p)} (${p.timex})`));
  const temporalScore = score(temporalMatches.filter((m) => m >= 0).length, temporalFalse.length, temporalMatches.filter((m) => m < 0).length, temporalErrors);

  const resolutionErrors: string[] = [];
  let resolvedCorrectly = 0;
  let deadlinesCorrect = 0;
  let deadlinesTotal = 0;
  gold.temporal.forEach((g, i) => {
    const isDeadline = g.resolved.type.startsWith('deadline');
    if (isDeadline) deadlinesTotal++;
    const predicted = temporalMatches[i] >= 0 ? temporal[temporalMatches[i]] : undefined;
    const correct = predicted !== undefined && resolutionMatches(g.resolved, predicted);
    if (correct) {
      resolvedCorrectly++;
      if (isDeadline) deadlinesCorrect++;
    } else if (predicted) {
      resolutionErrors.push(`wrong resolution of ${quote(text, g)}: ${describeResolution(predicted)}, gold ${JSON.stringify(g.resolved)}`);
    }
  });

  const sentenceOf = (offset: number) => gold.sentences.find((s) => s.start <= offset && offset < s.end)?.id;
  const claims = result.facts.filter(isClaim);
  const requiredAttributions = gold.attributions.filter((a) => !a.optional);
  const optionalAttributions = gold.attributions.filter((a) => a.optional);
  const attributionMatches = matchGreedy(requiredAttributions, claims, (g, p) => sentenceOf(p.source.span.start) === g.sentence && overlaps(g.source, p.source.span));
  const attributionErrors: string[] = [];
  requiredAttributions.forEach((g, i) => attributionMatches[i] < 0 && attributionErrors.push(`missed source ${quote(text, g.source)} in ${g.sentence}`));
  const attributionFalse = claims.filter(
    (p, i) => !attributionMatches.includes(i) && !optionalAttributions.some((g) => overlaps(g.source, p.source.span)),
  );
  attributionFalse.forEach((p) => attributionErrors.push(`false source ${quote(text, p.source.span)} (cue ${p.cue.text})`));
  const attributionScore = score(
    attributionMatches.filter((m) => m >= 0).length,
    attributionFalse.length,
    attributionMatches.filter((m) => m < 0).length,
    attributionErrors,
  );

  const commitments = result.facts.filter(isCommitment);
  const commitmentMatches = matchGreedy(gold.commitments, commitments, (g, p) => {
    if (sentenceOf(p.cue.start) !== g.sentence) return false;
    const deadline = g.deadline ? gold.temporal.find((t) => t.id === g.deadline) : undefined;
    if (deadline && p.deadline && !overlaps(deadline, p.deadline)) return false;
    const actor = g.actor.start !== undefined && g.actor.end !== undefined ? (g.actor as Span) : undefined;
    return overlaps(g.cue, p.cue) || (actor !== undefined && p.actor.span !== undefined && overlaps(actor, p.actor.span));
  });
  const commitmentErrors: string[] = [];
  gold.commitments.forEach((g, i) => commitmentMatches[i] < 0 && commitmentErrors.push(`missed commitment ${g.id} cue ${quote(text, g.cue)}`));
  const optionalNegatives = gold.commitmentNegatives.filter((n) => n.optional);
  const commitmentFalse = commitments.filter((p, i) => !commitmentMatches.includes(i) && !optionalNegatives.some((n) => sentenceOf(p.cue.start) === n.sentence));
  commitmentFalse.forEach((p) => commitmentErrors.push(`false commitment ${quote(text, p.cue)}: ${p.actor.name} — ${p.action}`));
  const commitmentScore = score(commitmentMatches.filter((m) => m >= 0).length, commitmentFalse.length, commitmentMatches.filter((m) => m < 0).length, commitmentErrors);

  let deadlineLinks = 0;
  const withDeadline = gold.commitments.filter((g) => g.deadline);
  for (const g of withDeadline) {
    const index = commitmentMatches[gold.commitments.indexOf(g)];
    const deadline = gold.temporal.find((t) => t.id === g.deadline);
    const predicted = index >= 0 ? commitments[index].deadline : undefined;
    if (deadline && predicted && overlaps(deadline, predicted)) deadlineLinks++;
    else commitmentErrors.push(`commitment ${g.id} not linked to deadline ${g.deadline}`);
  }

  const trapsReported = gold.commitmentNegatives
    .filter((n) => !n.optional)
    .filter((n) => commitments.some((p) => overlaps(n.cue, p.cue) || sentenceOf(p.cue.start) === n.sentence))
    .map((n) => `trap reported as a commitment: ${quote(text, n.cue)}`);

  return {
    figures: figureScore,
    temporal: temporalScore,
    resolution: { correct: resolvedCorrectly, total: gold.temporal.length, errors: resolutionErrors },
    deadlinesResolved: { correct: deadlinesCorrect, total: deadlinesTotal },
    attribution: attributionScore,
    commitments: commitmentScore,
    commitmentDeadlines: { correct: deadlineLinks, total: withDeadline.length },
    trapsReported,
  };
}

function describeResolution(fact: TemporalFact): string {
  return `timex ${fact.timex}${fact.due ? ` due ${fact.due}` : ''}${fact.range ? ` range ${fact.range.earliest}..${fact.range.latest}` : ''}${fact.bound ? ` ${fact.bound}` : ''}`;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function withinOneDay(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(dayNumber(a) - dayNumber(b)) <= 1;
}

/** The interval a TIMEX3 calendar value covers: `1979`, `2019-08`, `2022-02-25`. */
function timexInterval(value: string): [string, string] | undefined {
  const year = /^(\d{4})$/.exec(value);
  if (year) return [`${year[1]}-01-01`, `${year[1]}-12-31`];
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [value, value] : undefined;
}

function predictedInterval(fact: TemporalFact): [string, string] | undefined {
  if (fact.range) return [fact.range.earliest, fact.range.latest];
  if (fact.due) return [fact.due, fact.due];
  return timexInterval(fact.timex);
}

/** The seed gold's rule: ±1 day; ranges on both ends; months and years any date inside or matching bounds. */
export function resolutionMatches(gold: GoldResolution, fact: TemporalFact): boolean {
  const interval = predictedInterval(fact);
  switch (gold.type) {
    case 'date':
      return interval !== undefined && withinOneDay(interval[0], gold.value) && withinOneDay(interval[1], gold.value);
    case 'deadline':
      return withinOneDay(fact.due ?? fact.range?.latest, gold.by);
    case 'deadline_range':
      return withinOneDay(fact.range?.earliest, gold.by_earliest) && withinOneDay(fact.range?.latest, gold.by_latest);
    case 'before':
      return fact.bound === 'before' && (fact.timex === gold.value || withinOneDay(fact.due ?? fact.range?.latest, gold.end_exclusive));
    case 'since':
      return (fact.bound === 'since' || fact.bound === 'after') && (fact.timex === gold.value || withinOneDay(interval?.[0], gold.start));
    case 'year':
    case 'month': {
      const goldInterval = gold.start && gold.end ? ([gold.start, gold.end] as [string, string]) : timexInterval(gold.value ?? '');
      if (!goldInterval || !interval) return false;
      if (interval[0] === interval[1]) return interval[0] >= goldInterval[0] && interval[0] <= goldInterval[1];
      return withinOneDay(interval[0], goldInterval[0]) && withinOneDay(interval[1], goldInterval[1]);
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// MEANTIME dev set
// ---------------------------------------------------------------------------------------------

export interface MeantimeReport {
  temporalRelaxed: Score;
  temporalStrict: Score;
  /** TP only when the span overlaps and the TIMEX3 value equals the gold value. */
  temporalValue: Score;
  figuresRelaxed: Score;
  figuresStrict: Score;
}

export function scoreMeantimeDocument(document: MeantimeDocument, result: ExtractionResult): MeantimeReport {
  const text = document.text;
  // A range read as one expression scores as the range and its two ends, as MEANTIME marks all three.
  const temporal = result.facts.filter(isTemporal).flatMap((fact) => [fact, ...(fact.ends ?? []).map((end): TemporalFact => ({ ...fact, ...end, extent: undefined, ends: undefined }))]);
  const figures = result.facts.filter(isFigure);
  const where = `[${document.doc}]`;

  const relaxed = matchGreedy(document.timex, temporal, (g, p) => overlaps(g, p));
  // Strict compares TIMEX3 extents: "by [2030]" keeps its preposition in the span, not in the extent.
  const strict = matchGreedy(document.timex, temporal, (g, p) => g.start === (p.extent ?? p).start && g.end === (p.extent ?? p).end);
  const relaxedErrors: string[] = [];
  const valueErrors: string[] = [];
  document.timex.forEach((g, i) => {
    if (relaxed[i] < 0) relaxedErrors.push(`${where} missed temporal ${quote(text, g)} (${g.type} ${g.value})`);
    else if (temporal[relaxed[i]].timex !== g.value) {
      valueErrors.push(`${where} wrong value for ${quote(text, g)}: ${temporal[relaxed[i]].timex}, gold ${g.value}`);
    }
  });
  // A temporal prediction overlapping a gold figure is a different reading of a number, not a false date.
  const temporalFalse = temporal.filter((p, i) => !relaxed.includes(i) && !document.figures.some((g) => overlaps(g, p)));
  temporalFalse.forEach((p) => relaxedErrors.push(`${where} false temporal ${quote(text, p)} (${p.timex})`));
  const strictErrors: string[] = [];
  document.timex.forEach((g, i) => {
    if (strict[i] < 0 && relaxed[i] >= 0) strictErrors.push(`${where} temporal extent ${quote(text, temporal[relaxed[i]].extent ?? temporal[relaxed[i]])}, gold ${quote(text, g)}`);
  });
  const strictFalse = temporal.filter((p, i) => !strict.includes(i) && !document.figures.some((g) => overlaps(g, p))).length;
  const valueCorrect = document.timex.filter((g, i) => relaxed[i] >= 0 && temporal[relaxed[i]].timex === g.value).length;
  const predictedCount = relaxed.filter((m) => m >= 0).length + temporalFalse.length;

  const figureRelaxed = matchGreedy(document.figures, figures, (g, p) => overlaps(g, p));
  // Strict compares MEANTIME extents: the number with its modifiers, without what it counts (docs/figure-conventions.md).
  const figureStrict = matchGreedy(document.figures, figures, (g, p) => g.start === (p.extent ?? p).start && g.end === (p.extent ?? p).end);
  const figureErrors: string[] = [];
  document.figures.forEach((g, i) => figureRelaxed[i] < 0 && figureErrors.push(`${where} missed figure ${quote(text, g)} (${g.type})`));
  const figureFalse = figures.filter((p, i) => !figureRelaxed.includes(i) && !document.timex.some((g) => overlaps(g, p)));
  figureFalse.forEach((p) => figureErrors.push(`${where} false figure ${quote(text, p)}`));
  const figureStrictErrors: string[] = [];
  document.figures.forEach((g, i) => {
    if (figureStrict[i] < 0 && figureRelaxed[i] >= 0) figureStrictErrors.push(`${where} figure extent ${quote(text, figures[figureRelaxed[i]].extent ?? figures[figureRelaxed[i]])}, gold ${quote(text, g)} (${g.type})`);
  });
  const figureStrictFalse = figures.filter((p, i) => !figureStrict.includes(i) && !document.timex.some((g) => overlaps(g, p))).length;

  const found = (matches: number[]) => matches.filter((m) => m >= 0).length;
  const missed = (matches: number[]) => matches.filter((m) => m < 0).length;
  return {
    temporalRelaxed: score(found(relaxed), temporalFalse.length, missed(relaxed), relaxedErrors),
    temporalStrict: score(found(strict), strictFalse, missed(strict), strictErrors),
    temporalValue: score(valueCorrect, predictedCount - valueCorrect, document.timex.length - valueCorrect, valueErrors),
    figuresRelaxed: score(found(figureRelaxed), figureFalse.length, missed(figureRelaxed), figureErrors),
    figuresStrict: score(found(figureStrict), figureStrictFalse, missed(figureStrict), figureStrictErrors),
  };
}

export function combineMeantime(reports: readonly MeantimeReport[]): MeantimeReport {
  const pick = (key: keyof MeantimeReport) => combine(reports.map((r) => r[key]));
  return {
    temporalRelaxed: pick('temporalRelaxed'),
    temporalStrict: pick('temporalStrict'),
    temporalValue: pick('temporalValue'),
    figuresRelaxed: pick('figuresRelaxed'),
    figuresStrict: pick('figuresStrict'),
  };
}

