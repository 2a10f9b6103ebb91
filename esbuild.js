// Bundles the extension (vscode stays external), the CLI and the evaluation script.
// Modes: default (sourcemaps), --production (minified, no sourcemaps), --watch.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's `$esbuild-watch` problem matcher reads. */
const problemMatcherLog = {
  name: 'problem-matcher-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [problemMatcherLog] : [],
};

/**
 * The browser bundle (vscode.dev, github.dev) swaps Node-only modules for their web twins:
 * `indexModelBuilder.ts` and `crossDocumentAnalyser.ts` start worker threads, their `.web.ts` twins work in place;
 * `localSidecarStorage.ts` writes local sidecars with Node's `fs` (a lock file), its twin leaves them to `workspace.fs`;
 * `engine.ts` loads dist/engine.js at run time, `engine.web.ts` bundles the engine in.
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /\/(indexModelBuilder|crossDocumentAnalyser|localSidecarStorage)$/ }, (args) => ({ path: require('node:path').join(args.resolveDir, `${args.path.slice(args.path.lastIndexOf('/') + 1)}.web.ts`) }));
    build.onResolve({ filter: /^\.\/engine$/ }, (args) => ({ path: require('node:path').join(args.resolveDir, 'engine.web.ts') }));
  },
};

/**
 * esbuild fails a browser build that imports a Node module (`node:fs`, `path`), but not one that
 * uses Node's globals or loads a file at run time (`require(\`${__dirname}/engine.js\`)`): those
 * would only fail in the web worker. This fails the web bundles on any free `process`, `Buffer`,
 * `global`, `__dirname`, `__filename`, `setImmediate` or `require` other than `require("vscode")`
 * (`typeof X` feature tests pass). esbuild's `define` replaces only free references, so strings,
 * comments, properties and locals of those names are not mistaken for them.
 */
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate', 'require'];
const noNodeGlobals = {
  name: 'no-node-globals',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return undefined;
      const file = build.initialOptions.outfile;
      const define = Object.fromEntries(NODE_GLOBALS.map((name) => [name, `__seedmarkNodeGlobal__${name}`]));
      const marked = esbuild.transformSync(require('node:fs').readFileSync(file, 'utf8'), { define, loader: 'js', logLevel: 'silent' }).code;
      const found = new Set();
      for (const [, guarded, name, vscode] of marked.matchAll(/(typeof\s+)?__seedmarkNodeGlobal__(\w+)(\s*\(\s*"vscode"\s*\))?/g)) {
        if (!guarded && !vscode) found.add(name);
      }
      if (found.size === 0) return undefined;
      return { errors: [{ text: `${file} uses Node's ${[...found].join(', ')}, which a web worker does not have (see the no-node-globals plugin in esbuild.js)` }] };
    });
  },
};

const targets = [
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    // The first thing the bundle does: note the time, so activation can report its whole cost.
    banner: { js: 'var __seedmarkLoadStarted = typeof performance === "object" ? performance.now() : undefined;' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { SEEDMARK_VERSION: JSON.stringify(require('./package.json').version) },
  },
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    // No Node built-in may reach the web bundle: esbuild fails the build if one is imported, and
    // noNodeGlobals if Node's globals are used.
    plugins: [...common.plugins, webTwins, noNodeGlobals],
  },
  // The web lane's suite, loaded by the web-worker extension host like the extension itself.
  { ...common, entryPoints: ['test/integration/web/suite.ts'], outfile: 'dist/web/suite.js', platform: 'browser', target: 'es2022', external: ['vscode'], plugins: [...common.plugins, noNodeGlobals] },
  { ...common, entryPoints: ['test/eval/main.ts'], outfile: 'dist/eval.js' },
  { ...common, entryPoints: ['test/bench/main.ts'], outfile: 'dist/bench.js' },
  // The core's heavy half, loaded by the extension on first use (src/vscode/engine.ts).
  { ...common, entryPoints: ['src/core/engine.ts'], outfile: 'dist/engine.js' },
  // The workspace index builds document models on worker threads (src/node/modelWorkerPool.ts).
  { ...common, entryPoints: ['src/node/modelWorker.ts'], outfile: 'dist/modelWorker.js' },
  // Cross-document analysis runs on a worker thread of its own (src/node/crossDocumentThread.ts).
  { ...common, entryPoints: ['src/node/crossDocumentWorker.ts'], outfile: 'dist/crossDocumentWorker.js' },
];

async function main() {
  const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
