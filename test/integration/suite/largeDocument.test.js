// A long document: the visible lines are decorated first, the rest right after; typing in the
// middle of it re-reads only the touched paragraph and still decorates the new text.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');
const { SAMPLE, fixtureText, removeWorkspaceFiles, workspaceUri, writeWorkspaceFiles } = require('./workspaceFiles');

const LONG = 'seeds/long-harbour-report.txt';

async function renderState() {
  return vscode.commands.executeCommand('seedmark.test.renderState');
}

describe('A long seed document in a real VS Code', function () {
  this.timeout(60_000);

  before(async () => {
    // The sample 80 times over, its "640-metre" numbered per copy.
    const text = await fixtureText(SAMPLE);
    await writeWorkspaceFiles({ [LONG]: Array.from({ length: 80 }, (_, index) => text.replace('640-metre', `${600 + index}-metre`)).join('\n\n') });
  });

  after(async () => {
    await removeWorkspaceFiles([LONG]);
  });

  it('draws the visible range first, then the whole document, and keeps up with an edit', async () => {
    const uri = workspaceUri(LONG);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const key = uri.toString();
    const passes = await waitFor(async () => {
      const state = await renderState();
      const mine = state.passes.filter((pass) => pass.document === key);
      const visibleAt = mine.findIndex((pass) => pass.scope === 'visible');
      return visibleAt !== -1 && mine.slice(visibleAt + 1).some((pass) => pass.scope === 'all') ? mine : undefined;
    }, 'a visible-range pass followed by a whole-document pass');
    const visible = passes.find((pass) => pass.scope === 'visible');
    const all = passes.filter((pass) => pass.scope === 'all').pop();
    assert.ok(visible.count > 0 && visible.count < all.count / 4, `visible pass ${visible.count} of ${all.count}`);

    // Type a figure in the middle; after the pause, it is decorated.
    const middle = document.lineAt(Math.floor(document.lineCount / 2));
    await editor.edit((edit) => edit.insert(middle.range.end, ' Costs rose by 37% in 2023.'));
    editor.revealRange(middle.range, vscode.TextEditorRevealType.InCenter);
    await waitFor(async () => {
      const drawn = await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor');
      return drawn.some((fact) => fact.kind === 'figure' && fact.text.includes('37%')) ? drawn : undefined;
    }, 'the typed figure decorated');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lets go of a long seed deleted on disk while its editor stays open, when its sidecar goes too', async () => {
    // As a `git checkout` does: the file and its sidecar go while the editor still shows the text.
    // The sidecar's removal asks for the document again; the editor's reading of a deleted file
    // must not bring it back into the index, where it would stay after the editor closes.
    const name = 'seeds/long-deleted-report.txt';
    const text = await fixtureText(SAMPLE);
    const uri = workspaceUri(name);
    const key = uri.toString();
    // Over the 400,000 characters above which the editor's reading comes in slices (and is what the index takes).
    await writeWorkspaceFiles({ [name]: Array.from({ length: 260 }, () => text).join('\n\n'), [`${name}.annotations.yaml`]: `seedmark: 1\ndocument:\n  file: long-deleted-report.txt\nannotations: []\n` });
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      await waitFor(async () => ((await renderState()).passes.some((pass) => pass.document === key && !pass.preview) ? true : undefined), 'the whole reading drawn', 30_000);
      await vscode.workspace.fs.delete(uri);
      // Both outside changes reach the index in the order they happened, each after its own pause.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await vscode.workspace.fs.delete(workspaceUri(`${name}.annotations.yaml`));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(async () => (!(await renderState()).indexed.includes(key) ? true : undefined), 'the deleted seed to leave the index', 15_000);
    } finally {
      await removeWorkspaceFiles([name]);
    }
  });

  it('draws a document of thousands of annotations near the view only, and again where the view scrolls to', async () => {
    const name = 'seeds/very-long-harbour-report.txt';
    const text = await fixtureText(SAMPLE);
    await writeWorkspaceFiles({ [name]: Array.from({ length: 220 }, (_, index) => text.replace('640-metre', `${600 + index}-metre`)).join('\n\n') });
    try {
      const uri = workspaceUri(name);
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const key = uri.toString();
      const nearPasses = async () => (await renderState()).passes.filter((pass) => pass.document === key && pass.scope === 'near view');
      const first = await waitFor(async () => (await nearPasses())[0], 'a pass near the view');
      const all = (await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor')).length;
      assert.ok(all > 5_000, `${all} annotations`);
      assert.ok(first.count > 0 && first.count < all / 10, `near the view: ${first.count} of ${all}`);
      assert.ok(!(await renderState()).passes.some((pass) => pass.document === key && pass.scope === 'all'), 'no pass over the whole document');
      const before = (await nearPasses()).length;
      const end = document.lineAt(document.lineCount - 1).range;
      editor.revealRange(end, vscode.TextEditorRevealType.InCenter);
      await waitFor(async () => ((await nearPasses()).length > before ? true : undefined), 'a pass near the end after scrolling there');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeWorkspaceFiles([name]);
    }
  });
});
