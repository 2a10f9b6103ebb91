import type { ClaimFact, CommitmentFact, ExtractionResult, TemporalFact } from '../../src/core/model';
import type { DevActor, DevAttribution, DevCommitment, DevDocument, DevResolution } from './commitmentsDevData';
import { combine, overlaps, score, type Score } from './scoring';

/**
 * Scores commitments and attributions against the commitments-dev gold under the rules of
 * commitments-guidelines.md: optional items neither earn nor cost, debatable ones count (recall
 * without them is reported too), a deadline counts end to end only when a found commitment
 * carries it and resolves it right.
 */

export interface Ratio {
  correct: number;
  total: number;
  errors: string[];
}

export interface CommitmentsDevReport {
  commitments: Score;
  /** Recall on the gold commitments that are neither optional nor debatable. */
  firmRecall: Ratio;
  actorRight: Ratio;
  sourceRight: Ratio;
  deadlines: Ratio;
  traps: Ratio;
  attributions: Score;
  attributionSourceRight: Ratio;
}

interface Spanned {
  start: number;
  end: number;
}

const ratio = (): Ratio => ({ correct: 0, total: 0, errors: [] });

export function scoreCommitmentsDevDocument(document: DevDocument, result: ExtractionResult): CommitmentsDevReport {
  const where = `[${document.file.slice(0, 40)}]`;
  const text = document.text;
  const quote = (s: Spanned) => JSON.stringify(text.slice(s.start, s.end));
  const predicted = result.facts.filter((f): f is CommitmentFact => f.kind === 'commitment');
  const claims = result.facts.filter((f): f is ClaimFact => f.kind === 'claim');

  // Commitments: cue overlap first, then a cue inside the gold item; required items before optional ones.
  const gold = document.commitments;
  const order = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  const matchOf = new Map<DevCommitment, CommitmentFact>();
  const used = new Set<CommitmentFact>();
  const passes: Array<(g: DevCommitment, p: CommitmentFact) => boolean> = [
    (g, p) => g.cue !== null && overlaps(g.cue, p.cue),
    (g, p) => p.cue.start >= g.start && p.cue.end <= g.end,
  ];
  for (const accepts of passes) {
    for (const g of order) {
      if (matchOf.has(g)) continue;
      const found = predicted.find((p) => !used.has(p) && accepts(g, p));
      if (found) {
        matchOf.set(g, found);
        used.add(found);
      }
    }
  }
  const errors: string[] = [];
  const required = gold.filter((g) => !g.optional);
  let tp = 0;
  let fn = 0;
  const firmRecall = ratio();
  const actorRight = ratio();
  const sourceRight = ratio();
  const deadlines = ratio();
  for (const g of required) {
    const p = matchOf.get(g);
    if (!g.debatable) {
      firmRecall.total++;
      if (p) firmRecall.correct++;
    }
    if (g.deadline) deadlines.total++;
    if (!p) {
      fn++;
      errors.push(`${where} missed commitment ${g.id}${g.debatable ? ' (debatable)' : ''} cue ${g.cue ? quote(g.cue) : '-'} in ${quote(g)}`);
      if (g.deadline) deadlines.errors.push(`${where} ${g.id} deadline ${quote(g.deadline)} not reached (commitment missed)`);
      continue;
    }
    tp++;
    actorRight.total++;
    if (actorMatches(g.actor, p.actor.name)) actorRight.correct++;
    else actorRight.errors.push(`${where} ${g.id} actor ${JSON.stringify(p.actor.name)}, gold ${describeActor(g.actor)}`);
    sourceRight.total++;
    if (sourceMatches(g, p)) sourceRight.correct++;
    else sourceRight.errors.push(`${where} ${g.id} source ${JSON.stringify(p.source?.name ?? null)}, gold ${JSON.stringify(g.source === null ? null : 'implicit' in g.source ? g.source.implicit : g.source.text)}`);
    if (g.deadline) {
      const d = p.deadline;
      if (d && overlaps(d, g.deadline) && resolutionRight(g.deadline.resolved, d)) deadlines.correct++;
      else deadlines.errors.push(`${where} ${g.id} deadline ${quote(g.deadline)} ${JSON.stringify(g.deadline.resolved)}: found ${d ? `${quote(d)} ${describe(d)}` : 'none'}`);
    }
  }
  const matched = new Set(matchOf.values());
  const optionalTraps = document.traps.filter((t) => t.optional);
  const falseHits = predicted.filter((p) => !matched.has(p) && !optionalTraps.some((t) => overlaps(t, p.cue)));
  for (const p of falseHits) errors.push(`${where} false commitment ${quote(p.cue)}: ${p.actor.name} — ${p.action}`);

  const traps = ratio();
  for (const t of document.traps.filter((trap) => !trap.optional)) {
    traps.total++;
    const hit = predicted.find((p) => !matched.has(p) && overlaps(t, p.cue));
    if (hit) {
      traps.correct++;
      traps.errors.push(`${where} trap ${t.id} reported (${t.why}): ${quote(hit.cue)} in ${quote(t)}`);
    }
  }

  const attributionReport = scoreAttributions(document, claims, where, quote);
  return {
    commitments: score(tp, falseHits.length, fn, errors),
    firmRecall,
    actorRight,
    sourceRight,
    deadlines,
    traps,
    ...attributionReport,
  };
}

function scoreAttributions(
  document: DevDocument,
  claims: readonly ClaimFact[],
  where: string,
  quote: (s: Spanned) => string,
): { attributions: Score; attributionSourceRight: Ratio } {
  const gold = document.attributions;
  const order = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  const matchOf = new Map<DevAttribution, ClaimFact>();
  const used = new Set<ClaimFact>();
  const passes: Array<(g: DevAttribution, p: ClaimFact) => boolean> = [
    (g, p) => g.cue !== null && overlaps(g.cue, p.cue),
    (g, p) => overlaps(g, p) && 'start' in g.source && overlaps(g.source, p.source.span),
  ];
  for (const accepts of passes) {
    for (const g of order) {
      if (matchOf.has(g)) continue;
      const found = claims.find((p) => !used.has(p) && accepts(g, p));
      if (found) {
        matchOf.set(g, found);
        used.add(found);
      }
    }
  }
  const errors: string[] = [];
  const sourceRight = ratio();
  let tp = 0;
  let fn = 0;
  for (const g of gold.filter((a) => !a.optional)) {
    const p = matchOf.get(g);
    if (!p) {
      fn++;
      errors.push(`${where} missed attribution ${g.id} cue ${g.cue ? quote(g.cue) : '-'} source ${JSON.stringify(g.source.text)} in ${quote(g)}`);
      continue;
    }
    tp++;
    sourceRight.total++;
    const goldSource = g.source;
    const right =
      'implicit' in goldSource
        ? namesMatch(p.source.name, goldSource.text)
        : goldSource.resolved
          ? namesMatch(p.source.name, goldSource.resolved) || (!p.pronoun && overlaps(goldSource, p.source.span) && !goldSource.pronoun)
          : overlaps(goldSource, p.source.span);
    if (right) sourceRight.correct++;
    else sourceRight.errors.push(`${where} ${g.id} source ${JSON.stringify(p.source.name)}, gold ${JSON.stringify(goldSource.text)}`);
  }
  const matched = new Set(matchOf.values());
  const falseHits = claims.filter((p) => !matched.has(p));
  for (const p of falseHits) errors.push(`${where} false attribution ${quote(p.source.span)} cue ${quote(p.cue)}`);
  return { attributions: score(tp, falseHits.length, fn, errors), attributionSourceRight: sourceRight };
}

/** Lower case, no leading article, no possessive, no punctuation: how names are compared here. */
function normalisedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s?\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');
}

/** Equal, or one holds the other as whole words (a parent's name in a longer one: "Boeing" in "Boeing Co"). */
function namesMatch(predicted: string, gold: string): boolean {
  const p = normalisedName(predicted);
  const g = normalisedName(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const words = (s: string) => s.split(' ').length;
  if (` ${p} `.includes(` ${g} `)) return words(p) <= words(g) + 3;
  return ` ${g} `.includes(` ${p} `) && !GENERIC.has(p);
}

const GENERIC = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'company', 'airline', 'government', 'firm', 'group']);

function actorMatches(gold: DevActor, predicted: string): boolean {
  const names = [gold.text, ...('resolved' in gold && gold.resolved ? [gold.resolved] : []), ...(gold.aliases ?? [])];
  if ('resolved' in gold && gold.resolved && GENERIC.has(normalisedName(gold.text))) names.shift();
  return names.some((name) => namesMatch(predicted, name));
}

function describeActor(actor: DevActor): string {
  const resolved = 'resolved' in actor && actor.resolved ? ` → ${actor.resolved}` : '';
  return `${JSON.stringify(actor.text)}${'implicit' in actor ? ' (implicit)' : ''}${resolved}`;
}

function sourceMatches(gold: DevCommitment, predicted: CommitmentFact): boolean {
  const source = gold.source;
  const found = predicted.source;
  if (source === null) return found === undefined;
  if (!found) return false;
  if ('implicit' in source) return namesMatch(found.name, source.implicit);
  if (found.span && overlaps(found.span, source)) return true;
  return namesMatch(found.name, source.resolved ?? source.text);
}

function describe(fact: TemporalFact): string {
  return `(${fact.timex}${fact.due ? ` due ${fact.due}` : ''}${fact.range ? ` ${fact.range.earliest}..${fact.range.latest}` : ''})`;
}

const DAY_MS = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const near = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && Math.abs(day(a) - day(b)) <= 1;
const inside = (date: string, from: string, to: string) => day(date) >= day(from) - 1 && day(date) <= day(to) + 1;

/** The resolution rules of commitments-guidelines.md §7: ±1 day; windows want a date inside or a range inside. */
export function resolutionRight(gold: DevResolution, fact: TemporalFact): boolean {
  const earliest = fact.range?.earliest ?? fact.due;
  const latest = fact.range?.latest ?? fact.due;
  switch (gold.type) {
    case 'date':
      return near(earliest, gold.value) && near(latest, gold.value);
    case 'deadline':
      return near(fact.due ?? fact.range?.latest, gold.by);
    case 'deadline_range':
      return near(fact.range?.earliest, gold.by_earliest) && near(fact.range?.latest, gold.by_latest);
    default: {
      const from = gold.accept_from ?? gold.start;
      const to = gold.accept_to ?? gold.end;
      if (!from || !to || !earliest || !latest) return false;
      if (fact.due) return inside(fact.due, from, to);
      return inside(earliest, from, to) && inside(latest, from, to);
    }
  }
}

export function combineCommitmentsDev(reports: readonly CommitmentsDevReport[]): CommitmentsDevReport {
  const sumRatio = (pick: (r: CommitmentsDevReport) => Ratio): Ratio => ({
    correct: reports.reduce((n, r) => n + pick(r).correct, 0),
    total: reports.reduce((n, r) => n + pick(r).total, 0),
    errors: reports.flatMap((r) => pick(r).errors),
  });
  return {
    commitments: combine(reports.map((r) => r.commitments)),
    firmRecall: sumRatio((r) => r.firmRecall),
    actorRight: sumRatio((r) => r.actorRight),
    sourceRight: sumRatio((r) => r.sourceRight),
    deadlines: sumRatio((r) => r.deadlines),
    traps: sumRatio((r) => r.traps),
    attributions: combine(reports.map((r) => r.attributions)),
    attributionSourceRight: sumRatio((r) => r.attributionSourceRight),
  };
}
