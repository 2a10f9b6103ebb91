/**
 * Hashing of fixed-length pieces of text, shared by the whole-text filter (searchTarget.ts) and
 * the piece index (gramIndex.ts): a polynomial hash that can also be rolled along a text, and
 * Fibonacci hashing to spread it over 2^bits slots.
 */
export const PIECE_LENGTH = 8;

export function hashPiece(text: string, offset: number): number {
  let hash = 0;
  for (let i = offset; i < offset + PIECE_LENGTH; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** The hash of the piece one character further on, from the hash of the piece at `offset`. */
export function rollPiece(hash: number, text: string, offset: number): number {
  return (Math.imul(hash - Math.imul(text.charCodeAt(offset), OUTGOING_WEIGHT), 31) + text.charCodeAt(offset + PIECE_LENGTH)) | 0;
}

export function slotOf(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}

/** The weight of the character leaving the window: 31^(PIECE_LENGTH - 1). */
const OUTGOING_WEIGHT = (() => {
  let weight = 1;
  for (let i = 1; i < PIECE_LENGTH; i++) weight = Math.imul(weight, 31);
  return weight;
})();
