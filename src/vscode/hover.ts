import * as vscode from 'vscode';
import { dueDateOf, overdueDays } from '../core/deadlines';
import type { Annotation, TemporalFact } from '../core/model';
import type { MergedAnnotation } from '../core/sidecar/mergeAnnotations';
import { COMMANDS } from './commandIds';
import type { SeedStore } from './seedStore';
import { todayIso } from './today';

/** The only commands a hover's links may run; document text can never add another. */
const HOVER_COMMANDS = [COMMANDS.accept, COMMANDS.reject, COMMANDS.editNote, COMMANDS.setStatus, COMMANDS.openInSidecar];

const KIND_LABELS: Record<Annotation['kind'], string> = { claim: 'Claim', figure: 'Figure', date: 'Date', deadline: 'Deadline', commitment: 'Commitment' };

/** Arguments every annotation command takes: which document, which annotation. */
export interface AnnotationTarget {
  uri: string;
  id: string;
}

/**
 * Explains the facts under the cursor: kind, normalised value, how a deadline was resolved,
 * the source, the note, and links to review them. Document text is untrusted, so it is only
 * ever added as escaped text.
 */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: SeedStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!this.store.isSeed(document)) return undefined;
    const offset = document.offsetAt(position);
    const view = this.store.viewOf(document);
    if (token.isCancellationRequested) return undefined;
    const here = view.merged.filter((item) => item.start !== undefined && item.start <= offset && offset < item.end! && item.annotation.review !== 'rejected');
    if (here.length === 0) return undefined;
    // Innermost first: a figure inside a commitment is what the cursor points at.
    here.sort((a, b) => a.end! - a.start! - (b.end! - b.start!));
    const contents = here.map((item) => describeAnnotation(item, document.uri, view.result.referenceDate));
    const innermost = here[0];
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(innermost.start!), document.positionAt(innermost.end!)));
  }
}

export function describeAnnotation(item: MergedAnnotation, uri: vscode.Uri, referenceDate: { date: string; from: string }): vscode.MarkdownString {
  const { annotation } = item;
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
  markdown.supportHtml = false;
  markdown.appendMarkdown(`$(${iconFor(annotation)}) **${KIND_LABELS[annotation.kind]}** · ${annotation.review}`);
  if (annotation.status) markdown.appendMarkdown(` · ${annotation.status}`);
  if (item.anchorState === 'fuzzy') markdown.appendMarkdown(` · re-anchored to reworded text (${Math.round((item.score ?? 0) * 100)}%)`);
  markdown.appendMarkdown('\n\n');
  for (const line of detailLines(item, referenceDate)) markdown.appendMarkdown(`${escapeMarkdown(line)}  \n`);
  if (annotation.note) markdown.appendMarkdown(`\n**Note:** ${escapeMarkdown(annotation.note)}\n`);
  const target = encodeURIComponent(JSON.stringify([{ uri: uri.toString(), id: annotation.id } satisfies AnnotationTarget]));
  const links = [
    annotation.review !== 'accepted' ? `[Accept](command:${COMMANDS.accept}?${target} "Keep this in the sidecar as accepted")` : undefined,
    `[Reject](command:${COMMANDS.reject}?${target} "Hide this and never suggest it again")`,
    `[Edit note](command:${COMMANDS.editNote}?${target})`,
    annotation.kind === 'commitment' ? `[Set status](command:${COMMANDS.setStatus}?${target})` : undefined,
    item.origin === 'sidecar' ? `[Open in sidecar](command:${COMMANDS.openInSidecar}?${target})` : undefined,
  ].filter(Boolean);
  markdown.appendMarkdown(`\n---\n${links.join(' · ')}`);
  return markdown;
}

/** Plain-text lines (escaped by the caller) that say what the annotation means. */
export function detailLines(item: MergedAnnotation, referenceDate: { date: string; from: string }): string[] {
  const { annotation, fact } = item;
  const lines: string[] = [];
  const today = todayIso();
  switch (annotation.kind) {
    case 'figure': {
      const qualifier = annotation.qualifier ? `${annotation.qualifier} ` : '';
      lines.push(`${qualifier}${formatNumber(annotation.value)}${annotation.unit ? ` ${annotation.unit}` : ''}${annotation.per ? ` per ${annotation.per}` : ''}`);
      break;
    }
    case 'date':
    case 'deadline': {
      const temporal = fact && (fact.kind === 'date' || fact.kind === 'deadline') ? (fact as TemporalFact) : undefined;
      lines.push(temporal?.derivation ?? `"${annotation.anchor.exact}" + reference date ${referenceDate.date} (${referenceDate.from}) → ${resolvedText(annotation)}`);
      lines.push(`TIMEX3 ${annotation.timex ?? temporal?.timex ?? '?'}${overdueText(annotation, today)}`);
      break;
    }
    case 'claim':
      if (annotation.source) lines.push(`${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`);
      break;
    case 'commitment': {
      lines.push(`${annotation.actor ?? 'Someone'} — ${annotation.action ?? annotation.anchor.exact}`);
      if (annotation.deadline) {
        const due = dueDateOf(annotation);
        lines.push(`By: "${annotation.deadline.text}" + reference date ${referenceDate.date} (${referenceDate.from}) → ${due ?? annotation.deadline.timex ?? '?'}${overdueText(annotation, today)}`);
      }
      if (annotation.source) lines.push(`Source: ${annotation.source.who}${annotation.source.cue ? ` — ${annotation.source.cue}` : ''}`);
      break;
    }
  }
  return lines;
}

/**
 * Document text as inert Markdown: every character Markdown or HTML could read as syntax is
 * escaped, so "[x](command:…)" or "<img …>" in a seed shows as the characters it is.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '  \n');
}

function resolvedText(annotation: Annotation): string {
  if (annotation.range) return `${annotation.range.earliest} … ${annotation.range.latest}`;
  return annotation.due ?? annotation.timex ?? '?';
}

function overdueText(annotation: Annotation, today: string): string {
  const days = overdueDays(annotation, today);
  return days === undefined ? '' : ` · overdue by ${days} day${days === 1 ? '' : 's'}`;
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? '?' : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function iconFor(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'claim':
      return 'quote';
    case 'figure':
      return 'symbol-number';
    case 'date':
      return 'calendar';
    case 'deadline':
      return 'watch';
    case 'commitment':
      return 'tasklist';
  }
}
