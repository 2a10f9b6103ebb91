import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(__dirname, '..', '..', '..');

/**
 * What activation must not evaluate: the engine's code, loaded on first use from dist/engine.js.
 * Packages are matched wherever node_modules lives: esbuild names inputs by their real path, so a
 * symlinked node_modules (a git worktree sharing another's) shows as `../other/node_modules/…`.
 */
const ENGINE_ONLY = [/(^|\/)node_modules\/(yaml|js-yaml|approx-string-match)\//, /^src\/core\/extract\//, /^src\/core\/anchor\.ts$/, /^src\/core\/sidecar\/(sidecarDocument|updateSidecar|mergeAnnotations)\.ts$/];

async function inputsOf(entryPoint: string, plugins: esbuild.Plugin[] = []): Promise<string[]> {
  const result = await esbuild.build({ absWorkingDir: root, entryPoints: [entryPoint], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', external: ['vscode'], outfile: 'out.js', logLevel: 'silent', plugins });
  return Object.keys(result.metafile.inputs);
}

describe('the activation bundle', function () {
  this.timeout(20_000);

  it('leaves extraction, YAML and anchoring to the engine bundle', async () => {
    const inputs = await inputsOf('src/vscode/extension.ts');
    assert.ok(inputs.includes('src/vscode/engine.ts'), 'the extension reaches the engine through src/vscode/engine.ts');
    assert.deepEqual(inputs.filter((input) => ENGINE_ONLY.some((pattern) => pattern.test(input))), []);
  });

  it('would hold them if the engine were imported directly (the check can fail)', async () => {
    const inline: esbuild.Plugin = { name: 'inline-engine', setup: (build) => build.onResolve({ filter: /^\.\/engine$/ }, () => ({ path: resolve(root, 'src/vscode/engine.web.ts') })) };
    const inputs = await inputsOf('src/vscode/extension.ts', [inline]);
    assert.ok(inputs.some((input) => /(^|\/)node_modules\/yaml\//.test(input)));
    assert.ok(inputs.some((input) => input.startsWith('src/core/extract/')));
  });
});
