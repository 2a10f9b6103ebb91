/** Command, view and configuration ids in one place; package.json declares the same ones. */
export const COMMANDS = {
  reextract: 'seedmark.reextract',
  /** Test-only: returns the facts decorated in the active editor, so integration tests can assert on them. */
  inspectActiveEditor: 'seedmark.test.inspectActiveEditor',
} as const;

export const CONFIGURATION_SECTION = 'seedmark';
