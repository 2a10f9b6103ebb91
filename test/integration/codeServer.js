// What the lanes that run a real VS Code in code-server share (lane.js loads the extension
// from this folder, vsixLane.js installs the packaged .vsix): the prerequisites and their
// installation, starting and stopping code-server 4.100.3 (VS Code 1.100, on this machine's
// Node 20) on loopback, and headless Debian Chromium through playwright-core.
//
// Environment (optional):
//   SEEDMARK_TOOLS_DIR   where the tools package is installed (default .tools/vscode-server)
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const serverPackageDir = path.join(__dirname, 'server');
const toolsDir = path.resolve(process.env.SEEDMARK_TOOLS_DIR || path.join(root, '.tools', 'vscode-server'));

const CODE_SERVER_VERSION = '4.100.3';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RIPGREP_VERSION = '1.15.11'; // @vscode/ripgrep inside code-server 4.100.3
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const INSTALL_TIMEOUT_MS = 15 * 60_000;

/** A failure whose message says all a person needs (no stack trace). */
class LaneError extends Error {}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

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
function ensureDebianPackages(log) {
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
function ensureRipgrepArchive(tmpDir, log) {
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
function ensureTools(tmpDir, log) {
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

/** Debian packages, the seeded ripgrep archive and the tools package: installed when missing, checked in well under a second otherwise. */
function ensurePrerequisites(tmpDir, log) {
  ensureDebianPackages(log);
  ensureRipgrepArchive(tmpDir, log);
  ensureTools(tmpDir, log);
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

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

/** A test profile without startup editors, trust prompts, update checks or telemetry (both lanes use it). */
function writeProfile(userDataDir, extraSettings = {}) {
  const settings = {
    ...extraSettings,
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

/**
 * The folders one code-server instance writes to, all under `tempDir`: its profile, its
 * extensions, and the XDG folders it would otherwise create under ~/.local/share and ~/.config.
 */
function serverDirs(tempDir) {
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-data', 'xdg-config'].map((name) => [name, path.join(tempDir, name)]));
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  return dirs;
}

function serverEnv(dirs) {
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
  return env;
}

function checkNodeVersion() {
  if (process.versions.node.split('.')[0] !== '20') throw new LaneError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
}

/**
 * Installs a .vsix into the extensions folder the server started on the same `tempDir` uses
 * (`code-server --install-extension`, no server needed). Returns the installed extension's folder.
 */
function installExtension(tempDir, vsix) {
  checkNodeVersion();
  const dirs = serverDirs(tempDir);
  const entry = path.join(codeServerDir(), 'out', 'node', 'entry.js');
  const before = new Set(fs.readdirSync(dirs.extensions));
  const output = run(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data']], {
    cwd: tempDir,
    env: serverEnv(dirs),
    timeout: 60_000,
  });
  const added = fs.readdirSync(dirs.extensions).filter((name) => !before.has(name) && fs.statSync(path.join(dirs.extensions, name)).isDirectory());
  if (added.length !== 1) throw new LaneError(`code-server --install-extension ${vsix} added ${added.length} folders to ${dirs.extensions} (expected one):\n${output.trim()}`);
  return path.join(dirs.extensions, added[0]);
}

/** Live servers, so a lane that dies before stopping one still ends its process group. */
const liveServers = new Set();

process.on('exit', () => {
  for (const server of liveServers) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * Starts code-server on a free loopback port with its profile, extensions and XDG folders in
 * `tempDir`, opening `workspace`, and resolves once /healthz answers. The handle's stop() ends
 * its whole process group.
 */
async function startServer(tempDir, workspace, log, extraSettings = {}) {
  checkNodeVersion();
  const port = await freePort();
  const dirs = serverDirs(tempDir);
  writeProfile(dirs['user-data'], extraSettings);
  const config = path.join(tempDir, 'code-server.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(tempDir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
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
  // Its own process group: the file watcher and extension host outlive code-server by seconds.
  const child = spawn(process.execPath, args, { cwd: tempDir, env: serverEnv(dirs), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const server = {
    port,
    pid: child.pid,
    dirs,
    logFile,
    logTail: (lines = 40) => tail(logFile, lines),
    stop: () => stopServer(server),
  };
  if (child.pid) liveServers.add(server);
  let exited;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const since = Date.now();
  const deadline = since + 60_000;
  for (;;) {
    let failure;
    if (exited) failure = `code-server exited early (${exited.signal || exited.code})`;
    else if ((await get(`http://127.0.0.1:${port}/healthz`, 1000)) === 200) break;
    else if (Date.now() > deadline) failure = 'code-server did not answer /healthz within 60 s';
    if (failure) {
      await stopServer(server);
      throw new LaneError(`${failure}:\n${server.logTail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`code-server ${CODE_SERVER_VERSION} up on 127.0.0.1:${port} in ${seconds(since)}`);
  return server;
}

/** Ends code-server's whole process group: TERM, then KILL after a grace period. */
async function stopServer(server) {
  if (!server || !server.pid || !liveServers.has(server)) return;
  liveServers.delete(server);
  const group = -server.pid;
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

/** A path on the server as the workbench addresses it. */
function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** The workbench on `workspace`, with the given payload pairs (extensionDevelopmentPath, …) and no welcome page or release notes. */
function workbenchUrl(port, workspace, payload = []) {
  const pairs = [...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(pairs))}`;
}

// ---------------------------------------------------------------- Chromium

function loadPlaywright() {
  return require(path.join(toolsDir, 'node_modules', 'playwright-core'));
}

async function launchBrowser() {
  const { chromium } = loadPlaywright();
  // The lanes' own signal handlers close the browser (Playwright's would exit the process first).
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

/**
 * A lane's teardown, once however often it is asked for (the end of the run and a signal can both
 * ask): the browser first, given 10 s to close, then the server. `state` holds `browser`,
 * `server` and the `cleaningUp` promise.
 */
function closeBrowserAndServer(state) {
  if (state.cleaningUp) return state.cleaningUp;
  state.cleaningUp = (async () => {
    const browser = state.browser;
    state.browser = undefined;
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    const server = state.server;
    state.server = undefined;
    if (server) await server.stop();
  })();
  return state.cleaningUp;
}

/** A row of the Explorer whose label is exactly `name` (not a longer name that contains it). */
function explorerRow(page, name) {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: exact }) }).first();
}

/**
 * Opens `folder/name` from the Explorer as a user would: expands the folder (seeds live in a
 * `seeds/` folder, which the Explorer shows collapsed), then clicks the file.
 */
async function openFromExplorer(page, folder, name) {
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  const folderRow = explorerRow(page, folder);
  await folderRow.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await folderRow.getAttribute('aria-expanded')) !== 'true') await folderRow.click({ timeout: 30_000 });
  await explorerRow(page, name).click({ timeout: 30_000 });
}

module.exports = {
  CODE_SERVER_VERSION,
  closeBrowserAndServer,
  LaneError,
  ensurePrerequisites,
  installExtension,
  launchBrowser,
  openFromExplorer,
  remoteUri,
  root,
  seconds,
  startServer,
  toolsDir,
  workbenchUrl,
  writeProfile,
};
