import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { deepestBlockNesting, deepestFlowNesting } from './yamlNesting';
import { Document, isMap, isSeq, LineCounter, parseDocument, Scalar, visit, type DocumentOptions, type Node as YamlNode, type ParseOptions, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Annotation, SidecarContent, SidecarDocumentInfo } from '../model';
import { validateSidecar, type DataPath } from './validateSidecar';

/** A problem with a sidecar, where a person can find it (1-based line and column). */
export interface SidecarProblem {
  line: number;
  column: number;
  message: string;
}

export type SidecarLoad = { ok: true; sidecar: SidecarDocument } | { ok: false; problems: SidecarProblem[] };

export type SidecarOperation =
  | { op: 'add'; annotation: Annotation }
  /** Sets the given fields; a field given as `undefined` is removed. */
  | { op: 'update'; id: string; changes: Partial<Omit<Annotation, 'id'>> }
  | { op: 'remove'; id: string }
  | { op: 'document'; changes: Partial<SidecarDocumentInfo> };

export type SidecarEdit = { ok: true; sidecar: SidecarDocument } | { ok: false; reason: string };

/** Larger sidecars are refused: no hand-kept annotation file comes near this. */
export const MAX_SIDECAR_CHARACTERS = 32 * 1024 * 1024;
/** YAML aliases may be expanded this many times; an "alias bomb" needs far more. */
const MAX_ALIAS_EXPANSIONS = 1000;
const MAX_NESTING = 64;
/** Core schema (dates stay text); a repeated key is an error; warnings are not printed. */
const PARSE_OPTIONS: ParseOptions & DocumentOptions = { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' };

const ANNOTATION_KEY_ORDER: readonly (keyof Annotation)[] = [
  'id', 'kind', 'review', 'status', 'anchor', 'value', 'unit', 'qualifier', 'per', 'timex', 'due', 'range',
  'actor', 'action', 'deadline', 'source', 'note', 'tags',
];
/** Short mappings read best on one line, as in design.md's example. */
const FLOW_KEYS: ReadonlySet<string> = new Set(['deadline', 'source', 'range', 'tags']);

/**
 * A sidecar file held as text plus its parsed `yaml` Document. Edits are applied to the
 * Document, and only the YAML nodes they touch are re-serialised and spliced into the
 * original text, so the user's comments, blank lines, quoting and key order elsewhere are kept
 * byte for byte. Instances are immutable: `apply` returns a new one.
 */
export class SidecarDocument {
  private constructor(
    readonly text: string,
    readonly content: SidecarContent,
    /**
     * Parsed on the first edit: most loaded sidecars are only read (the workspace index holds
     * one per document, read by js-yaml), and a Document takes over twice the memory of the
     * content (3.2 MB against 1.3 MB for 500 annotations).
     */
    private parsedDocument: Document.Parsed | undefined,
  ) {}

  private get document(): Document.Parsed {
    this.parsedDocument ??= parseDocument(this.text, PARSE_OPTIONS);
    return this.parsedDocument;
  }

  /** Parses and validates; never throws, whatever the input. */
  static parse(text: string): SidecarLoad {
    const read = readSidecar(text);
    return read.ok ? { ok: true, sidecar: new SidecarDocument(text, read.content, undefined) } : read;
  }

  /**
   * A new sidecar in Seedmark's own layout, with a header comment saying it may be edited.
   * Throws SidecarTooLarge when it would be more than a sidecar may hold.
   */
  static create(info: SidecarDocumentInfo, annotations: readonly Annotation[], lineEnding: '\n' | '\r\n' = '\n', maxCharacters = MAX_SIDECAR_CHARACTERS): SidecarDocument {
    const document = new Document({ seedmark: 1, document: orderedDocumentInfo(info), annotations: [] });
    document.commentBefore = ` Annotations for ${info.file}. Edit freely: comments and order are kept.`;
    const sequence = document.get('annotations', true) as YAMLSeq;
    for (const annotation of annotations) sequence.add(annotationNode(document, annotation));
    const text = withLineEnding(document.toString({ lineWidth: 0 }), lineEnding);
    if (text.length > maxCharacters) throw new SidecarTooLarge(text.length, maxCharacters);
    const parsed = SidecarDocument.parse(text);
    if (!parsed.ok) throw new Error(`internal: a new sidecar did not validate: ${parsed.problems[0].message}`);
    return parsed.sidecar;
  }

  get annotations(): readonly Annotation[] {
    return this.content.annotations;
  }

  annotation(id: string): Annotation | undefined {
    return this.content.annotations.find((annotation) => annotation.id === id);
  }

  /** Applies the operations in order; refuses all of them when one cannot be applied. */
  apply(operations: readonly SidecarOperation[]): SidecarEdit {
    const document = this.document.clone();
    const sequence = document.get('annotations', true);
    if (!isSeq(sequence)) return { ok: false, reason: 'the sidecar has no annotation list' };
    const touched = new Set<YamlNode>();
    const removed: YamlNode[] = [];
    const added: YamlNode[] = [];
    for (const operation of operations) {
      const ids = sequence.items.map((item) => (isMap(item) ? String(item.get('id')) : ''));
      switch (operation.op) {
        case 'add': {
          if (ids.includes(operation.annotation.id)) return { ok: false, reason: `an annotation with id "${operation.annotation.id}" already exists` };
          const node = annotationNode(document, operation.annotation);
          sequence.items.push(node);
          added.push(node);
          break;
        }
        case 'update': {
          const index = ids.indexOf(operation.id);
          if (index < 0) return { ok: false, reason: `no annotation with id "${operation.id}"` };
          const item = sequence.items[index] as YAMLMap;
          for (const [key, value] of Object.entries(operation.changes)) {
            if (value === undefined) item.delete(key);
            else item.set(key, valueNode(document, key, value));
          }
          if (!added.includes(item)) touched.add(item);
          break;
        }
        case 'remove': {
          const index = ids.indexOf(operation.id);
          if (index < 0) return { ok: false, reason: `no annotation with id "${operation.id}"` };
          const [item] = sequence.items.splice(index, 1) as YamlNode[];
          touched.delete(item);
          if (added.includes(item)) added.splice(added.indexOf(item), 1);
          else removed.push(item);
          break;
        }
        case 'document': {
          const info = document.get('document', true);
          if (!isMap(info)) return { ok: false, reason: 'the sidecar has no document block' };
          for (const [key, value] of Object.entries(operation.changes)) {
            if (value === undefined) info.delete(key);
            else info.set(key, value);
          }
          touched.add(info);
          break;
        }
      }
    }
    const text = spliceEdits(this.text, document, sequence, { touched, removed, added });
    if (text.length > MAX_SIDECAR_CHARACTERS) return { ok: false, reason: new SidecarTooLarge(text.length, MAX_SIDECAR_CHARACTERS).message };
    const parsed = SidecarDocument.parse(text);
    if (!parsed.ok) return { ok: false, reason: `the edit would make the sidecar invalid: ${parsed.problems[0].message}` };
    return { ok: true, sidecar: parsed.sidecar };
  }
}

/**
 * A sidecar that would be larger than any sidecar is read (MAX_SIDECAR_CHARACTERS): written, it
 * could not be opened again. A document with tens of thousands of suggestions gets there.
 */
export class SidecarTooLarge extends Error {
  constructor(characters: number, limit: number) {
    super(`the sidecar would hold ${(characters / 1e6).toFixed(1)} million characters, more than the ${(limit / 1e6).toFixed(1)} million a sidecar may hold, and could not be read back; record decisions on fewer suggestions at a time, or split the document`);
  }
}

interface Changes {
  touched: Set<YamlNode>;
  removed: YamlNode[];
  added: YamlNode[];
}

/**
 * Rewrites only the changed nodes: each touched mapping is re-serialised at its own indentation
 * and put where it stood; removed items are cut out with their lines; added items go after the
 * last item. A layout that cannot be spliced (a flow-style list) is rewritten whole.
 */
function spliceEdits(original: string, document: Document, sequence: YAMLSeq, changes: Changes): string {
  const lineEnding = original.includes('\r\n') ? '\r\n' : '\n';
  if (sequence.flow || !sequence.range || (changes.added.length > 0 && sequence.items.length === changes.added.length)) {
    if (sequence.items.length > 0) sequence.flow = false;
    return withLineEnding(document.toString({ lineWidth: 0 }), lineEnding);
  }
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const node of changes.touched) {
    if (!node.range) continue;
    const column = columnOf(original, node.range[0]);
    replacements.push({ start: node.range[0], end: node.range[1], text: withLineEnding(serializeAt(node, column), lineEnding) });
  }
  for (const node of changes.removed) {
    if (!node.range) continue;
    replacements.push({ start: lineStartOf(original, node.range[0]), end: node.range[1], text: '' });
  }
  if (changes.added.length > 0) {
    const anchorItem = [...sequence.items].reverse().find((item) => (item as YamlNode).range) as YamlNode | undefined;
    const column = anchorItem?.range ? columnOf(original, anchorItem.range[0]) : 4;
    const dashColumn = Math.max(0, column - 2);
    let insertAt = sequence.range[1];
    if (insertAt > 0 && original[insertAt - 1] !== '\n') {
      replacements.push({ start: insertAt, end: insertAt, text: lineEnding });
    }
    insertAt = Math.min(insertAt, original.length);
    const text = changes.added.map((node) => `${' '.repeat(dashColumn)}- ${serializeAt(node, column)}`).join('');
    replacements.push({ start: insertAt, end: insertAt, text: withLineEnding(text, lineEnding) });
  }
  replacements.sort((a, b) => b.start - a.start);
  let result = original;
  for (const replacement of replacements) result = result.slice(0, replacement.start) + replacement.text + result.slice(replacement.end);
  return result;
}

/** The node as YAML whose first line starts at `column` and whose other lines are indented to it. */
function serializeAt(node: YamlNode, column: number): string {
  const single = new Document();
  single.contents = node;
  const text = single.toString({ lineWidth: 0 });
  const indent = ' '.repeat(column);
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n');
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function withLineEnding(text: string, lineEnding: '\n' | '\r\n'): string {
  return lineEnding === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

function annotationNode(document: Document, annotation: Annotation): YAMLMap {
  const map = document.createNode({}) as YAMLMap;
  const record = annotation as unknown as Record<string, unknown>;
  const keys = [...ANNOTATION_KEY_ORDER, ...Object.keys(record).filter((key) => !ANNOTATION_KEY_ORDER.includes(key as keyof Annotation))];
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined) map.set(key, valueNode(document, key, value));
  }
  return map;
}

function valueNode(document: Document, key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? stringNode(document, value) : value;
  const node = document.createNode(key === 'anchor' ? orderedAnchor(value as Annotation['anchor']) : value) as YamlNode & { flow?: boolean };
  if (FLOW_KEYS.has(key)) node.flow = true;
  visit(node, { Scalar: (_, scalar) => void (typeof scalar.value === 'string' && quoteIfNeeded(scalar)) });
  return node;
}

function stringNode(document: Document, value: string): Scalar {
  const scalar = document.createNode(value) as Scalar;
  quoteIfNeeded(scalar);
  return scalar;
}

/**
 * Quotes with escapes on one line ("\n") text whose line breaks or edge spaces a block scalar
 * would carry in its indentation: such a scalar cannot be re-indented safely when one
 * annotation is spliced into a file, and quotes lose nothing.
 */
function quoteIfNeeded(scalar: Scalar): void {
  if (typeof scalar.value === 'string' && /[\n\r\t]|^\s|\s$/.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
}

function orderedAnchor(anchor: Annotation['anchor']): Annotation['anchor'] {
  return { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, start: anchor.start, end: anchor.end };
}

function orderedDocumentInfo(info: SidecarDocumentInfo): SidecarDocumentInfo {
  return {
    file: info.file,
    ...(info.sha256 ? { sha256: info.sha256 } : {}),
    ...(info.referenceDate ? { referenceDate: info.referenceDate } : {}),
    ...(info.referenceDateFrom ? { referenceDateFrom: info.referenceDateFrom } : {}),
  };
}

type SidecarRead = { ok: true; content: SidecarContent } | { ok: false; problems: SidecarProblem[] };

/**
 * js-yaml reads a sidecar; the `yaml` Document, which edits it, also locates the problems of one
 * that does not read or validate. js-yaml builds plain values an order of magnitude faster than
 * the Document parser (README, Dependencies) but keeps no source positions, and a person needs
 * the line and column of what is wrong: a file that fails is read again by the Document parser,
 * which gives every problem its position.
 *
 * js-yaml shares one object between an anchor and its aliases instead of copying it, so a file
 * whose collections are aliased goes to the Document parser too, which counts alias expansions
 * and refuses an "alias bomb". Seedmark never writes aliases.
 */
function readSidecar(text: string): SidecarRead {
  if (text.length > MAX_SIDECAR_CHARACTERS) return refused(`the file is too large (${text.length} characters; the limit is ${MAX_SIDECAR_CHARACTERS})`);
  if (deepestFlowNesting(text) > MAX_NESTING || deepestBlockNesting(text) > MAX_NESTING) return refused(`nesting deeper than ${MAX_NESTING} levels is not a sidecar`);
  const plain = loadPlainValues(text);
  if (plain.ok) {
    const validation = validateSidecar(plain.data);
    if (validation.ok) return { ok: true, content: validation.content };
  }
  const located = readWithPositions(text);
  // Both readers follow YAML 1.2; should the Document parser accept what js-yaml refused, js-yaml's own position is reported.
  if (located.ok && !plain.ok && plain.problem) return { ok: false, problems: [plain.problem] };
  return located;
}

type PlainLoad = { ok: true; data: unknown } | { ok: false; problem?: SidecarProblem };

function loadPlainValues(text: string): PlainLoad {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch (error) {
    // Some of js-yaml's errors (several documents in one file) carry no mark.
    const mark = error instanceof YAMLException ? (error.mark as YAMLException['mark'] | undefined) : undefined;
    return mark ? { ok: false, problem: { line: mark.line + 1, column: mark.column + 1, message: (error as YAMLException).reason } } : { ok: false };
  }
  return sharesCollections(data) ? { ok: false } : { ok: true, data };
}

/** True when one array or object is reached twice: an alias of a collection. */
function sharesCollections(root: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) pending.push(child);
  }
  return false;
}

function readWithPositions(text: string): SidecarRead {
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  let data: unknown;
  try {
    document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
    if (document.errors.length > 0) return { ok: false, problems: document.errors.map((error) => problemAt(lineCounter, error.pos[0], error.message)) };
    data = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    return refused(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const validation = validateSidecar(data);
  if (!validation.ok) {
    return { ok: false, problems: validation.problems.map((problem) => problemAt(lineCounter, offsetOf(document, problem.path), describePath(problem.path, problem.message))) };
  }
  return { ok: true, content: validation.content };
}

function refused(message: string): SidecarRead {
  return { ok: false, problems: [{ line: 1, column: 1, message }] };
}

function problemAt(lineCounter: LineCounter, offset: number, message: string): SidecarProblem {
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col, message: message.split('\n')[0] };
}

/** The source offset of the deepest node that exists on the path (a missing key points at its parent). */
function offsetOf(document: Document.Parsed, path: DataPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray((node as YamlNode).range)) return (node as YamlNode).range![0];
  }
  return 0;
}

function describePath(path: DataPath, message: string): string {
  if (path.length === 0) return message;
  const readable = path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : `.${part}`)).join('').replace(/^\./, '');
  return `${readable}: ${message}`;
}
