/**
 * A document whose every character remembers where it came from, so a test can tell an
 * annotation placed on its own words (moved, or copied verbatim) from one placed on the same
 * words written elsewhere. Characters are kept as UTF-16 units; the fuzz texts are ASCII.
 */
export class TaggedText {
  private nextOrigin: number;

  private constructor(
    public chars: string[],
    public origins: number[],
    /** origin of a copied character → the origin it was copied from. */
    private readonly copyOf: Map<number, number>,
  ) {
    this.nextOrigin = origins.length;
  }

  static of(text: string): TaggedText {
    return new TaggedText([...text].flatMap((character) => character.split('')), Array.from({ length: text.length }, (_, index) => index), new Map());
  }

  get text(): string {
    return this.chars.join('');
  }

  get length(): number {
    return this.chars.length;
  }

  /** The origin a character descends from, through any number of copies. */
  rootOf(origin: number): number {
    let root = origin;
    for (let next = this.copyOf.get(root); next !== undefined; next = this.copyOf.get(root)) root = next;
    return root;
  }

  /** Roots of the characters in [start, end). */
  rootsIn(start: number, end: number): number[] {
    return this.origins.slice(Math.max(0, start), Math.min(this.length, end)).map((origin) => this.rootOf(origin));
  }

  /** Replaces [start, end) with newly typed text (new origins). */
  replace(start: number, end: number, text: string): void {
    const fresh = text.split('').map(() => this.nextOrigin++);
    this.chars.splice(start, end - start, ...text.split(''));
    this.origins.splice(start, end - start, ...fresh);
  }

  /** Copies [start, end) to `at` (an offset in the text before the copy): copies descend from the originals. */
  copy(start: number, end: number, at: number): void {
    const chars = this.chars.slice(start, end);
    const copies = this.origins.slice(start, end).map((origin) => {
      const copy = this.nextOrigin++;
      this.copyOf.set(copy, origin);
      return copy;
    });
    this.chars.splice(at, 0, ...chars);
    this.origins.splice(at, 0, ...copies);
  }

  /** Moves [start, end) to `at` (an offset in the text before the move, outside the range): the characters keep their origins. */
  move(start: number, end: number, at: number): void {
    const chars = this.chars.splice(start, end - start);
    const origins = this.origins.splice(start, end - start);
    const target = at > start ? at - (end - start) : at;
    this.chars.splice(target, 0, ...chars);
    this.origins.splice(target, 0, ...origins);
  }

  /** Where the characters of the given origins are now, as one [start, end) when they are still contiguous and in order. */
  spanOf(origins: readonly number[]): { start: number; end: number } | undefined {
    if (origins.length === 0) return undefined;
    const start = this.origins.indexOf(origins[0]);
    if (start === -1) return undefined;
    for (let i = 1; i < origins.length; i++) if (this.origins[start + i] !== origins[i]) return undefined;
    return { start, end: start + origins.length };
  }
}
