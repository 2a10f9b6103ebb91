#!/usr/bin/env node
// The standard lane: test/integration/suite in desktop VS Code through @vscode/test-electron
// (`runTests` with extensionDevelopmentPath and extensionTestsPath), the same suite the
// code-server lane (lane.js) runs.
//
//   npm run build && node test/integration/electronLane.js
//
// It needs a desktop VS Code: SEEDMARK_VSCODE_EXECUTABLE=/path/to/code, or one that
// @vscode/test-electron has downloaded into .vscode-test/ (or can download now). Where none can
// be had — as on machines that reach only package registries — it prints one line
// `electron lane: skipped — …` and exits 0: it never claims to have run.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { writeProfile } = require('./codeServer');

const root = path.resolve(__dirname, '../..');
const VSCODE_VERSION = '1.100.3'; // the same VS Code as code-server 4.100.3 in lane.js
const PROBE_TIMEOUT_MS = 3000; // idle timeout of each request to the update server
const RESOLVE_LIMIT_MS = 10_000; // the whole "can VS Code be had?" question
const RUN_TIMEOUT_MS = Number(process.env.SEEDMARK_LANE_TIMEOUT_MS) || 5 * 60_000;
const SAMPLE = 'harbour-authority-2024-03-14.txt';

function skip(reason) {
  console.log(`electron lane: skipped — VS Code cannot be downloaded on this machine (${reason})`);
  return 0;
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

/** A local VS Code, or undefined with the reason none can be had. */
async function resolveExecutable(testElectron) {
  const configured = process.env.SEEDMARK_VSCODE_EXECUTABLE;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`SEEDMARK_VSCODE_EXECUTABLE=${configured} does not exist`);
    return { executable: configured };
  }
  const silent = { report() {}, error() {} };
  try {
    // Uses the copy in .vscode-test/ when there is one; otherwise asks the update server, with a short timeout.
    const executable = await withTimeout(
      testElectron.downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(root, '.vscode-test'), timeout: PROBE_TIMEOUT_MS, reporter: silent }),
      RESOLVE_LIMIT_MS,
      `no answer from the VS Code update server within ${RESOLVE_LIMIT_MS / 1000} s`,
    );
    return { executable };
  } catch (error) {
    const message = String((error && error.message) || error).split('\n')[0];
    return { reason: `${message}; set SEEDMARK_VSCODE_EXECUTABLE to use a local VS Code` };
  }
}

function makeWorkspace(tempDir) {
  const workspace = path.join(tempDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const fixturesDir = path.join(root, 'test', 'fixtures');
  const fixtures = fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')) : [];
  for (const name of fixtures) fs.copyFileSync(path.join(fixturesDir, name), path.join(workspace, name));
  if (!fixtures.includes(SAMPLE)) throw new Error(`test/fixtures/${SAMPLE} is missing`);
  return workspace;
}

/** Desktop VS Code needs a display; start Xvfb when there is none and Debian's xvfb is installed. */
function ensureDisplay(tempDir) {
  if (process.platform !== 'linux' || process.env.DISPLAY) return undefined;
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((candidate) => fs.existsSync(candidate));
  if (!xvfb) throw new Error('no DISPLAY and no Xvfb: install it with `apt-get install -y xvfb`');
  const display = `:${90 + (process.pid % 100)}`;
  const child = spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore', detached: true });
  process.env.DISPLAY = display;
  fs.writeFileSync(path.join(tempDir, 'xvfb.pid'), String(child.pid));
  return child;
}

async function main() {
  const testElectron = require('@vscode/test-electron');
  const { executable, reason } = await resolveExecutable(testElectron);
  if (!executable) return skip(reason);
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
    console.error('electron lane: dist/extension.js does not exist: run `npm run build` first');
    return 1;
  }

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedmark-electron-'));
  let xvfb;
  try {
    const workspace = makeWorkspace(tempDir);
    const userDataDir = path.join(tempDir, 'user-data');
    writeProfile(userDataDir);
    xvfb = ensureDisplay(tempDir);
    console.log(`electron lane: running the suite in ${executable}`);
    await withTimeout(
      testElectron.runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu', `--user-data-dir=${userDataDir}`, `--extensions-dir=${path.join(tempDir, 'extensions')}`],
      }),
      RUN_TIMEOUT_MS,
      `timed out after ${RUN_TIMEOUT_MS / 1000} s`,
    );
    return 0;
  } catch (error) {
    console.error(`electron lane: FAILED — ${(error && error.message) || error}`);
    return 1;
  } finally {
    if (xvfb && xvfb.pid) {
      try {
        process.kill(-xvfb.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  // Exit explicitly: a VS Code left running after a timeout must not keep the lane alive.
  (code) => process.exit(code),
  (error) => {
    console.error(`electron lane: FAILED — ${(error && error.message) || error}`);
    process.exit(1);
  },
);
