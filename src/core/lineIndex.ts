/**
 * Line starts of a text, for turning offsets into 0-based line and character positions
 * without a pass over the text per lookup (CLI listings, Problems-panel entries).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
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

  /** 1-based line and column counted in code points, as editors and compilers print them. */
  humanPositionAt(offset: number): { line: number; column: number } {
    const { line } = this.positionAt(offset);
    return { line: line + 1, column: [...this.text.slice(this.starts[line], offset)].length + 1 };
  }
}
