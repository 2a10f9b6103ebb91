import type { TextSpan } from '../../model';
import { ABBREVIATIONS } from '../../tables/abbreviations';
import { trimSpan } from '../phrases';

/**
 * A full stop followed by a word is a sentence break the splitter did not see ("… sold in the
 * U.S. Ode said", "… the launch. Tallow will …"), unless it ends an initial ("Mara T. Ode") or an
 * abbreviation ("Dr. Ode", "Acme Inc. staff"). A dotted abbreviation before a capital ("U.S. Ode")
 * counts as a break only where the caller has nothing better (`lenient`).
 */
function isBreak(word: string, next: number, lenient: boolean): boolean {
  if (/^\p{Lu}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (!lower.includes('.')) return !ABBREVIATIONS.has(lower);
  return lenient && next >= 65 && next <= 90;
}

/** A new expression per call, so its position is no state of the module. */
function stops(): RegExp {
  return /(\S+)\.\s+(?=[\p{L}\p{N}])/gu;
}

/** The part of the span after its last unseen sentence break (the span when there is none). */
export function afterMissedSentenceBreak(text: string, source: TextSpan, lenient: boolean): TextSpan {
  if (!source.text.includes('. ')) return source;
  let cut = -1;
  const pattern = stops();
  for (let stop = pattern.exec(source.text); stop; stop = pattern.exec(source.text)) {
    if (isBreak(stop[1], source.text.charCodeAt(stop.index + stop[0].length), lenient)) cut = stop.index + stop[0].length;
  }
  return cut === -1 ? source : trimSpan(text, source.start + cut, source.end);
}

/** The part of the span before its first unseen sentence break ('"…," said Jo Ode. The show went on'). */
export function beforeMissedSentenceBreak(text: string, source: TextSpan): TextSpan {
  if (!source.text.includes('. ')) return source;
  const pattern = stops();
  for (let stop = pattern.exec(source.text); stop; stop = pattern.exec(source.text)) {
    if (isBreak(stop[1], source.text.charCodeAt(stop.index + stop[0].length), false)) return trimSpan(text, source.start, source.start + stop.index + stop[1].length);
  }
  return source;
}

/** The offset just after the first unseen sentence break in `text[from, end)`, if there is one. */
export function missedSentenceEnd(text: string, from: number, end: number): number | undefined {
  const stretch = text.slice(from, end);
  if (!stretch.includes('. ')) return undefined;
  const pattern = stops();
  for (let stop = pattern.exec(stretch); stop; stop = pattern.exec(stretch)) {
    if (isBreak(stop[1], stretch.charCodeAt(stop.index + stop[0].length), false)) return from + stop.index + stop[1].length + 1;
  }
  return undefined;
}
