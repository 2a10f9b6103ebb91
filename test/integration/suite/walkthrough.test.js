// The walkthrough's first step: "Open Sample Seed" copies the bundled sample into the
// extension's storage and opens it, read and decorated like any seed document.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');

describe('Walkthrough in a real VS Code', () => {
  /** The folder in the extension's storage the sample is copied to; removed after, so a second run copies afresh. */
  let copyFolder;

  after(async () => {
    if (!copyFolder) return;
    const inCopy = (tab) => tab.input && tab.input.uri && tab.input.uri.toString().startsWith(`${copyFolder.toString()}/`);
    for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(inCopy)) await vscode.window.tabGroups.close(tab);
    await vscode.workspace.fs.delete(copyFolder, { recursive: true }).then(undefined, () => undefined);
  });

  it('Open Sample Seed opens a decorated copy outside the workspace, and the walkthrough is contributed', async () => {
    const editor = await vscode.commands.executeCommand('seedmark.openSample');
    const document = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
    assert.ok(document, 'an editor is open');
    copyFolder = vscode.Uri.joinPath(document.uri, '..');
    assert.ok(document.uri.path.endsWith('/sample/harbour-authority-2024-03-14.txt'), document.uri.toString());
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(!folder || !document.uri.path.startsWith(folder.uri.path + '/'), 'the sample is not written into the workspace');
    assert.ok(editor, 'the command returns the editor');
    const facts = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor');
      return Array.isArray(found) && found.some((fact) => fact.kind === 'deadline') ? found : undefined;
    }, 'deadlines decorated in the sample');
    assert.ok(facts.some((fact) => fact.kind === 'figure' && fact.text.includes('48 million')), 'the $48 million figure is decorated');

    // A second run reuses the copy (and whatever the user annotated in it) instead of replacing it.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'Edited: ');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('seedmark.openSample');
    assert.ok(vscode.window.activeTextEditor.document.getText().startsWith('Edited: '), 'the existing copy is opened again');

    const extension = vscode.extensions.getExtension('seedmark.seedmark');
    const walkthroughs = extension.packageJSON.contributes.walkthroughs;
    assert.equal(walkthroughs[0].steps.length, 4);
  });
});
