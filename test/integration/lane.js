#!/usr/bin/env node
// The code-server integration lane: runs test/integration/suite in the extension host of a real
// VS Code (code-server 4.100.3 = VS Code 1.100, on this machine's Node 20), driven by headless
// Debian Chromium through playwright-core, then screenshots the editor with decorations and
// checks that a hover over sidecar text imitating Markdown and HTML renders it as text.
//
//   npm run build && node test/integration/lane.js
//
// It builds nothing: dist/extension.js must exist. Prerequisites are checked and installed by
// codeServer.js: Debian packages (as root only), the ripgrep archive @vscode/ripgrep would
// otherwise download, and the tools package test/integration/server (installed into
// .tools/vscode-server/, skipped when the installed copy matches the lock file). Exit code: the
// suite's (0 = all passed).
//
// Environment (all optional):
//   SEEDMARK_LANE_TIMEOUT_MS   limit for the run after the tools are ready (default 300000)
//   SEEDMARK_TOOLS_DIR         where the tools package is installed (default .tools/vscode-server)
//   SEEDMARK_EXTENSION_PATH    extension folder to load instead of the repository root
//   SEEDMARK_KEEP_TEMP=1       keep the temp folder (logs, profile, workspace) after the run
//   SEEDMARK_SUITE_ORDER       `reverse` or `shuffle[:SEED]`: the suite's file order (suite/index.js)
//   SEEDMARK_SUITE_FILES       comma-separated test files to run alone (suite/index.js)
// code-server passes its environment on to the extension host, where suite/index.js reads these.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { HOSTILE_FIELDS, hostileSidecarYaml } = require('./suite/hostileSidecar');
const { LaneError, closeBrowserAndServer, ensurePrerequisites, openFromExplorer, launchBrowser: launchChromium, remoteUri, root, seconds, startServer: startCodeServer, workbenchUrl: codeServerUrl } = require('./codeServer');

const extensionPath = path.resolve(process.env.SEEDMARK_EXTENSION_PATH || root);
/**
 * `web` (set by webLane.js): the extension runs from its browser bundle in the web-worker
 * extension host, as on vscode.dev, and the suite is the bundled web suite (dist/web/suite.js).
 */
const WEB = process.env.SEEDMARK_LANE_KIND === 'web';
const testsPath = WEB ? path.join(root, 'dist', 'web', 'suite.js') : path.join(__dirname, 'suite', 'index.js');
const LANE = WEB ? 'web lane' : 'lane';
const fixturesDir = path.join(root, 'test', 'fixtures');
const resultsDir = path.join(root, 'test-results');
const SAMPLE = 'harbour-authority-2024-03-14.txt';
/** Seeds are an explicit set (src/core/seedSet.ts): the lane's documents go where a user keeps them. */
const SEEDS = 'seeds';
const RUN_TIMEOUT_MS = Number(process.env.SEEDMARK_LANE_TIMEOUT_MS) || 5 * 60_000;

const started = Date.now();
const state = { phase: 'starting', server: undefined, browser: undefined, tempDir: undefined, serverLog: undefined, cleaningUp: undefined };

function log(message) {
  console.log(`[${LANE}] ${message}`);
}

function serverLogTail(lines = 40) {
  try {
    return fs.readFileSync(state.serverLog, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/**
 * The folder the suite runs in: empty, since each test file writes what it needs (see
 * suite/workspaceFiles.js) and a file that forgot to should fail here, not pass on another's
 * leftovers. The web suite still reads the sample the lane copies in.
 */
function makeSuiteWorkspace(tempDir) {
  if (WEB) return makeWorkspace(tempDir);
  const workspace = path.join(tempDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}

function makeWorkspace(tempDir) {
  const workspace = path.join(tempDir, 'workspace');
  const seeds = path.join(workspace, SEEDS);
  fs.mkdirSync(seeds, { recursive: true });
  const fixtures = fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.txt')) : [];
  for (const name of fixtures) fs.copyFileSync(path.join(fixturesDir, name), path.join(seeds, name));
  if (!fixtures.includes(SAMPLE)) {
    // Until the project ships its sample, a small stand-in with the same kinds of facts.
    fs.writeFileSync(
      path.join(seeds, SAMPLE),
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

async function startServer(tempDir, workspace) {
  state.serverLog = path.join(tempDir, 'code-server.log');
  // The web lane asks the workbench to run Seedmark in the web worker, as vscode.dev does.
  state.server = await startCodeServer(tempDir, workspace, log, WEB ? { 'remote.extensionKind': { 'seedmark.seedmark': ['web'] } } : {});
  return state.server.port;
}

// ---------------------------------------------------------------- the workbench

function workbenchUrl(port, workspace, withTests) {
  const payload = [['extensionDevelopmentPath', remoteUri(port, extensionPath)]];
  if (WEB) payload.push(['extensionDevelopmentKind', 'web']);
  if (withTests) payload.push(['extensionTestsPath', remoteUri(port, testsPath)]);
  return codeServerUrl(port, workspace, payload);
}

async function launchBrowser() {
  state.browser = await launchChromium();
  return state.browser;
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
  log(`workbench opened; running ${path.relative(root, testsPath)} in the ${WEB ? 'web worker ' : ''}extension host`);
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
    await openFromExplorer(page, SEEDS, SAMPLE);
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
    // After the README's shots, which should not show it.
    await checkHostileHover(page, workspace);
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

/**
 * A sidecar annotation whose actor, action, source and note are written to look like Markdown,
 * HTML and theme icons. The suite checks the hover's Markdown; this checks what the workbench
 * renders from it: the words as typed, and none of the elements they imitate.
 */
const HOSTILE_DOCUMENT = 'hostile-hover.txt';
const HOSTILE = HOSTILE_FIELDS;

function writeHostileFixture(workspace) {
  const yaml = hostileSidecarYaml(HOSTILE_DOCUMENT, HOSTILE);
  fs.writeFileSync(path.join(workspace, SEEDS, `${HOSTILE_DOCUMENT}.annotations.yaml`), yaml);
  fs.writeFileSync(path.join(workspace, SEEDS, HOSTILE_DOCUMENT), 'The council will publish the audit within a year.\n');
}

async function checkHostileHover(page, workspace) {
  writeHostileFixture(workspace);
  // Quick Open searches the disk, so it finds the files without waiting for the Explorer to notice them.
  await page.keyboard.press('Control+P');
  await page.keyboard.type(HOSTILE_DOCUMENT);
  // The document, not its sidecar, whose name starts the same.
  const pick = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${HOSTILE_DOCUMENT.replace(/\./g, '\\.')}$`) }) }).first();
  await pick.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {
    throw new LaneError(`Quick Open did not offer ${HOSTILE_DOCUMENT}`);
  });
  await pick.click();
  // A commitment is drawn as a border around its text (an overlay), not on the text's own span.
  const line = page.locator('.monaco-editor .view-lines .view-line', { hasText: 'will publish the audit' }).first();
  const council = line.locator('span span', { hasText: 'council' }).first();
  const file = path.join(resultsDir, 'hover-hostile.png');
  await council.waitFor({ state: 'visible', timeout: 30_000 }).catch(async () => {
    await page.screenshot({ path: file });
    throw new LaneError(`"The council" of ${HOSTILE_DOCUMENT} is not in the editor (${path.relative(root, file)})`);
  });
  // The span may run on past "council" (" council will publish …"): rest the pointer near its start.
  await council.hover({ timeout: 15_000, position: { x: 30, y: 5 } });
  const hover = page.locator('.monaco-hover', { hasText: 'Commitment' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
    await page.screenshot({ path: file });
    throw new LaneError(`no Seedmark hover over "The council" in ${HOSTILE_DOCUMENT} (${path.relative(root, file)})`);
  });
  await waitForStableBox(hover);
  const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
  const pieces = Object.values(HOSTILE).flatMap((value) => value.split('\n'));
  const missing = pieces.filter((piece) => !text.includes(piece));
  const imitated = await hover.evaluate((element) =>
    ['img', 'h1', 'h2', 'blockquote', 'pre', 'ol', '.codicon-alert', 'a[data-href*="workbench.action"]', 'a[href*="workbench.action"]'].filter((selector) => element.querySelector(selector)),
  );
  const ownIcon = (await hover.locator('.codicon-tasklist').count()) > 0;
  await page.screenshot({ path: file });
  if (missing.length > 0 || imitated.length > 0 || !ownIcon) {
    throw new LaneError(
      `the hover over sidecar text that imitates Markdown and HTML (${path.relative(root, file)}):${missing.length ? ` does not show ${JSON.stringify(missing)} as typed;` : ''}${imitated.length ? ` renders ${imitated.join(', ')};` : ''}${ownIcon ? '' : ' lacks its own $(tasklist) icon;'}\n${text}`,
    );
  }
  log(`hostile hover: sidecar text shown as typed, no element it imitates (${path.relative(root, file)})`);
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

function cleanup() {
  return closeBrowserAndServer(state);
}

function removeTemp(keep) {
  if (!state.tempDir) return;
  if (keep || process.env.SEEDMARK_KEEP_TEMP === '1') log(`kept temp folder ${state.tempDir}`);
  else fs.rmSync(state.tempDir, { recursive: true, force: true });
}

async function main() {
  for (const built of [path.join(extensionPath, 'dist', 'extension.js'), ...(WEB ? [path.join(extensionPath, 'dist', 'web', 'extension.js'), testsPath] : [])]) {
    if (!fs.existsSync(built)) throw new LaneError(`${built} does not exist: run \`npm run build\` first`);
  }
  const tmpDir = os.tmpdir();
  state.phase = 'installing prerequisites';
  ensurePrerequisites(tmpDir, log);

  const runStarted = Date.now();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new LaneError(`timed out after ${RUN_TIMEOUT_MS / 1000} s while ${state.phase}`)), RUN_TIMEOUT_MS);
  });
  const work = (async () => {
    state.tempDir = fs.mkdtempSync(path.join(tmpDir, 'seedmark-lane-'));
    const workspace = makeSuiteWorkspace(state.tempDir);
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
    if (WEB) return 0;
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
    if (code !== 0) console.error(`code-server ${LANE}: FAILED (suite exit code ${code})`);
    process.exit(code);
  },
  (error) => {
    if (state.interrupted) return;
    removeTemp(true);
    console.error(`code-server ${LANE}: FAILED — ${error instanceof LaneError ? error.message : error && error.stack ? error.stack : error}`);
    if (state.serverLog && !(error instanceof LaneError)) console.error(serverLogTail(20));
    process.exit(1);
  },
);
