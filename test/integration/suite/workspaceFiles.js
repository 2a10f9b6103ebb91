// Shared by the integration tests: each test file writes the documents it needs into the
// workspace (which the lane leaves empty) and removes them again, so a file passes alone and in
// any order. All through vscode.workspace.fs, as the extension itself reads and writes.
const vscode = require('vscode');
const { waitFor } = require('./waitFor');

const EXTENSION_ID = 'seedmark.seedmark';
/** The sample seed of test/fixtures, which most files annotate: in a seeds folder, as a user keeps seed documents. */
const SAMPLE = 'seeds/harbour-authority-2024-03-14.txt';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function workspaceUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the lane opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A file of test/fixtures by its name (the folders of a workspace path such as SAMPLE are left out), read from the extension's folder. */
async function fixtureText(name) {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', name.slice(name.lastIndexOf('/') + 1))));
}

async function indexed() {
  return (await vscode.commands.executeCommand('seedmark.test.renderState')).indexed;
}

/**
 * Writes `{ name: text }` into the workspace and waits until the workspace index has read each
 * seed document among them, so the tree, the timeline and exports see them. Activates Seedmark
 * first: the file may be the first to run.
 */
async function writeWorkspaceFiles(files) {
  await vscode.extensions.getExtension(EXTENSION_ID).activate();
  const uris = [];
  for (const [name, text] of Object.entries(files)) {
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
    uris.push(uri);
  }
  const documents = uris.filter((uri) => /\.(txt|md|seed)$/.test(uri.path) && /\/seeds\/|\.seed(\.\w+)?$/.test(uri.path)).map(String);
  // The index starts when something first needs it; the tree's probe is such a need.
  await vscode.commands.executeCommand('seedmark.test.treeRoots');
  await waitFor(async () => {
    const known = await indexed();
    return documents.every((uri) => known.includes(uri));
  }, `the workspace index to read ${documents.join(', ')}`, 15_000);
  return uris;
}

/** Writes the sample (and nothing else) fresh from test/fixtures, without a sidecar. */
async function writeSample() {
  await vscode.workspace.fs.delete(workspaceUri(`${SAMPLE}.annotations.yaml`)).then(undefined, () => undefined);
  const [uri] = await writeWorkspaceFiles({ [SAMPLE]: await fixtureText(SAMPLE) });
  return uri;
}

/**
 * Closes the editors of these files (reverting unsaved edits, so no "save?" dialog blocks the
 * run), deletes the files and any sidecars beside them, and waits until the workspace index has
 * let go of them, so later files see only their own documents.
 */
async function removeWorkspaceFiles(names) {
  const uris = names.flatMap((name) => [workspaceUri(name), workspaceUri(`${name}.annotations.yaml`)]);
  const keys = new Set(uris.map(String));
  // Tabs are looked up afresh after each close: a tab object from before a close can be stale, and closing it then does nothing.
  const ownTab = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input && tab.input.uri && keys.has(tab.input.uri.toString()));
  for (let tab = ownTab(), tries = 0; tab && tries < 50; tab = ownTab(), tries++) {
    if (tab.isDirty) {
      await vscode.window.showTextDocument(tab.input.uri, { viewColumn: tab.group.viewColumn, preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await vscode.window.tabGroups.close(tab).then(undefined, () => undefined);
    }
  }
  for (const uri of uris) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  if (!vscode.extensions.getExtension(EXTENSION_ID).isActive) return;
  let kept = [];
  await waitFor(async () => {
    kept = (await indexed()).filter((uri) => keys.has(uri));
    return kept.length === 0 ? true : undefined;
  }, `the workspace index to let go of ${names.join(', ')}`, 15_000).catch((error) => {
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => (tab.input && tab.input.uri ? tab.input.uri.toString() : tab.label));
    throw new Error(`${error.message} Still listed: ${kept.join(', ')}; tabs open: ${tabs.join(', ')}`);
  });
}

module.exports = { SAMPLE, fixtureText, removeWorkspaceFiles, workspaceUri, writeSample, writeWorkspaceFiles };
