import { dirname } from 'node:path';
import { readSidecarState, updateSidecar, type SidecarFileState, type SidecarPlan, type SidecarUpdate } from '../core/sidecar/updateSidecar';
import { nodeSidecarStorage } from '../node/nodeSidecarStorage';
import type { SidecarStorage } from '../core/sidecar/updateSidecar';

/**
 * The CLI's storage for one sidecar. Its workspace, where a symbolic link at the sidecar's path
 * may lead, is the current folder and the sidecar's own folder (and what lies below them).
 */
function storageFor(path: string): SidecarStorage {
  return nodeSidecarStorage({ roots: [process.cwd(), dirname(path)] });
}

export function readSidecarFile(path: string): Promise<SidecarFileState> {
  return readSidecarState(storageFor(path), path);
}

export function updateSidecarFile(path: string, plan: SidecarPlan): Promise<SidecarUpdate> {
  return updateSidecar(storageFor(path), path, plan);
}
