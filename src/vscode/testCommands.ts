import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { targetOf, type CommitmentsTreeProvider, type TreeNode } from './commitmentsTree';
import type { AnnotationDecorations } from './decorations';
import type { TimelinePanel } from './timelinePanel';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * Commands for the integration tests: what is drawn in the active editor, what the Commitments
 * tree holds, what the timeline drew. Not in the palette (package.json does not declare them).
 * They only read, except the timeline message, which does no more than a click in the webview
 * and goes through the same validation as the webview's own messages.
 */
export function registerTestCommands(decorations: AnnotationDecorations, tree: CommitmentsTreeProvider, index: WorkspaceIndex, timeline: TimelinePanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.inspectActiveEditor, () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return [];
      const text = editor.document.getText();
      return decorations.drawn(editor).map((item) => ({ kind: item.annotation.kind, review: item.annotation.review, id: item.annotation.id, start: item.start, end: item.end, text: text.slice(item.start, item.end) }));
    }),
    vscode.commands.registerCommand(COMMANDS.inspectTree, async () => {
      await index.ensureIndexed(false);
      const describe = (node: TreeNode) => {
        const item = tree.getTreeItem(node);
        return {
          label: typeof item.label === 'string' ? item.label : item.label?.label,
          description: item.description,
          contextValue: item.contextValue,
          target: node.type === 'commitment' ? targetOf(node.entry) : undefined,
        };
      };
      return tree.getChildren().map((root) => ({ ...describe(root), children: tree.getChildren(root).map(describe) }));
    }),
    vscode.commands.registerCommand(COMMANDS.timelineState, () => timeline.state()),
    vscode.commands.registerCommand(COMMANDS.renderState, () => ({ passes: [...decorations.passes], indexing: index.lastRun })),
    vscode.commands.registerCommand(COMMANDS.timelineMessage, (message: unknown) => timeline.handleMessage(message)),
  ];
}
