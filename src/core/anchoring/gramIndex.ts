import { hashPiece, PIECE_LENGTH, slotOf } from './pieceHash';

/**
 * The positions of the text's PIECE_LENGTH-character pieces that start at a multiple of STRIDE,
 * grouped by a hash of the piece. Any occurrence of a quote at least STRIDE + PIECE_LENGTH - 1
 * long contains one such piece at one of its first STRIDE offsets, so all its occurrences are
 * found by looking up those few pieces and checking each candidate, instead of reading the
 * whole text. Built once per re-anchoring, the first time a whole-text search is asked for;
 * indexing every STRIDE-th position keeps the build small enough to stay in the cache.
 */
export class GramIndex {
  /** Indexed positions, grouped by bucket, ascending inside each bucket. */
  private readonly positions: Int32Array;
  /** Bucket b holds positions[bucketStarts[b] .. bucketStarts[b + 1]). */
  private readonly bucketStarts: Int32Array;

  /** Bits of the bucket number: about one indexed piece per bucket, at most 2^MAX_BUCKET_BITS. */
  private readonly bucketBits: number;

  constructor(private readonly text: string) {
    const pieces = text.length >= PIECE_LENGTH ? Math.floor((text.length - PIECE_LENGTH) / STRIDE) + 1 : 0;
    this.bucketBits = Math.min(MAX_BUCKET_BITS, Math.max(MIN_BUCKET_BITS, Math.ceil(Math.log2(pieces + 1))));
    const buckets = 1 << this.bucketBits;
    const starts = new Int32Array(buckets + 1);
    const bucketOfPiece = new Int32Array(pieces);
    for (let piece = 0; piece < pieces; piece++) {
      const bucket = slotOf(hashPiece(text, piece * STRIDE), this.bucketBits);
      bucketOfPiece[piece] = bucket;
      starts[bucket + 1]++;
    }
    for (let bucket = 0; bucket < buckets; bucket++) starts[bucket + 1] += starts[bucket];
    const positions = new Int32Array(pieces);
    const cursor = starts.slice(0, buckets);
    for (let piece = 0; piece < pieces; piece++) positions[cursor[bucketOfPiece[piece]]++] = piece * STRIDE;
    this.bucketStarts = starts;
    this.positions = positions;
  }

  /** Every start of `quote` in the text, ascending, overlapping ones included (as repeated `indexOf` finds them). */
  occurrencesOf(quote: string): number[] {
    const found: number[] = [];
    if (quote.length < STRIDE + PIECE_LENGTH - 1) {
      for (let index = this.text.indexOf(quote); index !== -1; index = this.text.indexOf(quote, index + 1)) found.push(index);
      return found;
    }
    // An occurrence starting at s holds an indexed piece at offset (STRIDE - s % STRIDE) % STRIDE: exactly one offset finds it.
    for (let offset = 0; offset < STRIDE; offset++) {
      const bucket = slotOf(hashPiece(quote, offset), this.bucketBits);
      for (let i = this.bucketStarts[bucket]; i < this.bucketStarts[bucket + 1]; i++) {
        const start = this.positions[i] - offset;
        if (start >= 0 && this.text.startsWith(quote, start)) found.push(start);
      }
    }
    return found.sort((a, b) => a - b);
  }
}

const STRIDE = 8;
/** 2^17 buckets: a 1 MB text indexes 125,000 pieces, about one per bucket; larger texts share. */
const MAX_BUCKET_BITS = 17;
const MIN_BUCKET_BITS = 4;
