import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256Hex } from '../core/sha256';
import { SidecarDocument, type SidecarOperation, type SidecarProblem } from '../core/sidecar/sidecarDocument';

export type SidecarFileState =
  | { kind: 'missing' }
  | { kind: 'broken'; problems: SidecarProblem[] }
  | { kind: 'ok'; sidecar: SidecarDocument; diskHash: string };

export async function readSidecarFile(path: string): Promise<SidecarFileState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'broken', problems: [{ line: 1, column: 1, message: `cannot read: ${(error as Error).message}` }] };
  }
  const loaded = SidecarDocument.parse(text);
  return loaded.ok ? { kind: 'ok', sidecar: loaded.sidecar, diskHash: sha256Hex(text) } : { kind: 'broken', problems: loaded.problems };
}

/** What to do with the sidecar as it is now on disk: edit it, or create it when there is none. */
export type SidecarPlan = (current: SidecarDocument | undefined) => { operations: SidecarOperation[] } | { create: SidecarDocument } | { nothing: true };

export type SidecarUpdate = { ok: true; written: boolean; sidecar?: SidecarDocument } | { ok: false; reason: string };

const ATTEMPTS = 3;

/**
 * Reads the sidecar, applies the plan and writes the result atomically (a temporary file in
 * the same folder, then a rename). If the file changed on disk between the read and the write
 * (another program, a `git pull`), the plan is applied again to the new content instead of
 * overwriting it; a sidecar that does not parse is never written.
 */
export async function updateSidecarFile(path: string, plan: SidecarPlan): Promise<SidecarUpdate> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const state = await readSidecarFile(path);
    if (state.kind === 'broken') {
      const first = state.problems[0];
      return { ok: false, reason: `${path}:${first.line}:${first.column}: ${first.message} — fix the file first; it was not changed` };
    }
    const current = state.kind === 'ok' ? state.sidecar : undefined;
    const step = plan(current);
    if ('nothing' in step) return { ok: true, written: false, ...(current ? { sidecar: current } : {}) };
    let next: SidecarDocument;
    if ('create' in step) next = step.create;
    else {
      if (!current) return { ok: false, reason: `${path}: no sidecar to edit` };
      const edit = current.apply(step.operations);
      if (!edit.ok) return { ok: false, reason: `${path}: ${edit.reason}` };
      next = edit.sidecar;
    }
    const expected = state.kind === 'ok' ? state.diskHash : undefined;
    if (await writeIfUnchanged(path, next.text, expected)) return { ok: true, written: true, sidecar: next };
  }
  return { ok: false, reason: `${path}: the file kept changing on disk while it was being updated; nothing was written` };
}

/**
 * Writes `text` to `path` through a temporary file and a rename, unless the file on disk no
 * longer has the hash it had when it was read (`undefined`: it must still be absent).
 */
async function writeIfUnchanged(path: string, text: string, expectedHash: string | undefined): Promise<boolean> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if ((await currentHash(path)) !== expectedHash) return false;
    const mode = await stat(path).then((info) => info.mode, () => undefined);
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
    return true;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function currentHash(path: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
