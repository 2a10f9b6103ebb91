import { SidecarDocument, SidecarTooLarge, type SidecarOperation, type SidecarProblem } from './sidecarDocument';
import { refusalProblemOf } from './sidecarEncoding';

/** File access for sidecars, given by the CLI (Node `fs`) or the editor (`workspace.fs`). */
export interface SidecarStorage {
  /**
   * The file's text, or `undefined` when it does not exist. Throws a `SidecarRefusal` for a
   * file that must not be read as a sidecar (not UTF-8, not a regular file).
   */
  read(path: string): Promise<string | undefined>;
  /**
   * Writes `text` atomically (a temporary file in the same folder, then a rename) unless the
   * file's current content is no longer `expectedText` (`undefined`: must not exist). Returns
   * false, writing nothing, when the file changed.
   */
  writeIfUnchanged(path: string, text: string, expectedText: string | undefined): Promise<boolean>;
}

export type SidecarFileState =
  | { kind: 'missing' }
  | { kind: 'broken'; problems: SidecarProblem[] }
  | { kind: 'ok'; sidecar: SidecarDocument };

/** What to do with the sidecar as it is now on disk: edit it, create it, or leave it. */
export type SidecarPlan = (current: SidecarDocument | undefined) => { operations: SidecarOperation[] } | { create: SidecarDocument } | { nothing: true };

export type SidecarUpdate = { ok: true; written: boolean; sidecar?: SidecarDocument } | { ok: false; reason: string };

/**
 * Reads, plans and writes before giving up. The write itself is checked against what was read
 * (under the storage's lock), so a lost race costs a retry, never a change; four processes
 * writing one sidecar as fast as they can lost a third of their rounds with three attempts.
 */
const ATTEMPTS = 12;

export async function readSidecarState(storage: SidecarStorage, path: string): Promise<SidecarFileState> {
  let text: string | undefined;
  try {
    text = await storage.read(path);
  } catch (error) {
    const refusal = refusalProblemOf(error);
    if (refusal) return { kind: 'broken', problems: [refusal] };
    return { kind: 'broken', problems: [{ line: 1, column: 1, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (text === undefined) return { kind: 'missing' };
  const loaded = SidecarDocument.parse(text);
  return loaded.ok ? { kind: 'ok', sidecar: loaded.sidecar } : { kind: 'broken', problems: loaded.problems };
}

/**
 * Reads the sidecar, applies the plan and writes the result. If the file changed on disk
 * between the read and the write (another program, a `git pull`), the plan is applied again to
 * the new content instead of overwriting it; a sidecar that does not parse is never written.
 */
export async function updateSidecar(storage: SidecarStorage, path: string, plan: SidecarPlan): Promise<SidecarUpdate> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const state = await readSidecarState(storage, path);
    if (state.kind === 'broken') {
      const first = state.problems[0];
      return { ok: false, reason: `${path}:${first.line}:${first.column}: ${first.message} — fix the file first; it was not changed` };
    }
    const current = state.kind === 'ok' ? state.sidecar : undefined;
    let step: ReturnType<SidecarPlan>;
    try {
      step = plan(current);
    } catch (error) {
      if (error instanceof SidecarTooLarge) return { ok: false, reason: `${path}: ${error.message}; nothing was written` };
      throw error;
    }
    if ('nothing' in step) return { ok: true, written: false, ...(current ? { sidecar: current } : {}) };
    let next: SidecarDocument;
    if ('create' in step) next = step.create;
    else {
      if (!current) return { ok: false, reason: `${path}: there is no sidecar to edit` };
      const edit = current.apply(step.operations);
      if (!edit.ok) return { ok: false, reason: `${path}: ${edit.reason}` };
      next = edit.sidecar;
    }
    let written: boolean;
    try {
      written = await storage.writeIfUnchanged(path, next.text, current?.text);
    } catch (error) {
      // A refusal (read-only file, a link leading out of the workspace) or an I/O error: one line, nothing written.
      return { ok: false, reason: `${path}: ${oneLine(error)}; nothing was written` };
    }
    if (written) return { ok: true, written: true, sidecar: next };
  }
  return { ok: false, reason: `${path}: the file kept changing on disk while it was being updated; nothing was written` };
}

function oneLine(error: unknown): string {
  const problem = refusalProblemOf(error);
  if (problem) return problem.message;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
