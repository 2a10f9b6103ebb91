// The Commitments Timeline webview inside a real VS Code: it renders the workspace's
// commitments, runs under a strict CSP, switches grouping, ignores malformed messages, and a
// reveal from the webview opens the source. The file writes the sample into the workspace and
// removes it after (workspaceFiles.js).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');
const { SAMPLE, removeWorkspaceFiles, workspaceUri, writeSample } = require('./workspaceFiles');

const SYNC = 'seeds/timeline-sync.txt';
/** A webview loads its page and script in a separate frame; on a busy machine that takes a while. */
const RENDER_TIMEOUT_MS = 30_000;

function state() {
  return vscode.commands.executeCommand('seedmark.test.timelineState');
}

function send(message) {
  return vscode.commands.executeCommand('seedmark.test.timelineMessage', message);
}

function sampleUri() {
  return workspaceUri(SAMPLE);
}

function timelineTab() {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && /seedmark\.timeline/.test(tab.input.viewType));
}

describe('Commitments timeline in a real VS Code', function () {
  this.timeout(60_000);

  const syncDocument = () => workspaceUri(SYNC);

  before(async function () {
    await writeSample();
  });

  after(async function () {
    const tab = timelineTab();
    if (tab) await vscode.window.tabGroups.close(tab);
    await removeWorkspaceFiles([SAMPLE, SYNC]);
  });

  it('opens, and the webview reports the sample\'s commitments placed on the axis', async function () {
    await vscode.commands.executeCommand('seedmark.showTimeline');
    // The panel may draw before the index has settled: wait for the sample's rows.
    const fromSample = (current) => (current.model ? current.model.rows.filter((row) => row.id.startsWith(`${sampleUri().toString()}#`)) : []);
    const shown = await waitFor(async () => {
      const current = await state();
      return current.report && current.report.placed > 0 && fromSample(current).some((row) => row.placed) ? current : undefined;
    }, 'the webview to report a render with the sample\'s commitments placed', RENDER_TIMEOUT_MS);
    assert.equal(shown.open, true);
    assert.ok(timelineTab(), 'a webview tab of the timeline is open');
    assert.ok(fromSample(shown).some((row) => row.placed && /Harbour Authority/i.test(row.label)), JSON.stringify(fromSample(shown).map((row) => row.label)));
    // The report is what the page drew, not what was sent: both must agree.
    const settled = await waitFor(async () => {
      const current = await state();
      return current.report && current.model && current.report.rows === current.model.total ? current : undefined;
    }, 'the rendered rows to match the model', RENDER_TIMEOUT_MS);
    assert.equal(settled.report.placed, settled.model.placed);
  });

  it('runs under a strict Content Security Policy with a nonce', async function () {
    const { csp } = await state();
    assert.ok(csp, 'the panel reports its CSP');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const directives = Object.fromEntries(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.equal(directives['script-src'].length, 1, 'scripts only by nonce');
    assert.match(directives['script-src'][0], /^'nonce-[0-9a-f]{32}'$/);
    // Styles and images only from the webview's own resource origin (VS Code's cspSource).
    assert.deepEqual(Object.keys(directives).sort(), ['default-src', 'img-src', 'script-src', 'style-src']);
    assert.deepEqual(directives['style-src'], directives['img-src']);
  });

  it('follows the workspace: a new commitment is drawn without reopening the panel', async function () {
    const before = await state();
    const document = syncDocument();
    await vscode.workspace.fs.writeFile(document, new TextEncoder().encode('By Ana Ruiz June 3, 2024\n\nThe library board will reopen the east reading room by the end of September, its director said.\n'));
    // Other re-indexing may still be settling, so no exact count: the new row, drawn in a later render.
    const after = await waitFor(async () => {
      const current = await state();
      const drawn = current.reports > before.reports && current.report.rows === current.model.total;
      return drawn && current.model.rows.some((row) => row.id.startsWith(`${document.toString()}#`) && /reopen the east reading room/.test(row.label)) ? current : undefined;
    }, 'the new commitment in a fresh render', RENDER_TIMEOUT_MS);
    assert.equal(after.report.placed, after.model.placed);
  });

  it('draws again when the panel is shown after being hidden', async function () {
    const tab = timelineTab();
    assert.ok(tab);
    const before = await state();
    // Another editor in the panel's group hides it; the webview is not kept alive while hidden.
    await vscode.window.showTextDocument(sampleUri(), { viewColumn: tab.group.viewColumn, preview: false });
    await vscode.commands.executeCommand('seedmark.showTimeline');
    const shown = await waitFor(async () => {
      const current = await state();
      return current.reports > before.reports && current.report.rows === current.model.total ? current : undefined;
    }, 'a render after the panel is shown again', RENDER_TIMEOUT_MS);
    assert.equal(shown.report.placed, shown.model.placed);
  });

  it('switches grouping between actor and document', async function () {
    const before = await state();
    assert.ok(await send({ type: 'group', grouping: 'document' }), 'the group message is accepted');
    const byDocument = await waitFor(async () => {
      const current = await state();
      return current.report && current.report.grouping === 'document' && current.reports > before.reports ? current : undefined;
    }, 'a render grouped by document', RENDER_TIMEOUT_MS);
    assert.ok(byDocument.model.groups.includes(SAMPLE), byDocument.model.groups.join(', '));
    assert.equal(byDocument.report.groups, byDocument.model.groups.length);

    assert.ok(await send({ type: 'group', grouping: 'actor' }));
    const byActor = await waitFor(async () => {
      const current = await state();
      return current.report && current.report.grouping === 'actor' ? current : undefined;
    }, 'a render grouped by actor', RENDER_TIMEOUT_MS);
    assert.ok(byActor.model.groups.some((group) => /Harbour Authority/i.test(group)), byActor.model.groups.join(', '));
  });

  it('heads each actor group with the actor\'s full name, as drawn in the page', async function () {
    const { report, model } = await waitFor(async () => {
      const current = await state();
      return current.report && current.report.grouping === 'actor' && current.report.headings && current.report.rows === current.model.total ? current : undefined;
    }, 'a render grouped by actor that reports its headings', RENDER_TIMEOUT_MS);
    assert.deepEqual(report.headings, model.groups.map((name) => `Actor: ${name}`));
    for (const heading of report.headings) assert.match(heading, /^Actor: \S.{1,}/, `a heading with a name of more than a letter: ${JSON.stringify(heading)}`);
  });

  it('zooms the axis to a quarter and a year, and back to fit the rows', async function () {
    const days = (axis) => (Date.parse(axis.end) - Date.parse(axis.start)) / 86_400_000;
    const zoomTo = async (zoom) => {
      const before = await state();
      assert.ok(await send({ type: 'zoom', zoom }), `the zoom message (${zoom}) is accepted`);
      return waitFor(async () => {
        const current = await state();
        return current.reports > before.reports && current.report.zoom === zoom && current.report.axis ? current : undefined;
      }, `a render zoomed to ${zoom}`, RENDER_TIMEOUT_MS);
    };
    const quarter = await zoomTo('quarter');
    assert.ok(days(quarter.report.axis) >= 89 && days(quarter.report.axis) <= 91, JSON.stringify(quarter.report.axis));
    assert.match(quarter.report.axis.start, /-(01|04|07|10)-01$/);
    const year = await zoomTo('year');
    assert.ok(days(year.report.axis) >= 364 && days(year.report.axis) <= 365, JSON.stringify(year.report.axis));
    assert.equal(year.report.axis.start, quarter.report.axis.start);
    const fit = await zoomTo('fit');
    assert.notDeepEqual(fit.report.axis, year.report.axis);
    // Every dated row is on a fitted axis; a fixed window may leave some off it.
    assert.equal(fit.model.outside, 0);
    assert.equal(fit.report.placed, fit.model.placed);
  });

  it('ignores malformed and unknown messages', async function () {
    const { model } = await state();
    const id = model.rows[0].id;
    for (const message of [
      { type: 'reveal', id: 42 },
      { type: 'reveal', id: `${id}-not-a-row` },
      { type: 'reveal', id: 'file:///etc/passwd#x' },
      { type: 'group', grouping: 'status' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      'reveal',
      null,
    ]) {
      assert.equal(await send(message), false, JSON.stringify(message));
    }
  });

  it('reveals the source span of a commitment in its document, beside the timeline', async function () {
    const { model } = await state();
    const row = model.rows.find((candidate) => candidate.placed && candidate.id.startsWith(`${sampleUri().toString()}#`));
    assert.ok(row, 'a placed commitment from the sample');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('seedmark.showTimeline');
    // A person can only click once the page has drawn: wait for the new page's report.
    await waitFor(async () => {
      const current = await state();
      return current.report && current.model && current.model.rows.some((candidate) => candidate.id === row.id);
    }, 'the reopened timeline to draw the row', RENDER_TIMEOUT_MS);
    assert.equal(await send({ type: 'reveal', id: row.id }), true);
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.toString() === sampleUri().toString() && !active.selection.isEmpty ? active : undefined;
    }, 'the sample to open with the commitment selected');
    const selected = editor.document.getText(editor.selection);
    assert.equal(selected.replace(/\s+/g, ' '), row.quote.replace(/\s+/g, ' '));
    const tab = timelineTab();
    assert.ok(tab, 'the timeline stays open');
    const layout = vscode.window.tabGroups.all.map((group) => `${group.viewColumn}${group.isActive ? '*' : ''}: ${group.tabs.map((t) => t.label).join(', ')}`).join(' | ');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, `the document opens in another group than the timeline: ${layout}`);
  });

  it('forgets the panel when its tab is closed', async function () {
    const tab = timelineTab();
    assert.ok(tab);
    await vscode.window.tabGroups.close(tab);
    await waitFor(async () => (await state()).open === false, 'the panel to be disposed');
    assert.equal(await send({ type: 'ready' }), false, 'messages to a closed panel are not acted on');
  });
});
