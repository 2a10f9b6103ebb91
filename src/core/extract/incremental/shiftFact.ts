import type { CommitmentFact, Fact, TemporalFact, TextSpan } from '../../model';

/**
 * Adds `delta` to every offset of a fact at or after `from`, in place: the fact's own span and the spans
 * nested in it (a claim's source and cue, a commitment's actor, cue, deadline and source).
 * Nested spans may lie elsewhere in the document (a source carried from an earlier paragraph),
 * which is why each offset is compared with `from` rather than all shifted together. In place because
 * the incremental cache moves thousands of facts after each keystroke; it owns them, and
 * makes sure no span object is shared between two facts (see `unshared`).
 */
export function moveFactOffsets(fact: Fact, from: number, delta: number): void {
  moveSpan(fact, from, delta);
  if ((fact.kind === 'figure' || fact.kind === 'date' || fact.kind === 'deadline') && fact.extent) moveSpan(fact.extent, from, delta);
  if ((fact.kind === 'date' || fact.kind === 'deadline') && fact.ends) for (const end of fact.ends) moveSpan(end, from, delta);
  if (fact.kind === 'claim') {
    moveSpan(fact.source.span, from, delta);
    moveSpan(fact.cue, from, delta);
  } else if (fact.kind === 'commitment') {
    moveSpan(fact.cue, from, delta);
    if (fact.actor.span) moveSpan(fact.actor.span, from, delta);
    if (fact.deadline) moveFactOffsets(fact.deadline, from, delta);
    if (fact.source?.span) moveSpan(fact.source.span, from, delta);
  }
}

/**
 * A commitment whose nested spans are its own copies: extraction shares objects between facts
 * (its deadline is the temporal fact itself, its source span is the claim's), which moving in
 * place would move twice. Claims share nothing.
 */
export function unshared(fact: CommitmentFact): CommitmentFact {
  return {
    ...fact,
    cue: { ...fact.cue },
    actor: fact.actor.span ? { ...fact.actor, span: { ...fact.actor.span } } : { ...fact.actor },
    ...(fact.deadline ? { deadline: unsharedTemporal(fact.deadline) } : {}),
    ...(fact.source ? { source: fact.source.span ? { ...fact.source, span: { ...fact.source.span } } : { ...fact.source } } : {}),
  };
}

function unsharedTemporal(fact: TemporalFact): TemporalFact {
  const copy = { ...fact };
  if (fact.extent) copy.extent = { ...fact.extent };
  if (fact.ends) copy.ends = fact.ends.map((end) => ({ ...end }));
  return copy;
}

function moveSpan(span: Pick<TextSpan, 'start' | 'end'>, from: number, delta: number): void {
  if (span.start >= from) span.start += delta;
  if (span.end >= from) span.end += delta;
}
