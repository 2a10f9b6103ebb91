import { CORE_SCHEMA, type Type } from 'js-yaml';

/**
 * A fast reader for the YAML that sidecars are nearly always written in: Seedmark's own layout
 * (block mappings and sequences indented by spaces; plain, single- and double-quoted scalars,
 * double-quoted ones also folded over lines as the writer folds text with blank lines; one-line
 * flow mappings and sequences; comments and blank lines) and hand edits that stay within it. It
 * gives exactly what js-yaml's `load` with the core schema gives, or `undefined` for anything
 * else (anchors, tags, block scalars, multi-line plain scalars, escaped line breaks, tabs,
 * unusual keys, anything doubtful), which the caller then reads with js-yaml. Checked against
 * js-yaml on written and hand-mangled sidecars (test/property/layoutReader.property.test.ts).
 *
 * Why: js-yaml, a general parser, reads a 10,000-annotation sidecar (3 MB) in 160–340 ms on the
 * bench machine; this reads it in about 60% of that, which keeps a large sidecar's load and
 * validation within the 300 ms the sidecar issue allows.
 */
export function readSidecarLayout(text: string): unknown {
  if (PLAIN_TYPES === undefined || NOT_IN_LAYOUT.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))) return undefined;
  try {
    return new LayoutReader(text).readDocument();
  } catch (error) {
    if (error instanceof OutsideLayout) return undefined;
    throw error;
  }
}

/**
 * Characters js-yaml refuses (non-printable ones) and ones the layout never holds (tabs, a
 * byte-order mark, a carriage return not before a line feed). Lone surrogates, which js-yaml
 * refuses too, are looked for only in a text that has surrogates at all.
 */
const NOT_IN_LAYOUT = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]|\r(?!\n)/;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * js-yaml's own resolvers for plain scalars in the core schema (null, bool, int, float, in its
 * order), so a plain scalar is typed exactly as js-yaml types it. Its type definitions do not
 * declare the compiled list, hence the narrowing; if a future js-yaml drops it, the fast path
 * turns itself off rather than guess.
 */
const PLAIN_TYPES: readonly Type[] | undefined = (() => {
  const compiled = (CORE_SCHEMA as unknown as { compiledImplicit?: unknown }).compiledImplicit;
  if (!Array.isArray(compiled) || compiled.length === 0) return undefined;
  return compiled.every((type) => typeof (type as Type).resolve === 'function' && typeof (type as Type).construct === 'function') ? (compiled as Type[]) : undefined;
})();

/** First characters of plain scalars that a core-schema resolver could take for other than a string. */
const MAYBE_TYPED_START = new Set(['-', '+', '.', '~', 'n', 'N', 't', 'T', 'f', 'F', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

class OutsideLayout extends Error {}

function outside(): never {
  throw new OutsideLayout();
}


/**
 * The lines of the text as offsets into it (no string per line): where each starts and ends (a
 * carriage return before the line feed left out), how far it is indented, and whether it holds
 * anything but spaces and a comment.
 */
class Lines {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly indents: Int32Array;
  readonly filled: Uint8Array;
  readonly count: number;

  constructor(readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.count = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    this.filled = new Uint8Array(count);
    let start = 0;
    for (let line = 0; line < count; line++) {
      const feed = text.indexOf('\n', start);
      let end = feed === -1 ? text.length : feed;
      if (end > start && text.charCodeAt(end - 1) === 13 /* \r */) end--;
      let indent = start;
      while (indent < end && text.charCodeAt(indent) === 32) indent++;
      this.starts[line] = start;
      this.ends[line] = end;
      this.indents[line] = indent - start;
      this.filled[line] = indent < end && text.charCodeAt(indent) !== 35 /* # */ ? 1 : 0;
      start = feed + 1;
    }
  }
}

class LayoutReader {
  private readonly lines: Lines;
  private readonly text: string;
  private line = 0;
  private readonly keys = new KeyInterner();

  constructor(text: string) {
    this.text = text;
    this.lines = new Lines(text);
  }

  readDocument(): unknown {
    this.skipBlank();
    const { lines, text } = this;
    if (this.line >= lines.count || lines.indents[this.line] !== 0) outside();
    const start = lines.starts[this.line];
    if (text.startsWith('---', start) || text.startsWith('...', start) || text.startsWith('%', start) || text.startsWith('-', start)) outside();
    const value = this.readMapping(0, start);
    this.skipBlank();
    if (this.line < lines.count) outside();
    return value;
  }

  /** Skips blank lines and whole-line comments; a document marker ends the layout. */
  private skipBlank(): void {
    const { lines, text } = this;
    for (; this.line < lines.count; this.line++) {
      if (lines.filled[this.line] === 0) continue;
      const start = lines.starts[this.line];
      if (lines.indents[this.line] === 0 && (text.startsWith('---', start) || text.startsWith('...', start))) outside();
      return;
    }
  }

  /**
   * A block mapping whose keys are indented by `indent`; its first key may start at offset
   * `firstKey` of the current line (after "- " in a sequence), the others must start their own lines.
   */
  private readMapping(indent: number, firstKey: number): Record<string, unknown> {
    const { lines, text } = this;
    const mapping: Record<string, unknown> = {};
    let column = firstKey;
    for (let first = true; ; first = false) {
      if (!first) {
        this.skipBlank();
        if (this.line >= lines.count) break;
        const lineIndent = lines.indents[this.line];
        if (lineIndent < indent) break;
        if (lineIndent > indent) outside();
        column = lines.starts[this.line] + indent;
      }
      const lineEnd = lines.ends[this.line];
      const end = keyEnd(text, column, lineEnd);
      if (end === column) outside();
      const key = this.keys.intern(text, column, end);
      if (key === '__proto__') outside();
      const colon = end;
      if (text.charCodeAt(colon) !== 58 /* : */ || colon >= lineEnd) outside();
      if (Object.prototype.hasOwnProperty.call(mapping, key)) outside();
      const rest = colon + 1;
      if (rest < lineEnd && text.charCodeAt(rest) !== 32) outside();
      const valueStart = skipSpaces(text, rest, lineEnd);
      if (valueStart >= lineEnd || text.charCodeAt(valueStart) === 35 /* # */) {
        this.line++;
        mapping[key] = this.readNested(indent);
      } else {
        mapping[key] = this.readBlockValue(valueStart);
      }
    }
    return mapping;
  }

  /** What follows "key:" on the next lines: a deeper mapping or sequence, or nothing (null). */
  private readNested(parentIndent: number): unknown {
    this.skipBlank();
    const { lines, text } = this;
    if (this.line >= lines.count) return null;
    const indent = lines.indents[this.line];
    const content = lines.starts[this.line] + indent;
    if (indent <= parentIndent) {
      // A sequence may sit at its key's own column in YAML; Seedmark's layout indents it.
      if (indent === parentIndent && text.charCodeAt(content) === 45 /* - */) outside();
      return null;
    }
    if (isSequenceItem(text, content, lines.ends[this.line])) return this.readSequence(indent);
    return this.readMapping(indent, content);
  }

  /** A value starting at `start` on the current line (a double-quoted one may go on to later lines); moves past it. */
  private readBlockValue(start: number): unknown {
    const { lines, text } = this;
    const lineEnd = lines.ends[this.line];
    if (text.charCodeAt(start) === 34 /* " */) {
      const first = readDoubleQuotedLine(text, start + 1, lineEnd);
      if (!first.closed) {
        const folded = this.readFoldedDoubleQuoted(first.value);
        checkRest(text, folded.end, lines.ends[this.line]);
        this.line++;
        return folded.value;
      }
    }
    this.line++;
    return readInline(text, start, lineEnd, 'block');
  }

  /**
   * A double-quoted scalar that goes on past its line, folded as js-yaml folds it: spaces at
   * either side of a line break go, one break reads as a space, and each empty line after it as
   * a line feed. Leaves `line` at the line it closes on; gives the value and where it closes.
   */
  private readFoldedDoubleQuoted(opened: string): { value: string; end: number } {
    const { lines, text } = this;
    let value = opened;
    for (this.line++; this.line < lines.count; this.line++) {
      let breaks = 1;
      while (this.line < lines.count && lines.indents[this.line] === lines.ends[this.line] - lines.starts[this.line]) {
        breaks++;
        this.line++;
      }
      if (this.line >= lines.count) break;
      const indent = lines.indents[this.line];
      // A line at the margin could be a document marker; js-yaml decides those.
      if (indent === 0) outside();
      value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      const read = readDoubleQuotedLine(text, lines.starts[this.line] + indent, lines.ends[this.line]);
      if (read.closed) return { value: value + read.value, end: read.end };
      value += read.value;
    }
    return outside();
  }

  private readSequence(indent: number): unknown[] {
    const { lines, text } = this;
    const sequence: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.line >= lines.count) break;
      const lineIndent = lines.indents[this.line];
      if (lineIndent < indent) break;
      const dash = lines.starts[this.line] + indent;
      const lineEnd = lines.ends[this.line];
      if (lineIndent > indent || !isSequenceItem(text, dash, lineEnd)) outside();
      const contentStart = skipSpaces(text, dash + 1, lineEnd);
      if (contentStart >= lineEnd || text.charCodeAt(contentStart) === 35 /* # */) {
        this.line++;
        sequence.push(this.readNested(indent));
        continue;
      }
      const first = text.charCodeAt(contentStart);
      if (first === 45 /* - */ && (contentStart + 1 >= lineEnd || text.charCodeAt(contentStart + 1) === 32)) outside();
      if (startsMappingEntry(text, contentStart, lineEnd)) {
        sequence.push(this.readMapping(contentStart - lines.starts[this.line], contentStart));
      } else {
        sequence.push(this.readBlockValue(contentStart));
      }
    }
    return sequence;
  }
}

/**
 * The few keys of a sidecar, each cut out and typed once: a 10,000-annotation file repeats a
 * dozen keys some 100,000 times, and a string for each was much of the reader's garbage.
 */
class KeyInterner {
  /** Key strings by the hash of their characters, each with its text as a mapping key. */
  private readonly byHash = new Map<number, Array<{ raw: string; key: string }>>();

  intern(text: string, start: number, end: number): string {
    let hash = end - start;
    for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) & 0x3fffffff;
    let known = this.byHash.get(hash);
    if (known) {
      for (const entry of known) if (entry.raw.length === end - start && text.startsWith(entry.raw, start)) return entry.key;
    } else {
      this.byHash.set(hash, (known = []));
    }
    const raw = text.slice(start, end);
    const key = keyText(raw);
    known.push({ raw, key });
    return key;
  }
}

function skipSpaces(text: string, from: number, lineEnd: number): number {
  let index = from;
  while (index < lineEnd && text.charCodeAt(index) === 32) index++;
  return index;
}

/** Where a key ([A-Za-z_][A-Za-z0-9_]*) starting at `start` ends, or `start` when none starts there. */
function keyEnd(text: string, start: number, lineEnd: number): number {
  let end = start;
  for (; end < lineEnd; end++) {
    const code = text.charCodeAt(end);
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
    if (!letter && !(end > start && code >= 48 && code <= 57)) break;
  }
  return end;
}

function isSequenceItem(text: string, dash: number, lineEnd: number): boolean {
  return text.charCodeAt(dash) === 45 /* - */ && (dash + 1 === lineEnd || text.charCodeAt(dash + 1) === 32);
}

/** "key:" followed by a space or the line's end, with a key this layout reads. */
function startsMappingEntry(text: string, column: number, lineEnd: number): boolean {
  const colon = keyEnd(text, column, lineEnd);
  if (colon === column || colon >= lineEnd) return false;
  return text.charCodeAt(colon) === 58 && (colon + 1 === lineEnd || text.charCodeAt(colon + 1) === 32);
}

type Context = 'block' | 'flow';

/** A value that starts at `start` and fills the rest of the line, but for a comment after it. */
function readInline(text: string, start: number, lineEnd: number, context: Context): unknown {
  const read = readValue(text, start, lineEnd, context);
  checkRest(text, read.end, lineEnd);
  return read.value;
}

/** After a value only spaces may follow, or a comment after a space. */
function checkRest(text: string, valueEnd: number, lineEnd: number): void {
  const end = skipSpaces(text, valueEnd, lineEnd);
  if (end < lineEnd && !(text.charCodeAt(end) === 35 && end > valueEnd)) outside();
}

interface Read {
  value: unknown;
  /** Where the value's text ends on the line. */
  end: number;
}

function readValue(text: string, start: number, lineEnd: number, context: Context): Read {
  switch (text.charCodeAt(start)) {
    case 34 /* " */:
      return readDoubleQuoted(text, start, lineEnd);
    case 39 /* ' */:
      return readSingleQuoted(text, start, lineEnd);
    case 123 /* { */:
      if (context === 'flow') outside();
      return readFlowMapping(text, start, lineEnd);
    case 91 /* [ */:
      if (context === 'flow') outside();
      return readFlowSequence(text, start, lineEnd);
    default:
      return readPlain(text, start, lineEnd, context);
  }
}

/** Characters no plain scalar starts with, as js-yaml reads them (a tag, an anchor, a block scalar …). */
const NEVER_FIRST_IN_PLAIN = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

/**
 * A plain scalar by js-yaml's rules: "?" and "-" start one only before a character that is not a
 * space, a ":" ends one before a space (or, in a flow collection, before a flow indicator), and
 * " #" starts a comment. A ":" that would end it starts a mapping, which this reader declines.
 */
function readPlain(text: string, start: number, lineEnd: number, context: Context): Read {
  if (start >= lineEnd || NEVER_FIRST_IN_PLAIN.has(text[start])) outside();
  const first = text.charCodeAt(start);
  if (first === 63 /* ? */ || first === 45 /* - */) {
    const following = text.charCodeAt(start + 1);
    if (start + 1 >= lineEnd || following === 32 || (context === 'flow' && isFlowIndicator(following))) outside();
  }
  let end = start;
  for (; end < lineEnd; end++) {
    const code = text.charCodeAt(end);
    if (code === 58 /* : */) {
      const following = text.charCodeAt(end + 1);
      if (end + 1 >= lineEnd || following === 32 || (context === 'flow' && isFlowIndicator(following))) outside();
    } else if (code === 35 /* # */ && text.charCodeAt(end - 1) === 32) {
      break;
    } else if (context === 'flow' && isFlowIndicator(code)) {
      break;
    }
  }
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return { value: typedPlain(text.slice(start, end)), end };
}

/**
 * "252294": digits without a leading zero, short enough to be exact, which js-yaml's integer
 * resolver reads as this number; the offsets of every anchor are such numbers.
 */
function isPlainDecimal(scalar: string): boolean {
  if (scalar.length > 15 || (scalar.length > 1 && scalar.charCodeAt(0) === 48)) return false;
  for (let index = 0; index < scalar.length; index++) {
    const code = scalar.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A key is typed as any plain scalar and then made a string, as js-yaml does ("False" → "false"). */
function keyText(scalar: string): string {
  return String(typedPlain(scalar));
}

function typedPlain(scalar: string): unknown {
  if (!MAYBE_TYPED_START.has(scalar[0])) return scalar;
  if (isPlainDecimal(scalar)) return Number(scalar);
  for (const type of PLAIN_TYPES ?? []) if (type.resolve(scalar)) return type.construct(scalar);
  return scalar;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ',
};
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function readDoubleQuoted(text: string, start: number, lineEnd: number): Read {
  const read = readDoubleQuotedLine(text, start + 1, lineEnd);
  // The closing quote is on a later line: only a block value may be folded over lines.
  if (!read.closed) outside();
  return { value: read.value, end: read.end };
}

/**
 * The content of a double-quoted scalar from `from` to its closing quote or the line's end
 * (less the spaces before the break), with escapes decoded. An escape at the line's end (an
 * escaped line break) is left to js-yaml.
 */
function readDoubleQuotedLine(text: string, from: number, lineEnd: number): { value: string; end: number; closed: boolean } {
  let value = '';
  let chunk = from;
  for (let index = from; index < lineEnd; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) return { value: value + text.slice(chunk, index), end: index + 1, closed: true };
    if (code !== 92 /* \ */) continue;
    value += text.slice(chunk, index);
    const escape = index + 1 < lineEnd ? text[index + 1] : undefined;
    const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      value += simple;
      index++;
    } else {
      const length = escape === undefined ? undefined : HEX_ESCAPE_LENGTHS[escape];
      const digits = length === undefined || index + 2 + length > lineEnd ? '' : text.slice(index + 2, index + 2 + length);
      if (length === undefined || !/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== length) outside();
      const codePoint = parseInt(digits, 16);
      if (codePoint > 0x10ffff) outside();
      value += String.fromCodePoint(codePoint);
      index += 1 + length;
    }
    chunk = index + 1;
  }
  // Spaces before the line break go, but not escaped ones: those came before `chunk`.
  let end = lineEnd;
  while (end > chunk && text.charCodeAt(end - 1) === 32) end--;
  return { value: value + text.slice(chunk, end), end: lineEnd, closed: false };
}

function readSingleQuoted(text: string, start: number, lineEnd: number): Read {
  let value = '';
  let chunk = start + 1;
  for (let index = start + 1; index < lineEnd; index++) {
    if (text.charCodeAt(index) !== 39 /* ' */) continue;
    if (index + 1 < lineEnd && text.charCodeAt(index + 1) === 39) {
      value += text.slice(chunk, index + 1);
      index++;
      chunk = index + 1;
      continue;
    }
    return { value: value + text.slice(chunk, index), end: index + 1 };
  }
  return outside();
}

/** `{ text: within a year, timex: P1Y }` on one line, with simple keys and scalar values. */
function readFlowMapping(text: string, start: number, lineEnd: number): Read {
  const mapping: Record<string, unknown> = {};
  let index = skipSpaces(text, start + 1, lineEnd);
  if (index < lineEnd && text.charCodeAt(index) === 125 /* } */) return { value: mapping, end: index + 1 };
  for (;;) {
    const end = keyEnd(text, index, lineEnd);
    const key = keyText(text.slice(index, end));
    if (end === index || key === '__proto__' || Object.prototype.hasOwnProperty.call(mapping, key)) outside();
    index = end;
    if (index + 1 >= lineEnd || text.charCodeAt(index) !== 58 || text.charCodeAt(index + 1) !== 32) outside();
    index = skipSpaces(text, index + 1, lineEnd);
    const read = readValue(text, index, lineEnd, 'flow');
    mapping[key] = read.value;
    index = skipSpaces(text, read.end, lineEnd);
    const separator = index < lineEnd ? text.charCodeAt(index) : -1;
    if (separator === 125 /* } */) return { value: mapping, end: index + 1 };
    if (separator !== 44 /* , */) outside();
    index = skipSpaces(text, index + 1, lineEnd);
  }
}

/** `[a, b, "c"]` on one line, with scalar items. */
function readFlowSequence(text: string, start: number, lineEnd: number): Read {
  const sequence: unknown[] = [];
  let index = skipSpaces(text, start + 1, lineEnd);
  if (index < lineEnd && text.charCodeAt(index) === 93 /* ] */) return { value: sequence, end: index + 1 };
  for (;;) {
    const read = readValue(text, index, lineEnd, 'flow');
    sequence.push(read.value);
    index = skipSpaces(text, read.end, lineEnd);
    const separator = index < lineEnd ? text.charCodeAt(index) : -1;
    if (separator === 93 /* ] */) return { value: sequence, end: index + 1 };
    if (separator !== 44 /* , */) outside();
    index = skipSpaces(text, index + 1, lineEnd);
  }
}
