import * as vscode from 'vscode';
import { dueDateOf, overdueDays } from '../core/deadlines';
import type { Annotation, ReferenceDate } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { COMMANDS } from './commandIds';
import { kindHeading, overdueByDays, reviewLabel, someone, statusLabel } from './displayLabels';
import { rangeIn } from './modelRanges';
import { writeAnnotationHover, type CommandLink } from './hoverMarkdown';
import { readAgainstToday, referenceDateNotice } from './referenceDateNotice';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';

/** The only commands a hover's links may run; document text can never add another. */
const HOVER_COMMANDS = [COMMANDS.accept, COMMANDS.reject, COMMANDS.editNote, COMMANDS.setStatus, COMMANDS.openInSidecar];

/** Arguments every annotation command takes: which document, which annotation. */
export interface AnnotationTarget {
  uri: string;
  id: string;
}

/**
 * Explains the facts under the cursor: kind, normalised value, how a deadline was resolved,
 * the source, the note, and links to review them. Document and sidecar text is untrusted, so it
 * only ever reaches the hover through `MarkdownString.appendText`.
 */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: SeedStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.store.isSeed(document)) return undefined;
    const offset = document.offsetAt(position);
    // A long document just typed into may still be reading: the hover waits rather than show facts
    // at old offsets. On a first reading, a part already read is answered at once.
    const view = await this.store.viewAt(document, offset);
    if (token.isCancellationRequested) return undefined;
    const here = view.merged.filter((item) => item.start !== undefined && item.start <= offset && offset < item.end! && item.annotation.review !== 'rejected');
    if (here.length === 0) return undefined;
    // Innermost first: a figure inside a commitment is what the cursor points at.
    here.sort((a, b) => a.end! - a.start! - (b.end! - b.start!));
    const contents = here.flatMap((item) => describeAnnotation(item, document.uri, view.result.referenceDate));
    const innermost = here[0];
    return new vscode.Hover(contents, rangeIn(view, innermost.start!, innermost.end!));
  }
}

/**
 * The hover of one annotation. Its text is the document's, the sidecar's and the translations',
 * so writeAnnotationHover hands all of it to `appendText` in a Markdown string with theme icons
 * off; only the heading, the kind's icon and name, has them on.
 */
export function describeAnnotation(item: MergedAnnotation, uri: vscode.Uri, referenceDate: ReferenceDate): vscode.MarkdownString[] {
  const { annotation } = item;
  // Theme icons only in the heading, which holds no document or sidecar text.
  const heading = new vscode.MarkdownString(undefined, true);
  heading.supportHtml = false;
  const markdown = new vscode.MarkdownString(undefined, false);
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  markdown.supportHtml = false;
  const badges = [reviewLabel(annotation.review)];
  if (item.stale) badges.push(vscode.l10n.t('stale value: the text now says something else'));
  if (annotation.status) badges.push(statusLabel(annotation.status));
  if (item.anchorState === 'fuzzy') badges.push(vscode.l10n.t('re-anchored to reworded text ({0}%)', Math.round((item.score ?? 0) * 100)));
  const links: CommandLink[] = [
    ...(annotation.review !== 'accepted' ? [{ label: vscode.l10n.t('Accept'), command: COMMANDS.accept, title: vscode.l10n.t('Keep this in the sidecar as accepted') }] : []),
    { label: vscode.l10n.t('Reject'), command: COMMANDS.reject, title: vscode.l10n.t('Hide this and never suggest it again') },
    { label: vscode.l10n.t('Edit note'), command: COMMANDS.editNote },
    ...(annotation.kind === 'commitment' ? [{ label: vscode.l10n.t('Set status'), command: COMMANDS.setStatus }] : []),
    ...(item.origin === 'sidecar' ? [{ label: vscode.l10n.t('Open in sidecar'), command: COMMANDS.openInSidecar }] : []),
  ];
  writeAnnotationHover(heading, markdown, {
    kind: annotation.kind,
    heading: kindHeading(annotation.kind),
    badges,
    // A stale value was read from words the document no longer has: shown as what it was, not what is.
    lines: item.stale ? detailLines(item, referenceDate).map((line) => vscode.l10n.t('Was: {0}', line)) : detailLines(item, referenceDate),
    note: annotation.note ? { label: vscode.l10n.t('Note:'), text: annotation.note } : undefined,
    links,
    argument: { uri: uri.toString(), id: annotation.id } satisfies AnnotationTarget,
  });
  return [heading, markdown];
}

/** Plain-text lines that say what the annotation means (the hover appends them as text). */
export function detailLines(item: MergedAnnotation, referenceDate: ReferenceDate): string[] {
  const { annotation, fact } = item;
  const lines: string[] = [];
  const today = todayIso();
  switch (annotation.kind) {
    case 'figure': {
      const qualifier = annotation.qualifier ? `${annotation.qualifier} ` : '';
      const amount = `${qualifier}${formatNumber(annotation.value)}${annotation.unit ? ` ${annotation.unit}` : ''}`;
      lines.push(annotation.per ? vscode.l10n.t({ message: '{0} per {1}', args: [amount, annotation.per], comment: ['A rate: {0} is an amount with its unit, {1} what it is counted per (a year, a barrel).'] }) : amount);
      break;
    }
    case 'date':
    case 'deadline': {
      const temporal = fact && (fact.kind === 'date' || fact.kind === 'deadline') ? fact : undefined;
      lines.push(temporal?.derivation ?? vscode.l10n.t('"{0}" + reference date {1} ({2}) → {3}', annotation.anchor.exact, referenceDate.date, referenceDate.from, resolvedText(annotation)));
      lines.push(withOverdue(`TIMEX3 ${annotation.timex ?? temporal?.timex ?? '?'}`, annotation, today));
      break;
    }
    case 'claim':
      if (annotation.source) lines.push(`${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`);
      break;
    case 'commitment': {
      lines.push(`${annotation.actor ?? someone()} — ${annotation.action ?? annotation.anchor.exact}`);
      // How the extractor found the actor, while the suggestion still stands on its fact.
      const actor = fact?.kind === 'commitment' && fact.actor?.name === annotation.actor ? fact.actor : undefined;
      if (actor?.mention) lines.push(vscode.l10n.t('Actor: "{0}" read as {1}', actor.mention, actor.name));
      else if (actor?.implicit) lines.push(vscode.l10n.t('Actor: {0}, from the context (not named in the sentence)', actor.name));
      if (annotation.deadline) {
        const due = dueDateOf(annotation);
        const resolution = vscode.l10n.t('By: "{0}" + reference date {1} ({2}) → {3}', annotation.deadline.text, referenceDate.date, referenceDate.from, due ?? annotation.deadline.timex ?? '?');
        lines.push(withOverdue(resolution, annotation, today));
      }
      if (annotation.source) lines.push(vscode.l10n.t('Source: {0}', `${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`));
      break;
    }
  }
  // A date read against today moves every day: the hover says so wherever it shows a resolution.
  const resolvesDate = annotation.kind === 'date' || annotation.kind === 'deadline' || (annotation.kind === 'commitment' && annotation.deadline !== undefined);
  if (resolvesDate && readAgainstToday(referenceDate)) lines.push(referenceDateNotice());
  return lines;
}

function resolvedText(annotation: Annotation): string {
  if (annotation.range) return `${annotation.range.earliest} … ${annotation.range.latest}`;
  return annotation.due ?? annotation.timex ?? '?';
}

/** The line, and how long it is overdue when it is. */
function withOverdue(line: string, annotation: Annotation, today: string): string {
  const days = overdueDays(annotation, today);
  return days === undefined ? line : `${line} · ${overdueByDays(days)}`;
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? '?' : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
