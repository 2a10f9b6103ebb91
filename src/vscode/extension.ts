import * as vscode from 'vscode';
import { COMMANDS, CONFIGURATION_SECTION, VIEWS } from './commandIds';
import { registerCommands } from './commands';
import { CommitmentsTreeProvider, GROUPINGS, groupingLabel, type Grouping } from './commitmentsTree';
import { readConfiguration } from './config';
import { changedSettings, DIAGNOSTIC_SETTINGS, touches } from './configurationChanges';
import { AnnotationDecorations } from './decorations';
import { SeedDiagnostics } from './diagnostics';
import { AnnotationHoverProvider } from './hover';
import { createCrossDocumentAnalyser } from './crossDocumentAnalyser';
import { CrossDocumentIndex } from './crossDocumentIndex';
import { registerExportCommands } from './exportCommands';
import { createIndexModelBuilder } from './indexModelBuilder';
import { registerLinkCommands } from './linkCommands';
import { OrphanNotices } from './orphanNotices';
import { registerQuietTestProbes } from './quietTestProbes';
import { openSampleSeed } from './sampleSeed';
import { SeedmarkLog } from './seedmarkLog';
import { SeedDocumentContext } from './seedDocumentContext';
import { registerSeedSetCommands } from './seedSetCommands';
import { SeedStore } from './seedStore';
import { SeedStatusBar } from './statusBar';
import { registerTestCommands } from './testCommands';
import { TimelinePanel } from './timelinePanel';
import { WorkspaceIndex } from './workspaceIndex';

/** Set by the bundle's first line (esbuild banner): when the host started evaluating the extension's code. */
declare const __seedmarkLoadStarted: number | undefined;

/**
 * What activation cost (target: ≤ 50 ms in all): evaluating the bundle (from its first line to
 * this module's body, which esbuild places last), and `activate` itself. The host's own pause
 * between loading the code and calling `activate` is not Seedmark's and is not counted.
 */
export interface ActivationTiming {
  loadMs: number | undefined;
  activateMs: number;
}

const bundleEvaluated = performance.now();

/**
 * Wires the store and the surfaces; each owns its listeners and is disposed with the extension.
 * Nothing here reads a document: extraction and the first drawing start after `activate` has
 * returned, and the workspace index only when something first needs it.
 */
export function activate(context: vscode.ExtensionContext): { statusText(): string; activation: ActivationTiming } {
  const started = performance.now();
  let configuration = readConfiguration();
  const log = new SeedmarkLog();
  const store = new SeedStore(configuration);
  const modelBuilder = createIndexModelBuilder(context);
  const index = new WorkspaceIndex(store, configuration, log, modelBuilder);
  const decorations = new AnnotationDecorations(store);
  const cross = new CrossDocumentIndex(index, createCrossDocumentAnalyser(context), log);
  const diagnostics = new SeedDiagnostics(cross, configuration, log);
  const statusBar = new SeedStatusBar(store);
  const tree = new CommitmentsTreeProvider(index, cross);
  const treeView = vscode.window.createTreeView(VIEWS.commitments, { treeDataProvider: tree, showCollapseAll: true });
  const timeline = new TimelinePanel(index, context.extensionUri);
  // The view is what first needs the whole workspace: indexing starts when it is shown, not before.
  const indexWhenShown = () => treeView.visible && void index.ensureIndexed();
  // Any document may be a seed (the seed set is settings, not languages): the provider asks the store first.
  const seedSelector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled', language: 'seed' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];
  context.subscriptions.push(
    log,
    store,
    index,
    modelBuilder,
    cross,
    decorations,
    diagnostics,
    statusBar,
    new SeedDocumentContext(store),
    tree,
    treeView,
    treeView.onDidChangeVisibility(indexWhenShown),
    timeline,
    vscode.languages.registerHoverProvider(seedSelector, new AnnotationHoverProvider(store)),
    ...registerCommands(store),
    ...registerSeedSetCommands(store),
    ...registerLinkCommands(store, cross),
    ...registerExportCommands(store, index, log),
    vscode.commands.registerCommand(COMMANDS.groupBy, async (grouping?: Grouping) => {
      const choices = GROUPINGS.map((g) => ({ label: groupingLabel(g), grouping: g, picked: g === tree.currentGrouping }));
      const chosen = grouping ?? (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Group commitments by') }))?.grouping;
      if (chosen) tree.setGrouping(chosen);
    }),
    vscode.commands.registerCommand(COMMANDS.filter, async (text?: string) => {
      const value =
        text ??
        (await vscode.window.showInputBox({
          title: vscode.l10n.t('Filter commitments'),
          prompt: vscode.l10n.t('Words that must appear in the actor, action, quote, note, source or file'),
          value: tree.currentFilter,
        }));
      if (value !== undefined) tree.setFilter(value);
    }),
    vscode.commands.registerCommand(COMMANDS.clearFilter, () => tree.setFilter('')),
    vscode.commands.registerCommand(COMMANDS.showTimeline, () => timeline.show()),
    vscode.commands.registerCommand(COMMANDS.openSample, () => openSampleSeed(context, store)),
    vscode.commands.registerCommand(COMMANDS.showLog, () => log.show()),
    new OrphanNotices(cross, log),
    // Only for the integration suite: a development path with a tests path runs in Test mode; an installed extension never does.
    ...(context.extensionMode === vscode.ExtensionMode.Test ? [...registerTestCommands(decorations, tree, index, timeline), ...registerQuietTestProbes(context, { log, statusBar, decorations, cross, diagnostics, index, store })] : []),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(CONFIGURATION_SECTION)) return;
      const next = readConfiguration();
      const changed = changedSettings(configuration, next);
      configuration = next;
      // Each part takes only the settings it reads: a severity redraws the Problems panel and nothing else.
      store.setConfiguration(configuration, changed);
      index.setConfiguration(configuration, changed);
      if (touches(changed, DIAGNOSTIC_SETTINGS)) diagnostics.setConfiguration(configuration);
    }),
  );
  void vscode.commands.executeCommand('setContext', 'seedmark.grouping', tree.currentGrouping);
  // No workspace index here unless the view is already open: the view, the timeline or a command starts it when first needed.
  indexWhenShown();
  const activation: ActivationTiming = {
    loadMs: typeof __seedmarkLoadStarted === 'number' ? bundleEvaluated - __seedmarkLoadStarted : undefined,
    activateMs: performance.now() - started,
  };
  return { statusText: () => statusBar.text, activation };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
