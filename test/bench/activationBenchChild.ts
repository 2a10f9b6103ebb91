import Module from 'node:module';
import { performance } from 'node:perf_hooks';
import { createExtensionContextStandIn, createVscodeStandIn } from './vscodeStandIn';

/**
 * `node activationBenchChild.js <extension.js>`: loads the production extension bundle in a
 * fresh process with a stand-in `vscode` module and calls `activate()` once, as the host does
 * for the first seed document; prints one JSON line. The bundle notes when its first line ran
 * (esbuild banner) and `activate()` returns what it measured; `requireMs` is the whole
 * `require`, reading and compiling the file included.
 */
const [bundle] = process.argv.slice(2);
if (!bundle) throw new Error('usage: node activationBenchChild.js <extension.js>');

const vscode = createVscodeStandIn();
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscode : load(request, ...rest));

interface ActivatedApi {
  activation: { loadMs: number | undefined; activateMs: number };
}

const started = performance.now();
const extension = Module.createRequire(__filename)(bundle) as { activate(context: unknown): ActivatedApi };
const requireMs = performance.now() - started;
const { activation } = extension.activate(createExtensionContextStandIn());
console.log(JSON.stringify({ requireMs, loadMs: activation.loadMs, activateMs: activation.activateMs }));
// activate() leaves the workspace index to a timer; there is no workspace to index here.
process.exit(0);
