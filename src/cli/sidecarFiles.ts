import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readSidecarState, updateSidecar, type SidecarFileState, type SidecarPlan, type SidecarStorage, type SidecarUpdate } from '../core/sidecar/updateSidecar';

/** Sidecar storage on the local file system. */
export const nodeSidecarStorage: SidecarStorage = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async writeIfUnchanged(path, text, expectedText) {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      const current = await this.read(path);
      if (current !== expectedText) return false;
      const mode = await stat(path).then((info) => info.mode, () => undefined);
      if (mode !== undefined) await chmod(temporary, mode & 0o7777);
      await rename(temporary, path);
      return true;
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  },
};

export function readSidecarFile(path: string): Promise<SidecarFileState> {
  return readSidecarState(nodeSidecarStorage, path);
}

export function updateSidecarFile(path: string, plan: SidecarPlan): Promise<SidecarUpdate> {
  return updateSidecar(nodeSidecarStorage, path, plan);
}
