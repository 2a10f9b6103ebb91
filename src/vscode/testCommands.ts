import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { targetOf, type TreeNode } from './commitmentTreeItems';
import type { CommitmentsTreeProvider } from './commitmentsTree';
import type { AnnotationDecorations } from './decorations';
import type { TimelinePanel } from './timelinePanel';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * Commands for the integration tests: what is drawn in the active editor, what the Commitments
 * tree holds, what the timeline drew. Registered only in `ExtensionMode.Test` (extension.ts), so
 * an installed extension has none of them, and package.json does not declare them. They only
 * read, except the timeline message, which does no more than a click in the webview and goes
 * through the same validation as the webview's own messages.
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
      await index.ensureIndexed();
      // Groups, clusters and conflicts are described with their children; a commitment's details are not.
      const describe = (node: TreeNode): Record<string, unknown> => {
        const item = tree.getTreeItem(node);
        const nested = node.type === 'cluster' || node.type === 'conflicts' || node.type === 'conflict';
        return {
          label: typeof item.label === 'string' ? item.label : item.label?.label,
          description: item.description,
          contextValue: item.contextValue,
          target: node.type === 'commitment' ? targetOf(node.entry) : undefined,
          // The node itself, as the view hands it to context-menu commands.
          node,
          ...(nested ? { children: tree.getChildren(node).map(describe) } : {}),
        };
      };
      return tree.getChildren().map((root) => ({ ...describe(root), children: tree.getChildren(root).map(describe) }));
    }),
    vscode.commands.registerCommand(COMMANDS.timelineState, () => timeline.state()),
    vscode.commands.registerCommand(COMMANDS.renderState, () => ({ passes: [...decorations.passes], indexing: index.lastRun, indexed: index.documents().map((document) => document.uri.toString()) })),
    vscode.commands.registerCommand(COMMANDS.timelineMessage, (message: unknown) => timeline.handleMessage(message)),
  ];
}
