import * as vscode from 'vscode';
import type { DueBucket } from '../core/deadlines';
import type { CommitmentStatus, FactKind, ReviewState } from '../core/model';

/**
 * The words the surfaces show for the model's values, localised. The values themselves stay
 * the sidecar's vocabulary (`status: in-progress`, `review: accepted`): only what is shown
 * goes through `vscode.l10n.t`. Each message and comment is spelt out literally, even where
 * that repeats a comment: the bundle exporter (`npm run l10n`) reads only literals, and a call
 * it cannot read is left out of the bundle. Messages are looked up when shown, never at module
 * load, so they follow the bundle VS Code loaded for this extension.
 */

/** A kind as a heading: "Figure" in a hover, "Deadline: …" for a conflict. */
export function kindHeading(kind: FactKind): string {
  switch (kind) {
    case 'claim':
      return vscode.l10n.t('Claim');
    case 'figure':
      return vscode.l10n.t('Figure');
    case 'date':
      return vscode.l10n.t('Date');
    case 'deadline':
      return vscode.l10n.t('Deadline');
    case 'commitment':
      return vscode.l10n.t('Commitment');
  }
}

/** A kind inside a sentence ("Orphaned commitment c-1: …"); the comment tells translators it is not a heading. */
export function kindNoun(kind: FactKind): string {
  switch (kind) {
    case 'claim':
      return vscode.l10n.t({ message: 'claim', comment: ['A kind of annotation, inside a sentence (lower case in English).'] });
    case 'figure':
      return vscode.l10n.t({ message: 'figure', comment: ['A kind of annotation, inside a sentence (lower case in English).'] });
    case 'date':
      return vscode.l10n.t({ message: 'date', comment: ['A kind of annotation, inside a sentence (lower case in English).'] });
    case 'deadline':
      return vscode.l10n.t({ message: 'deadline', comment: ['A kind of annotation, inside a sentence (lower case in English).'] });
    case 'commitment':
      return vscode.l10n.t({ message: 'commitment', comment: ['A kind of annotation, inside a sentence (lower case in English).'] });
  }
}

/** A review state as shown; "suggested" is what the extractor found and nobody has decided on. */
export function reviewLabel(review: ReviewState): string {
  switch (review) {
    case 'suggested':
      return vscode.l10n.t({ message: 'suggested', comment: ['The review state of an annotation.'] });
    case 'accepted':
      return vscode.l10n.t({ message: 'accepted', comment: ['The review state of an annotation.'] });
    case 'rejected':
      return vscode.l10n.t({ message: 'rejected', comment: ['The review state of an annotation.'] });
    case 'edited':
      return vscode.l10n.t({ message: 'edited', comment: ['The review state of an annotation.'] });
  }
}

/** A commitment's status as shown (the timeline's legend, the tree, hovers, the status picker). */
export function statusLabel(status: CommitmentStatus): string {
  switch (status) {
    case 'open':
      return vscode.l10n.t({ message: 'open', comment: ['The status of a commitment: whether the promise was kept.'] });
    case 'in-progress':
      return vscode.l10n.t({ message: 'in progress', comment: ['The status of a commitment: whether the promise was kept.'] });
    case 'stalled':
      return vscode.l10n.t({ message: 'stalled', comment: ['The status of a commitment: whether the promise was kept.'] });
    case 'kept':
      return vscode.l10n.t({ message: 'kept', comment: ['The status of a commitment: whether the promise was kept.'] });
    case 'compromised':
      return vscode.l10n.t({ message: 'compromised', comment: ['The status of a commitment: whether the promise was kept.'] });
    case 'broken':
      return vscode.l10n.t({ message: 'broken', comment: ['The status of a commitment: whether the promise was kept.'] });
  }
}

/** The Commitments view's "by due date" groups. */
export function dueBucketLabel(bucket: DueBucket): string {
  switch (bucket) {
    case 'overdue':
      return vscode.l10n.t({ message: 'overdue', comment: ['A group of commitments in the Commitments view, grouped by due date.'] });
    case 'next 30 days':
      return vscode.l10n.t({ message: 'next 30 days', comment: ['A group of commitments in the Commitments view, grouped by due date.'] });
    case 'later':
      return vscode.l10n.t({ message: 'later', comment: ['A group of commitments in the Commitments view, grouped by due date.'] });
    case 'no deadline':
      return vscode.l10n.t({ message: 'no deadline', comment: ['A group of commitments in the Commitments view, grouped by due date.'] });
    case 'closed':
      return vscode.l10n.t({ message: 'closed', comment: ['A group of commitments in the Commitments view, grouped by due date.'] });
  }
}

/** Who committed, when the sidecar names nobody. */
export function someone(): string {
  return vscode.l10n.t({ message: 'Someone', comment: ['Stands in for the actor of a commitment when nobody is named.'] });
}

/** "1 day" / "{0} days" after "overdue by": English has two forms, so two messages. */
export function overdueByDays(days: number): string {
  return days === 1 ? vscode.l10n.t('overdue by 1 day') : vscode.l10n.t('overdue by {0} days', days);
}
