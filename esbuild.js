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
  { ...common, entryPoints: ['test/eval/main.ts'], outfile: 'dist/eval.js' },
  { ...common, entryPoints: ['test/bench/main.ts'], outfile: 'dist/bench.js' },
  // The workspace index builds document models on worker threads (src/node/modelWorkerPool.ts).
  { ...common, entryPoints: ['src/node/modelWorker.ts'], outfile: 'dist/modelWorker.js' },
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
