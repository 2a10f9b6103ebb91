import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockPathOf, SidecarLockTimeout, withSidecarLock } from '../../../src/node/sidecarFileLock';

describe('the lock file beside a sidecar', () => {
  let folder: string;
  let sidecar: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'seedmark-lock-'));
    sidecar = join(folder, 'doc.txt.annotations.yaml');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is held while the action runs and gone afterwards', async () => {
    const seen = await withSidecarLock(sidecar, () => Promise.resolve(existsSync(lockPathOf(sidecar))));
    assert.equal(seen, true);
    assert.equal(existsSync(lockPathOf(sidecar)), false);
  });

  it('lets one action run at a time', async () => {
    let inside = 0;
    let most = 0;
    const step = () =>
      withSidecarLock(sidecar, async () => {
        most = Math.max(most, ++inside);
        await new Promise((resolve) => setImmediate(resolve));
        inside--;
      });
    await Promise.all([step(), step(), step(), step()]);
    assert.equal(most, 1);
  });

  it('breaks a lock left by a process of this machine that no longer runs', async () => {
    // A pid above the kernel's maximum cannot belong to a running process.
    writeFileSync(lockPathOf(sidecar), JSON.stringify({ pid: 2 ** 30, host: hostname(), token: 'left-behind' }));
    assert.equal(await withSidecarLock(sidecar, () => Promise.resolve('ran'), { timeoutMs: 2_000 }), 'ran');
  });

  it('breaks a lock older than the stale age, whoever wrote it', async () => {
    writeFileSync(lockPathOf(sidecar), JSON.stringify({ pid: process.pid, host: 'another-machine', token: 'old' }));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(sidecar), longAgo, longAgo);
    assert.equal(await withSidecarLock(sidecar, () => Promise.resolve('ran'), { timeoutMs: 2_000, staleMs: 10_000 }), 'ran');
  });

  it('waits for a live holder and gives up with a message naming the lock file', async () => {
    writeFileSync(lockPathOf(sidecar), JSON.stringify({ pid: process.pid, host: hostname(), token: 'held' }));
    await assert.rejects(
      withSidecarLock(sidecar, () => Promise.resolve(), { timeoutMs: 50 }),
      (error: unknown) => error instanceof SidecarLockTimeout && error.message.includes(lockPathOf(sidecar)) && error.message.includes('delete that file'),
    );
    assert.equal(existsSync(lockPathOf(sidecar)), true, "another holder's lock is left alone");
  });
});
