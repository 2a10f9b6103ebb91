/**
 * Line starts of a text, for turning offsets into 0-based line and character positions
 * without a pass over the text per lookup (CLI listings, Problems-panel entries). A line ends at
 * "\n", "\r\n" or a lone "\r", as editors count lines.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The last column counted, so offsets asked for in order on one long line cost their gap only. */
  private last = { line: -1, offset: 0, column: 0 };
  /** Characters stepped over to count columns so far: the cost of a listing, which must stay linear in the text. */
  columnSteps = 0;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** 0-based line and UTF-16 character of an offset. */
  positionAt(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }

  /**
   * 1-based line and column counted in code points, as editors and compilers print them.
   * Counting from the line start for every offset would make a listing of a one-line megabyte
   * quadratic; counting on from the previous offset on the same line keeps it linear.
   */
  humanPositionAt(offset: number): { line: number; column: number } {
    const { line } = this.positionAt(offset);
    const resume = this.last.line === line && this.last.offset <= offset;
    let at = resume ? this.last.offset : this.starts[line];
    let column = resume ? this.last.column : 0;
    while (at < offset) {
      const code = this.text.charCodeAt(at);
      // A surrogate pair is one code point.
      const next = this.text.charCodeAt(at + 1);
      at += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && at + 1 < offset ? 2 : 1;
      column++;
    }
    this.columnSteps += column - (resume ? this.last.column : 0);
    this.last = { line, offset, column };
    return { line: line + 1, column: column + 1 };
  }
}
