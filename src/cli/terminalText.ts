/**
 * Document and sidecar text quoted in the CLI's output, which a terminal shows: JSON string
 * syntax (so line breaks and control characters are visible escapes), and bidirectional
 * controls and other invisible format characters escaped too, which JSON leaves raw and which
 * would let a quote reorder what the terminal shows around it (a "Trojan Source" line).
 */
const INVISIBLE_FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0080-\u009f]/g;

export function quotedForTerminal(text: string): string {
  return visibleForTerminal(JSON.stringify(text));
}

/** Text with the invisible format characters escaped as `\\uXXXX`, for words printed unquoted (a source's name). */
export function visibleForTerminal(text: string): string {
  return text.replace(INVISIBLE_FORMAT, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
