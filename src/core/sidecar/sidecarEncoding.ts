import type { SidecarProblem } from './sidecarDocument';

/**
 * A sidecar file that must not be read as text: a file whose bytes are not UTF-8 (a note saved
 * in Latin-1 by another tool) read leniently would have its characters replaced by U+FFFD, and
 * the next write would make that loss permanent. Storages throw this; `readSidecarState` turns
 * it into a broken sidecar, which is never written.
 *
 * Recognised by its `sidecarProblem` property rather than `instanceof`: the editor's storage
 * and the engine that reads the error are separate bundles, each with its own copy of a class.
 */
export class SidecarRefusal extends Error {
  readonly sidecarProblem: SidecarProblem;

  constructor(problem: SidecarProblem) {
    super(`${problem.line}:${problem.column}: ${problem.message}`);
    this.sidecarProblem = problem;
  }
}

export function refusalProblemOf(error: unknown): SidecarProblem | undefined {
  if (typeof error !== 'object' || error === null || !('sidecarProblem' in error)) return undefined;
  const problem = error.sidecarProblem;
  if (typeof problem !== 'object' || problem === null) return undefined;
  const { line, column, message } = problem as Partial<SidecarProblem>;
  return typeof line === 'number' && typeof column === 'number' && typeof message === 'string' ? { line, column, message } : undefined;
}

/**
 * The problem with a sidecar's bytes, or undefined when they are well-formed UTF-8 (an optional
 * UTF-8 byte order mark aside). The position is the first bad byte's line and column, columns
 * counted in code points as editors show them.
 */
export function sidecarBytesProblem(bytes: Uint8Array): SidecarProblem | undefined {
  const bad = firstMalformedUtf8(bytes);
  if (bad === undefined) return undefined;
  const { line, column } = bytePosition(bytes, bad);
  return { line, column, message: `not UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad} (save the file as UTF-8; Seedmark will not change it until then)` };
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or undefined when there is none.
 */
export function firstMalformedUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}

/** 1-based line and code-point column of a byte offset in (valid up to there) UTF-8 bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if ((byte & 0xc0) !== 0x80 && byte !== 0x0d) column++;
  }
  return { line, column };
}
