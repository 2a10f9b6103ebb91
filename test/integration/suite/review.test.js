// Review workflow inside a real VS Code: hovers, accept/reject writing the sidecar, outside
// edits re-anchoring, the Commitments tree, diagnostics, annotate, export. The file writes the
// sample and its other documents into the workspace and removes them after (workspaceFiles.js);
// its tests build on each other in order (accepted, then re-anchored; a sidecar, then more).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { HOSTILE_FIELDS, hostileSidecarYaml } = require('./hostileSidecar');
const { waitFor } = require('./waitFor');
const { annotationHovers, asBodyText } = require('./hoverContents');
const { SAMPLE, removeWorkspaceFiles, workspaceUri: fileUri, writeSample } = require('./workspaceFiles');

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** What the tests write besides the sample; removed with their sidecars after the file. */
const OWN_FILES = ['seeds/hostile.txt', 'hostile-sidecar.txt', 'broken.txt', 'orphan.txt', 'export.csv'];
/** The commands a hover may run, and no other. */
const HOVER_COMMANDS = ['seedmark.accept', 'seedmark.editNote', 'seedmark.openInSidecar', 'seedmark.reject', 'seedmark.setStatus'];

async function readText(uri) {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function open(name) {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

async function drawn(predicate, what) {
  return waitFor(async () => {
    const facts = await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor');
    return Array.isArray(facts) && predicate(facts) ? facts : undefined;
  }, what);
}

/** `text` as VS Code's own MarkdownString.appendText writes it into a hover's body (theme icons off). */
function asText(text) {
  return asBodyText(text);
}

/** Whether a hover's Markdown shows each piece as the text it is. */
function showsAsText(markdown, ...pieces) {
  return pieces.every((piece) => markdown.includes(asText(piece)));
}

/**
 * What no document or sidecar text may turn into in a hover's Markdown: a link to a command that
 * is not a hover's, an HTML tag, a theme icon other than the kind's, an indented code block, a
 * heading, a quote, or a setext underline right under a line of text.
 */
function assertInert(hover) {
  const markdown = hover.body.value;
  for (const [, command] of markdown.matchAll(/\]\(command:([^?)\s]+)/g)) assert.ok(HOVER_COMMANDS.includes(command), `a link to ${command} in ${markdown}`);
  assert.doesNotMatch(markdown, /<[a-z]+[\s/>]/i, 'no HTML tag');
  // Only the heading, which holds no document text, draws theme icons: one, the kind's.
  assert.equal(hover.body.supportThemeIcons, false, 'no theme icons where document text is');
  assert.deepEqual([...hover.heading.value.matchAll(/(?<!\\)\$\(([\w-]+)\)/g)].length, 1, `one theme icon, the kind's: ${hover.heading.value}`);
  assert.doesNotMatch(markdown, /^( {4}|\t)/m, 'no indented code block');
  assert.doesNotMatch(markdown, /^ {0,3}(#|>)/m, 'no heading or quote');
  assert.doesNotMatch(markdown, /[^\n]\n *=+ *(\n|$)/, 'no setext underline under a line of text');
}

const findText = (text) => (facts) => facts.find((fact) => fact.text.includes(text) && fact.kind === 'figure');

async function hoverAt(document, text) {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `the document contains ${text}`);
  return annotationHovers(document, document.positionAt(offset + 1));
}

describe('Reviewing annotations in a real VS Code', function () {
  const sidecar = fileUri(`${SAMPLE}.annotations.yaml`);

  before(async function () {
    await writeSample();
  });

  after(async function () {
    await removeWorkspaceFiles([SAMPLE, ...OWN_FILES]);
  });

  it('explains a figure in a hover with its value and review links', async function () {
    const { document } = await open(SAMPLE);
    await drawn(findText('48 million'), 'the $48 million figure');
    const contents = await hoverAt(document, '$48 million');
    assert.ok(contents.length > 0, 'a Seedmark hover is shown');
    const figure = contents.find((content) => content.value.includes('**Figure**'));
    assert.ok(figure, `a figure hover among ${contents.map((c) => c.value).join(' | ')}`);
    assert.ok(showsAsText(figure.value, '48,000,000 USD'), figure.value);
    assert.match(figure.value, /\[Accept\]\(command:seedmark\.accept\?/);
    assert.deepEqual([...figure.body.isTrusted.enabledCommands].sort(), HOVER_COMMANDS);
    assert.equal(figure.heading.supportThemeIcons, true, 'for the kind\'s own icon');
    assert.equal(figure.body.supportThemeIcons, false, 'none where the document\'s text is');
    assert.ok(!figure.heading.supportHtml && !figure.body.supportHtml);
  });

  it('shows how a deadline was resolved against the reference date', async function () {
    const { document } = await open(SAMPLE);
    const contents = await waitFor(async () => {
      const found = await hoverAt(document, 'in six months');
      return found.find((content) => content.value.includes('**Deadline**'));
    }, 'a deadline hover');
    assert.ok(showsAsText(contents.value, '"in six months"', '2024-03-14', 'byline', '2024-09-14'), contents.value);
  });

  it('escapes document text in hovers: links, HTML and theme icons from a seed render as text', async function () {
    const quote = 'the audit [run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> $(alert)';
    await vscode.workspace.fs.writeFile(fileUri('seeds/hostile.txt'), encoder.encode(`The council will publish ${quote} within a year.\n`));
    const { document } = await open('seeds/hostile.txt');
    const contents = await waitFor(async () => {
      const found = await hoverAt(document, 'will publish');
      return found.find((content) => content.value.includes('**Commitment**'));
    }, 'a commitment hover on the hostile document');
    assert.ok(showsAsText(contents.value, quote), `the quote is shown as the text it is:\n${contents.value}`);
    assertInert(contents);
    assert.deepEqual([...contents.body.isTrusted.enabledCommands].sort(), HOVER_COMMANDS);
  });

  it('escapes sidecar text in hovers: actor, action, source and note render as text', async function () {
    const text = 'The council will publish the audit within a year.\n';
    const hostile = HOSTILE_FIELDS;
    const yaml = hostileSidecarYaml('hostile-sidecar.txt', hostile);
    await vscode.workspace.fs.writeFile(fileUri('hostile-sidecar.txt.annotations.yaml'), encoder.encode(yaml));
    await vscode.workspace.fs.writeFile(fileUri('hostile-sidecar.txt'), encoder.encode(text));
    const { document } = await open('hostile-sidecar.txt');
    const contents = await waitFor(async () => {
      const found = await hoverAt(document, 'council');
      return found.find((content) => content.value.includes(asText(hostile.note)));
    }, 'the hover of the commitment from the sidecar');
    assert.ok(showsAsText(contents.value, ...Object.values(hostile)), `each piece of the sidecar is shown as the text it is:\n${contents.value}`);
    assertInert(contents);
  });

  it('accepting a suggestion writes it to the sidecar as accepted', async function () {
    await open(SAMPLE);
    const facts = await drawn(findText('48 million'), 'the figure');
    const figure = findText('48 million')(facts);
    assert.equal(figure.review, 'suggested');
    await vscode.commands.executeCommand('seedmark.accept', { uri: fileUri(SAMPLE).toString(), id: figure.id });
    const text = await waitFor(() => readText(sidecar), 'the sidecar to be written');
    assert.match(text, new RegExp(`id: ${figure.id}\\n\\s+kind: figure\\n\\s+review: accepted`));
    await drawn((all) => all.some((fact) => fact.id === figure.id && fact.review === 'accepted'), 'the figure drawn as accepted');
  });

  it('rejecting a suggestion hides it and keeps it rejected after re-extraction', async function () {
    await open(SAMPLE);
    const facts = await drawn((all) => all.some((fact) => fact.text === 'by the end of June'), 'the June deadline');
    const deadline = facts.find((fact) => fact.text === 'by the end of June');
    await vscode.commands.executeCommand('seedmark.reject', { uri: fileUri(SAMPLE).toString(), id: deadline.id });
    await drawn((all) => !all.some((fact) => fact.id === deadline.id), 'the rejected deadline to disappear');
    await vscode.commands.executeCommand('seedmark.reextract');
    const after = await drawn((all) => all.length > 0, 'facts after re-extraction');
    assert.ok(!after.some((fact) => fact.id === deadline.id), 'still hidden');
    assert.match(await readText(sidecar), new RegExp(`id: ${deadline.id}\\n\\s+kind: deadline\\n\\s+review: rejected`));
  });

  it('sets the status of a commitment in the sidecar', async function () {
    await open(SAMPLE);
    const facts = await drawn((all) => all.some((fact) => fact.kind === 'commitment'), 'a commitment');
    const commitment = facts.find((fact) => fact.kind === 'commitment');
    await vscode.commands.executeCommand('seedmark.setStatus', { uri: fileUri(SAMPLE).toString(), id: commitment.id }, 'in-progress');
    await waitFor(async () => (await readText(sidecar))?.includes('status: in-progress'), 'the status in the sidecar');
  });

  it('re-anchors an accepted annotation when the document changes on disk', async function () {
    const { document } = await open(SAMPLE);
    const facts = await drawn((all) => all.some((fact) => fact.review === 'accepted' && fact.text.includes('48 million')), 'the accepted figure');
    const accepted = facts.find((fact) => fact.review === 'accepted' && fact.text.includes('48 million'));
    const original = await readText(fileUri(SAMPLE));
    const preface = 'Correction appended on 2024-03-15: an earlier version misspelt a name.\n\n';
    await vscode.workspace.fs.writeFile(fileUri(SAMPLE), encoder.encode(preface + original));
    await waitFor(() => document.getText().startsWith(preface), 'the editor to reload the changed file', 15_000);
    const moved = await drawn((all) => all.some((fact) => fact.id === accepted.id && fact.start === accepted.start + preface.length), 'the accepted figure to follow the text');
    const figure = moved.find((fact) => fact.id === accepted.id);
    assert.equal(document.getText().slice(figure.start, figure.end), accepted.text);
    assert.equal(figure.review, 'accepted');
  });

  it('lists commitments in the tree grouped by document, actor and due date', async function () {
    await vscode.commands.executeCommand('seedmark.groupBy', 'document');
    const byDocument = await waitFor(async () => {
      const roots = await vscode.commands.executeCommand('seedmark.test.treeRoots');
      return roots.find((root) => root.label === SAMPLE && root.children.length > 0) ? roots : undefined;
    }, 'the sample in the tree');
    const group = byDocument.find((root) => root.label === SAMPLE);
    // Rows lead with the action; the actor follows in the description (src/core/commitmentsView).
    assert.ok(group.children.every((child) => child.label.trim().length > 1 && !/^that /i.test(child.label)), `each commitment reads as an action: ${group.children.map((child) => child.label).join(' | ')}`);
    assert.ok(group.children.some((child) => /authority|council/i.test(child.description)), 'a commitment names its actor in the description');
    assert.ok(group.children.some((child) => /due \d{4}-\d{2}-\d{2}/.test(child.description)), 'a commitment shows its due date');
    // The due date stands beside the action, so the action does not repeat the deadline's words.
    assert.ok(group.children.every((child) => !/\b(within a year|in six months)$/.test(child.label)), `rows without their deadline phrase: ${group.children.map((child) => child.label).join(' | ')}`);

    await vscode.commands.executeCommand('seedmark.groupBy', 'due');
    const byDue = await vscode.commands.executeCommand('seedmark.test.treeRoots');
    for (const root of byDue) assert.ok(['Conflicts', 'overdue', 'next 30 days', 'later', 'no deadline', 'closed', 'Orphaned', 'Rejected'].includes(root.label), root.label);
    assert.ok(byDue.some((root) => root.label === 'overdue'), 'the 2024 deadlines are overdue by now');

    await vscode.commands.executeCommand('seedmark.groupBy', 'actor');
    const byActor = await vscode.commands.executeCommand('seedmark.test.treeRoots');
    assert.ok(byActor.some((root) => /Harbour Authority|authority/i.test(root.label)), byActor.map((root) => root.label).join(', '));

    await vscode.commands.executeCommand('seedmark.filter', 'insurance');
    const filtered = await vscode.commands.executeCommand('seedmark.test.treeRoots');
    const children = filtered.flatMap((root) => root.children);
    assert.ok(children.length >= 1 && children.every((child) => /insurance/i.test(child.label)), JSON.stringify(children.map((c) => c.label)));
    await vscode.commands.executeCommand('seedmark.clearFilter');
    await vscode.commands.executeCommand('seedmark.groupBy', 'document');
  });

  it('reports a broken sidecar at its line and never overwrites it', async function () {
    const document = fileUri('broken.txt');
    const brokenSidecar = fileUri('broken.txt.annotations.yaml');
    const brokenText = 'seedmark: 1\ndocument:\n  file: broken.txt\nannotations:\n  - id: x\n    kind: figure\n    review: maybe\n    anchor: {exact: "12", start: 0, end: 2}\n';
    await vscode.workspace.fs.writeFile(document, encoder.encode('The city will add 12 buses within a year.\n'));
    await vscode.workspace.fs.writeFile(brokenSidecar, encoder.encode(brokenText));
    await open('broken.txt');
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(brokenSidecar).find((d) => /review/.test(d.message)), 'a diagnostic on the broken sidecar', 15_000);
    assert.equal(diagnostic.range.start.line, 6);
    const facts = await drawn((all) => all.some((fact) => fact.kind === 'figure'), 'facts in the document with a broken sidecar');
    const figure = facts.find((fact) => fact.kind === 'figure');
    await vscode.commands.executeCommand('seedmark.accept', { uri: document.toString(), id: figure.id });
    assert.equal(await readText(brokenSidecar), brokenText, 'the broken sidecar is unchanged');
  });

  it('keeps an annotation whose text is gone as orphaned, in the tree and the Problems panel', async function () {
    const document = fileUri('orphan.txt');
    const orphanSidecar = fileUri('orphan.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(document, encoder.encode('The mayor said the budget is balanced.\n'));
    await vscode.workspace.fs.writeFile(
      orphanSidecar,
      encoder.encode('seedmark: 1\ndocument:\n  file: orphan.txt\nannotations:\n  - id: gone\n    kind: commitment\n    review: accepted\n    status: open\n    anchor: {exact: "will rebuild the Linus bridge by 2030", prefix: "", suffix: "", start: 5, end: 42}\n    actor: The mayor\n    action: rebuild the bridge\n'),
    );
    await open('orphan.txt');
    await waitFor(() => vscode.languages.getDiagnostics(document).find((d) => /Orphaned commitment: "will rebuild the Linus bridge by 2030"/.test(d.message)), 'the orphan diagnostic', 15_000);
    const roots = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('seedmark.test.treeRoots');
      return found.find((root) => root.label === 'Orphaned') ? found : undefined;
    }, 'the Orphaned node');
    const orphaned = roots.find((root) => root.label === 'Orphaned');
    assert.ok(orphaned.children.some((child) => child.target && child.target.id === 'gone'));
    assert.match(await readText(orphanSidecar), /id: gone/, 'the orphan is kept in the sidecar');
  });

  it('annotates a selection as a figure and exports the document', async function () {
    const { document, editor } = await open(SAMPLE);
    const at = document.getText().indexOf('€5.5 million');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + '€5.5 million'.length));
    await vscode.commands.executeCommand('seedmark.annotateFigure');
    await waitFor(async () => /exact: €5\.5 million/.test((await readText(sidecar)) ?? ''), 'the hand-made figure in the sidecar');
    const target = fileUri('export.csv');
    await vscode.commands.executeCommand('seedmark.export', 'csv', target);
    const csv = await waitFor(() => readText(target), 'the CSV export');
    assert.match(csv, /^file,id,kind,review/);
    assert.match(csv, /€5\.5 million/);
  });

  it('sets the reference date in the sidecar and resolves deadlines against it', async function () {
    const { document } = await open(SAMPLE);
    await vscode.commands.executeCommand('seedmark.setReferenceDate', '2025-01-01');
    await waitFor(async () => /referenceDateFrom: sidecar/.test((await readText(sidecar)) ?? ''), 'the reference date in the sidecar');
    const contents = await waitFor(async () => {
      const found = await hoverAt(document, 'in six months');
      return found.find((content) => showsAsText(content.value, '2025-07-01'));
    }, 'the deadline resolved against the new date');
    assert.ok(showsAsText(contents.value, '2025-01-01 (sidecar)'), contents.value);
  });

  it('does not read a document over seedmark.maxDocumentSizeMB, and says so in the status bar', async function () {
    const settings = vscode.workspace.getConfiguration('seedmark');
    await settings.update('maxDocumentSizeMB', 0.001, vscode.ConfigurationTarget.Global);
    try {
      await open(SAMPLE);
      const api = vscode.extensions.getExtension('seedmark.seedmark').exports;
      await waitFor(async () => ((await vscode.commands.executeCommand('seedmark.test.inspectActiveEditor')) || []).length === 0, 'nothing drawn in the oversized document');
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await waitFor(() => api.statusText().includes('circle-slash'), 'the status bar to say the document is not read');
    } finally {
      await settings.update('maxDocumentSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
    await drawn((all) => all.length > 0, 'facts drawn again once the limit is back');
  });

  it('shows counts for the active document in the status bar', async function () {
    await open(SAMPLE);
    const api = vscode.extensions.getExtension('seedmark.seedmark').exports;
    const text = await waitFor(() => (/\$\(symbol-number\) [1-9]/.test(api.statusText()) ? api.statusText() : undefined), 'status bar counts');
    assert.match(text, /\$\(quote\) \d+ \$\(symbol-number\) \d+ \$\(watch\) \d+/);
  });
});
