import { formatIsoDate, isIsoDate } from '../calendar';
import type { IsoDate } from '../model';
import { MONTH_NAMES } from '../tables/months';

export interface DetectedReferenceDate {
  date: IsoDate;
  from: 'front-matter' | 'byline' | 'dateline';
}

/** Bylines and datelines sit at the top of an article; a date further down is a date in the story. */
const HEAD_LINES = 10;
/** A byline is a short line; a longer one is a paragraph, read only for a dateline at its start. */
const MAX_HEAD_LINE = 160;
const DATELINE_REACH = 80;

/**
 * The date a document speaks from, when the document says it: a `date:` key in YAML front
 * matter, a byline ("Shahbaz Rana February 26, 2022", "Published: 2024-03-14", a date alone on
 * its line) or a dateline ("WASHINGTON, March 3, 2022 (Reuters) -"). A date without a year is
 * not enough: guessing the year would put every relative date of the article at risk.
 */
export function detectReferenceDate(text: string): DetectedReferenceDate | undefined {
  const frontMatter = readFrontMatter(text);
  if (frontMatter.date) return { date: frontMatter.date, from: 'front-matter' };
  const lines = text.slice(frontMatter.bodyStart).split('\n', HEAD_LINES + 1).slice(0, HEAD_LINES);
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line.length === 0) continue;
    // A dateline opens the lead paragraph ("San Francisco, Sept. 12, 2024 - Lumio on Thursday …"):
    // in a long line only its opening is read, so a date deeper in a sentence is not taken.
    const found = readDatedLine(line.length > MAX_HEAD_LINE ? line.slice(0, DATELINE_REACH) : line);
    if (found) return found;
  }
  return undefined;
}

const FRONT_MATTER_DATE_KEYS: readonly string[] = ['date', 'published', 'pubdate', 'publishdate'];

function readFrontMatter(text: string): { date?: IsoDate; bodyStart: number } {
  const opening = /^\uFEFF?---\r?\n/.exec(text);
  if (!opening) return { bodyStart: 0 };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(opening[0].length));
  if (!close) return { bodyStart: 0 };
  const block = text.slice(opening[0].length, opening[0].length + close.index);
  const bodyStart = opening[0].length + close.index + close[0].length;
  for (const line of block.split('\n')) {
    const entry = /^([A-Za-z_]+)\s*:\s*["']?([^"'\r]*)/.exec(line);
    if (!entry || !FRONT_MATTER_DATE_KEYS.includes(entry[1].toLowerCase())) continue;
    const date = findDate(entry[2]);
    if (date) return { date: date.date, bodyStart };
  }
  return { bodyStart };
}

/** Prefixes that announce a publication date: "Published: 2024-03-14", "Updated on March 3, 2024". */
const PUBLICATION_PREFIX = /^(?:published|posted|updated|last updated|date|dated|first published)\b(?:\s+on)?\s*:?\s*/i;

/** An upper-case place before the date: "WASHINGTON,", "NEW DELHI (Reuters) -". */
const DATELINE_PLACE = /^[A-Z][A-Z.'’ -]{1,40}(?:\s*\([A-Za-z .]+\))?\s*[,:\u2013\u2014-]\s*/;

/** A name before the date in a byline: capitalised words, optionally after "By", then a space or a separator ("By Jane Doe, March 3, 2024"). */
const BYLINE_NAME = /^(?:by\s+)?(?:[A-Z][\p{L}.'’-]*(?:\s*[|,\u2013\u2014-]\s*|\s+)){1,5}/iu;

function readDatedLine(line: string): DetectedReferenceDate | undefined {
  const date = findDate(line);
  if (!date) return undefined;
  const before = line.slice(0, date.start);
  const after = line.slice(date.end).trim();
  if (before.trim() === '' && isTrailer(after)) return { date: date.date, from: 'byline' };
  const publication = PUBLICATION_PREFIX.exec(before);
  if (publication && publication[0].length === before.length) return { date: date.date, from: 'byline' };
  const place = DATELINE_PLACE.exec(before);
  if (place && place[0].length === before.length && /[A-Z]{2}/.test(before)) return { date: date.date, from: 'dateline' };
  const name = BYLINE_NAME.exec(before);
  if (name && name[0].length === before.length && isNameLike(before) && isTrailer(after)) return { date: date.date, from: 'byline' };
  return undefined;
}

/** What may follow a byline date: nothing, a time, a separator, or a dateline's agency. */
function isTrailer(after: string): boolean {
  return after === '' || /^(?:[|,\u2013\u2014-]|\d{1,2}:\d{2}|at\b|\(|updated|\d{1,2}\s*[ap]\.?m)/i.test(after);
}

/** Every word of a byline name is capitalised; a headline has lower-case words. */
function isNameLike(value: string): boolean {
  const words = value.replace(/^by\s+/i, '').split(/[\s|,\u2013\u2014-]+/).filter((word) => word.length > 0);
  return words.length > 0 && words.length <= 5 && words.every((word) => /^\p{Lu}/u.test(word));
}

interface FoundDate {
  date: IsoDate;
  start: number;
  end: number;
}

const MONTH_PATTERN = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\.?,? (\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;

/** The first full date (with a year) in the string. */
function findDate(value: string): FoundDate | undefined {
  const normalised = value.replace(/[\u00a0\t]/g, ' ');
  const candidates: FoundDate[] = [];
  const monthFirst = MONTH_DAY_YEAR.exec(normalised);
  if (monthFirst) pushDate(candidates, Number(monthFirst[3]), MONTH_NAMES.get(monthFirst[1].toLowerCase())?.month, Number(monthFirst[2]), monthFirst);
  const dayFirst = DAY_MONTH_YEAR.exec(normalised);
  if (dayFirst) pushDate(candidates, Number(dayFirst[3]), MONTH_NAMES.get(dayFirst[2].toLowerCase())?.month, Number(dayFirst[1]), dayFirst);
  const iso = ISO_DATE.exec(normalised);
  if (iso) pushDate(candidates, Number(iso[1]), Number(iso[2]), Number(iso[3]), iso);
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0];
}

function pushDate(out: FoundDate[], year: number, month: number | undefined, day: number, match: RegExpExecArray): void {
  if (month === undefined) return;
  const date = formatIsoDate(year, month, day);
  if (isIsoDate(date)) out.push({ date, start: match.index, end: match.index + match[0].length });
}
