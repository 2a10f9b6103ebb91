import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as Esbuild from 'esbuild';
import type { SystemName } from './systems/benchSystem';

/** The first line of the extension bundle in esbuild.js: when evaluation started (extension.ts reads it). */
const EXTENSION_BANNER = 'var __seedmarkLoadStarted = typeof performance === "object" ? performance.now() : undefined;';

/** `dist/bench.js` runs from `dist/`, so the project root is one folder up. */
export const PROJECT_ROOT = resolve(__dirname, '..');

/** The size a user downloads: the minified bundle, and gzipped as a VSIX (a zip) roughly stores it. */
export interface BundleSize {
  bytes: number;
  gzipBytes: number;
}

export interface BenchBundles {
  directory: string;
  /** One small module per system exporting its factory; chrono and Recognizers load from node_modules. */
  systemEntry: Record<SystemName, { path: string; factory: string }>;
  /** The workspace-index child: the core bundled alone, so its memory is the index's own. */
  workspaceIndexEntry: string;
  /** The model worker the index's pool starts, as the extension ships it. */
  modelWorkerEntry: string;
  /** The cross-document worker, as the extension ships it. */
  crossDocumentWorkerEntry: string;
  /** The large-workspace child (issue #20's freeze): the host-side steps of the extension, in a fresh process. */
  largeWorkspaceEntry: string;
  /** The sidecar figures' child process (a fresh heap). */
  sidecarEntry: string;
  /** One of the processes writing a sidecar at once (test/unit/sidecar/sidecarWriterChild.ts). */
  sidecarWriterEntry: string;
  /** The incremental figures' child process (a heap with only the 1 MB document). */
  incrementalEntry: string;
  /** The activation figures' child process: the extension bundle loaded with a stand-in `vscode`. */
  activationEntry: string;
  /** The production extension bundle, as the activation child loads it. */
  extensionBundle: string;
  sizes: { extension: BundleSize; engine: BundleSize; cli: BundleSize };
  dispose(): void;
}

/**
 * Builds, into a temporary folder, what the bench measures from the outside: the production
 * bundles (the options of `esbuild.js --production`, repeated here because that script neither
 * exports them nor takes an output folder) and the entry points of the child processes.
 */
export async function buildBenchBundles(): Promise<BenchBundles> {
  // esbuild ships a native binary found relative to its own package, so it cannot be bundled
  // into dist/bench.js; it is loaded from the project's node_modules at run time instead.
  const esbuild = createRequire(join(PROJECT_ROOT, 'package.json'))('esbuild') as typeof Esbuild;
  const directory = mkdtempSync(join(tmpdir(), 'seedmark-bench-'));
  const version = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const production: Esbuild.BuildOptions = {
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  };
  const at = (name: string) => join(directory, name);
  await Promise.all([
    // With esbuild.js's banner, so the bundle notes when its first line ran, as the shipped one does.
    esbuild.build({ ...production, entryPoints: ['src/vscode/extension.ts'], outfile: at('extension.js'), external: ['vscode'], banner: { js: EXTENSION_BANNER } }),
    esbuild.build({ ...production, entryPoints: ['src/core/engine.ts'], outfile: at('engine.js') }),
    esbuild.build({
      ...production,
      entryPoints: ['src/cli/main.ts'],
      outfile: at('cli.js'),
      banner: { js: '#!/usr/bin/env node' },
      define: { SEEDMARK_VERSION: JSON.stringify(version) },
    }),
    esbuild.build({
      ...production,
      entryPoints: ['test/bench/systems/seedmarkSystem.ts', 'test/bench/systems/chronoSystem.ts', 'test/bench/systems/recognizersSystem.ts'],
      outdir: directory,
      // The packages are required from node_modules as a user's program would; Seedmark ships bundled.
      external: ['chrono-node', '@microsoft/*'],
    }),
    esbuild.build({ ...production, entryPoints: ['test/bench/workspaceIndexChild.ts'], outfile: at('workspaceIndexChild.js') }),
    esbuild.build({ ...production, entryPoints: ['src/node/modelWorker.ts'], outfile: at('modelWorker.js') }),
    esbuild.build({ ...production, entryPoints: ['src/node/crossDocumentWorker.ts'], outfile: at('crossDocumentWorker.js') }),
    esbuild.build({ ...production, entryPoints: ['test/bench/largeWorkspaceChild.ts'], outfile: at('largeWorkspaceChild.js') }),
    esbuild.build({ ...production, entryPoints: ['test/bench/sidecarBenchChild.ts'], outfile: at('sidecarBenchChild.js') }),
    esbuild.build({ ...production, entryPoints: ['test/unit/sidecar/sidecarWriterChild.ts'], outfile: at('sidecarWriterChild.js') }),
    esbuild.build({ ...production, entryPoints: ['test/bench/incrementalBenchChild.ts'], outfile: at('incrementalBenchChild.js') }),
    esbuild.build({ ...production, entryPoints: ['test/bench/activationBenchChild.ts'], outfile: at('activationBenchChild.js') }),
  ]);
  const sizeOf = (path: string): BundleSize => ({ bytes: statSync(path).size, gzipBytes: gzipSync(readFileSync(path)).length });
  return {
    directory,
    systemEntry: {
      seedmark: { path: at('seedmarkSystem.js'), factory: 'createSeedmarkSystem' },
      chrono: { path: at('chronoSystem.js'), factory: 'createChronoSystem' },
      recognizers: { path: at('recognizersSystem.js'), factory: 'createRecognizersSystem' },
    },
    workspaceIndexEntry: at('workspaceIndexChild.js'),
    modelWorkerEntry: at('modelWorker.js'),
    crossDocumentWorkerEntry: at('crossDocumentWorker.js'),
    largeWorkspaceEntry: at('largeWorkspaceChild.js'),
    sidecarEntry: at('sidecarBenchChild.js'),
    sidecarWriterEntry: at('sidecarWriterChild.js'),
    incrementalEntry: at('incrementalBenchChild.js'),
    activationEntry: at('activationBenchChild.js'),
    extensionBundle: at('extension.js'),
    sizes: { extension: sizeOf(at('extension.js')), engine: sizeOf(at('engine.js')), cli: sizeOf(at('cli.js')) },
    dispose: () => rmSync(directory, { recursive: true, force: true }),
  };
}
