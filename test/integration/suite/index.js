// Entry of the integration suite, loaded INSIDE the VS Code extension host by both lanes
// (`extensionTestsPath`): the code-server lane (lane.js) and the @vscode/test-electron lane
// (electronLane.js). VS Code calls `run()` and reports its outcome as the exit code.
//
// Plain CommonJS on purpose: no build step. `vscode` is only available inside the host.
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.resolve(__dirname, '../../..');

/** Mocha 12 is an ES module; Node >= 20.19 can require() it, older hosts need import(). */
async function loadMocha() {
  const entry = path.resolve(root, 'node_modules/mocha');
  try {
    const loaded = require(entry);
    return loaded.default || loaded;
  } catch (error) {
    if (error && error.code !== 'ERR_REQUIRE_ESM' && error.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
    const loaded = await import(pathToFileURL(path.join(entry, 'index.js')).href);
    return loaded.default || loaded;
  }
}

async function run() {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false });
  const testFiles = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(__dirname, name));
  for (const file of testFiles) mocha.addFile(file);
  const vscode = require('vscode');
  // The code-server lane echoes the host's log from this banner on; keep the prefix stable.
  console.log(`Seedmark integration suite: ${testFiles.length} file(s) in VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI${vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : ''}, Node ${process.versions.node})`);

  return new Promise((resolve, reject) => {
    let runner;
    try {
      runner = mocha.run((failures) => {
        const stats = runner.stats || {};
        const failed = stats.failures ?? failures;
        // CI reads this exact line (see test/runTests.js); print it last.
        console.log(`${stats.passes ?? 0} passed, ${failed} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (testFiles.length === 0 || (stats.passes ?? 0) === 0) reject(new Error('No integration test ran.'));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      console.log('0 passed, 1 failed');
      reject(error);
    }
  });
}

module.exports = { run };
