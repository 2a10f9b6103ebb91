// No freeze, no noise (issue #20), in a real VS Code: overdue is a status (a mark, one count,
// nothing in the Problems panel by default), documents without a date say so, the Output channel
// tells what Seedmark did, decisions can be taken back, orphans are told and placed, and a
// workspace with a 5 MB seed highlights without blocking the extension host.
//
// Every file this suite needs is written in `before` and removed in `after`, so the other suites
// see only their own documents.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');
const { annotationHovers, plainBody } = require('./hoverContents');
const { fixtureText, removeWorkspaceFiles, writeSample } = require('./workspaceFiles');

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const SAMPLE = 'seeds/harbour-authority-2024-03-14.txt';

const FILES = {
  overdue: [
    'seeds/quiet-overdue.txt',
    'Council promises new library\n\nBy Ana Ruiz, March 3, 2019\n\nThe city council will open a new central library by the end of 2020, the mayor said on Monday.\n\nThe transport authority plans to extend the tram line within two years.\n\nThe council also plans to plant 500 trees by June 2019.\n',
  ],
  undated: [
    'seeds/quiet-undated.txt',
    'Ferry talks go on\n\nThe regional ferry operator is weighing a second daily crossing next spring.\n\nIn March, talks resumed about a new bridge.\n\nThe harbour board will publish its accounts within a year, officials said.\n',
  ],
  orphan: ['seeds/quiet-orphan.txt', 'Depot plan\n\nBy Lee Park, May 2, 2023\n\nThe city will build a bus depot by 2025, the mayor said.\n\nThe depot will hold 80 buses.\n'],
};
const BINARY = 'seeds/quiet-binary.txt';

function uriOf(name) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
}

async function write(name, text) {
  await vscode.workspace.fs.writeFile(uriOf(name), typeof text === 'string' ? encoder.encode(text) : text);
}

async function readText(name) {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uriOf(name)));
  } catch {
    return undefined;
  }
}

async function remove(name) {
  await vscode.workspace.fs.delete(uriOf(name)).then(undefined, () => undefined);
}

async function open(name) {
  const document = await vscode.workspace.openTextDocument(uriOf(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

function state() {
  return vscode.commands.executeCommand('seedmark.test.quiet.state');
}

function settled() {
  return vscode.commands.executeCommand('seedmark.test.quiet.settled');
}

async function indexed() {
  return (await vscode.commands.executeCommand('seedmark.test.renderState')).indexed;
}

async function roots() {
  return vscode.commands.executeCommand('seedmark.test.treeRoots');
}

async function drawn(predicate, what, timeoutMs) {
  return waitFor(async () => {
    const facts = await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor');
    return Array.isArray(facts) && predicate(facts) ? facts : undefined;
  }, what, timeoutMs);
}

/** Accepts the input box open now (its value as it is), again and again until `until` settles or the time is up. */
async function acceptInputsUntil(until, timeoutMs = 8_000) {
  let done = false;
  until.then(
    () => (done = true),
    () => (done = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (!done && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return done;
}

/** Lines of the extension host's own log ("Illegal argument: TextEditor(…)" is logged there), or undefined where it cannot be read. */
function hostLogLines(logUri) {
  const folder = path.dirname(vscode.Uri.parse(logUri).fsPath);
  for (const name of ['remoteexthost.log', 'exthost.log']) {
    const file = path.join(folder, name);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').split('\n');
  }
  return undefined;
}

describe('A quiet editor: overdue as a status, notices where they help, nothing on closed editors', function () {
  this.timeout(60_000);
  const settings = () => vscode.workspace.getConfiguration('seedmark');

  before(async () => {
    await writeSample();
    for (const [name, text] of Object.values(FILES)) await write(name, text);
    await write(BINARY, new Uint8Array([0x54, 0x68, 0, 0, 0x65, 0x00, 0x0a]));
    await vscode.extensions.getExtension('seedmark.seedmark').activate();
    await waitFor(async () => {
      const known = await indexed();
      return Object.values(FILES).every(([name]) => known.includes(uriOf(name).toString())) ? true : undefined;
    }, 'the suite\'s documents in the workspace index', 30_000);
  });

  after(async () => {
    await settings().update('overdueSeverity', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeWorkspaceFiles([SAMPLE]);
    for (const [name] of Object.values(FILES)) {
      await remove(name);
      await remove(`${name}.annotations.yaml`);
    }
    await remove(BINARY);
    await waitFor(async () => ((await indexed()).some((uri) => /quiet-/.test(uri)) ? undefined : true), 'the suite\'s documents to leave the index', 30_000);
  });

  it('turns off VS Code\'s ambiguous-character boxes in seed documents, as for plain text', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'seed' });
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
  });

  it('lists no overdue commitment in the Problems panel by default, and counts overdue the same everywhere', async () => {
    assert.equal(settings().inspect('overdueSeverity').defaultValue, 'off');
    const [name] = FILES.overdue;
    await open(name);
    // The headline's promise has no date; the three in the body are all past due.
    await drawn((facts) => facts.filter((fact) => fact.kind === 'commitment').length === 4, 'the headline promise and the three dated commitments of the 2019 article');
    await settled();
    assert.deepEqual(vscode.languages.getDiagnostics(uriOf(name)).filter((d) => d.code === 'overdue'), [], 'nothing overdue in the Problems panel');
    const status = await waitFor(async () => ((await state()).statusText.includes('overdue') ? (await state()).statusText : undefined), 'the overdue count in the status bar');
    assert.match(status, /· 3 overdue$/, status);
    // A mark at the end of each line with an overdue commitment, not a frame.
    const pass = await waitFor(async () => {
      const { passes } = await vscode.commands.executeCommand('seedmark.test.renderState');
      return passes.filter((entry) => entry.document === uriOf(name).toString() && entry.scope === 'all').pop();
    }, 'a decoration pass of the article');
    assert.equal(pass.overdueMarks, 3);
    // Asked for, the Problems panel lists the same three.
    await settings().update('overdueSeverity', 'hint', vscode.ConfigurationTarget.Global);
    const listed = await waitFor(() => {
      const overdue = vscode.languages.getDiagnostics(uriOf(name)).filter((d) => d.code === 'overdue');
      return overdue.length > 0 ? overdue : undefined;
    }, 'overdue entries once asked for');
    assert.equal(listed.length, 3);
    assert.ok(listed.every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    // The tree's "overdue" group holds the same three.
    await vscode.commands.executeCommand('seedmark.groupBy', 'due');
    const overdueGroup = (await roots()).find((root) => root.label === 'overdue');
    assert.equal(overdueGroup.children.filter((child) => child.target && child.target.uri === uriOf(name).toString()).length, 3);
    await vscode.commands.executeCommand('seedmark.groupBy', 'document');
    await settings().update('overdueSeverity', undefined, vscode.ConfigurationTarget.Global);
  });

  it('says when a document has no date and its relative dates are read against today', async () => {
    const { document } = await open(FILES.undated[0]);
    const notice = await waitFor(async () => (await state()).referenceDateNotice, 'the reference-date notice in the status bar');
    assert.match(notice, /reference date: today \(no date found — Set Reference Date…\)/);
    // The hover of a date resolved against today says so too.
    const offset = document.getText().indexOf('within a year') + 1;
    const hover = await waitFor(async () => (await annotationHovers(document, document.positionAt(offset))).find((found) => /\*\*Deadline\*\*/.test(found.value)), 'a deadline hover on the undated document');
    assert.match(plainBody(hover.value), /reference date: today \(no date found/);
    const group = await waitFor(async () => (await roots()).find((root) => root.label === FILES.undated[0]), 'the undated document in the Commitments view');
    assert.match(group.description, /reference date: today \(no date found/);
    await open(FILES.overdue[0]);
    await waitFor(async () => ((await state()).referenceDateNotice === undefined ? true : undefined), 'no notice for a document with a byline');
    const dated = (await roots()).find((root) => root.label === FILES.overdue[0]);
    assert.doesNotMatch(dated.description, /no date found/);
  });

  it('says in the hover how a pronoun actor was read', async () => {
    const name = 'seeds/quiet-pronoun.txt';
    await write(name, 'Depot news\n\nBy Lee Park, May 2, 2023\n\nThe transit agency said it will buy forty electric buses by 2025.\n');
    try {
      const { document } = await open(name);
      const offset = document.getText().indexOf('will buy') + 1;
      const hover = await waitFor(async () => (await annotationHovers(document, document.positionAt(offset))).find((found) => /\*\*Commitment\*\*/.test(found.value)), 'a commitment hover on a pronoun actor');
      assert.match(plainBody(hover.value), /Actor: "it" read as The transit agency/);
    } finally {
      await removeWorkspaceFiles([name]);
    }
  });

  it('logs to the Seedmark Output channel what it indexed and what it skipped', async () => {
    const { log } = await state();
    assert.ok(log.some((line) => /^info: Indexed \d+ of \d+ seed documents in \d+ ms/.test(line)), log.join('\n'));
    assert.ok(log.some((line) => line.includes(`Skipped ${BINARY}: not text`)), log.join('\n'));
    assert.ok(log.some((line) => /^info: Compared \d+ documents/.test(line)), 'timings of the cross-document analysis');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('seedmark.showLog'));
  });

  it('pre-fills the actor of a hand-marked commitment from its sentence', async () => {
    const [name, text] = FILES.undated;
    const { document, editor } = await open(name);
    const quote = 'a second daily crossing next spring';
    const at = text.indexOf(quote);
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + quote.length));
    const running = vscode.commands.executeCommand('seedmark.annotateCommitment');
    assert.ok(await acceptInputsUntil(running), 'the actor, action and due date were asked and accepted');
    const sidecar = await waitFor(() => readText(`${name}.annotations.yaml`), 'the sidecar');
    assert.match(sidecar, /actor: The regional ferry operator/);
  });

  it('refuses a commitment without an actor', async () => {
    const [name, text] = FILES.undated;
    const { document, editor } = await open(name);
    const before = await readText(`${name}.annotations.yaml`);
    const quote = 'talks resumed about a new bridge';
    const at = text.indexOf(quote);
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + quote.length));
    const running = vscode.commands.executeCommand('seedmark.annotateCommitment');
    // The sentence opens with "In March": no actor to offer, and an empty one is not taken.
    assert.equal(await acceptInputsUntil(running, 2_000), false, 'the input box stays open on an empty actor');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
    assert.equal(await readText(`${name}.annotations.yaml`), before, 'nothing written');
  });

  it('offers to open or reveal an export', async () => {
    await open(FILES.overdue[0]);
    const target = uriOf('quiet-export.csv');
    try {
      await vscode.commands.executeCommand('seedmark.export', 'csv', target);
      const { log } = await state();
      assert.ok(log.some((line) => line.includes('quiet-export.csv') && line.includes('Offered: Open, Reveal')), log.slice(-5).join('\n'));
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('keeps what was rejected in a "Rejected" node, from which it can be restored', async () => {
    const [name] = FILES.overdue;
    await open(name);
    const facts = await drawn((all) => all.some((fact) => fact.kind === 'figure' && fact.text.includes('500 trees')), 'the 500 trees figure');
    const figure = facts.find((fact) => fact.kind === 'figure' && fact.text.includes('500 trees'));
    const target = { uri: uriOf(name).toString(), id: figure.id };
    await vscode.commands.executeCommand('seedmark.reject', target);
    await drawn((all) => !all.some((fact) => fact.id === figure.id), 'the rejected figure to disappear');
    const rejected = await waitFor(async () => (await roots()).find((root) => root.label === 'Rejected'), 'the Rejected node');
    const node = rejected.children.find((child) => child.target && child.target.id === figure.id);
    assert.ok(node, JSON.stringify(rejected.children.map((child) => child.label)));
    assert.equal(node.contextValue, 'seedmark.rejected');
    // Restore, as the context menu does: the tree node itself is the argument.
    assert.equal(await vscode.commands.executeCommand('seedmark.restore', node.node), true);
    await drawn((all) => all.some((fact) => fact.id === figure.id && fact.review === 'suggested'), 'the figure drawn again as a suggestion');
    assert.match(await readText(`${name}.annotations.yaml`), new RegExp(`id: ${figure.id}\\n\\s+kind: figure\\n\\s+review: suggested`));
  });

  it('tells when an accepted annotation loses its place, and lists it where it was last seen, by its quote', async () => {
    const [name, text] = FILES.orphan;
    await open(name);
    const facts = await drawn((all) => all.some((fact) => fact.kind === 'commitment' && fact.text.includes('bus depot')), 'the depot commitment');
    const commitment = facts.find((fact) => fact.kind === 'commitment' && fact.text.includes('bus depot'));
    await vscode.commands.executeCommand('seedmark.accept', { uri: uriOf(name).toString(), id: commitment.id });
    await waitFor(async () => ((await readText(`${name}.annotations.yaml`)) ?? '').includes('review: accepted'), 'the accepted commitment in the sidecar');
    await settled();
    // Changed outside the editor (a `git pull`): the promise is gone, a new paragraph stands above.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const changed = text.replace('The city will build a bus depot by 2025, the mayor said.', 'Plans for the site were shelved in June.\n\nThe council met on Tuesday.');
    await write(name, changed);
    const warned = await waitFor(async () => (await state()).log.find((line) => line.startsWith('warn:') && line.includes(name) && line.includes('lost its place')), 'the orphan notice', 20_000);
    assert.match(warned, /The city will build a bus depot by 2025/);
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(uriOf(name)).find((d) => d.code === 'orphaned'), 'the orphan in the Problems panel', 15_000);
    assert.match(diagnostic.message, /^Orphaned commitment: "The city will build a bus depot by 2025/, 'the quote, not the id');
    assert.equal(diagnostic.range.start.line, 4, 'where the commitment was last seen, not line 1');
  });

  it('flags an accepted value whose number changed as stale, in the Problems panel and the tree', async () => {
    const name = 'seeds/quiet-stale.txt';
    const text = 'Road works\n\nBy Lee Park, May 2, 2023\n\nThe county will resurface the coast road within six months, officials said.\n';
    await write(name, text);
    try {
      await open(name);
      const facts = await drawn((all) => all.some((fact) => fact.kind === 'commitment'), 'the road commitment');
      const commitment = facts.find((fact) => fact.kind === 'commitment');
      await vscode.commands.executeCommand('seedmark.accept', { uri: uriOf(name).toString(), id: commitment.id });
      await waitFor(async () => ((await readText(`${name}.annotations.yaml`)) ?? '').includes('review: accepted'), 'the accepted commitment in the sidecar');
      await settled();
      await write(name, text.replace('within six months', 'within nine months'));
      const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(uriOf(name)).find((d) => d.code === 'stale-value'), 'the stale value in the Problems panel', 15_000);
      assert.match(diagnostic.message, /^Stale commitment: "[^"]*within six months" was reviewed, but its numbers or dates have changed since/);
      await vscode.commands.executeCommand('seedmark.groupBy', 'document');
      const row = await waitFor(async () => (await roots()).find((root) => root.label === name)?.children.find((child) => /stale value/.test(child.description ?? '')), 'the stale row in the Commitments view');
      assert.match(row.description, /^stale value — review again/);
    } finally {
      await removeWorkspaceFiles([name]);
    }
  });

  it('sets no decorations on editors that are closing (no "Illegal argument: TextEditor" in the host log)', async function () {
    const { logUri } = await state();
    const before = hostLogLines(logUri);
    if (!before) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Three seed editors side by side, then all closed at once, twice.
    for (let round = 0; round < 2; round++) {
      await open(FILES.overdue[0]);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(SAMPLE)), { viewColumn: vscode.ViewColumn.Beside, preview: false });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(FILES.undated[0])), { viewColumn: vscode.ViewColumn.Beside, preview: false });
      await drawn((all) => all.length > 0, 'the last editor drawn');
      // Close only once the analysis opening them started has finished: a redraw still on its way
      // when the window closes races the window itself (VS Code then logs the same warning).
      await settled();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(() => (vscode.window.visibleTextEditors.length === 0 ? true : undefined), 'every editor closed');
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const added = hostLogLines(logUri).slice(before.length - 1);
    const illegal = added.filter((line) => line.includes('Illegal argument: TextEditor'));
    assert.deepEqual(illegal, []);
  });
});

describe('A workspace with a 5 MB seed in a real VS Code (issue #20\'s freeze)', function () {
  this.timeout(240_000);
  const ARCHIVE = 'seeds/quiet-news-archive.txt';
  const REPORTS = ['March 14, 2024', 'April 2, 2024', 'May 20, 2024', 'January 8, 2025', 'June 30, 2023'].map((byline, index) => ({ name: `seeds/quiet-report-${index + 1}.txt`, byline, million: 48 + index * 5 }));
  const names = () => [ARCHIVE, ...REPORTS.map((report) => report.name)];

  before(async () => {
    const sample = await fixtureText(SAMPLE);
    // Five short reports of the same story, each with its own byline and figure: every copy in the
    // archive joins their conflicts (hundreds of members before the fix, each linking to all others).
    const reports = REPORTS.map((report) => ({ ...report, text: sample.replace('March 14, 2024', report.byline).replace('$48 million', `$${report.million} million`) }));
    // Just under seedmark.maxDocumentSizeMB (5), which a larger file would exceed: then it is not read at all.
    const parts = [];
    let bytes = 0;
    for (let index = 0; ; index++) {
      const part = reports[index % reports.length].text;
      const size = encoder.encode(part).length + 2;
      if (bytes + size > 4_990_000) break;
      parts.push(part);
      bytes += size;
    }
    for (const report of reports) await write(report.name, report.text);
    await write(ARCHIVE, parts.join('\n\n'));
  });

  after(async () => {
    // Says what is still listed if they do not leave the index.
    await removeWorkspaceFiles(names());
    await settled();
  });

  it('highlights the 5 MB seed within 20 s, without holding the extension host, and bounds its conflicts', async () => {
    // The host's thread is measured from here: a timer that should fire every 20 ms, and how late it was.
    let longestBlockMs = 0;
    let last = performance.now();
    const monitor = setInterval(() => {
      const now = performance.now();
      longestBlockMs = Math.max(longestBlockMs, now - last - 20);
      last = now;
    }, 20);
    const started = performance.now();
    try {
      const { editor } = await open(ARCHIVE);
      // VS Code's own share: the 5 MB file read, sent to the extension host and shown.
      const shownMs = performance.now() - started;
      const key = editor.document.uri.toString();
      const firstPass = await waitFor(async () => {
        const { passes } = await vscode.commands.executeCommand('seedmark.test.renderState');
        return passes.find((pass) => pass.document === key && pass.count > 0);
      }, 'the first highlights in the 5 MB seed', 20_000);
      const firstHighlightMs = performance.now() - started;
      const firstBlockMs = longestBlockMs;
      // The first highlights are a preview of the part read, drawn while the rest is read; a hover
      // there is answered from it at once, without waiting for the whole reading.
      assert.equal(firstPass.preview, true, 'the first highlights come from a preview');
      const firstFigure = editor.document.positionAt(editor.document.getText().indexOf('million') - 2);
      const earlyHovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, firstFigure);
      assert.ok(earlyHovers.length > 0, 'a hover on the first screen during the reading');
      assert.ok((await state()).previewing.includes(key), 'the hover was answered while the reading went on');
      // Then the workspace index and the analysis across the documents, away from the host's thread.
      await waitFor(async () => {
        const known = await indexed();
        return names().every((name) => known.includes(uriOf(name).toString())) ? true : undefined;
      }, 'the archive and the reports in the index', 120_000);
      await settled();
      const readyMs = performance.now() - started;
      console.log(`      5 MB seed: shown in its editor after ${Math.round(shownMs)} ms, first highlight (${firstPass.scope} pass of a preview, ${firstPass.count} annotations) after ${Math.round(firstHighlightMs)} ms; longest host block until then ${Math.round(firstBlockMs)} ms; indexed and compared after ${Math.round(readyMs)} ms; longest host block overall ${Math.round(longestBlockMs)} ms`);
      assert.ok(firstHighlightMs < 20_000, `first highlight after ${Math.round(firstHighlightMs)} ms`);
      // How many places a conflict warning links to is held by test/unit/crossDocument/conflictLinks.test.ts.
      // Still answering: a hover over the first figure comes back.
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(editor.document.getText().indexOf('million') - 2));
      assert.ok(hovers.length > 0, 'a hover in the 5 MB seed');
    } finally {
      clearInterval(monitor);
    }
  });
});
