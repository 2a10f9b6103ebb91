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

/** Where a key ([A-Za-z_][A-Za-z0-9_]*) starting at `start` ends, or `start` when none starts there. */
function keyEnd(line: string, start: number): number {
  let end = start;
  for (; end < line.length; end++) {
    const code = line.charCodeAt(end);
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
    if (!letter && !(end > start && code >= 48 && code <= 57)) break;
  }
  return end;
}

class LayoutReader {
  private readonly lines: string[];
  private line = 0;
  private readonly keys = new KeyInterner();

  constructor(text: string) {
    this.lines = text.split('\n');
    for (let index = 0; index < this.lines.length; index++) {
      const line = this.lines[index];
      if (line.endsWith('\r')) this.lines[index] = line.slice(0, -1);
    }
  }

  readDocument(): unknown {
    this.skipBlank();
    if (this.line >= this.lines.length || indentOf(this.lines[this.line]) !== 0) outside();
    const first = this.lines[this.line];
    if (first.startsWith('---') || first.startsWith('...') || first.startsWith('%') || first.startsWith('-')) outside();
    const value = this.readMapping(0, 0);
    this.skipBlank();
    if (this.line < this.lines.length) outside();
    return value;
  }

  /** Skips blank lines and whole-line comments; a document marker ends the layout. */
  private skipBlank(): void {
    while (this.line < this.lines.length) {
      const line = this.lines[this.line];
      const indent = indentOf(line);
      if (indent < line.length && line.charCodeAt(indent) !== 35 /* # */) {
        if (indent === 0 && (line.startsWith('---') || line.startsWith('...'))) outside();
        return;
      }
      this.line++;
    }
  }

  /**
   * A block mapping whose keys sit at column `indent`; its first key may start at `firstColumn`
   * of the current line (after "- " in a sequence), the others must start their own lines.
   */
  private readMapping(indent: number, firstColumn: number): Record<string, unknown> {
    const mapping: Record<string, unknown> = {};
    let column = firstColumn;
    for (let first = true; ; first = false) {
      if (!first) {
        this.skipBlank();
        if (this.line >= this.lines.length) break;
        const lineIndent = indentOf(this.lines[this.line]);
        if (lineIndent < indent) break;
        if (lineIndent > indent) outside();
        column = indent;
      }
      const line = this.lines[this.line];
      const end = keyEnd(line, column);
      if (end === column) outside();
      const key = this.keys.intern(line, column, end);
      if (key === '__proto__') outside();
      const colon = end;
      if (line.charCodeAt(colon) !== 58 /* : */) outside();
      if (Object.prototype.hasOwnProperty.call(mapping, key)) outside();
      const rest = colon + 1;
      if (rest < line.length && line.charCodeAt(rest) !== 32) outside();
      const valueStart = skipSpaces(line, rest);
      if (valueStart >= line.length || line.charCodeAt(valueStart) === 35 /* # */) {
        this.line++;
        mapping[key] = this.readNested(indent);
      } else {
        mapping[key] = this.readBlockValue(line, valueStart);
      }
    }
    return mapping;
  }

  /** What follows "key:" on the next lines: a deeper mapping or sequence, or nothing (null). */
  private readNested(parentIndent: number): unknown {
    this.skipBlank();
    if (this.line >= this.lines.length) return null;
    const line = this.lines[this.line];
    const indent = indentOf(line);
    if (indent <= parentIndent) {
      // A sequence may sit at its key's own column in YAML; Seedmark's layout indents it.
      if (indent === parentIndent && line.charCodeAt(indent) === 45 /* - */) outside();
      return null;
    }
    if (isSequenceItem(line, indent)) return this.readSequence(indent);
    return this.readMapping(indent, indent);
  }

  /** A value on the current line (a double-quoted one may go on to later lines); moves past it. */
  private readBlockValue(line: string, start: number): unknown {
    if (line.charCodeAt(start) === 34 /* " */) {
      const first = readDoubleQuotedLine(line, start + 1);
      if (!first.closed) {
        const folded = readFoldedDoubleQuoted(this.lines, this.line + 1, first.value);
        this.line = folded.line + 1;
        checkRest(this.lines[folded.line], folded.end);
        return folded.value;
      }
    }
    this.line++;
    return readInline(line, start, 'block');
  }

  private readSequence(indent: number): unknown[] {
    const sequence: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.line >= this.lines.length) break;
      const line = this.lines[this.line];
      const lineIndent = indentOf(line);
      if (lineIndent < indent) break;
      if (lineIndent > indent || !isSequenceItem(line, indent)) outside();
      const contentStart = skipSpaces(line, indent + 1);
      if (contentStart >= line.length || line.charCodeAt(contentStart) === 35 /* # */) {
        this.line++;
        sequence.push(this.readNested(indent));
        continue;
      }
      const first = line.charCodeAt(contentStart);
      if (first === 45 /* - */ && (contentStart + 1 >= line.length || line.charCodeAt(contentStart + 1) === 32)) outside();
      if (startsMappingEntry(line, contentStart)) {
        sequence.push(this.readMapping(contentStart, contentStart));
      } else {
        sequence.push(this.readBlockValue(line, contentStart));
      }
    }
    return sequence;
  }
}

/**
 * A double-quoted scalar that goes on past its line, folded as js-yaml folds it: spaces at
 * either side of a line break go, one break reads as a space, and each empty line after it as
 * a line feed. Continues at line `index`; gives the value, the line it closes on and where.
 */
function readFoldedDoubleQuoted(lines: readonly string[], index: number, opened: string): { value: string; line: number; end: number } {
  let value = opened;
  for (let at = index; at < lines.length; at++) {
    let breaks = 1;
    while (at < lines.length && indentOf(lines[at]) === lines[at].length) {
      breaks++;
      at++;
    }
    if (at >= lines.length) break;
    const line = lines[at];
    const start = indentOf(line);
    // A line at the margin could be a document marker; js-yaml decides those.
    if (start === 0) outside();
    value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    const read = readDoubleQuotedLine(line, start);
    if (read.closed) return { value: value + read.value, line: at, end: read.end };
    value += read.value;
  }
  return outside();
}

/**
 * The few keys of a sidecar, each cut out and typed once: a 10,000-annotation file repeats a
 * dozen keys some 100,000 times, and a string for each was much of the reader's garbage.
 */
class KeyInterner {
  /** Key strings by the hash of their characters, each with its text as a mapping key. */
  private readonly byHash = new Map<number, Array<{ raw: string; key: string }>>();

  intern(line: string, start: number, end: number): string {
    let hash = end - start;
    for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + line.charCodeAt(index)) & 0x3fffffff;
    let known = this.byHash.get(hash);
    if (known) {
      for (const entry of known) if (entry.raw.length === end - start && line.startsWith(entry.raw, start)) return entry.key;
    } else {
      this.byHash.set(hash, (known = []));
    }
    const raw = line.slice(start, end);
    const key = keyText(raw);
    known.push({ raw, key });
    return key;
  }
}

function indentOf(line: string): number {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
  return indent;
}

function skipSpaces(line: string, from: number): number {
  let index = from;
  while (index < line.length && line.charCodeAt(index) === 32) index++;
  return index;
}

function isSequenceItem(line: string, indent: number): boolean {
  return line.charCodeAt(indent) === 45 /* - */ && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 32);
}

/** "key:" followed by a space or the line's end, with a key this layout reads. */
function startsMappingEntry(line: string, column: number): boolean {
  const colon = keyEnd(line, column);
  if (colon === column) return false;
  return line.charCodeAt(colon) === 58 && (colon + 1 === line.length || line.charCodeAt(colon + 1) === 32);
}

type Context = 'block' | 'flow';

/** A value that starts at `start` and fills the rest of the line, but for a comment after it. */
function readInline(line: string, start: number, context: Context): unknown {
  const read = readValue(line, start, context);
  checkRest(line, read.end);
  return read.value;
}

/** After a value only spaces may follow, or a comment after a space. */
function checkRest(line: string, valueEnd: number): void {
  const end = skipSpaces(line, valueEnd);
  if (end < line.length && !(line.charCodeAt(end) === 35 && end > valueEnd)) outside();
}

interface Read {
  value: unknown;
  /** Where the value's text ends on the line. */
  end: number;
}

function readValue(line: string, start: number, context: Context): Read {
  switch (line.charCodeAt(start)) {
    case 34 /* " */:
      return readDoubleQuoted(line, start);
    case 39 /* ' */:
      return readSingleQuoted(line, start);
    case 123 /* { */:
      if (context === 'flow') outside();
      return readFlowMapping(line, start);
    case 91 /* [ */:
      if (context === 'flow') outside();
      return readFlowSequence(line, start);
    default:
      return readPlain(line, start, context);
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
function readPlain(line: string, start: number, context: Context): Read {
  const first = line.charCodeAt(start);
  if (NEVER_FIRST_IN_PLAIN.has(line[start])) outside();
  if (first === 63 /* ? */ || first === 45 /* - */) {
    const following = line.charCodeAt(start + 1);
    if (start + 1 >= line.length || following === 32 || (context === 'flow' && isFlowIndicator(following))) outside();
  }
  let end = start;
  for (; end < line.length; end++) {
    const code = line.charCodeAt(end);
    if (code === 58 /* : */) {
      const following = line.charCodeAt(end + 1);
      if (end + 1 >= line.length || following === 32 || (context === 'flow' && isFlowIndicator(following))) outside();
    } else if (code === 35 /* # */ && line.charCodeAt(end - 1) === 32) {
      break;
    } else if (context === 'flow' && isFlowIndicator(code)) {
      break;
    }
  }
  while (end > start && line.charCodeAt(end - 1) === 32) end--;
  const text = line.slice(start, end);
  return { value: typedPlain(text), end };
}

/**
 * "252294": digits without a leading zero, short enough to be exact, which js-yaml's integer
 * resolver reads as this number; the offsets of every anchor are such numbers.
 */
function isPlainDecimal(text: string): boolean {
  if (text.length > 15 || (text.length > 1 && text.charCodeAt(0) === 48)) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A key is typed as any plain scalar and then made a string, as js-yaml does ("False" → "false"). */
function keyText(text: string): string {
  return String(typedPlain(text));
}

function typedPlain(text: string): unknown {
  if (!MAYBE_TYPED_START.has(text[0])) return text;
  if (isPlainDecimal(text)) return Number(text);
  for (const type of PLAIN_TYPES ?? []) if (type.resolve(text)) return type.construct(text);
  return text;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ',
};
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function readDoubleQuoted(line: string, start: number): Read {
  const read = readDoubleQuotedLine(line, start + 1);
  // The closing quote is on a later line: only a block value may be folded over lines.
  if (!read.closed) outside();
  return { value: read.value, end: read.end };
}

/**
 * The content of a double-quoted scalar from `from` to its closing quote or the line's end
 * (less the spaces before the break), with escapes decoded. An escape at the line's end (an
 * escaped line break) is left to js-yaml.
 */
function readDoubleQuotedLine(line: string, from: number): { value: string; end: number; closed: boolean } {
  let value = '';
  let chunk = from;
  for (let index = from; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 34 /* " */) return { value: value + line.slice(chunk, index), end: index + 1, closed: true };
    if (code !== 92 /* \ */) continue;
    value += line.slice(chunk, index);
    const escape = line[index + 1];
    const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      value += simple;
      index++;
    } else {
      const length = escape === undefined ? undefined : HEX_ESCAPE_LENGTHS[escape];
      const digits = length === undefined ? '' : line.slice(index + 2, index + 2 + length);
      if (length === undefined || !/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== length) outside();
      const codePoint = parseInt(digits, 16);
      if (codePoint > 0x10ffff) outside();
      value += String.fromCodePoint(codePoint);
      index += 1 + length;
    }
    chunk = index + 1;
  }
  // Spaces before the line break go, but not escaped ones: those came before `chunk`.
  return { value: value + line.slice(chunk).replace(/ +$/, ''), end: line.length, closed: false };
}

function readSingleQuoted(line: string, start: number): Read {
  let value = '';
  let chunk = start + 1;
  for (let index = start + 1; index < line.length; index++) {
    if (line.charCodeAt(index) !== 39 /* ' */) continue;
    if (line.charCodeAt(index + 1) === 39) {
      value += line.slice(chunk, index + 1);
      index++;
      chunk = index + 1;
      continue;
    }
    return { value: value + line.slice(chunk, index), end: index + 1 };
  }
  return outside();
}

/** `{ text: within a year, timex: P1Y }` on one line, with simple keys and scalar values. */
function readFlowMapping(line: string, start: number): Read {
  const mapping: Record<string, unknown> = {};
  let index = skipSpaces(line, start + 1);
  if (line.charCodeAt(index) === 125 /* } */) return { value: mapping, end: index + 1 };
  for (;;) {
    const end = keyEnd(line, index);
    const key = keyText(line.slice(index, end));
    if (end === index || key === '__proto__' || Object.prototype.hasOwnProperty.call(mapping, key)) outside();
    index = end;
    if (line.charCodeAt(index) !== 58 || line.charCodeAt(index + 1) !== 32) outside();
    index = skipSpaces(line, index + 1);
    const read = readValue(line, index, 'flow');
    mapping[key] = read.value;
    index = skipSpaces(line, read.end);
    const separator = line.charCodeAt(index);
    if (separator === 125 /* } */) return { value: mapping, end: index + 1 };
    if (separator !== 44 /* , */) outside();
    index = skipSpaces(line, index + 1);
  }
}

/** `[a, b, "c"]` on one line, with scalar items. */
function readFlowSequence(line: string, start: number): Read {
  const sequence: unknown[] = [];
  let index = skipSpaces(line, start + 1);
  if (line.charCodeAt(index) === 93 /* ] */) return { value: sequence, end: index + 1 };
  for (;;) {
    const read = readValue(line, index, 'flow');
    sequence.push(read.value);
    index = skipSpaces(line, read.end);
    const separator = line.charCodeAt(index);
    if (separator === 93 /* ] */) return { value: sequence, end: index + 1 };
    if (separator !== 44 /* , */) outside();
    index = skipSpaces(line, index + 1);
  }
}
