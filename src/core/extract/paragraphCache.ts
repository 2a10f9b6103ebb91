import type { FigureFact, ReferenceDate, Sentence, TemporalFact } from '../model';
import { extractFigures } from './figures';
import { extractTemporal } from './temporal';

interface LocalFacts {
  /** Offsets relative to the paragraph's start, so the entry is valid wherever the paragraph moves. */
  temporal: TemporalFact[];
  figures: FigureFact[];
}

/**
 * Remembers the figures and temporal expressions of each paragraph by its text (and the
 * reference date), so re-extracting after an edit only reads the paragraphs that changed.
 * Both kinds are local to a paragraph; attribution and commitments carry context from one
 * paragraph to the next and are recomputed whole (they are the cheap part).
 */
export class ParagraphFactCache {
  private entries = new Map<string, LocalFacts>();
  /** Paragraphs read by the last extraction; used to measure what an edit cost. */
  lastMisses = 0;

  localFacts(text: string, sentences: readonly Sentence[], reference: ReferenceDate): { temporal: TemporalFact[]; figures: FigureFact[] } {
    const next = new Map<string, LocalFacts>();
    const temporal: TemporalFact[] = [];
    const figures: FigureFact[] = [];
    this.lastMisses = 0;
    for (const paragraph of paragraphsOf(sentences)) {
      const paragraphText = text.slice(paragraph.start, paragraph.end);
      const key = `${reference.date}\u0000${reference.from}\u0000${paragraphText}`;
      let local = next.get(key) ?? this.entries.get(key);
      if (!local) {
        this.lastMisses++;
        local = {
          temporal: extractTemporal(text, paragraph.sentences, reference).map((fact) => shifted(fact, -paragraph.start)),
          figures: extractFigures(paragraphText),
        };
      }
      next.set(key, local);
      for (const fact of local.temporal) temporal.push(shifted(fact, paragraph.start));
      for (const fact of local.figures) figures.push(shifted(fact, paragraph.start));
    }
    // Only the paragraphs of the current text are kept: memory follows the document's size.
    this.entries = next;
    return { temporal, figures };
  }
}

interface Paragraph {
  start: number;
  end: number;
  sentences: Sentence[];
}

function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const sentence of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.sentences[0].paragraph === sentence.paragraph) {
      last.sentences.push(sentence);
      last.end = sentence.end;
    } else paragraphs.push({ start: sentence.start, end: sentence.end, sentences: [sentence] });
  }
  return paragraphs;
}

function shifted<T extends { start: number; end: number }>(fact: T, delta: number): T {
  return delta === 0 ? fact : { ...fact, start: fact.start + delta, end: fact.end + delta };
}
