// The web suite: Seedmark from its browser bundle in the web-worker extension host (vscode.dev,
// github.dev). Loaded by VS Code as `extensionTestsPath`; bundled by esbuild.js for the browser.
import * as vscode from 'vscode';
import { MemFs } from './memFs';
import { check, runAll, test, waitFor } from './runner';

const EXTENSION_ID = 'seedmark.seedmark';
const SAMPLE = 'harbour-authority-2024-03-14.txt';
/** Seeds are an explicit set: the lane writes the sample under seeds/, and this suite's own documents go there too. */
const SEEDS = 'seeds';
const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface DrawnFact {
  kind: string;
  id: string;
  text: string;
  start: number;
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  check(first, 'the lane opens a workspace folder');
  return first.uri;
}

async function openSample(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), SEEDS, SAMPLE));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function drawn(): Promise<DrawnFact[]> {
  return (await vscode.commands.executeCommand<DrawnFact[]>('seedmark.test.inspectActiveEditor')) ?? [];
}

test('runs in a web worker, from the browser bundle', async () => {
  // A web worker: importScripts, and no Node `process` (the web worker host defines none).
  const scope = globalThis as { importScripts?: unknown; process?: unknown };
  check(typeof scope.importScripts === 'function', 'importScripts exists: this is a web worker');
  check(typeof scope.process === 'undefined', 'no Node process object: not a Node extension host');
  check(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is the web one');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is loaded`);
  // code-server's Node extension host is remote (Workspace); the web worker host is local to the UI.
  check(extension.extensionKind === vscode.ExtensionKind.UI, `extensionKind is UI (${extension.extensionKind}), not the remote Node host`);
  // The web worker host loads only the manifest's `browser` entry; this one is the browser bundle.
  check(extension.packageJSON.browser === './dist/web/extension.js', 'the manifest names the browser bundle');
  await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'extension.js'));
});

test('activates on a plain-text seed and decorates its figures and deadlines', async () => {
  await openSample();
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  await waitFor(() => extension?.isActive, `${EXTENSION_ID} to activate`);
  const facts = await waitFor(async () => {
    const found = await drawn();
    return found.some((fact) => fact.kind === 'figure' && fact.text.includes('48 million')) && found.some((fact) => fact.kind === 'deadline') ? found : undefined;
  }, 'the $48 million figure and a deadline to be drawn');
  check(facts.length >= 10, `${facts.length} facts drawn`);
});

test('explains a figure in a hover', async () => {
  const document = await openSample();
  const offset = document.getText().indexOf('$48 million') + 2;
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  check(/Figure/.test(text) && /48,000,000|48000000/.test(text), `hover text: ${text.slice(0, 200)}`);
});

test('accepting a suggestion writes the sidecar through the workspace file system', async () => {
  const document = await openSample();
  const figure = (await drawn()).find((fact) => fact.kind === 'figure' && fact.text.includes('48 million'));
  check(figure, 'the figure is drawn');
  check(await vscode.commands.executeCommand<boolean>('seedmark.accept', { uri: document.uri.toString(), id: figure.id }), 'accept reports success');
  const sidecar = vscode.Uri.joinPath(folder(), SEEDS, `${SAMPLE}.annotations.yaml`);
  const text = await waitFor(async () => {
    const content = await readText(sidecar);
    return content?.includes(`id: ${figure.id}`) && content.includes('review: accepted') ? content : undefined;
  }, 'the sidecar with the accepted figure');
  check(text.startsWith('seedmark: 1') || text.includes('\nseedmark: 1'), 'a versioned sidecar');
  // Written through a temporary file and workspace.fs.rename; the temporary file is gone.
  const leftovers = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), SEEDS))).filter(([name]) => name.endsWith('.tmp'));
  check(leftovers.length === 0, `no temporary files left: ${leftovers.map(([name]) => name).join(', ')}`);
});

test('an outside edit of the sidecar is kept when the next decision is written', async () => {
  const document = await openSample();
  const sidecar = vscode.Uri.joinPath(folder(), SEEDS, `${SAMPLE}.annotations.yaml`);
  const before = await readText(sidecar);
  check(before, 'the sidecar exists (written by the previous test)');
  // As another window or a `git pull` would: a comment added on disk, behind the extension's back.
  await vscode.workspace.fs.writeFile(sidecar, encoder.encode(`# checked by the web suite\n${before}`));
  const deadline = (await drawn()).find((fact) => fact.kind === 'deadline' && !before.includes(`id: ${fact.id}`));
  check(deadline, 'a deadline not yet in the sidecar');
  check(await vscode.commands.executeCommand<boolean>('seedmark.reject', { uri: document.uri.toString(), id: deadline.id }), 'reject reports success');
  const after = await waitFor(async () => {
    const content = await readText(sidecar);
    return content?.includes(`id: ${deadline.id}`) ? content : undefined;
  }, 'the rejected deadline in the sidecar');
  check(after.startsWith('# checked by the web suite\n'), 'the outside comment is kept');
  check(after.includes('review: accepted') && after.includes('review: rejected'), 'both decisions are in the sidecar');
});

test('reports a broken sidecar and never overwrites it', async () => {
  const documentUri = vscode.Uri.joinPath(folder(), SEEDS, 'web-broken.txt');
  const brokenSidecar = vscode.Uri.joinPath(folder(), SEEDS, 'web-broken.txt.annotations.yaml');
  const brokenText = 'seedmark: 1\ndocument:\n  file: web-broken.txt\nannotations:\n  - id: x\n    kind: figure\n    review: maybe\n    anchor: {exact: "12", start: 0, end: 2}\n';
  await vscode.workspace.fs.writeFile(documentUri, encoder.encode('The city will add 12 buses within a year.\n'));
  await vscode.workspace.fs.writeFile(brokenSidecar, encoder.encode(brokenText));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(documentUri), { preview: false });
  const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(brokenSidecar).find((d) => /review/.test(d.message)), 'a diagnostic on the broken sidecar');
  check(diagnostic.range.start.line === 6, `the diagnostic is on the bad line (line ${diagnostic.range.start.line + 1})`);
  const figure = await waitFor(async () => (await drawn()).find((fact) => fact.kind === 'figure'), 'the figure drawn beside a broken sidecar');
  const accepted = await vscode.commands.executeCommand<boolean>('seedmark.accept', { uri: documentUri.toString(), id: figure.id });
  check(accepted === false, 'accept refuses to write');
  check((await readText(brokenSidecar)) === brokenText, 'the broken sidecar is unchanged');
});

const PLEDGE = 'By Elena Marsh March 14, 2024\n\nThe city council approved a $48 million repair plan on Wednesday. The authority plans to award the main dredging contract by the end of June, its chief executive said.\n';

/** Opens /seeds/pledge.txt on a fresh in-memory file system and waits for its figure to be drawn. */
async function openOnMemFs(scheme: string, readonly: boolean): Promise<{ memfs: MemFs; uri: vscode.Uri; figure: DrawnFact; registration: vscode.Disposable }> {
  const memfs = new MemFs();
  memfs.seed('/seeds/pledge.txt', PLEDGE);
  const registration = vscode.workspace.registerFileSystemProvider(scheme, memfs, { isCaseSensitive: true, isReadonly: readonly });
  const uri = vscode.Uri.from({ scheme, path: '/seeds/pledge.txt' });
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const figure = await waitFor(async () => (await drawn()).find((fact) => fact.kind === 'figure' && fact.text.includes('48 million')), `the figure drawn in ${uri.toString()}`);
  return { memfs, uri, figure, registration };
}

test('writes the sidecar on a virtual file system through a temporary file and a rename', async () => {
  const { memfs, uri, figure, registration } = await openOnMemFs('seedmark-memfs', false);
  try {
    check(await vscode.commands.executeCommand<boolean>('seedmark.accept', { uri: uri.toString(), id: figure.id }), 'accept reports success');
    const sidecar = memfs.text('/seeds/pledge.txt.annotations.yaml');
    check(sidecar?.includes(`id: ${figure.id}`) && sidecar.includes('review: accepted'), `the sidecar on the virtual file system: ${sidecar?.slice(0, 200)}`);
    check(
      memfs.renames.some(([from, to]) => to === '/seeds/pledge.txt.annotations.yaml' && from.endsWith('.tmp')),
      `written as a temporary file renamed over the sidecar: ${JSON.stringify(memfs.renames)}`,
    );
    check(!memfs.paths().some((path) => path.endsWith('.tmp')), `no temporary file left: ${memfs.paths().join(', ')}`);
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    registration.dispose();
  }
});

test('on a read-only file system shows annotations and refuses to save, writing nothing', async () => {
  const { memfs, uri, figure, registration } = await openOnMemFs('seedmark-readonly', true);
  try {
    const accepted = await vscode.commands.executeCommand<boolean>('seedmark.accept', { uri: uri.toString(), id: figure.id });
    check(accepted === false, 'accept reports that nothing was saved');
    check(memfs.paths().join(',') === '/,/seeds,/seeds/pledge.txt', `nothing written: ${memfs.paths().join(', ')}`);
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    registration.dispose();
  }
});

test('lists the workspace commitments in the tree (indexed without worker threads)', async () => {
  const roots = await waitFor(async () => {
    const found = await vscode.commands.executeCommand<Array<{ label: string; children: unknown[] }>>('seedmark.test.treeRoots');
    return found && found.some((root) => root.children.length > 0) ? found : undefined;
  }, 'commitments in the tree');
  check(roots.some((root) => root.label === `${SEEDS}/${SAMPLE}`), `a group for the sample: ${roots.map((root) => root.label).join(', ')}`);
});

test('draws the timeline in its webview', async () => {
  await vscode.commands.executeCommand('seedmark.showTimeline');
  const state = await waitFor(async () => {
    const found = await vscode.commands.executeCommand<{ report?: { rows: number; placed: number } }>('seedmark.test.timelineState');
    return found?.report && found.report.placed > 0 ? found : undefined;
  }, 'the timeline to report placed commitments');
  check(state.report!.rows >= state.report!.placed, 'rows include the placed ones');
});

test('opens the walkthrough sample from the extension storage and decorates it', async () => {
  await vscode.commands.executeCommand('seedmark.openSample');
  const document = vscode.window.activeTextEditor?.document;
  check(document, 'an editor is open');
  check(document.uri.path.endsWith(`/sample/${SAMPLE}`), `the sample is open: ${document.uri.toString()}`);
  check(!document.uri.path.startsWith(`${folder().path}/`), 'the sample is not written into the workspace');
  await waitFor(async () => (await drawn()).some((fact) => fact.kind === 'deadline'), 'deadlines drawn in the sample copy');
});

test('exports the workspace calendar', async () => {
  const target = vscode.Uri.joinPath(folder(), 'web-export.ics');
  await vscode.commands.executeCommand('seedmark.exportWorkspace', 'ics', target);
  const calendar = decoder.decode(await vscode.workspace.fs.readFile(target));
  check(calendar.startsWith('BEGIN:VCALENDAR\r\n') && calendar.includes('BEGIN:VEVENT'), calendar.slice(0, 120));
  await vscode.workspace.fs.delete(target);
});

export function run(): Promise<void> {
  return runAll(`Seedmark integration suite: web worker extension host in VS Code ${vscode.version}`);
}
