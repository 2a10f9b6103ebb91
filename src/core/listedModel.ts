import type { IndexModel } from './indexModel';
import { ModelAnchors, type LeftOut } from './modelAnchors';
import type { ReferenceDate } from './model';
import type { MergedAnnotation } from './sidecar/mergeAnnotations';

/**
 * Whether the Commitments view, the timeline or an orphan notice can show an annotation: every
 * commitment, and everything a person's sidecar holds or that lost its place. The rest (dates,
 * figures and claims the extractor suggests) only the cross-document analysis, the Problems
 * panel and exports read, after the view is up.
 */
export function isListed(item: MergedAnnotation): boolean {
  return item.annotation.kind === 'commitment' || item.origin === 'sidecar' || item.anchorState === 'orphaned';
}

/**
 * A document's model as the workspace index keeps it: what the views list, at once, and the
 * whole model, which may be parsed only when first read. A workspace of thousands of seeds
 * then shows its Commitments view after parsing about a quarter of what its models hold.
 */
export interface ListedModel {
  readonly referenceDate: ReferenceDate;
  /** The annotations `isListed` keeps, in the model's order. */
  readonly listed: readonly MergedAnnotation[];
  /** Every annotation, in the model's order; the same array each time it is read. */
  readonly merged: MergedAnnotation[];
}

/**
 * A model as two JSON texts, as worker threads send it and the model cache keeps it: `listed`
 * holds the reference date, the listed annotations and where each stood in the model; `rest`
 * the other annotations, in order. Anchors the document's text gives back are left out (see
 * ModelAnchors): the texts are read with the document's text.
 */
export interface ModelText {
  listed: string;
  rest: string;
}

interface ListedPart<Item = MergedAnnotation> {
  referenceDate: ReferenceDate;
  listed: Item[];
  /** For each listed annotation, its index in the whole model. */
  at: number[];
}

/** The model of `documentText` as its two texts. */
export function modelToText(model: IndexModel, documentText: string): ModelText {
  const anchors = new ModelAnchors(documentText);
  const part: ListedPart<MergedAnnotation | LeftOut> = { referenceDate: model.referenceDate, listed: [], at: [] };
  const rest: Array<MergedAnnotation | LeftOut> = [];
  model.merged.forEach((item, index) => {
    if (!isListed(item)) rest.push(anchors.leaveOut(item));
    else {
      part.listed.push(anchors.leaveOut(item));
      part.at.push(index);
    }
  });
  return { listed: JSON.stringify(part), rest: JSON.stringify(rest) };
}

/** The model of `documentText` from its texts: the listed part parsed now, the rest when `merged` is first read. */
export function modelFromText(text: ModelText, documentText: string): ListedModel {
  const anchors = new ModelAnchors(documentText);
  const parsed = JSON.parse(text.listed) as ListedPart<MergedAnnotation | LeftOut>;
  const part: ListedPart = { ...parsed, listed: anchors.putBack(parsed.listed) };
  let rest: string | undefined = text.rest;
  let merged: MergedAnnotation[] | undefined;
  return {
    referenceDate: part.referenceDate,
    listed: part.listed,
    get merged(): MergedAnnotation[] {
      if (!merged) {
        merged = interleave(part, anchors.putBack(JSON.parse(rest!) as Array<MergedAnnotation | LeftOut>));
        // The text is not needed once parsed.
        rest = undefined;
      }
      return merged;
    },
  };
}

/** A model already whole (built in this thread, or an open document's): its listed part picked out. */
export function modelFromMerged(model: IndexModel): ListedModel {
  return { referenceDate: model.referenceDate, listed: model.merged.filter(isListed), merged: model.merged };
}

/** The model as built, without the listed part: what `buildIndexModel` gives, to compare with or to write out. */
export function wholeModel(model: ListedModel): IndexModel {
  return { referenceDate: model.referenceDate, merged: model.merged };
}

function interleave(part: ListedPart, rest: MergedAnnotation[]): MergedAnnotation[] {
  const merged: MergedAnnotation[] = new Array<MergedAnnotation>(part.listed.length + rest.length);
  let listedNext = 0;
  let restNext = 0;
  for (let index = 0; index < merged.length; index++) {
    merged[index] = part.at[listedNext] === index ? part.listed[listedNext++] : rest[restNext++];
  }
  return merged;
}
