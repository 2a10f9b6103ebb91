// Two documents report the same commitment with different deadlines: one node in the tree with
// both reports, a conflict in the tree and in both documents' Problems, unlink and link kept in
// the sidecars, and context-menu commands that receive the tree node itself.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./waitFor');
const { removeWorkspaceFiles, workspaceUri: uriOf, writeWorkspaceFiles } = require('./workspaceFiles');

const decoder = new TextDecoder();
const FIRST = 'seeds/pipeline-first-report.txt';
const SECOND = 'seeds/pipeline-second-report.txt';
const FIRST_TEXT = 'Pipeline deal signed\n\nBy A Reporter, February 26, 2022\n\nPakistan will complete the Pakistan Stream Gas pipeline in six months, the energy minister said on Saturday.\n';
const SECOND_TEXT = 'Gas pipeline update\n\nMarch 1, 2022\n\nThe government of Pakistan pledged to finish the Pakistan Stream gas pipeline within two years, officials said.\n';

async function roots() {
  return vscode.commands.executeCommand('seedmark.test.treeRoots');
}

function findCluster(tree) {
  for (const group of tree) for (const child of group.children) if (child.contextValue === 'seedmark.cluster') return child;
  return undefined;
}

async function readSidecar(name) {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uriOf(`${name}.annotations.yaml`)));
  } catch {
    return undefined;
  }
}

function pipelineDiagnostics(name) {
  return vscode.languages.getDiagnostics(uriOf(name)).filter((diagnostic) => diagnostic.code === 'deadline-conflict');
}

describe('Commitments across documents in a real VS Code', function () {
  this.timeout(60_000);

  before(async () => {
    await writeWorkspaceFiles({ [FIRST]: FIRST_TEXT, [SECOND]: SECOND_TEXT });
  });

  after(async () => {
    await removeWorkspaceFiles([FIRST, SECOND]);
  });

  it('shows one commitment with both reports, and the deadline conflict in the tree and in both documents', async () => {
    const tree = await waitFor(async () => {
      const found = await roots();
      return findCluster(found) && found.some((root) => root.label === 'Conflicts') ? found : undefined;
    }, 'a cross-document cluster and a Conflicts node in the tree');
    const cluster = findCluster(tree);
    assert.match(cluster.description, /2 reports in 2 documents/);
    assert.match(cluster.description, /conflict/);
    assert.deepEqual(cluster.children.map((child) => child.label.replace(/:\d+$/, '')).sort(), [FIRST, SECOND]);
    const conflicts = tree.find((root) => root.label === 'Conflicts');
    assert.equal(conflicts.children.length, 1);
    assert.match(conflicts.children[0].label, /^Deadline: /);
    assert.match(conflicts.children[0].description, /2022-08-26/, 'the first report is resolved against its byline (2022-02-26 + 6 months)');

    const [onFirst] = await waitFor(async () => (pipelineDiagnostics(FIRST).length && pipelineDiagnostics(SECOND).length ? [pipelineDiagnostics(FIRST)[0]] : undefined), 'conflict warnings in both documents');
    assert.equal(onFirst.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(onFirst.message, /2024-03-01/);
    assert.equal(onFirst.relatedInformation[0].location.uri.toString(), uriOf(SECOND).toString(), 'the warning points at the other document');
  });

  it('unlinks by hand (kept in both sidecars), links again, and context-menu commands take the tree node', async () => {
    const cluster = findCluster(await roots());
    const firstReport = cluster.children.find((child) => child.label.startsWith(FIRST));
    assert.ok(firstReport.node && firstReport.node.type === 'commitment', 'the tree hands its node to commands');
    assert.match(firstReport.contextValue, /\.clustered$/);

    // Unlink, as the context menu does: the node itself is the argument.
    assert.equal(await vscode.commands.executeCommand('seedmark.unlinkCommitment', firstReport.node), true);
    await waitFor(async () => (findCluster(await roots()) ? undefined : true), 'the cluster to split after unlinking');
    const firstSidecar = await readSidecar(FIRST);
    const secondSidecar = await readSidecar(SECOND);
    const firstKey = /link: (\S+)/.exec(firstSidecar)?.[1];
    const secondKey = /link: (\S+)/.exec(secondSidecar)?.[1];
    assert.ok(firstKey && secondKey && firstKey !== secondKey, `different link keys kept in the sidecars: ${firstKey} / ${secondKey}`);
    await waitFor(async () => (pipelineDiagnostics(FIRST).length === 0 ? true : undefined), 'the conflict warning to go once the reports are separate');

    // Link again, naming both commitments.
    const split = await roots();
    const reports = split.flatMap((group) => group.children).filter((child) => child.target && /pipeline-(first|second)-report/.test(child.target.uri));
    assert.equal(reports.length, 2);
    assert.equal(await vscode.commands.executeCommand('seedmark.linkCommitment', reports[0].target, reports[1].target), true);
    await waitFor(async () => (findCluster(await roots()) ? true : undefined), 'the cluster back after linking');
    const linkedFirst = /link: (\S+)/.exec(await readSidecar(FIRST))?.[1];
    const linkedSecond = /link: (\S+)/.exec(await readSidecar(SECOND))?.[1];
    assert.equal(linkedFirst, linkedSecond, 'one link key in both sidecars');

    // Another context-menu command with the node: set the status.
    const again = findCluster(await roots()).children.find((child) => child.label.startsWith(FIRST));
    await vscode.commands.executeCommand('seedmark.setStatus', again.node, 'in-progress');
    await waitFor(async () => ((await readSidecar(FIRST)).includes('status: in-progress') ? true : undefined), 'the status written from a tree node');
  });
});
