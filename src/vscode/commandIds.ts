/** Command, view and configuration ids in one place; package.json declares the same ones. */
export const COMMANDS = {
  reextract: 'seedmark.reextract',
  accept: 'seedmark.accept',
  reject: 'seedmark.reject',
  /** Takes a rejection back: the annotation is a suggestion again (the Commitments view's "Rejected" node). */
  restore: 'seedmark.restore',
  /** Shows the Seedmark Output channel. */
  showLog: 'seedmark.showLog',
  editNote: 'seedmark.editNote',
  setStatus: 'seedmark.setStatus',
  openInSidecar: 'seedmark.openInSidecar',
  acceptAll: 'seedmark.acceptAll',
  rejectAll: 'seedmark.rejectAll',
  annotateSelection: 'seedmark.annotateSelection',
  annotateClaim: 'seedmark.annotateClaim',
  annotateFigure: 'seedmark.annotateFigure',
  annotateDeadline: 'seedmark.annotateDeadline',
  annotateCommitment: 'seedmark.annotateCommitment',
  openSidecar: 'seedmark.openSidecar',
  setReferenceDate: 'seedmark.setReferenceDate',
  export: 'seedmark.export',
  exportWorkspace: 'seedmark.exportWorkspace',
  deleteAnnotation: 'seedmark.deleteAnnotation',
  reattach: 'seedmark.reattach',
  reveal: 'seedmark.reveal',
  groupBy: 'seedmark.groupBy',
  filter: 'seedmark.filter',
  clearFilter: 'seedmark.clearFilter',
  focusTree: 'seedmark.focusTree',
  showTimeline: 'seedmark.showTimeline',
  openSample: 'seedmark.openSample',
  /** Adds the file or folder to the seed set (the workspace's `seedmark.include`). */
  treatAsSeed: 'seedmark.treatAsSeed',
  /** Takes the file or folder out of the seed set. */
  stopTreatingAsSeed: 'seedmark.stopTreatingAsSeed',
  linkCommitment: 'seedmark.linkCommitment',
  unlinkCommitment: 'seedmark.unlinkCommitment',
  /** Test-only: returns the facts decorated in the active editor, so integration tests can assert on them. */
  inspectActiveEditor: 'seedmark.test.inspectActiveEditor',
  /** Test-only: the Commitments tree's roots and their children. */
  inspectTree: 'seedmark.test.treeRoots',
  /** Test-only: the timeline panel's last render report, model size and CSP. */
  timelineState: 'seedmark.test.timelineState',
  /** Test-only: the decoration passes drawn lately (visible range first, then all) and how the last indexing went. */
  renderState: 'seedmark.test.renderState',
  /** Test-only: hands a message to the timeline panel as if its webview had posted it. */
  timelineMessage: 'seedmark.test.timelineMessage',
} as const;

export const VIEWS = {
  commitments: 'seedmark.commitments',
} as const;

export const CONFIGURATION_SECTION = 'seedmark';
