import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { IndexModel, IndexModelInput } from '../core/indexModel';
import type { ModelText } from '../core/listedModel';
import type { ReferenceDate } from '../core/model';

/**
 * Document models kept on disk between sessions, one file per model, named by a hash of
 * everything the model is built from: the code that builds it (`version`), the text, the
 * sidecar's content and a reference date given by the caller. A second start of a workspace
 * of thousands of seeds reads these instead of extracting again.
 *
 * Today's date is not in the key (a key with it would miss every cached model each morning):
 * only a document that found no date of its own takes today as its reference date, and such a
 * model is used on the day it was built only.
 *
 * The cache is an optimisation, never a source of truth: an entry that cannot be read, parsed
 * or written is a miss, and nothing a person wrote lives here (sidecars do).
 */
export class ModelCache {
  private usable = true;

  constructor(
    private readonly directory: string,
    /** What identifies the code that builds models: a model built by other code is never taken. */
    private readonly version: string,
  ) {}

  /** The name a model of this input is kept under. */
  keyOf(input: IndexModelInput): string {
    const hash = createHash('sha256');
    for (const part of [this.version, String(CACHE_FORMAT), input.referenceDate ?? '', JSON.stringify(input.sidecar ?? null), input.text]) hash.update(part).update('\u0000');
    return hash.digest('hex');
  }

  /**
   * The kept model, as the JSON texts it was kept as (see ModelText), if there is one for this
   * input and it holds today. The texts are checked against the hash their entry carries rather
   * than parsed: the worker passes them on as they are, and the receiving thread parses them.
   */
  read(key: string, today: string): KeptModel | undefined {
    if (!this.usable) return undefined;
    let entry: string;
    try {
      entry = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
    return keptModelOf(entry, today);
  }

  /**
   * Keeps a model given as its JSON texts. Written to a file of its own first and renamed, so a
   * reader (another window of the same workspace) never sees half an entry. A cache that cannot
   * be written is given up for this session: the next model would fail the same way.
   */
  write(key: string, model: IndexModel, text: ModelText): void {
    if (!this.usable) return;
    const body = `${text.listed}\n${text.rest}`;
    const header: EntryHeader = { format: CACHE_FORMAT, referenceDate: model.referenceDate, annotations: model.merged.length, sha256: sha256Hex(body) };
    const temporary = join(this.directory, `${key}.${process.pid}-${threadId}.tmp`);
    try {
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
      renameSync(temporary, this.pathOf(key));
    } catch {
      this.usable = false;
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  }

  private pathOf(key: string): string {
    return join(this.directory, `${key}${ENTRY_SUFFIX}`);
  }
}

/** A kept model: its JSON texts, and how many annotations it holds (a large one is sent in parts). */
export interface KeptModel {
  text: ModelText;
  annotations: number;
}

/**
 * Removes every kept model but those named (the ones a whole indexing run of the workspace just
 * used), and temporary files a killed writer left. Returns how many files went.
 */
export async function keepOnlyModels(directory: string, keys: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const kept = name.endsWith(ENTRY_SUFFIX) && keys.has(name.slice(0, -ENTRY_SUFFIX.length));
    if (kept || !(name.endsWith(ENTRY_SUFFIX) || name.endsWith('.tmp'))) continue;
    try {
      await unlink(join(directory, name));
      removed++;
    } catch {
      // Already gone (another window sweeping) or not ours to remove.
    }
  }
  return removed;
}

/** Identifies the code that builds models: a hash of the script the model workers run. */
export function modelBuilderVersion(workerScript: string): string {
  return createHash('sha256').update(readFileSync(workerScript)).digest('hex');
}

/** An entry's first line; the model's two JSON texts follow, a line each (JSON text holds no line break). */
interface EntryHeader {
  format: typeof CACHE_FORMAT;
  referenceDate: ReferenceDate;
  annotations: number;
  /** Of the two lines after it: an entry cut short or changed by hand is not taken. */
  sha256: string;
}

/** Bumped when the entry's shape changes; part of the key, so old entries are never read. */
const CACHE_FORMAT = 2;
const ENTRY_SUFFIX = '.model';

function keptModelOf(entry: string, today: string): KeptModel | undefined {
  const newline = entry.indexOf('\n');
  if (newline === -1) return undefined;
  let header: Partial<EntryHeader>;
  try {
    header = JSON.parse(entry.slice(0, newline)) as Partial<EntryHeader>;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.format !== CACHE_FORMAT || typeof header.annotations !== 'number' || typeof header.referenceDate?.date !== 'string') return undefined;
  // A document with no date of its own was read against the day it was built on.
  if (header.referenceDate.from === 'today' && header.referenceDate.date !== today) return undefined;
  const body = entry.slice(newline + 1);
  const between = body.indexOf('\n');
  if (between === -1 || sha256Hex(body) !== header.sha256) return undefined;
  return { text: { listed: body.slice(0, between), rest: body.slice(between + 1) }, annotations: header.annotations };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
