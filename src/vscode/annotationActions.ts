import type * as vscode from 'vscode';
import type { Annotation, ReferenceDate, SidecarDocumentInfo } from '../core/model';
import { sha256Hex } from '../core/sha256';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import type { SidecarOperation } from '../core/sidecar/sidecarDocument';
import type { SidecarPlan } from '../core/sidecar/updateSidecar';
import { engine } from './engine';
import type { DocumentView } from './seedStore';

/**
 * User intents turned into sidecar plans. A suggestion that a person acts on is written to the
 * sidecar with the change; an annotation already there is updated in place. A missing sidecar
 * is created on the first action.
 */

/** What a new sidecar needs to know of its document: an open document's view or an indexed one. */
export interface SidecarTarget {
  uri: vscode.Uri;
  text: string;
  referenceDate: ReferenceDate;
}

export function sidecarTargetOf(view: DocumentView): SidecarTarget {
  return { uri: view.uri, text: view.text, referenceDate: view.result.referenceDate };
}

export function documentInfoOf(target: SidecarTarget): SidecarDocumentInfo {
  return {
    file: target.uri.path.slice(target.uri.path.lastIndexOf('/') + 1),
    sha256: sha256Hex(target.text),
    referenceDate: target.referenceDate.date,
    referenceDateFrom: target.referenceDate.from,
  };
}

/** Applies `operations`, creating the sidecar first when there is none. */
export function planOperations(view: DocumentView | SidecarTarget, operations: SidecarOperation[]): SidecarPlan {
  const target = 'result' in view ? sidecarTargetOf(view) : view;
  return (current) => {
    if (current) return { operations };
    const created = engine().SidecarDocument.create(documentInfoOf(target), [], target.text.includes('\r\n') ? '\r\n' : '\n').apply(operations);
    if (!created.ok) throw new Error(created.reason);
    return { create: created.sidecar };
  };
}

/** Sets fields of annotations, writing suggestions into the sidecar with the change applied. */
export function changeAnnotations(view: DocumentView, items: readonly MergedAnnotation[], changes: Partial<Omit<Annotation, 'id'>>): SidecarPlan {
  const operations: SidecarOperation[] = items.map((item) =>
    item.origin === 'extracted' ? { op: 'add', annotation: withChanges(item.annotation, changes) } : { op: 'update', id: item.annotation.id, changes },
  );
  return (current) => {
    // An extracted suggestion may have been written meanwhile (another window, a CLI run):
    // then it is updated rather than added twice.
    const existing = new Set(current?.annotations.map((annotation) => annotation.id) ?? []);
    const adjusted = operations.map((operation): SidecarOperation =>
      operation.op === 'add' && existing.has(operation.annotation.id) ? { op: 'update', id: operation.annotation.id, changes } : operation,
    );
    return planOperations(view, adjusted)(current);
  };
}

function withChanges(annotation: Annotation, changes: Partial<Omit<Annotation, 'id'>>): Annotation {
  const result: Annotation = { ...annotation };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete (result as unknown as Record<string, unknown>)[key];
    else (result as unknown as Record<string, unknown>)[key] = value;
  }
  return result;
}

export function findAnnotation(view: DocumentView, id: string): MergedAnnotation | undefined {
  return view.merged.find((item) => item.annotation.id === id);
}
