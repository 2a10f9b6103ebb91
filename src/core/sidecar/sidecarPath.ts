/**
 * Where a document's sidecar lives. The pattern is relative to the document's folder and may
 * use `${file}` (the document's file name, with extension) and `${name}` (without it). The
 * default keeps the sidecar beside the document: `report.txt` → `report.txt.annotations.yaml`.
 */
export const DEFAULT_SIDECAR_PATTERN = '${file}.annotations.yaml';
export const SIDECAR_SUFFIX = '.annotations.yaml';

export type SidecarPath = { ok: true; path: string } | { ok: false; reason: string };

/** Paths use "/" separators; callers on Windows convert at their edge. */
export function sidecarPathFor(documentPath: string, pattern: string = DEFAULT_SIDECAR_PATTERN): SidecarPath {
  const slash = documentPath.lastIndexOf('/');
  const folder = slash === -1 ? '' : documentPath.slice(0, slash + 1);
  const file = documentPath.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  const name = dot > 0 ? file.slice(0, dot) : file;
  const relative = pattern.split('${file}').join(file).split('${name}').join(name);
  const segments = relative.split(/[\\/]/);
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative) || segments.includes('..')) {
    return { ok: false, reason: `the sidecar pattern "${pattern}" leads outside the document's folder` };
  }
  if (segments.some((segment) => segment === '') || (!relative.endsWith('.yaml') && !relative.endsWith('.yml'))) {
    return { ok: false, reason: `the sidecar pattern "${pattern}" must name a .yaml file` };
  }
  return { ok: true, path: folder + segments.filter((segment) => segment !== '.').join('/') };
}

/** The document a default-pattern sidecar belongs to: `a.txt.annotations.yaml` → `a.txt`. */
export function documentPathForSidecar(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
