import { isIsoDate } from '../calendar';
import {
  COMMITMENT_STATUSES,
  FACT_KINDS,
  MAX_LINK_KEY_LENGTH,
  REVIEW_STATES,
  type SidecarContent,
} from '../model';

/** A path into the sidecar data, as the `yaml` package addresses nodes: keys and indexes. */
export type DataPath = ReadonlyArray<string | number>;

export interface ValidationProblem {
  path: DataPath;
  message: string;
}

export type Validation = { ok: true; content: SidecarContent } | { ok: false; problems: ValidationProblem[] };

type Json = Record<string, unknown>;

const REFERENCE_ORIGINS = ['caller', 'front-matter', 'byline', 'dateline', 'today', 'sidecar', 'git'];
const SHA256 = /^[0-9a-f]{64}$/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks parsed sidecar data against the format of `syntaxes/sidecar.schema.json` (the same
 * rules, kept in step by a test) and returns typed content or every problem with its path.
 * Unknown keys are allowed: they belong to the user and are kept on rewrite.
 */
export function validateSidecar(data: unknown): Validation {
  const problems: ValidationProblem[] = [];
  const check = new Checker(problems);
  if (!check.object(data, [], 'the file')) return { ok: false, problems };
  if (data.seedmark !== 1) {
    problems.push({ path: data.seedmark === undefined ? [] : ['seedmark'], message: data.seedmark === undefined ? 'missing "seedmark: 1" (the format version)' : `unsupported format version ${JSON.stringify(data.seedmark)}; this Seedmark reads version 1` });
  }
  if (check.required(data, 'document', []) && check.object(data.document, ['document'], 'document')) {
    const document = data.document;
    if (check.required(document, 'file', ['document'])) check.string(document.file, ['document', 'file'], true);
    check.optionalPattern(document, 'sha256', ['document'], SHA256, 'a 64-digit lower-case hex SHA-256');
    check.optionalDate(document, 'referenceDate', ['document']);
    check.optionalEnum(document, 'referenceDateFrom', ['document'], REFERENCE_ORIGINS);
  }
  if (check.required(data, 'annotations', [])) {
    if (!Array.isArray(data.annotations)) problems.push({ path: ['annotations'], message: 'annotations must be a list' });
    else data.annotations.forEach((item, index) => validateAnnotation(check, item, ['annotations', index]));
  }
  const ids = new Map<string, number>();
  if (Array.isArray(data.annotations)) {
    data.annotations.forEach((item, index) => {
      const id = (item as Json | null)?.id;
      if (typeof id !== 'string') return;
      if (ids.has(id)) problems.push({ path: ['annotations', index, 'id'], message: `duplicate id "${id}" (also at annotation ${ids.get(id)! + 1})` });
      else ids.set(id, index);
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Context is optional when written by hand; the model always has it (empty: no context known).
  for (const annotation of data.annotations as Array<{ anchor: Json }>) {
    annotation.anchor.prefix ??= '';
    annotation.anchor.suffix ??= '';
  }
  return { ok: true, content: data as unknown as SidecarContent };
}

function validateAnnotation(check: Checker, item: unknown, path: DataPath): void {
  if (!check.object(item, path, 'an annotation')) return;
  if (check.required(item, 'id', path) && check.string(item.id, [...path, 'id'], true)) check.printable(item.id as string, [...path, 'id']);
  if (check.required(item, 'kind', path)) check.enumValue(item.kind, [...path, 'kind'], FACT_KINDS);
  if (check.required(item, 'review', path)) check.enumValue(item.review, [...path, 'review'], REVIEW_STATES);
  check.optionalEnum(item, 'status', path, COMMITMENT_STATUSES);
  if (check.required(item, 'anchor', path) && check.object(item.anchor, [...path, 'anchor'], 'anchor')) {
    const anchor = item.anchor;
    const at = [...path, 'anchor'];
    if (check.required(anchor, 'exact', at)) check.string(anchor.exact, [...at, 'exact'], true);
    for (const key of ['prefix', 'suffix'] as const) if (anchor[key] !== undefined) check.string(anchor[key], [...at, key], false);
    const start = check.required(anchor, 'start', at) && check.offset(anchor.start, [...at, 'start']);
    const end = check.required(anchor, 'end', at) && check.offset(anchor.end, [...at, 'end']);
    if (start && end && (anchor.end as number) < (anchor.start as number)) check.problem([...at, 'end'], 'end is before start');
  }
  for (const key of ['unit', 'qualifier', 'per', 'timex', 'actor', 'action', 'note'] as const) {
    if (item[key] !== undefined) check.string(item[key], [...path, key], false);
  }
  if (item.link !== undefined && check.string(item.link, [...path, 'link'], true)) {
    // Counted in code points, as JSON Schema's maxLength counts, so the two never disagree.
    const length = Array.from(item.link as string).length;
    if (length > MAX_LINK_KEY_LENGTH) check.problem([...path, 'link'], `a link key is a short handle of at most ${MAX_LINK_KEY_LENGTH} characters; found ${length}`);
  }
  if (item.stale !== undefined && typeof item.stale !== 'boolean') check.problem([...path, 'stale'], 'stale must be true or false');
  if (item.value !== undefined && (typeof item.value !== 'number' || !Number.isFinite(item.value))) check.problem([...path, 'value'], 'value must be a number');
  check.optionalDate(item, 'due', path);
  if (item.range !== undefined) validateRange(check, item.range, [...path, 'range']);
  if (item.deadline !== undefined && check.object(item.deadline, [...path, 'deadline'], 'deadline')) {
    const deadline = item.deadline;
    const at = [...path, 'deadline'];
    if (check.required(deadline, 'text', at)) check.string(deadline.text, [...at, 'text'], false);
    if (deadline.timex !== undefined) check.string(deadline.timex, [...at, 'timex'], false);
    check.optionalDate(deadline, 'due', at);
    if (deadline.range !== undefined) validateRange(check, deadline.range, [...at, 'range']);
  }
  if (item.source !== undefined && check.object(item.source, [...path, 'source'], 'source')) {
    const source = item.source;
    if (check.required(source, 'who', [...path, 'source'])) check.string(source.who, [...path, 'source', 'who'], false);
    if (source.cue !== undefined) check.string(source.cue, [...path, 'source', 'cue'], false);
  }
  if (item.tags !== undefined) {
    if (!Array.isArray(item.tags)) check.problem([...path, 'tags'], 'tags must be a list of words');
    else item.tags.forEach((tag, index) => check.string(tag, [...path, 'tags', index], false));
  }
}

function validateRange(check: Checker, range: unknown, path: DataPath): void {
  if (!check.object(range, path, 'range')) return;
  for (const key of ['earliest', 'latest'] as const) {
    if (check.required(range, key, path)) check.optionalDate(range, key, path);
  }
}

class Checker {
  constructor(private readonly problems: ValidationProblem[]) {}

  problem(path: DataPath, message: string): false {
    this.problems.push({ path, message });
    return false;
  }

  object(value: unknown, path: DataPath, what: string): value is Json {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    return this.problem(path, `${what} must be a mapping of keys to values, found ${describe(value)}`);
  }

  required(container: Json, key: string, path: DataPath): boolean {
    if (container[key] !== undefined && container[key] !== null) return true;
    return this.problem(path, `missing required key "${key}"`);
  }

  string(value: unknown, path: DataPath, nonEmpty: boolean): boolean {
    if (typeof value !== 'string') return this.problem(path, `must be text, found ${describe(value)}`);
    if (nonEmpty && value.length === 0) return this.problem(path, 'must not be empty');
    return true;
  }

  offset(value: unknown, path: DataPath): boolean {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return true;
    return this.problem(path, `must be a whole number ≥ 0 (a code point offset), found ${describe(value)}`);
  }

  enumValue(value: unknown, path: DataPath, allowed: readonly string[]): boolean {
    if (typeof value === 'string' && allowed.includes(value)) return true;
    return this.problem(path, `must be one of ${allowed.join(', ')}; found ${describe(value)}`);
  }

  optionalEnum(container: Json, key: string, path: DataPath, allowed: readonly string[]): void {
    if (container[key] !== undefined) this.enumValue(container[key], [...path, key], allowed);
  }

  /** Ids are written into other files (calendar UIDs, brat, links); a line break there could forge lines. */
  printable(value: string, path: DataPath): boolean {
    if (!CONTROL_CHARACTER.test(value)) return true;
    return this.problem(path, `must not contain control characters such as line breaks or tabs, found ${describe(value)}`);
  }

  /** A day of the calendar: 2024-02-29 is one, 2023-02-29 and 2024-13-45 are not. */
  optionalDate(container: Json, key: string, path: DataPath): void {
    const value = container[key];
    if (value === undefined) return;
    if (typeof value !== 'string' || !isIsoDate(value)) this.problem([...path, key], `must be a calendar date as YYYY-MM-DD, found ${describe(value)}`);
  }

  optionalPattern(container: Json, key: string, path: DataPath, pattern: RegExp, what: string): void {
    const value = container[key];
    if (value === undefined) return;
    if (typeof value !== 'string' || !pattern.test(value)) this.problem([...path, key], `must be ${what}, found ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

