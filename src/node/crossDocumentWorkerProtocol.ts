import type { CrossDocumentAnnotation } from '../core/crossDocument/documentAnnotation';
import type { CompactAnalysis } from '../core/crossDocument/workspaceAnalysis';

/**
 * Messages to the cross-document worker. A document's annotations arrive in parts (`first` starts
 * it afresh), so no single message holds a large document's thousands of annotations; the
 * worker keeps every document until it is forgotten, so an unchanged document is sent once.
 */
export type CrossDocumentRequest =
  | { type: 'document'; documentKey: string; first: boolean; commitments: CrossDocumentAnnotation[]; figures: CrossDocumentAnnotation[] }
  | { type: 'forget'; documentKey: string }
  | { type: 'analyse'; id: number; documentKeys: string[] };

export type CrossDocumentReply = { id: number; ok: true; analysis: CompactAnalysis; milliseconds: number } | { id: number; ok: false; message: string };
