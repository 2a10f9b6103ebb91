/**
 * Where a document's sidecar lives: beside it, its file name plus this suffix
 * (`report.txt` → `report.txt.annotations.yaml`). One fixed rule rather than a setting, so the
 * editor, the CLI's `check`, the schema registration (`yamlValidation`, a static glob) and the
 * activation event all agree on which files are sidecars.
 */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Paths use "/" separators; callers on Windows convert at their edge. */
export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}

/** The document a sidecar belongs to: `a.txt.annotations.yaml` → `a.txt`. */
export function documentPathForSidecar(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) && sidecarPath.length > SIDECAR_SUFFIX.length && !sidecarPath.endsWith(`/${SIDECAR_SUFFIX}`) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
