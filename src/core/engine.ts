/**
 * The heavy half of the core — extraction, YAML sidecars, anchoring, cross-document matching —
 * as one module. The desktop extension bundles it separately (dist/engine.js) and loads it on
 * first use, so activation evaluates only the editor layer (see src/vscode/engine.ts).
 */
export { createAnchor, anchorToCodePoints } from './anchor';
export { matchCommitments } from './crossDocument/matchCommitments';
export { findConflicts } from './crossDocument/findConflicts';
export { analyseAcross } from './crossDocument/workspaceAnalysis';
export { buildDocumentModel, buildDocumentModelInSteps } from './documentModel';
export { extract } from './extract';
export { ParagraphFactCache } from './extract/incremental/paragraphCache';
export { buildIndexModel } from './indexModel';
export { annotationFromFact, annotationId } from './sidecar/annotationFromFact';
export { SidecarDocument } from './sidecar/sidecarDocument';
export { SuggestionMemo } from './sidecar/suggestionMemo';
export { readSidecarState, updateSidecar } from './sidecar/updateSidecar';
