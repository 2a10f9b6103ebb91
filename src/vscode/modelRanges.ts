import * as vscode from 'vscode';
import { placesOf } from '../core/annotationPlaces';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';

/**
 * The one way the editor layer turns a model's offsets into positions: through the model's own
 * line index (`placesOf`, made once per model). Offsets belong to the text the model was read
 * from, so they are placed in that text, not in an editor's text that may have moved on since;
 * and every surface (decorations, hovers, diagnostics, the tree, the timeline, reveal) agrees.
 */
type Model = { text: string; merged: readonly MergedAnnotation[] };

export function positionIn(model: Model, offset: number): vscode.Position {
  const { line, character } = placesOf(model).positionAt(offset);
  return new vscode.Position(line, character);
}

export function rangeIn(model: Model, start: number, end: number): vscode.Range {
  const span = placesOf(model).rangeAt(start, end);
  return new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character);
}

/** 0-based line of an offset in the model's text. */
export function lineIn(model: Model, offset: number): number {
  return placesOf(model).lineAt(offset);
}
