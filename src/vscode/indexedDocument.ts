import type * as vscode from 'vscode';
import { modelFromMerged, type ListedModel } from '../core/listedModel';
import type { ReferenceDate } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import type { SidecarSummary } from '../node/seedFileReading';

/** What the tree and the Problems panel know about a document, open or not. */
export interface IndexedDocument {
  uri: vscode.Uri;
  text: string;
  referenceDate: ReferenceDate;
  /**
   * What the Commitments view, the timeline and orphan notices show (see `isListed`): read these
   * rather than `merged` where they are enough, since a document's `merged` may be parsed only
   * when first read. Also what caches of this model are keyed by: a new model has a new list,
   * and reading it parses nothing.
   */
  listed: readonly MergedAnnotation[];
  /** Every annotation. */
  merged: MergedAnnotation[];
  sidecarUri?: vscode.Uri;
  /** Whether it has a sidecar and what is wrong with it (the sidecar's content is in `merged`). */
  sidecar: SidecarSummary | { kind: 'loading' };
}

type DocumentFields = Omit<IndexedDocument, 'referenceDate' | 'listed' | 'merged'>;

/** A document with its model, whose `merged` stays unparsed until something reads it. */
export function indexedDocument(fields: DocumentFields, model: ListedModel): IndexedDocument {
  return {
    ...fields,
    referenceDate: model.referenceDate,
    listed: model.listed,
    get merged(): MergedAnnotation[] {
      return model.merged;
    },
  };
}

/**
 * Open documents' listed parts, one per model: an open document's view is made anew each time
 * the index lists documents, while its model (and so its listed part) changes only with its text.
 */
export class ListedParts {
  private readonly byModel = new WeakMap<readonly MergedAnnotation[], ListedModel>();

  of(model: { referenceDate: ReferenceDate; merged: MergedAnnotation[] }): ListedModel {
    let listed = this.byModel.get(model.merged);
    if (!listed) this.byModel.set(model.merged, (listed = modelFromMerged(model)));
    return listed;
  }
}
