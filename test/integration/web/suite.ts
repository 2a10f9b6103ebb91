// The web suite: Seedmark from its browser bundle in the web-worker extension host (vscode.dev,
// github.dev). Loaded by VS Code as `extensionTestsPath`; bundled by esbuild.js for the browser.
import * as vscode from 'vscode';
import { check, runAll, test, waitFor } from './runner';

const EXTENSION_ID = 'seedmark.seedmark';
const SAMPLE = 'harbour-authority-2024-03-14.txt';
const decoder = new TextDecoder();

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
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), SAMPLE));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function drawn(): Promise<DrawnFact[]> {
  return (await vscode.commands.executeCommand<DrawnFact[]>('seedmark.test.inspectActiveEditor')) ?? [];
}

test('runs in a web worker, from the browser bundle', async () => {
  // The web worker has importScripts and no Node `require` of its own.
  const scope = globalThis as { importScripts?: unknown };
  check(typeof scope.importScripts === 'function', 'importScripts exists: this is a web worker');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is loaded`);
  check(extension.packageJSON.browser === './dist/web/extension.js', 'the manifest names the browser bundle');
  check(vscode.env.uiKind === vscode.UIKind.Web, 'the workbench is the web one');
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
  await vscode.commands.executeCommand('seedmark.accept', { uri: document.uri.toString(), id: figure.id });
  const sidecar = vscode.Uri.joinPath(folder(), `${SAMPLE}.annotations.yaml`);
  const text = await waitFor(async () => {
    const content = decoder.decode(await vscode.workspace.fs.readFile(sidecar));
    return content.includes(`id: ${figure.id}`) && content.includes('review: accepted') ? content : undefined;
  }, 'the sidecar with the accepted figure');
  check(text.startsWith('seedmark: 1') || text.includes('\nseedmark: 1'), 'a versioned sidecar');
});

test('lists the workspace commitments in the tree (indexed without worker threads)', async () => {
  const roots = await waitFor(async () => {
    const found = await vscode.commands.executeCommand<Array<{ label: string; children: unknown[] }>>('seedmark.test.treeRoots');
    return found && found.some((root) => root.children.length > 0) ? found : undefined;
  }, 'commitments in the tree');
  check(roots.some((root) => root.label === SAMPLE), `a group for the sample: ${roots.map((root) => root.label).join(', ')}`);
});

test('draws the timeline in its webview', async () => {
  await vscode.commands.executeCommand('seedmark.showTimeline');
  const state = await waitFor(async () => {
    const found = await vscode.commands.executeCommand<{ report?: { rows: number; placed: number } }>('seedmark.test.timelineState');
    return found?.report && found.report.placed > 0 ? found : undefined;
  }, 'the timeline to report placed commitments');
  check(state.report!.rows >= state.report!.placed, 'rows include the placed ones');
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
