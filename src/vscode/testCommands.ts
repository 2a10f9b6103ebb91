import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { targetOf, type CommitmentsTreeProvider, type TreeNode } from './commitmentsTree';
import type { AnnotationDecorations } from './decorations';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * Read-only commands for the integration tests: what is drawn in the active editor and what the
 * Commitments tree holds. Not in the palette (package.json does not declare them); they change
 * nothing, so leaving them registered costs nothing.
 */
export function registerTestCommands(decorations: AnnotationDecorations, tree: CommitmentsTreeProvider, index: WorkspaceIndex): vscode.Disposable[] {
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
  ];
}
