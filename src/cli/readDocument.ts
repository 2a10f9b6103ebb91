import { readFile, stat } from 'node:fs/promises';

/** Documents larger than this are refused rather than risk minutes of work on a log dump. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** `binary`: the file holds NUL bytes, so it is no text at all (a walk skips it rather than fail). */
export type DocumentRead = { ok: true; text: string } | { ok: false; reason: string; binary?: true };

/**
 * Reads a document as UTF-8 text, refusing with a one-line reason what is not a readable text
 * file: a missing path, a directory, a binary file, invalid UTF-8 or an oversized file.
 */
export async function readDocument(path: string): Promise<DocumentRead> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})` };
  }
  if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
  if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
  if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, reason: `too large (${info.size} bytes; the limit is ${MAX_DOCUMENT_BYTES})` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): DocumentRead {
  // UTF-16 with a byte order mark (what Windows Notepad long saved as "Unicode") is text whose
  // every other byte is NUL for Latin script: decoded as such before the binary check.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} (it starts with that byte order mark)` };
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)', binary: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)})` };
  }
}

/** Byte offset where the first malformed UTF-8 sequence starts, so the user can find it. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
