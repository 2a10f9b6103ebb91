// Entry of the integration suite, loaded INSIDE the VS Code extension host by both lanes
// (`extensionTestsPath`): the code-server lane (lane.js) and the @vscode/test-electron lane
// (electronLane.js). VS Code calls `run()` and reports its outcome as the exit code.
//
// Plain CommonJS on purpose: no build step. `vscode` is only available inside the host.
//
// Each test file writes the documents it needs and removes them (workspaceFiles.js), so files
// pass alone and in any order. Environment of the extension host (the lanes pass theirs on):
//   SEEDMARK_SUITE_ORDER   `reverse`, or `shuffle` / `shuffle:SEED` (a seeded order, printed),
//                          instead of the files' alphabetical order
//   SEEDMARK_SUITE_FILES   comma-separated file names (`review` or `review.test.js`) to run alone
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

/** A small seeded generator (the bench's), so a shuffled order that fails can be run again. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** The test files to run, in the order SEEDMARK_SUITE_ORDER asks for, and how that order was made. */
function testFilesInOrder(env = process.env) {
  let names = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (env.SEEDMARK_SUITE_FILES) {
    const wanted = env.SEEDMARK_SUITE_FILES.split(',').map((name) => name.trim().replace(/(\.test)?\.js$/, ''));
    const unknown = wanted.filter((name) => !names.includes(`${name}.test.js`));
    if (unknown.length > 0) throw new Error(`SEEDMARK_SUITE_FILES names no test file: ${unknown.join(', ')} (there are ${names.join(', ')})`);
    names = names.filter((name) => wanted.includes(name.replace(/\.test\.js$/, '')));
  }
  const order = (env.SEEDMARK_SUITE_ORDER || 'alphabetical').trim();
  let described = order;
  if (order === 'reverse') {
    names.reverse();
  } else if (/^shuffle(:\d+)?$/.test(order)) {
    const seed = order.includes(':') ? Number(order.slice('shuffle:'.length)) : Math.floor(Math.random() * 1e9);
    const random = seededRandom(seed);
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [names[i], names[j]] = [names[j], names[i]];
    }
    described = `shuffle:${seed}`;
  } else if (order !== 'alphabetical') {
    throw new Error(`SEEDMARK_SUITE_ORDER=${order}: expected alphabetical, reverse, shuffle or shuffle:SEED`);
  }
  return { files: names.map((name) => path.join(__dirname, name)), order: `${described}: ${names.join(', ')}` };
}

async function run() {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false });
  const { files: testFiles, order } = testFilesInOrder();
  for (const file of testFiles) mocha.addFile(file);
  const vscode = require('vscode');
  // The code-server lane echoes the host's log from this banner on; keep the prefix stable.
  console.log(`Seedmark integration suite: ${testFiles.length} file(s) in VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI${vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : ''}, Node ${process.versions.node})`);
  console.log(`  file order (SEEDMARK_SUITE_ORDER) ${order}`);

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
