#!/usr/bin/env node
// The code-server integration lane: runs test/integration/suite in the extension host of a real
// VS Code (code-server 4.100.3 = VS Code 1.100, on this machine's Node 20), driven by headless
// Debian Chromium through playwright-core, then screenshots the editor with decorations.
//
//   npm run build && node test/integration/lane.js
//
// It builds nothing: dist/extension.js must exist. Prerequisites are checked and installed:
// Debian packages (as root only), the ripgrep archive @vscode/ripgrep would otherwise download,
// and the tools package test/integration/server (installed into .tools/vscode-server/, skipped
// when the installed copy matches the lock file). Exit code: the suite's (0 = all passed).
//
// Environment (all optional):
//   SEEDMARK_LANE_TIMEOUT_MS   limit for the run after the tools are ready (default 300000)
//   SEEDMARK_TOOLS_DIR         where the tools package is installed (default .tools/vscode-server)
//   SEEDMARK_EXTENSION_PATH    extension folder to load instead of the repository root
//   SEEDMARK_KEEP_TEMP=1       keep the temp folder (logs, profile, workspace) after the run
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const root = path.resolve(__dirname, '../..');
const serverPackageDir = path.join(__dirname, 'server');
const toolsDir = path.resolve(process.env.SEEDMARK_TOOLS_DIR || path.join(root, '.tools', 'vscode-server'));
const extensionPath = path.resolve(process.env.SEEDMARK_EXTENSION_PATH || root);
const testsPath = path.join(__dirname, 'suite', 'index.js');
const fixturesDir = path.join(root, 'test', 'fixtures');
const resultsDir = path.join(root, 'test-results');
const SAMPLE = 'harbour-authority-2024-03-14.txt';

const CODE_SERVER_VERSION = '4.100.3';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RIPGREP_VERSION = '1.15.11'; // @vscode/ripgrep inside code-server 4.100.3
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const RUN_TIMEOUT_MS = Number(process.env.SEEDMARK_LANE_TIMEOUT_MS) || 5 * 60_000;
const INSTALL_TIMEOUT_MS = 15 * 60_000;

const started = Date.now();
const state = { phase: 'starting', server: undefined, browser: undefined, tempDir: undefined, serverLog: undefined, cleaningUp: undefined };

function log(message) {
  console.log(`[lane] ${message}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

class LaneError extends Error {}

// ---------------------------------------------------------------- prerequisites

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw new LaneError(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout || ''}${result.stderr || ''}`.trim().split('\n').slice(-30).join('\n');
    throw new LaneError(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  }
  return result.stdout;
}

/** Debian packages: Chromium to drive the workbench, ripgrep for the seeded archive, krb5 headers for code-server's kerberos module. */
function ensureDebianPackages() {
  const wanted = [
    { pkg: 'chromium', present: () => fs.existsSync(CHROMIUM) },
    { pkg: 'ripgrep', present: () => fs.existsSync('/usr/bin/rg') },
    { pkg: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/krb5.h') && fs.existsSync('/usr/include/gssapi.h') },
  ];
  const missing = wanted.filter((entry) => !entry.present()).map((entry) => entry.pkg);
  if (missing.length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new LaneError(`missing Debian packages: ${missing.join(' ')} — install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  const since = Date.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env, timeout: INSTALL_TIMEOUT_MS });
  run('apt-get', ['install', '-y', ...missing], { env, timeout: INSTALL_TIMEOUT_MS });
  const still = wanted.filter((entry) => !entry.present()).map((entry) => entry.pkg);
  if (still.length > 0) throw new LaneError(`apt-get did not provide: ${still.join(' ')}`);
  log(`Debian packages installed in ${seconds(since)}`);
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache, in os.tmpdir(),
 * already holds the archive. Seed it with Debian's rg (the archive need only contain `rg`).
 */
function ensureRipgrepArchive(tmpDir) {
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_VERSION}`);
  const archive = path.join(cacheDir, RIPGREP_ASSET);
  if (fs.existsSync(archive) && fs.statSync(archive).size > 1024) return archive;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmpDir, 'seedmark-rg-'));
  try {
    fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    run('tar', ['-czf', `${archive}.partial`, '-C', staging, 'rg']);
    fs.renameSync(`${archive}.partial`, archive);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`seeded ${archive} with Debian's rg`);
  return archive;
}

function toolsHash() {
  const hash = crypto.createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(serverPackageDir, name)));
  hash.update(`node ${process.versions.node.split('.')[0]} ${process.platform}-${process.arch}`);
  return hash.digest('hex');
}

const codeServerDir = () => path.join(toolsDir, 'node_modules', 'code-server');

/** What a complete install has; an install whose scripts were skipped lacks lib/vscode/node_modules. */
function toolsProblems() {
  const problems = [];
  const pkg = path.join(codeServerDir(), 'package.json');
  if (!fs.existsSync(pkg)) return ['code-server is not installed'];
  const version = JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
  if (version !== CODE_SERVER_VERSION) problems.push(`code-server is ${version}, not ${CODE_SERVER_VERSION}`);
  const vscodeModules = path.join(codeServerDir(), 'lib', 'vscode', 'node_modules');
  if (!fs.existsSync(vscodeModules)) {
    problems.push('code-server/lib/vscode/node_modules is missing (code-server\'s postinstall did not run: are install scripts gated? see allowScripts in test/integration/server/package.json)');
  } else {
    // Built or unpacked by install scripts of code-server's own (shrinkwrapped) dependencies.
    const products = ['@vscode/ripgrep/bin/rg', 'node-pty/build/Release/pty.node', '@vscode/spdlog/build/Release/spdlog.node', 'kerberos/build/Release/kerberos.node', 'native-watchdog/build/Release/watchdog.node'];
    const missing = products.filter((product) => !fs.existsSync(path.join(vscodeModules, ...product.split('/'))));
    if (missing.length > 0) problems.push(`code-server's native modules were not built (${missing.join(', ')}): install scripts gated, or krb5 headers missing?`);
  }
  if (!fs.existsSync(path.join(toolsDir, 'node_modules', 'playwright-core', 'package.json'))) problems.push('playwright-core is not installed');
  return problems;
}

/** Installs test/integration/server into the tools folder with `npm ci`, unless the lock file's hash already matches. */
function ensureTools(tmpDir) {
  const stampFile = path.join(toolsDir, '.seedmark-tools-hash');
  const hash = toolsHash();
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
  if (stamp === hash && toolsProblems().length === 0) {
    log(`tools up to date in ${path.relative(root, toolsDir) || toolsDir} (code-server ${CODE_SERVER_VERSION})`);
    return;
  }
  const since = Date.now();
  log(`installing tools (code-server ${CODE_SERVER_VERSION}, playwright-core) into ${toolsDir}; takes about 2 minutes`);
  fs.mkdirSync(toolsDir, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  for (const name of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(serverPackageDir, name), path.join(toolsDir, name));
  const logFile = path.join(toolsDir, 'install.log');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const env = {
    ...process.env,
    // code-server's postinstall refuses to run as root without it, and runs `npm install` in lib/vscode.
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // The ripgrep archive was seeded in this folder; keep the postinstall looking there.
    TMPDIR: tmpDir,
  };
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: toolsDir,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: INSTALL_TIMEOUT_MS,
  });
  fs.writeFileSync(logFile, `${result.stdout || ''}\n${result.stderr || ''}`);
  if (result.error || result.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-40).join('\n');
    throw new LaneError(`npm ci in ${toolsDir} failed (${result.error ? result.error.message : `exit ${result.status}`}); log: ${logFile}\n${tail}`);
  }
  const problems = toolsProblems();
  if (problems.length > 0) throw new LaneError(`tools install is incomplete: ${problems.join('; ')} (log: ${logFile})`);
  fs.writeFileSync(stampFile, `${hash}\n`);
  log(`tools installed in ${seconds(since)} (log: ${path.relative(root, logFile)})`);
}

// ---------------------------------------------------------------- code-server

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function get(url, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

function serverLogTail(lines = 40) {
  try {
    return fs.readFileSync(state.serverLog, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

function makeWorkspace(tempDir) {
  const workspace = path.join(tempDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const fixtures = fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')) : [];
  for (const name of fixtures) fs.copyFileSync(path.join(fixturesDir, name), path.join(workspace, name));
  if (!fixtures.includes(SAMPLE)) {
    // Until the project ships its sample, a small stand-in with the same kinds of facts.
    fs.writeFileSync(
      path.join(workspace, SAMPLE),
      [
        'Harbour authority pledges to reopen north quay',
        '',
        'By Elena Marsh March 14, 2024',
        '',
        'The city council approved a $48 million repair plan on Wednesday.',
        '',
        'The authority plans to award the main dredging contract by the end of June, its chief executive said.',
        '',
      ].join('\n'),
    );
    log(`test/fixtures/${SAMPLE} not found; wrote a stand-in sample into the temp workspace`);
  }
  return workspace;
}

function writeProfile(userDataDir) {
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'git.enabled': false,
    'files.hotExit': 'off',
    'window.restoreWindows': 'none',
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
  };
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

async function startServer(tempDir, workspace) {
  if (process.versions.node.split('.')[0] !== '20') throw new LaneError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  const port = await freePort();
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-data', 'xdg-config'].map((name) => [name, path.join(tempDir, name)]));
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  writeProfile(dirs['user-data']);
  const config = path.join(tempDir, 'code-server.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  state.serverLog = path.join(tempDir, 'code-server.log');
  const logFd = fs.openSync(state.serverLog, 'a');
  const entry = path.join(codeServerDir(), 'out', 'node', 'entry.js');
  const args = [
    entry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    workspace,
  ];
  const env = {
    ...process.env,
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CONFIG_HOME: dirs['xdg-config'],
    // No extension gallery: the workbench would otherwise query open-vsx.org (unreachable here, and not wanted in tests).
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_PROXY_URI;
  // Its own process group: the file watcher and extension host outlive code-server by seconds.
  const child = spawn(process.execPath, args, { cwd: tempDir, env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  state.server = child;
  let exited;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const since = Date.now();
  const deadline = since + 60_000;
  for (;;) {
    if (exited) throw new LaneError(`code-server exited early (${exited.signal || exited.code}):\n${serverLogTail()}`);
    if ((await get(`http://127.0.0.1:${port}/healthz`, 1000)) === 200) break;
    if (Date.now() > deadline) throw new LaneError(`code-server did not answer /healthz within 60 s:\n${serverLogTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`code-server ${CODE_SERVER_VERSION} up on 127.0.0.1:${port} in ${seconds(since)}`);
  return port;
}

/** Ends code-server's whole process group: TERM, then KILL after a grace period. */
async function stopServer() {
  const child = state.server;
  if (!child || !child.pid) return;
  state.server = undefined;
  const group = -child.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive()) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------- the workbench

function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

function workbenchUrl(port, workspace, withTests) {
  const payload = [['extensionDevelopmentPath', remoteUri(port, extensionPath)]];
  if (withTests) payload.push(['extensionTestsPath', remoteUri(port, testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function loadPlaywright() {
  return require(path.join(toolsDir, 'node_modules', 'playwright-core'));
}

async function launchBrowser() {
  const { chromium } = loadPlaywright();
  // The lane's own signal handlers close the browser (Playwright's would exit the process first).
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  state.browser = browser;
  return browser;
}

/**
 * The page's log mixes the workbench's own messages with the extension host's console. Echo the
 * suite's part (from its banner to its `N passed, N failed` line) and hold the rest for failures.
 */
const SUITE_BANNER = 'Seedmark integration suite:';
const SUMMARY = /^\d+ passed, \d+ failed/;
const hostLog = { echoing: false, done: false, held: [] };

function onHostLog(type, args) {
  const text = util.format(...(Array.isArray(args) ? args : [args]));
  if (!hostLog.echoing && !hostLog.done && text.startsWith(SUITE_BANNER)) hostLog.echoing = true;
  if (hostLog.echoing) {
    process.stdout.write(`${text}\n`);
    if (SUMMARY.test(text.trim())) {
      hostLog.echoing = false;
      hostLog.done = true;
    }
  } else {
    hostLog.held.push(`${type}: ${text}`);
    if (hostLog.held.length > 400) hostLog.held.splice(0, hostLog.held.length - 200);
  }
}

/** Opens the workbench with the suite as `extensionTestsPath` and resolves with the code the suite reports. */
async function runSuite(browser, port, workspace) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error && error.stack ? error.stack : error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  let reportExit;
  const exited = new Promise((resolve) => {
    reportExit = resolve;
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  page.on('crash', () => {
    console.error('[lane] the workbench page crashed');
    reportExit(1);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => onHostLog(type, args));
  const since = Date.now();
  await page.goto(workbenchUrl(port, workspace, true), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  log('workbench opened; running test/integration/suite in the extension host');
  const code = await exited;
  log(`suite finished with exit code ${code} in ${seconds(since)}`);
  await context.close().catch(() => {});
  return { code, pageErrors };
}

/**
 * Opens the sample from the Explorer in a plain development window and saves the editor with its
 * decorations, a hover and the Commitments view. `workspace` should be a fresh one: the suite's
 * leftovers (its test documents, a rejected deadline, an edited sample) would show in every shot.
 */
async function takeScreenshots(browser, port, workspace) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(workbenchUrl(port, workspace, false), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first();
    await row.click({ timeout: 30_000 });
    const decorated = page.locator('.monaco-editor .view-lines span[class*="ced-"]');
    await decorated.first().waitFor({ state: 'visible', timeout: 30_000 });
    const count = await decorated.count();
    if (count === 0) throw new LaneError('no decorated span (span[class*="ced-"]) in the editor');
    // The workspace index reports progress in a toast; shoot once it has gone (it is only cosmetic).
    await page.locator('.notification-toast', { hasText: 'indexing seed documents' }).waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => {});
    const file = path.join(resultsDir, 'editor-decorations.png');
    await page.screenshot({ path: file });
    log(`screenshot: ${path.relative(root, file)} (${count} decorated spans visible)`);
    await screenshotHover(page);
    await screenshotTree(page);
    if (process.env.SEEDMARK_UPDATE_README_SCREENSHOTS === '1') copyToReadme(['editor-decorations.png', 'hover.png', 'commitments-tree.png']);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Hovers the "$48 million" figure and saves the hover once it has faded in. */
async function screenshotHover(page) {
  const figure = page.locator('.monaco-editor .view-lines span[class*="ced-"]', { hasText: '48 million' }).first();
  await figure.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new LaneError('no decorated span with "48 million" in the editor');
  });
  const box = await figure.boundingBox();
  if (!box) throw new LaneError('the $48 million figure has no box on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: 'Figure' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new LaneError('no Seedmark hover (.monaco-hover with "Figure") appeared over the $48 million figure');
  });
  await waitForStableBox(hover);
  const text = await hover.innerText();
  if (!/Accept|Reject/.test(text)) throw new LaneError(`the hover has no review links: ${JSON.stringify(text.slice(0, 200))}`);
  const file = path.join(resultsDir, 'hover.png');
  await page.screenshot({ path: file });
  log(`screenshot: ${path.relative(root, file)} (hover: ${JSON.stringify(text.split('\n')[0])})`);
  await page.mouse.move(5, 5);
}

/** Opens the Seedmark view container and saves the Commitments tree with the sample's commitments. */
async function screenshotTree(page) {
  await page.keyboard.press('F1');
  await page.keyboard.type('Seedmark: Show Commitments');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const rows = page.locator('.pane', { hasText: 'Commitments' }).locator('.monaco-list-row');
  const deadline = Date.now() + 20_000;
  let count = 0;
  let sample = false;
  while (Date.now() < deadline) {
    count = await rows.count();
    const text = count ? await rows.allInnerTexts() : [];
    sample = text.some((row) => /Harbour Authority|council/i.test(row));
    if (count >= 2 && sample) break;
    await page.waitForTimeout(200);
  }
  if (count < 2 || !sample) throw new LaneError(`the Commitments view shows ${count} rows${sample ? '' : ', none with "Harbour Authority" or "council"'}; expected the sample's commitments`);
  const file = path.join(resultsDir, 'commitments-tree.png');
  await page.screenshot({ path: file });
  log(`screenshot: ${path.relative(root, file)} (${count} rows in the Commitments view)`);
}

/** Waits until an element has stopped moving (a hover fades and slides in). */
async function waitForStableBox(locator) {
  let previous;
  for (let i = 0; i < 40; i++) {
    const box = await locator.boundingBox();
    const opacity = await locator.evaluate((element) => Number(getComputedStyle(element).opacity)).catch(() => 1);
    if (box && previous && opacity >= 1 && Math.abs(box.x - previous.x) < 0.5 && Math.abs(box.y - previous.y) < 0.5) return;
    previous = box;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The README's screenshots, refreshed on request only, so a test run leaves the work tree clean. */
function copyToReadme(names) {
  const folder = path.join(root, 'media', 'readme');
  fs.mkdirSync(folder, { recursive: true });
  for (const name of names) fs.copyFileSync(path.join(resultsDir, name), path.join(folder, name));
}

// ---------------------------------------------------------------- main

async function cleanup() {
  if (state.cleaningUp) return state.cleaningUp;
  state.cleaningUp = (async () => {
    const browser = state.browser;
    state.browser = undefined;
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await stopServer();
  })();
  return state.cleaningUp;
}

function removeTemp(keep) {
  if (!state.tempDir) return;
  if (keep || process.env.SEEDMARK_KEEP_TEMP === '1') log(`kept temp folder ${state.tempDir}`);
  else fs.rmSync(state.tempDir, { recursive: true, force: true });
}

async function main() {
  if (!fs.existsSync(path.join(extensionPath, 'dist', 'extension.js'))) {
    throw new LaneError(`${path.join(extensionPath, 'dist', 'extension.js')} does not exist: run \`npm run build\` first`);
  }
  const tmpDir = os.tmpdir();
  state.phase = 'installing prerequisites';
  ensureDebianPackages();
  ensureRipgrepArchive(tmpDir);
  ensureTools(tmpDir);

  const runStarted = Date.now();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new LaneError(`timed out after ${RUN_TIMEOUT_MS / 1000} s while ${state.phase}`)), RUN_TIMEOUT_MS);
  });
  const work = (async () => {
    state.tempDir = fs.mkdtempSync(path.join(tmpDir, 'seedmark-lane-'));
    const workspace = makeWorkspace(state.tempDir);
    state.phase = 'starting code-server';
    const port = await startServer(state.tempDir, workspace);
    state.phase = 'launching Chromium';
    const browser = await launchBrowser();
    state.phase = 'running the integration suite';
    const { code, pageErrors } = await runSuite(browser, port, workspace);
    if (!hostLog.done) console.log(`[lane] the suite reported no "N passed, N failed" line`);
    if (code !== 0) {
      if (hostLog.held.length > 0) console.error(`[lane] workbench and extension host log (last lines):\n${hostLog.held.slice(-40).join('\n')}`);
      if (pageErrors.length > 0) console.error(`[lane] workbench errors:\n${pageErrors.slice(-10).join('\n')}`);
      console.error(`[lane] code-server log (last lines):\n${serverLogTail(20)}`);
      return code || 1;
    }
    state.phase = 'taking screenshots';
    await takeScreenshots(browser, port, makeWorkspace(path.join(state.tempDir, 'screenshots')));
    return 0;
  })();
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
    state.phase = 'stopping';
    await cleanup();
    log(`run took ${seconds(runStarted)} (lane ${seconds(started)})`);
  }
}

process.on('exit', () => {
  // Last resort if the lane dies before cleanup(): never leave code-server's group behind.
  if (state.server && state.server.pid) {
    try {
      process.kill(-state.server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    state.interrupted = true;
    console.error(`[lane] ${signal}: stopping code-server and Chromium`);
    cleanup().finally(() => {
      removeTemp(false);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

// Exit explicitly: after a timeout, the abandoned run may still hold timers or sockets.
main().then(
  (code) => {
    if (state.interrupted) return; // the signal handler ends the lane
    removeTemp(code !== 0);
    if (code !== 0) console.error(`code-server lane: FAILED (suite exit code ${code})`);
    process.exit(code);
  },
  (error) => {
    if (state.interrupted) return;
    removeTemp(true);
    console.error(`code-server lane: FAILED — ${error instanceof LaneError ? error.message : error && error.stack ? error.stack : error}`);
    if (state.serverLog && !(error instanceof LaneError)) console.error(serverLogTail(20));
    process.exit(1);
  },
);
