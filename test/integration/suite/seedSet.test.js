// A good citizen in an ordinary code repository that also keeps a seeds/ folder: only seed
// documents are decorated and listed, "Treat as Seed Document" brings a file in and its opposite
// takes it out, activation reads nothing, and a severity change re-reads nothing.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');
const { removeWorkspaceFiles, workspaceUri, writeWorkspaceFiles } = require('./workspaceFiles');

const EXTENSION_ID = 'seedmark.seedmark';
const SEED = 'seeds/ferry-board-2024-05-02.txt';
const FILES = {
  'README.md': '# Toolkit\n\nWe will ship the export by the end of June, the team said.\n',
  'src/index.ts': 'export const plan = "The council will open a library by 2026.";\n',
  'notes.txt': 'Harbour notes\n\nBy Sam Ode, April 2, 2024\n\nThe port authority will dredge the north channel within a year, its director said.\n',
  [SEED]: 'Ferry board meets\n\nBy Ana Ruiz, May 2, 2024\n\nThe ferry board will add a second daily crossing by September, the chair said on Thursday.\n',
};

async function state() {
  return vscode.commands.executeCommand('seedmark.test.quiet.state');
}

async function treeFiles() {
  const roots = await vscode.commands.executeCommand('seedmark.test.treeRoots');
  const files = new Set();
  const visit = (node) => {
    if (node.target) files.add(vscode.workspace.asRelativePath(vscode.Uri.parse(node.target.uri), false));
    for (const child of node.children || []) visit(child);
  };
  roots.forEach(visit);
  return files;
}

async function decoratedIn(name) {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(name)), { preview: false });
  return vscode.commands.executeCommand('seedmark.test.inspectActiveEditor');
}

async function includeSetting() {
  return vscode.workspace.getConfiguration('seedmark').get('include');
}

describe('Seed documents in an ordinary repository', function () {
  this.timeout(60_000);
  let activatedHere = false;

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    activatedHere = !extension.isActive;
    await extension.activate();
  });

  after(async () => {
    const section = vscode.workspace.getConfiguration('seedmark');
    await section.update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await section.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await section.update('orphanSeverity', undefined, vscode.ConfigurationTarget.Workspace);
    await removeWorkspaceFiles(Object.keys(FILES));
    await vscode.workspace.fs.delete(workspaceUri('src'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri('seeds'), { recursive: true }).then(undefined, () => undefined);
  });

  it('reads nothing on activation: no index run until something needs one', async function () {
    // Only meaningful when this file activated the extension; after other files the index has run.
    if (!activatedHere) this.skip();
    const probe = await state();
    assert.equal(probe.indexStarted, false);
    assert.equal(probe.indexRuns, 0);
  });

  it('lists and decorates the seed only, not the README, the source or loose notes', async () => {
    await writeWorkspaceFiles(FILES);
    const files = await waitFor(async () => {
      const listed = await treeFiles();
      return listed.has(SEED) ? listed : undefined;
    }, `${SEED} in the Commitments view`);
    assert.deepEqual([...files].filter((name) => name in FILES), [SEED]);
    assert.ok((await waitFor(async () => ((await decoratedIn(SEED)).length > 0 ? await decoratedIn(SEED) : undefined), 'decorations in the seed')).length > 0);
    for (const name of ['README.md', 'src/index.ts', 'notes.txt']) assert.deepEqual(await decoratedIn(name), [], `${name} is decorated`);
  });

  it('makes notes.txt a seed with "Treat as Seed Document", and it appears', async () => {
    const runsBefore = (await state()).indexRuns;
    await vscode.commands.executeCommand('seedmark.treatAsSeed', workspaceUri('notes.txt'));
    assert.ok((await includeSetting()).includes('notes.txt'), JSON.stringify(await includeSetting()));
    await waitFor(async () => (await treeFiles()).has('notes.txt'), 'notes.txt in the Commitments view');
    assert.ok((await state()).indexRuns > runsBefore, 'a change of the seed set indexes again');
    const drawn = await waitFor(async () => {
      const found = await decoratedIn('notes.txt');
      return found.length > 0 ? found : undefined;
    }, 'decorations in notes.txt');
    assert.ok(drawn.some((item) => item.kind === 'commitment'), JSON.stringify(drawn));
  });

  it('reads the documents that did not change from the model cache when it indexes again', async () => {
    // The run that "Treat as Seed Document" started is over once notes.txt is listed; one more run must find every model kept.
    const runsBefore = (await state()).indexRuns;
    const section = vscode.workspace.getConfiguration('seedmark');
    // The same documents as before: the exclusions as they are, and one that matches nothing.
    await section.update('exclude', [...section.get('exclude'), '**/no-such-folder/**'], vscode.ConfigurationTarget.Workspace);
    const run = await waitFor(async () => {
      const { indexing } = await vscode.commands.executeCommand('seedmark.test.renderState');
      return indexing && indexing.run > runsBefore && !indexing.cancelled && indexing.indexed === indexing.documents ? indexing : undefined;
    }, 'a second index run to finish');
    assert.ok(run.documents >= 2, JSON.stringify(run));
    assert.equal(run.fromCache, run.documents, JSON.stringify(run));
  });

  it('does not index again when only a severity changes', async () => {
    const runsBefore = (await state()).indexRuns;
    await vscode.workspace.getConfiguration('seedmark').update('orphanSeverity', 'error', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('seedmark.test.quiet.settled');
    assert.equal((await state()).indexRuns, runsBefore);
  });

  it('takes notes.txt out again with "Stop Treating as Seed Document"', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('notes.txt')));
    await vscode.commands.executeCommand('seedmark.stopTreatingAsSeed');
    assert.ok(!(await includeSetting()).includes('notes.txt'));
    await waitFor(async () => !(await treeFiles()).has('notes.txt'), 'notes.txt to leave the Commitments view');
    assert.deepEqual(await decoratedIn('notes.txt'), []);
  });

  it('forgets a document once VS Code closes it', async () => {
    // An untitled seed is closed the moment its editor is reverted and closed; a file's document
    // VS Code closes some time after its last editor, at a moment of its choosing.
    const document = await vscode.workspace.openTextDocument({ language: 'seed', content: 'Depot plans\n\nBy Lee Park, June 3, 2024\n\nThe depot will hire forty drivers within a year, its manager said.\n' });
    await vscode.window.showTextDocument(document, { preview: false });
    const key = document.uri.toString();
    await waitFor(async () => (await state()).storeDocuments.includes(key), 'the store to read the untitled seed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(async () => !vscode.workspace.textDocuments.some((open) => open.uri.toString() === key), 'VS Code to close the untitled document');
    await waitFor(async () => !(await state()).storeDocuments.includes(key), 'the store to drop the closed document');
  });
});
