import * as vscode from 'vscode';
import type { CrossDocumentIndex } from './crossDocumentIndex';
import type { AnnotationDecorations } from './decorations';
import type { SeedDiagnostics } from './diagnostics';
import type { SeedmarkLog } from './seedmarkLog';
import type { SeedStatusBar } from './statusBar';
import type { SeedStore } from './seedStore';
import type { WorkspaceIndex } from './workspaceIndex';

/** Test-only command ids (not declared in package.json, so not in the palette). */
export const QUIET_PROBES = {
  /** What test/integration/suite/quietEditor.test.js reads: log lines, status texts, decoration passes skipped on closed editors. */
  state: 'seedmark.test.quiet.state',
  /** Resolves once the cross-document analysis and the Problems panel have caught up with the workspace. */
  settled: 'seedmark.test.quiet.settled',
} as const;

/**
 * Read-only probes for the "no freeze, no noise" integration tests (issue #20), beside the ones
 * in testCommands.ts. Registered outside production only (the extension's own tests and
 * development hosts).
 */
export function registerQuietTestProbes(
  context: vscode.ExtensionContext,
  parts: { log: SeedmarkLog; statusBar: SeedStatusBar; decorations: AnnotationDecorations; cross: CrossDocumentIndex; diagnostics: SeedDiagnostics; index: WorkspaceIndex; store: SeedStore },
): vscode.Disposable[] {
  if (context.extensionMode === vscode.ExtensionMode.Production) return [];
  return [
    vscode.commands.registerCommand(QUIET_PROBES.state, () => ({
      log: [...parts.log.recent],
      statusText: parts.statusBar.text,
      referenceDateNotice: parts.statusBar.referenceDateNotice,
      skippedClosed: parts.decorations.skippedClosed,
      // Full indexing runs started so far: a severity change must not start one, nor activation.
      indexRuns: parts.index.runCount,
      indexStarted: parts.index.started,
      // Documents whose state the store holds: a closed document's must go.
      storeDocuments: parts.store.documentKeys,
      // Long documents drawn from a preview while their first reading goes on.
      previewing: parts.store.previewKeys,
      analysis: { generation: parts.cross.analysis.generation, conflicts: parts.cross.analysis.conflicts.length, documents: parts.cross.analysis.documents.size },
      // The extension's log folder; the host's own log (where "Illegal argument: TextEditor" shows) is beside it.
      logUri: context.logUri.toString(),
    })),
    vscode.commands.registerCommand(QUIET_PROBES.settled, async () => {
      await parts.cross.settled();
      await parts.diagnostics.settled();
    }),
  ];
}
