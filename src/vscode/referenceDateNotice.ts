import * as vscode from 'vscode';
import type { ReferenceDate } from '../core/model';

/**
 * A document that names no date of its own (no byline, dateline or front matter, no date set in
 * its sidecar, no git history) has its relative dates read against today: "in six months" then
 * moves every day. Said wherever the reference date shows, never silently (issue #20).
 */
export function readAgainstToday(referenceDate: ReferenceDate): boolean {
  return referenceDate.from === 'today';
}

/** What the status bar, the Commitments view and hovers say of such a document. */
export function referenceDateNotice(): string {
  return vscode.l10n.t('reference date: today (no date found — Set Reference Date…)');
}
