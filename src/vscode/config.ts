import * as vscode from 'vscode';
import { DEFAULT_SEED_GLOBS } from '../core/seedSet';
import { CONFIGURATION_SECTION } from './commandIds';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `seedmark.*` settings as one typed snapshot; mirrors `contributes.configuration`. */
export interface SeedmarkConfiguration {
  /** Highlight facts in seed documents. */
  enable: boolean;
  /** Globs of the seed documents Seedmark reads (a document with a sidecar is read too, unless excluded). */
  include: string[];
  /** Globs of documents Seedmark never reads, sidecar or not. */
  exclude: string[];
  /** Show extracted suggestions (not only annotations in the sidecar). */
  showSuggestions: boolean;
  /** Problems-panel severity of overdue open commitments; `off` by default (overdue is a status, not a problem). */
  overdueSeverity: SeverityName;
  /** Problems-panel severity of orphaned annotations. */
  orphanSeverity: SeverityName;
  /** Problems-panel severity of deadlines and figures two documents disagree on. */
  conflictSeverity: SeverityName;
  /** Documents larger than this (in MB of text) are not read, so the editor stays responsive. */
  maxDocumentSizeMB: number;
}

export function readConfiguration(): SeedmarkConfiguration {
  const section = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
  return {
    enable: section.get('enable', true),
    include: section.get('include', [...DEFAULT_SEED_GLOBS]),
    exclude: section.get('exclude', ['**/node_modules/**', '**/.git/**', '**/CHANGELOG.md', '**/LICENSE*']),
    showSuggestions: section.get('showSuggestions', true),
    overdueSeverity: section.get('overdueSeverity', 'off'),
    orphanSeverity: section.get('orphanSeverity', 'warning'),
    conflictSeverity: section.get('conflictSeverity', 'warning'),
    maxDocumentSizeMB: section.get('maxDocumentSizeMB', 5),
  };
}

export function toDiagnosticSeverity(name: SeverityName): vscode.DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}
