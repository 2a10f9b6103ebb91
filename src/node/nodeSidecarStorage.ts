import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { SidecarRefusal, sidecarBytesProblem } from '../core/sidecar/sidecarEncoding';
import type { SidecarStorage } from '../core/sidecar/updateSidecar';
import { withSidecarLock, type FileLockOptions } from './sidecarFileLock';

export interface NodeSidecarStorageOptions {
  /**
   * Folders a symbolic link at a sidecar's path may lead into (the workspace): a link is
   * followed, and the file it names is written in place so the link stays, only when its target
   * lies inside one of them. A link out of the workspace is a way to make Seedmark overwrite
   * another file and is refused.
   */
  roots: readonly string[];
  lock?: FileLockOptions;
}

/**
 * Bytes read at most: four times the parser's character limit (MAX_SIDECAR_CHARACTERS, not
 * imported so the editor's first bundle does not pull in the YAML parsers). A device or a
 * runaway file is refused before it fills memory.
 */
const MAX_SIDECAR_BYTES = 128 * 1024 * 1024;

/** `.NAME.<12 hex>.tmp`: the temporary files this storage writes beside a sidecar. */
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Sidecar storage on the local file system, used by the CLI and by the editor for `file:`
 * sidecars. Reads take only regular UTF-8 files (a FIFO or `/dev/stdin` at the path would block
 * forever, `/dev/zero` never ends); writes respect a read-only file and a symbolic link, and
 * check-then-rename runs under the sidecar's lock file so concurrent writers cannot lose one
 * another's changes.
 */
export function nodeSidecarStorage(options: NodeSidecarStorageOptions): SidecarStorage {
  const read = async (path: string): Promise<string | undefined> => {
    const target = await followLink(path, options.roots);
    if (target === undefined) return undefined;
    return readRegularFile(target);
  };
  return {
    read,
    async writeIfUnchanged(path, text, expectedText) {
      const target = (await followLink(path, options.roots)) ?? path;
      const info = await stat(target).catch(() => undefined);
      if (info && (info.mode & 0o200) === 0) throw refusal(`${target} is read-only; make it writable to let Seedmark change it`);
      return withSidecarLock(
        target,
        async () => {
          await removeLeftTemporaries(target);
          const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
          await writeTemporary(temporary, text);
          try {
            if ((await read(path)) !== expectedText) return false;
            if (info) await chmod(temporary, info.mode & 0o7777);
            await rename(temporary, target);
            return true;
          } finally {
            await unlink(temporary).catch(() => undefined);
          }
        },
        options.lock,
      );
    },
  };
}

/**
 * The file a sidecar path names: itself, or for a symbolic link the file it leads to when that
 * lies inside the workspace. Undefined when nothing is there.
 */
async function followLink(path: string, roots: readonly string[]): Promise<string | undefined> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!info.isSymbolicLink()) return path;
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    throw refusal(`${path} is a symbolic link to a file that does not exist; Seedmark will not replace the link`);
  }
  const realRoots = await Promise.all(roots.map((root) => realpath(resolve(root)).catch(() => resolve(root))));
  if (!realRoots.some((root) => isInside(target, root))) throw refusal(`${path} is a symbolic link to ${target}, outside the workspace; Seedmark does not follow it`);
  return target;
}

function isInside(path: string, folder: string): boolean {
  const step = relative(folder, path);
  return step === '' || (!step.startsWith('..') && !isAbsolute(step));
}

async function readRegularFile(path: string): Promise<string | undefined> {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refusal(`${path} is not a regular file (a folder, a device or a pipe); Seedmark reads sidecars only from regular files`);
    if (info.size > MAX_SIDECAR_BYTES) throw refusal(`the file is too large (${info.size} bytes; the limit is ${MAX_SIDECAR_BYTES})`);
    const bytes = await handle.readFile();
    const problem = sidecarBytesProblem(bytes);
    if (problem) throw new SidecarRefusal(problem);
    // ignoreBOM keeps a byte order mark in the text, so a rewrite keeps it too.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } finally {
    await handle.close();
  }
}

async function writeTemporary(temporary: string, text: string): Promise<void> {
  let handle;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot write in ${dirname(temporary)} (${code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'the folder is read-only' : code ?? String(error)})`);
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Temporary files are written only while the lock is held, so any other one beside the sidecar
 * was left by a writer that was killed before its rename: removed on the next write.
 */
async function removeLeftTemporaries(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && TEMPORARY_NAME.test(name) && name.length === prefix.length + 16) await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

function refusal(message: string): SidecarRefusal {
  return new SidecarRefusal({ line: 1, column: 1, message });
}
