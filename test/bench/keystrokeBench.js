#!/usr/bin/env node
// Keystroke-to-screen in a real editor (issue #20): typing in the 4.99 MB seed of the large
// workspace, against typing in the same text where Seedmark does not read it (a copy outside
// `seeds/`). Drives code-server and headless Chromium through the lane's helpers; the extension is
// loaded from this folder (run `npm run build` first).
//
//   node test/bench/keystrokeBench.js [--keys 80] [--pause 120] [--settle 15] [--json]
//
// For each key, in the page: from the keydown event's time stamp to the first animation frame
// after the editor's lines changed. Keys are typed with `--pause` ms between them (150 ms is
// Seedmark's redraw delay: typing slower than that lets every redraw land between keys).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { closeBrowserAndServer, ensurePrerequisites, launchBrowser, remoteUri, root, startServer, workbenchUrl } = require('../integration/codeServer');

const argument = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const KEYS = argument('--keys', 80);
const PAUSE_MS = argument('--pause', 120);
/** Seconds to wait after the first highlight, so the workspace index and the analysis across documents are done. */
const SETTLE_S = argument('--settle', 15);
const JSON_OUT = process.argv.includes('--json');
const SEED_BYTES = 4_990_000;
const log = (line) => process.stderr.write(`[keystrokes] ${line}\n`);

/** The archive of test/bench/largeWorkspace.ts, from the harbour fixture alone: five reports in turn. */
function archiveText() {
  const harbour = fs.readFileSync(path.join(root, 'test', 'fixtures', 'harbour-authority-2024-03-14.txt'), 'utf8');
  const bylines = ['March 14, 2024', 'April 2, 2024', 'May 20, 2024', 'January 8, 2025', 'June 30, 2023'];
  const reports = bylines.map((byline, index) => harbour.replace('March 14, 2024', byline).replace('$48 million', `$${48 + index * 5} million`));
  const parts = [];
  for (let index = 0, bytes = 0; ; index++) {
    const part = reports[index % reports.length];
    const size = Buffer.byteLength(part) + 2;
    if (bytes + size > SEED_BYTES) break;
    parts.push(part);
    bytes += size;
  }
  return { reports, archive: parts.join('\n\n') };
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { keys: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

/** Opens a file from the Explorer, waits for its text, puts the cursor at the end of a line in the middle. */
async function openAt(page, name) {
  // Quick Open finds it in any folder.
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.waitForTimeout(1_000);
  // The middle of the document: Ctrl+G to a line, then the end of that line.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('25000');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

async function measure(page, label) {
  await page.evaluate(() => {
    const editor = document.querySelector('.monaco-editor .view-lines');
    window.__seedmarkLatencies = [];
    window.__seedmarkPending = undefined;
    window.addEventListener('keydown', (event) => {
      if (event.key.length === 1) window.__seedmarkPending = event.timeStamp;
    }, true);
    new MutationObserver(() => {
      const started = window.__seedmarkPending;
      if (started === undefined) return;
      window.__seedmarkPending = undefined;
      requestAnimationFrame(() => window.__seedmarkLatencies.push(performance.now() - started));
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  });
  for (let index = 0; index < KEYS; index++) {
    await page.keyboard.type(index % 8 === 7 ? ' ' : 'abcdefg'[index % 7]);
    await page.waitForTimeout(PAUSE_MS);
  }
  await page.waitForTimeout(500);
  const samples = await page.evaluate(() => window.__seedmarkLatencies);
  const result = summary(samples.slice(5));
  log(`${label}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms over ${result.keys} keys`);
  return result;
}

async function main() {
  ensurePrerequisites(os.tmpdir(), log);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedmark-keys-'));
  const state = { server: undefined, browser: undefined };
  try {
    const workspace = path.join(tempDir, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    const { reports, archive } = archiveText();
    // The archive and the reports are seeds (in seeds/, which also activates Seedmark); the plain copy beside them is not.
    fs.mkdirSync(path.join(workspace, 'seeds'));
    fs.writeFileSync(path.join(workspace, 'seeds', 'news-archive.txt'), archive);
    fs.writeFileSync(path.join(workspace, 'plain-archive.txt'), archive);
    reports.forEach((text, index) => fs.writeFileSync(path.join(workspace, 'seeds', `harbour-report-${index + 1}.txt`), text));
    state.server = await startServer(tempDir, workspace, log, { 'editor.wordWrap': 'on' });
    state.browser = await launchBrowser();
    const context = await state.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(workbenchUrl(state.server.port, workspace, [['extensionDevelopmentPath', remoteUri(state.server.port, root)]]), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });

    await openAt(page, 'plain-archive.txt');
    const ignored = await measure(page, 'ignored file (Seedmark does not read it)');

    await openAt(page, 'news-archive.txt');
    const opened = Date.now();
    await page.locator('.monaco-editor .view-lines span[class*="ced-"]').first().waitFor({ state: 'visible', timeout: 120_000 });
    log(`seed: decorated ${((Date.now() - opened) / 1000).toFixed(1)} s after opening`);
    // Let the workspace index and the analysis across documents finish first.
    await page.waitForTimeout(SETTLE_S * 1000);
    const seed = await measure(page, 'the 4.99 MB seed (highlighted)');
    const result = { keys: KEYS, pauseMs: PAUSE_MS, ignored, seed, addedP95Ms: seed.p95 - ignored.p95, addedP50Ms: seed.p50 - ignored.p50 };
    if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
    else console.log(`keystroke-to-screen, ${KEYS} keys ${PAUSE_MS} ms apart: ignored p95 ${ignored.p95.toFixed(1)} ms, seed p95 ${seed.p95.toFixed(1)} ms, added p95 ${result.addedP95Ms.toFixed(1)} ms (p50 ${result.addedP50Ms.toFixed(1)} ms)`);
    await context.close();
  } finally {
    await closeBrowserAndServer(state);
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
