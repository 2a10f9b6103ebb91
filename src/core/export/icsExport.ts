import { addDays, isIsoDate } from '../calendar';
import { LineIndex } from '../lineIndex';
import type { Annotation, IsoDate } from '../model';
import { sha256Hex } from '../sha256';
import type { ExportDocument } from './exportFormats';

export interface IcsOptions {
  /** When the calendar was made (DTSTAMP of every event), as an ISO 8601 instant; fixed in tests. */
  generatedAt: string;
  version?: string;
}

/** Statuses under which a commitment is still owed: only these go into the calendar. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'in-progress', 'stalled']);

/** RFC 5545 §3.1: a content line is at most 75 octets, longer ones are folded. */
const MAX_LINE_OCTETS = 75;

/**
 * iCalendar (RFC 5545): every open commitment with a due date or a range as an all-day event.
 * A range ("in the next two to three years") spans its days; a single date is one day. Only
 * commitments are exported — a deadline on its own has nobody who owes it — and neither
 * rejected, kept, compromised or broken ones, nor orphans (their date may belong to text that
 * is gone). The description carries the quote, who said it, the document and line, and how the
 * date was resolved, so the event can be checked against its source. Everything taken from a
 * document or a sidecar (ids included) goes through `escapeText`, since a sidecar is edited by
 * hand and travels with a repository: a line break in it must never start a calendar line.
 */
export function toIcs(documents: readonly ExportDocument[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Seedmark//Seedmark${options.version ? ` ${options.version}` : ''}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Seedmark commitments')}`,
  ];
  const stamp = utcStamp(options.generatedAt);
  for (const document of documents) {
    let lineIndex: LineIndex | undefined;
    for (const item of document.annotations) {
      const { annotation } = item;
      const span = eventDays(annotation);
      if (!span || annotation.kind !== 'commitment' || annotation.review === 'rejected' || item.anchorState === 'orphaned') continue;
      if (!OPEN_STATUSES.has(annotation.status ?? 'open')) continue;
      lineIndex ??= new LineIndex(document.text);
      const line = item.start !== undefined ? lineIndex.positionAt(item.start).line + 1 : undefined;
      lines.push(...vevent(document, annotation, span, stamp, line, item.stale === true));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function vevent(document: ExportDocument, annotation: Annotation, span: { first: IsoDate; last: IsoDate }, stamp: string, line: number | undefined, stale: boolean): string[] {
  // A summary is a one-line title: a quote that runs over lines would break it in calendar lists.
  const summary = `${annotation.actor ?? 'Someone'} — ${annotation.action ?? annotation.anchor.exact}`.replace(/\s+/g, ' ').trim();
  // A stale due date was read from words the text no longer says: never a confirmed event.
  const reviewed = !stale && (annotation.review === 'accepted' || annotation.review === 'edited');
  const description = [
    `"${annotation.anchor.exact}"`,
    annotation.source ? `Source: ${annotation.source.who}${annotation.source.cue ? ` (${annotation.source.cue})` : ''}` : undefined,
    `Document: ${document.file}${line !== undefined ? `:${line}` : ''}`,
    annotation.deadline ? `Deadline: "${annotation.deadline.text}" from ${document.referenceDate} → ${span.first === span.last ? span.first : `${span.first} to ${span.last}`}` : undefined,
    stale ? 'Stale: the document now words this deadline differently; check the date' : undefined,
    `Status: ${annotation.status ?? 'open'} · ${annotation.review}`,
    annotation.note ? `Note: ${annotation.note}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${annotation.id}-${sha256Hex(uidPath(document.file)).slice(0, 12)}@seedmark`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(span.first)}`,
    // DTEND of an all-day event is the day after the last one (exclusive).
    `DTEND;VALUE=DATE:${compactDate(addDays(span.last, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `STATUS:${reviewed ? 'CONFIRMED' : 'TENTATIVE'}`,
    `CATEGORIES:${['Seedmark', annotation.status ?? 'open', ...(annotation.tags ?? [])].map(escapeText).join(',')}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The days an event covers: a range's first and last day, or the due day. The sidecar checks
 * only the shape YYYY-MM-DD, so a hand-edited 2024-13-45 gets here: such an annotation is left
 * out, since writing it would give an invalid DTSTART and rolling it over would invent a date.
 * A range written backwards still names its two ends, so it is put in order.
 */
function eventDays(annotation: Annotation): { first: IsoDate; last: IsoDate } | undefined {
  const range = annotation.deadline?.range;
  const [first, last] = range ? [range.earliest, range.latest].sort() : annotation.deadline?.due ? [annotation.deadline.due, annotation.deadline.due] : [];
  if (first === undefined || last === undefined || !isIsoDate(first) || !isIsoDate(last)) return undefined;
  return { first, last };
}

/** `./news/a.txt` and `news\a.txt` are one document: the UID must not change with how the path was typed. */
function uidPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as \n. TEXT may
 * not hold control characters other than TAB (§3.1, `CTL`), and a lone surrogate has no UTF-8
 * form: both become U+FFFD, so the output is well-formed and `fold` counts the octets written.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with one
 * space. Split on UTF-8 octets but never inside a character, so an emoji stays whole.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** 2026-11-28T15:20:00.000Z → 20261128T152000Z (RFC 5545 UTC date-time). */
function utcStamp(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${instant}`);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
