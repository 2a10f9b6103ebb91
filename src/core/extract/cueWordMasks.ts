/**
 * Removed at merge. temporal.ts still fills a cue mask that no extractor reads any more (claims
 * and commitments look for their cue words in ScannedText.words); the temporal branch drops that
 * import. Until then these keep temporal.ts compiling and change nothing it finds: no word is
 * listed, so no token is looked up for a cue and every mask is 0.
 */
export const CUE_WORD_BITS: ReadonlyMap<string, number> = new Map();

export function cueBitsOfAsciiRuns(_text: string, _start: number, _end: number): number {
  return 0;
}
