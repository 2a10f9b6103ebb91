#!/usr/bin/env node
// The packaged-extension lane: builds the .vsix with `npm run package` exactly as a release
// would, installs it into code-server 4.100.3 (`--install-extension`, no development path),
// and checks that what was installed is only what runs and that it activates: opening the
// sample in headless Chromium decorates its facts, fills the status bar and the Commitments view,
// and that the installed extension (ExtensionMode.Production) registers none of the integration
// suite's test commands (vsixProbe/, the one check made from inside the extension host).
//
//   node test/integration/vsixLane.js
//
// The tools (code-server, playwright-core, Debian packages) are the ones lane.js installs; this
// lane installs them the same way when missing (codeServer.js). `npm run package` leaves a
// production build in dist/; the lane rebuilds the development bundles afterwards so dist/ is
// as `npm run build` left it. Prints one line per check and `N passed, N failed` last.
//
// Environment (all optional):
//   SEEDMARK_LANE_TIMEOUT_MS   limit for the run after the tools are ready (default 180000)
//   SEEDMARK_KEEP_TEMP=1       keep the temp folder (the .vsix, logs, profile, workspace)
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LaneError, closeBrowserAndServer, ensurePrerequisites, installExtension, launchBrowser, openFromExplorer, remoteUri, root, seconds, startServer, workbenchUrl } = require('./codeServer');

const SAMPLE = 'harbour-authority-2024-03-14.txt';
const SEEDS = 'seeds';
const PROBE_DIR = path.join(__dirname, 'vsixProbe');
const RUN_TIMEOUT_MS = Number(process.env.SEEDMARK_LANE_TIMEOUT_MS) || 3 * 60_000;
// About 0.6 MB today, most of it the README's three screenshots; node_modules or source maps
// slipping in would double it.
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
// Folders and files of the repository that must never reach users.
const NEVER_SHIPPED = [/^src\//, /^test\//, /^out\//, /^node_modules\//, /^\.tools\//, /^docs\//, /^test-results\//, /\.map$/, /\.ts$/, /^tsconfig.*\.json$/, /^esbuild\.js$/];

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const started = Date.now();
const state = { tempDir: undefined, server: undefined, browser: undefined, page: undefined, cleaningUp: undefined, interrupted: false };

function log(message) {
  console.log(`[vsix lane] ${message}`);
}

// ---------------------------------------------------------------- checks

const results = [];
let blocked;

/** Runs one named check; once a check that later ones build on has failed, they are reported as not run (and failed). */
async function check(name, body, { prerequisite = false } = {}) {
  if (blocked) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}: not run (${blocked})`);
    return;
  }
  const since = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}${detail ? ` — ${detail}` : ''} (${seconds(since)})`);
  } catch (error) {
    results.push({ name, ok: false });
    const message = error instanceof LaneError ? error.message : error && error.stack ? error.stack : String(error);
    console.log(`  ✗ ${name}: ${message}`);
    if (prerequisite) blocked = `"${name}" failed`;
  }
}

function listFiles(folder, prefix = '') {
  const files = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(path.join(folder, entry.name), `${relative}/`));
    else files.push(relative);
  }
  return files;
}

/** Every file path the manifest names (main, browser, icon, grammar, schema, walkthrough media …), relative to the extension folder. */
function manifestPaths() {
  const paths = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      const match = /^(?:\.\/)?((?:dist|media|syntaxes|l10n)\/[^\s?#]+\.[A-Za-z0-9]+)$/.exec(value);
      if (match) paths.add(match[1]);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit({ main: manifest.main, browser: manifest.browser, icon: manifest.icon, l10n: manifest.l10n, contributes: manifest.contributes });
  if (manifest.main && !/\.js$/.test(manifest.main)) paths.add(`${manifest.main.replace(/^\.\//, '')}.js`);
  return [...paths].sort();
}

/** Bundles of the build (dist/*.js) that the shipped extension names, such as the worker it starts from its own folder. */
function bundlesNamedBy(extensionJs) {
  const distDir = path.join(root, 'dist');
  const built = fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((name) => name.endsWith('.js') && name !== 'extension.js') : [];
  const source = fs.readFileSync(extensionJs, 'utf8');
  // A name as a string of its own, or at the end of a template such as `${__dirname}/engine.js`.
  const named = (name) => [`"${name}"`, `'${name}'`, `\`${name}\``, `/${name}\``].some((quoted) => source.includes(quoted));
  return built.filter(named).map((name) => `dist/${name}`);
}

// ---------------------------------------------------------------- the steps

function buildVsix(tempDir) {
  const vsix = path.join(tempDir, `${manifest.name}-${manifest.version}.vsix`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  const output = `${result.stdout || ''}${result.stderr || ''}`;
  if (result.error || result.status !== 0 || !fs.existsSync(vsix)) {
    throw new LaneError(`npm run package ${result.error ? `failed: ${result.error.message}` : `exited with ${result.status}`}:\n${output.trim().split('\n').slice(-30).join('\n')}`);
  }
  const size = fs.statSync(vsix).size;
  if (size > MAX_VSIX_BYTES) throw new LaneError(`${path.basename(vsix)} is ${(size / 1024).toFixed(0)} KB, over the ${MAX_VSIX_BYTES / 1024} KB budget: what was added?\n${output}`);
  return { vsix, size };
}

/** Rebuilds the development bundles (with source maps) that `npm run package` replaced. */
function restoreDevelopmentBuild() {
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.error || result.status !== 0) console.error(`[vsix lane] could not rebuild the development bundles (node esbuild.js): ${result.error ? result.error.message : result.stderr}`);
}

function makeWorkspace(tempDir) {
  const workspace = path.join(tempDir, 'workspace');
  // In a seeds/ folder: seeds are an explicit set, and a text file at the root is not one.
  fs.mkdirSync(path.join(workspace, SEEDS), { recursive: true });
  fs.copyFileSync(path.join(root, 'test', 'fixtures', SAMPLE), path.join(workspace, SEEDS, SAMPLE));
  return workspace;
}

async function openSample(browser, port, workspace) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  state.page = page;
  // No payload but the welcome switches: the extension comes from the extensions folder only.
  await page.goto(workbenchUrl(port, workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await openFromExplorer(page, SEEDS, SAMPLE);
  return page;
}

/** The extension host's log of this server, where VS Code records each activation and its failure. */
function extensionHostLog(server) {
  const logsDir = path.join(server.dirs['user-data'], 'logs');
  const logs = fs.existsSync(logsDir) ? listFiles(logsDir).filter((file) => /exthost\d*[/\\]remoteexthost\.log$|exthost\.log$/.test(file)) : [];
  return logs.map((file) => fs.readFileSync(path.join(logsDir, file), 'utf8')).join('\n');
}

async function waitFor(probe, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last.ok) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new LaneError(describe(last));
}

async function runChecks(tmpDir) {
  state.tempDir = fs.mkdtempSync(path.join(tmpDir, 'seedmark-vsix-'));
  const tempDir = state.tempDir;
  let vsix;
  let installed;

  await check(
    'npm run package builds the .vsix',
    () => {
      try {
        const built = buildVsix(tempDir);
        vsix = built.vsix;
        return `${path.basename(vsix)}, ${(built.size / 1024).toFixed(0)} KB`;
      } finally {
        restoreDevelopmentBuild();
      }
    },
    { prerequisite: true },
  );

  await check(
    'code-server installs it with --install-extension',
    () => {
      installed = installExtension(tempDir, vsix);
      const expected = `${extensionId}-${manifest.version}`;
      if (path.basename(installed) !== expected) throw new LaneError(`installed as ${path.basename(installed)}, expected ${expected}`);
      return path.basename(installed);
    },
    { prerequisite: true },
  );

  await check('the installed extension holds what runs: dist/extension.js, every file the manifest names and every bundle the extension loads', () => {
    const files = new Set(listFiles(installed));
    const required = ['package.json', 'dist/extension.js', ...manifestPaths(), ...bundlesNamedBy(path.join(installed, 'dist', 'extension.js'))];
    const missing = [...new Set(required)].filter((file) => !files.has(file));
    if (missing.length > 0) throw new LaneError(`missing from the package: ${missing.join(', ')} (add them to .vscodeignore's ! lines)`);
    return `${files.size} files`;
  });

  await check('and nothing else: the production bundles, no src/, test/, node_modules/, source maps or build scripts', () => {
    const files = listFiles(installed);
    const unwanted = files.filter((file) => NEVER_SHIPPED.some((pattern) => pattern.test(file)));
    if (unwanted.length > 0) throw new LaneError(`shipped but never run: ${unwanted.slice(0, 20).join(', ')}${unwanted.length > 20 ? ` … (${unwanted.length})` : ''}`);
    // A development bundle names its source map, which is not shipped: the package must hold the production build.
    const mapped = files.filter((file) => file.endsWith('.js') && /\/\/# sourceMappingURL=\S+\.map\s*$/.test(fs.readFileSync(path.join(installed, file), 'utf8')));
    if (mapped.length > 0) throw new LaneError(`development bundles (with a sourceMappingURL) were packaged instead of the production build: ${mapped.join(', ')} — did another build write dist/ while vsce packaged it?`);
    const bundleSource = fs.readFileSync(path.join(installed, 'dist', 'extension.js'), 'utf8');
    const external = [...bundleSource.matchAll(/require\(["']([^"'./][^"']*)["']\)/g)].map((match) => match[1]).filter((name) => name !== 'vscode' && !name.startsWith('node:') && !require('node:module').builtinModules.includes(name));
    if (external.length > 0) throw new LaneError(`dist/extension.js requires packages the .vsix does not ship: ${[...new Set(external)].join(', ')}`);
    return undefined;
  });

  const workspace = makeWorkspace(tempDir);
  let page;
  await check(
    'code-server starts without a development path and the sample opens',
    async () => {
      state.server = await startServer(tempDir, workspace, log);
      state.browser = await launchBrowser();
      page = await openSample(state.browser, state.server.port, workspace);
      return undefined;
    },
    { prerequisite: true },
  );

  await check('the installed extension activates and decorates the sample\'s facts', async () => {
    const decorated = page.locator('.monaco-editor .view-lines span[class*="ced-"]');
    await decorated.first().waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {
      throw new LaneError('no decorated span (span[class*="ced-"]) in the editor within 30 s: the extension did not activate or did not read the sample');
    });
    const figure = await decorated.filter({ hasText: '48 million' }).count();
    if (figure === 0) throw new LaneError('no decoration on the "$48 million" figure');
    return `${await decorated.count()} decorated spans`;
  });

  await check('the status bar shows the sample\'s counts', async () => {
    const item = page.locator('.statusbar-item', { has: page.locator('.codicon-symbol-number') }).first();
    const found = await waitFor(
      async () => {
        const visible = await item.isVisible().catch(() => false);
        const text = visible ? (await item.innerText()).replace(/\s+/g, ' ').trim() : '';
        return { ok: /[1-9]/.test(text), text };
      },
      15_000,
      (last) => `no Seedmark status bar item with counts (found ${JSON.stringify(last && last.text)})`,
    );
    return JSON.stringify(found.text);
  });

  await check('the Commitments view lists the sample\'s commitments', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Seedmark: Show Commitments');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Commitments' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    const rows = page.locator('.pane', { hasText: 'Commitments' }).locator('.monaco-list-row');
    const found = await waitFor(
      async () => {
        const texts = await rows.allInnerTexts().catch(() => []);
        return { ok: texts.length >= 2 && texts.some((row) => /Harbour Authority|council/i.test(row)), count: texts.length };
      },
      20_000,
      (last) => `the Commitments view shows ${last ? last.count : 0} rows, none with "Harbour Authority" or "council"`,
    );
    return `${found.count} rows`;
  });

  await check('the installed extension runs in production mode: none of the integration suite\'s seedmark.test.* commands is registered', async () => {
    const said = await runProbe(state.browser, state.server.port, workspace);
    return said.replace(/^.*vsix probe: /, '');
  });

  await check('the extension host logged its activation and no error of it', () => {
    const text = extensionHostLog(state.server);
    if (!text) throw new LaneError(`no extension host log under ${path.join(state.server.dirs['user-data'], 'logs')}`);
    const failed = text.split('\n').filter((line) => line.includes(extensionId) && /\[error\]|Activating extension .* failed/i.test(line));
    if (failed.length > 0) throw new LaneError(`the extension host reported:\n${failed.slice(0, 10).join('\n')}`);
    const activation = text.split('\n').find((line) => line.includes(`_doActivateExtension ${extensionId}`));
    if (!activation) throw new LaneError(`the extension host log has no activation of ${extensionId}`);
    return activation.replace(/^.*_doActivateExtension /, '').trim();
  });
}

/**
 * Opens a second window whose development extension is vsixProbe/ and whose tests module is its
 * probe.js: the probe runs in the extension host beside the installed Seedmark and reports
 * through the smoke-test hooks, as the suite does in lane.js.
 */
async function runProbe(browser, port, workspace) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const lines = [];
  let reportExit;
  const exited = new Promise((resolve) => {
    reportExit = resolve;
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (_type, args) => lines.push((Array.isArray(args) ? args : [args]).map(String).join(' ')));
  try {
    const payload = [
      ['extensionDevelopmentPath', remoteUri(port, PROBE_DIR)],
      ['extensionTestsPath', remoteUri(port, path.join(PROBE_DIR, 'probe.js'))],
    ];
    await page.goto(workbenchUrl(port, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    let timer;
    const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), 60_000)))]).finally(() => clearTimeout(timer));
    // The log reaches the page on its own way and can trail the exit code: wait for the probe's line.
    for (let waited = 0; waited < 5_000 && !lines.some((line) => line.includes('vsix probe:')); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const said = lines.filter((line) => /vsix probe:|Error/.test(line));
    if (code === undefined) throw new LaneError(`the probe did not finish within 60 s${said.length ? `:\n${said.join('\n')}` : ''}`);
    if (code !== 0) throw new LaneError(`the probe failed (exit code ${code}):\n${(said.length ? said : lines.slice(-20)).join('\n')}`);
    return said.find((line) => line.includes('vsix probe:')) || 'the probe passed';
  } finally {
    await context.close().catch(() => {});
  }
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

function summary() {
  const passed = results.filter((result) => result.ok).length;
  return { passed, failed: results.length - passed };
}

async function main() {
  const tmpDir = os.tmpdir();
  ensurePrerequisites(tmpDir, log);
  const runStarted = Date.now();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new LaneError(`timed out after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
  });
  const work = runChecks(tmpDir);
  try {
    await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
    await cleanup();
    log(`run took ${seconds(runStarted)} (lane ${seconds(started)})`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    state.interrupted = true;
    console.error(`[vsix lane] ${signal}: stopping code-server and Chromium`);
    cleanup().finally(() => {
      removeTemp(false);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

// Exit explicitly: after a timeout, the abandoned run may still hold timers or sockets.
main().then(
  () => {
    if (state.interrupted) return;
    const { passed, failed } = summary();
    removeTemp(failed > 0);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed > 0 ? 1 : 0);
  },
  (error) => {
    if (state.interrupted) return;
    removeTemp(true);
    const { passed, failed } = summary();
    console.error(`vsix lane: FAILED — ${error instanceof LaneError ? error.message : error && error.stack ? error.stack : error}`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
