import { extract } from '../../src/core/extract';
import type { CommitmentFact } from '../../src/core/model';
import { loadCommitmentsDev } from './commitmentsDevData';
import { combineCommitmentsDev, scoreCommitmentsDevDocument, type CommitmentsDevReport, type Ratio } from './commitmentsDevScoring';
import { loadSeedGold } from './goldData';
import { matchGreedy, overlaps } from './scoring';

/** Each half of commitments-dev (airbus, apple) and both together, run with each article's own date. */
export function evaluateCommitmentsDev(): Array<{ name: string; report: CommitmentsDevReport }> {
  const halves = loadCommitmentsDev().map(({ name, documents }) => ({
    name,
    report: combineCommitmentsDev(
      documents.map((document) => scoreCommitmentsDevDocument(document, extract(document.text, { referenceDate: document.referenceDate, today: document.referenceDate }))),
    ),
  }));
  return [...halves, { name: 'both', report: combineCommitmentsDev(halves.map((half) => half.report)) }];
}

/**
 * Actor and source right on the shared sample's matched commitments (the seed scorer's matching:
 * same sentence, cue or actor overlapping). The gold's source is an attribution id, an implicit
 * speaker, or null for the reporter's own voice.
 */
export function evaluateSeedActorsAndSources(): { actorRight: Ratio; sourceRight: Ratio } {
  const gold = loadSeedGold();
  const result = extract(gold.text, { referenceDate: gold.referenceDate, today: gold.referenceDate });
  const commitments = result.facts.filter((fact): fact is CommitmentFact => fact.kind === 'commitment');
  const sentenceOf = (offset: number) => gold.sentences.find((s) => s.start <= offset && offset < s.end)?.id;
  const matches = matchGreedy(gold.commitments, commitments, (g, p) => {
    if (sentenceOf(p.cue.start) !== g.sentence) return false;
    const actor = g.actor.start !== undefined && g.actor.end !== undefined ? { start: g.actor.start, end: g.actor.end } : undefined;
    return overlaps(g.cue, p.cue) || (actor !== undefined && p.actor.span !== undefined && overlaps(actor, p.actor.span));
  });
  const actorRight: Ratio = { correct: 0, total: 0, errors: [] };
  const sourceRight: Ratio = { correct: 0, total: 0, errors: [] };
  const norm = (name: string) => name.toLowerCase().replace(/\(.*?\)|['’]s\b|^the\s+/g, '').replace(/\s+/g, ' ').trim();
  gold.commitments.forEach((g, i) => {
    const p = matches[i] >= 0 ? commitments[matches[i]] : undefined;
    if (!p) return;
    actorRight.total++;
    const goldActor = norm(g.actor.text ?? '');
    // The sample's gold leaves a pronoun actor ("It also wants") unresolved: any name stands for it.
    const pronoun = /^(?:it|they|he|she|we)$/.test(goldActor) && !/^(?:it|they|he|she|we)$/i.test(p.actor.name);
    if (pronoun || norm(p.actor.name) === goldActor || norm(p.actor.name).includes(goldActor)) actorRight.correct++;
    else actorRight.errors.push(`seed ${g.id} actor ${JSON.stringify(p.actor.name)}, gold ${JSON.stringify(g.actor.text)}`);
    sourceRight.total++;
    const source = g.source ?? null;
    const attribution = source?.attribution ? gold.attributions.find((a) => a.id === source.attribution) : undefined;
    const right =
      source === null
        ? p.source === undefined
        : attribution
          ? p.source?.span !== undefined && overlaps(p.source.span, attribution.source)
          : p.source !== undefined;
    if (right) sourceRight.correct++;
    else sourceRight.errors.push(`seed ${g.id} source ${JSON.stringify(p.source?.name ?? null)}, gold ${JSON.stringify(source)}`);
  });
  return { actorRight, sourceRight };
}
