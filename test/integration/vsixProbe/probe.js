// Run by vsixLane.js as `extensionTestsPath`, with this folder as the development extension:
// VS Code runs a tests module only for a development extension, and gives ExtensionMode.Test to
// that one alone. Seedmark, installed from the .vsix, runs in ExtensionMode.Production beside
// it, so this looks at what an installed Seedmark registers: its commands, none of the
// integration suite's `seedmark.test.*` ones. Prints one line for the lane and fails on a problem.
'use strict';

const vscode = require('vscode');

const EXTENSION_ID = 'seedmark.seedmark';

async function waitFor(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function run() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  // Opening a seed (the lane writes it under seeds/) activates it, as for a user.
  const [document] = await vscode.workspace.findFiles('seeds/*.txt', undefined, 1);
  if (!document) throw new Error('the workspace has no seeds/*.txt document to open');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(document), { preview: false });
  await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate`);
  const commands = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('seedmark.'));
  const testOnly = commands.filter((id) => id.startsWith('seedmark.test.'));
  console.log(`vsix probe: ${EXTENSION_ID} from ${extension.extensionUri.path} registers ${commands.length} commands; test-only: ${JSON.stringify(testOnly)}`);
  if (!commands.includes('seedmark.reextract')) throw new Error(`the installed extension registered no seedmark.reextract: ${commands.join(', ')}`);
  if (testOnly.length > 0) throw new Error(`the installed extension registers the integration suite's commands: ${testOnly.join(', ')}`);
}

module.exports = { run };
