import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * A lock file beside a sidecar (`.NAME.lock`), taken around "check that the file is still what
 * was read, then rename the new text over it", so two writers (the CLI and the editor, two
 * windows, two CLI runs) cannot both pass the check and the second rename drop the first one's
 * annotations. Creating a file with O_EXCL (`wx`) is atomic on local disks on Linux, macOS and
 * Windows; no native module and no advisory `flock` (which Windows and NFS treat differently).
 */

/** What a lock file holds: who took it, so a lock left behind by a killed process can be broken. */
interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

export interface FileLockOptions {
  /** How long to wait for another writer before giving up. */
  timeoutMs?: number;
  /**
   * A lock older than this is taken to be left behind whoever holds it. The locked step is a
   * read, a comparison and a rename (milliseconds), so ten seconds leaves room for a slow disk.
   */
  staleMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_STALE_MS = 10_000;

export class SidecarLockTimeout extends Error {}

/** The lock file of a sidecar path. */
export function lockPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** Runs `action` holding the sidecar's lock; the lock is released however `action` ends. */
export async function withSidecarLock<T>(path: string, action: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockPath = lockPathOf(path);
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  await acquire(lockPath, owner, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.staleMs ?? DEFAULT_STALE_MS);
  try {
    return await action();
  } finally {
    await release(lockPath, owner);
  }
}

async function acquire(lockPath: string, owner: LockOwner, timeoutMs: number, staleMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner), 'utf8');
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = await readOwner(lockPath);
    if (held && (await isStale(lockPath, held.owner, staleMs))) {
      await breakLock(lockPath, held.text);
      continue;
    }
    if (Date.now() > deadline) {
      const who = held?.owner ? `process ${held.owner.pid} on ${held.owner.host}` : 'another program';
      throw new SidecarLockTimeout(`${lockPath} is held by ${who}; if no Seedmark is running, delete that file`);
    }
    // Jitter keeps waiting writers from retrying in lockstep.
    await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
  }
}

async function readOwner(lockPath: string): Promise<{ text: string; owner: LockOwner | undefined } | undefined> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch {
    return undefined; // Released meanwhile: just try again.
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    const valid = typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string';
    return { text, owner: valid ? (parsed as LockOwner) : undefined };
  } catch {
    // Empty or cut: its creator is between `open` and `write`, or was killed there; age decides.
    return { text, owner: undefined };
  }
}

async function isStale(lockPath: string, owner: LockOwner | undefined, staleMs: number): Promise<boolean> {
  if (owner && owner.host === hostname() && !isAlive(owner.pid)) return true;
  const info = await stat(lockPath).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > staleMs;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock without removing a fresh one taken meanwhile by a writer that broke the
 * same stale lock first: the lock is renamed aside (only one breaker's rename can succeed on a
 * given file), and if what was moved is not the stale lock that was read, it is put back with
 * `link`, which fails rather than replace a lock someone took in between.
 */
async function breakLock(lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.broken`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function release(lockPath: string, owner: LockOwner): Promise<void> {
  const held = await readOwner(lockPath);
  // A lock broken as stale (a holder paused past staleMs) now belongs to someone else.
  if (held?.owner?.token !== owner.token) return;
  await unlink(lockPath).catch(() => undefined);
}
