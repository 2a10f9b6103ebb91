import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * SHA-256 of a string's UTF-8 bytes (a lone surrogate as U+FFFD, as `TextEncoder` writes it),
 * as lower-case hex. `@noble/hashes` because the core runs where Node's `crypto` does not (a
 * web worker) and the hash is needed synchronously when a sidecar is saved, which rules out the
 * asynchronous `crypto.subtle`.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
