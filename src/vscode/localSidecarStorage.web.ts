import type { SidecarStorage } from '../core/sidecar/updateSidecar';

/** In the browser there is no local disk: every sidecar goes through `workspace.fs` (see localSidecarStorage.ts). */
export function localSidecarStorage(): SidecarStorage | undefined {
  return undefined;
}
