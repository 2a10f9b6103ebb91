/**
 * The vocabulary of Seedmark (design.md §1) as types. Offsets inside the process are JS
 * (UTF-16) offsets into the document text, [start, end); they are converted to code points only
 * where data leaves the process (CLI JSON, sidecars, exports).
 */

/** A calendar date as `YYYY-MM-DD`; dates are calendar days, never instants, so no time zone. */
export type IsoDate = string;

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type FactKind = 'claim' | 'figure' | 'date' | 'deadline' | 'commitment';

/** How a number relates to the true amount: "almost 70%" is `le`, "more than 100" is `gt`. */
export type QualifierRelation = 'approx' | 'lt' | 'le' | 'gt' | 'ge' | 'eq';

export interface FigureQualifier {
  text: string;
  relation: QualifierRelation;
}

export type FigureCategory = 'money' | 'percent' | 'quantity' | 'count' | 'duration';

export interface FigureFact extends TextSpan {
  kind: 'figure';
  category: FigureCategory;
  value: number;
  /** Upper end when the figure is a range ("10 to 15 per cent"). */
  valueMax?: number;
  /** Normalised unit: an ISO 4217 code for money, `%` for percentages, a unit name or the counted noun. */
  unit?: string;
  qualifier?: FigureQualifier;
  /** What the figure is a rate of: "$105 a barrel" → `barrel`. */
  per?: string;
  /**
   * The number as news annotation marks it, when narrower than the span: the span reads "more
   * than 100 Russian companies", the extent "more than 100" (docs/figure-conventions.md).
   */
  extent?: TextSpan;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How a temporal expression bounds a plan or a period. */
export type TemporalBound = 'before' | 'by' | 'after' | 'since' | 'until';

export interface DateRange {
  earliest: IsoDate;
  latest: IsoDate;
}

export interface TemporalFact extends TextSpan {
  /** `deadline` when the expression bounds something still to happen, otherwise `date`. */
  kind: 'date' | 'deadline';
  timexType: TimexType;
  /** TIMEX3 value: `2022-02-25`, `2019-08`, `P6M`, `2006-Q4`, `PRESENT_REF`, … */
  timex: string;
  /** Resolved calendar date, when the expression names or bounds one day. */
  due?: IsoDate;
  /** Resolved span of dates: a month, a year, or a deadline range ("two to three years"). */
  range?: DateRange;
  bound?: TemporalBound;
  /** One line a person can check: `"in six months" + 2022-02-26 (byline) → 2022-08-26`. */
  derivation: string;
  /**
   * The TIMEX3 extent, when it is narrower than the span: the span keeps the phrase a deadline
   * reads as ("by 2030", "in 90 days"), TIMEX3 leaves the preposition out ("2030", "90 days").
   */
  extent?: TextSpan;
  /**
   * The two ends of a range read as one expression ("from 2009 to 2011"), each with its own
   * TIMEX3 value: TimeML marks the range and each end.
   */
  ends?: TemporalEnd[];
}

/** One end of a range: "2009" (`2009`) in "from 2009 to 2011". */
export interface TemporalEnd extends TextSpan {
  timex: string;
}

export interface SourceRef {
  /** The speaker as written in the sentence, when it is there. */
  span?: TextSpan;
  /** Normalised name: "Fawad Chaudhry, the information minister", or the antecedent of "they". */
  name: string;
  /** Reporting cue: said, told, according to, added … */
  cue?: string;
  /** True when the attribution was carried over from a nearby sentence of the paragraph. */
  inferred?: boolean;
}

export interface ClaimFact extends TextSpan {
  kind: 'claim';
  source: SourceRef & { span: TextSpan };
  cue: TextSpan;
  /** True when the source was a pronoun carried over from the last named source. */
  pronoun?: boolean;
}

export interface CommitmentFact extends TextSpan {
  kind: 'commitment';
  /**
   * `implicit`: the actor is not named in the clause (a passive, a thing as subject) and was taken
   * from the context; `mention`: the pronoun or description as written when `name` resolves it.
   */
  actor: { name: string; span?: TextSpan; implicit?: boolean; mention?: string };
  cue: TextSpan;
  action: string;
  deadline?: TemporalFact;
  source?: SourceRef;
}

export type Fact = FigureFact | TemporalFact | ClaimFact | CommitmentFact;

export type ReferenceDateOrigin = 'caller' | 'front-matter' | 'byline' | 'dateline' | 'sidecar' | 'git' | 'today';

export interface ReferenceDate {
  date: IsoDate;
  from: ReferenceDateOrigin;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (block of lines separated by a blank line) the sentence belongs to. */
  paragraph: number;
}

export interface ExtractionResult {
  referenceDate: ReferenceDate;
  facts: Fact[];
  sentences: Sentence[];
}

export interface ExtractOptions {
  /** Overrides the date found in the document. */
  referenceDate?: IsoDate;
  /** Where the overriding date came from (a date set in the sidecar, say); `caller` by default. */
  referenceDateFrom?: ReferenceDateOrigin;
  /**
   * The user's calendar date, used when neither the caller nor the document gives a reference
   * date. Passed in, never read from a clock here, so the core gives the same result wherever
   * and whenever it runs: the editor passes its local date, the CLI its local date or `--today`.
   */
  today: IsoDate;
  /** Per-document memory of paragraphs already read: re-extraction after an edit reads only changed ones. */
  cache?: { extractFactsInSteps(text: string, reference: ReferenceDate): Generator<void, { facts: Fact[]; sentences: Sentence[] }> };
}

// -------------------------------------------------------------------------------------------
// Annotations: facts and commitments as kept in the sidecar (design.md §4). Offsets here are
// code points, since a sidecar leaves the process.
// -------------------------------------------------------------------------------------------

export const REVIEW_STATES = ['suggested', 'accepted', 'rejected', 'edited'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const COMMITMENT_STATUSES = ['open', 'in-progress', 'stalled', 'kept', 'compromised', 'broken'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const FACT_KINDS: readonly FactKind[] = ['claim', 'figure', 'date', 'deadline', 'commitment'];

/** Where an annotation sits: the quote with its context, and code point offsets. */
export interface StoredAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface AnnotationDeadline {
  text: string;
  timex?: string;
  due?: IsoDate;
  range?: DateRange;
}

export interface AnnotationSource {
  who: string;
  cue?: string;
}

export interface Annotation {
  id: string;
  kind: FactKind;
  review: ReviewState;
  status?: CommitmentStatus;
  anchor: StoredAnchor;
  value?: number;
  unit?: string;
  qualifier?: string;
  per?: string;
  timex?: string;
  due?: IsoDate;
  range?: DateRange;
  actor?: string;
  action?: string;
  deadline?: AnnotationDeadline;
  source?: AnnotationSource;
  note?: string;
  tags?: string[];
  /**
   * The value (number, due date) was read from words the document no longer says: the quote was
   * re-anchored to text whose digits, number words or date words differ. Set when such a move is
   * written; a person removes it once the value is checked against the new text.
   */
  stale?: boolean;
  /**
   * Cross-document identity of a commitment, set by a person. Annotations with the same link
   * key, in whatever documents, are one commitment; an annotation with a link key is never
   * matched automatically with one that has a different key. So "link" gives both the same
   * key and "unlink" gives one a fresh key of its own (see core/crossDocument/linkCommitments.ts).
   */
  link?: string;
}

/** Longest link key a sidecar may hold: keys are short handles, not text. */
export const MAX_LINK_KEY_LENGTH = 128;

export interface SidecarDocumentInfo {
  file: string;
  sha256?: string;
  referenceDate?: IsoDate;
  referenceDateFrom?: ReferenceDateOrigin;
}

export interface SidecarContent {
  seedmark: 1;
  document: SidecarDocumentInfo;
  annotations: Annotation[];
}
