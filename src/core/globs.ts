// Seedmark's one glob dialect: the `seedmark.include` and `seedmark.exclude` settings and the
// CLI's `check --exclude` read patterns the same way, here. Patterns are matched against
// "/"-separated paths relative to the workspace folder (for the CLI: relative to each PATH).
//
// - `*` matches any run of characters inside one name (never a "/"); `?` one character of a name.
// - `**` as a whole segment matches any number of folders, none included: `**/*.md` matches
//   `a.md` and `notes/2024/a.md`; a trailing `/**` matches a folder and everything under it.
//   Inside a name (`a**b`) it is the same as `*`.
// - `{a,b}` matches either alternative; alternatives may nest (`**/*.{md,txt}`) and hold "/".
//   A "{" without its "}" is a plain character.
// - `[abc]`, `[a-z]` match one character of the class, `[!abc]` (or `[^abc]`) one not in it;
//   a class never matches "/".
// - A pattern (or alternative) without a "/" matches a name at any depth: `CHANGELOG.md` is
//   `**/CHANGELOG.md`.
// - Everything else matches itself, case-sensitively; there is no escape character. A pattern
//   that is no pattern at all (a class `[z-a]`) matches nothing.
//
// An exclude that matches a folder leaves out everything in it (`**/node_modules` works like
// `**/node_modules/**`), as VS Code's own excludes do. VS Code's `findFiles` reads no nested
// braces and matches a name-only pattern at the top folder only: `findFilesPattern` rewrites
// the settings into a pattern it reads the same way, so the index finds what `isSeed` accepts.

/** The patterns a document is read under: it matches an include and no exclude. */
export interface GlobSelection {
  include: readonly string[];
  exclude: readonly string[];
}

/** Whether a relative path matches any of the globs. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(path));
}

/** Whether the path, or a folder it is in, matches any of the globs: an exclude naming a folder leaves out all it holds. */
export function isExcludedBy(path: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    if (slash > 0 && matchesAnyGlob(path.slice(0, slash), globs)) return true;
  }
  return matchesAnyGlob(path, globs);
}

/** Whether a relative path is selected: it matches an include glob and is not excluded. */
export function isSelectedByGlobs(path: string, selection: GlobSelection): boolean {
  return matchesAnyGlob(path, selection.include) && !isExcludedBy(path, selection.exclude);
}

/**
 * The globs as one pattern `vscode.workspace.findFiles` reads as this dialect does: braces
 * expanded (its reader closes a group at the first "}"), and a name-only alternative given a
 * leading `**` segment (its reader matches one at the top folder only). `undefined` for no globs.
 */
export function findFilesPattern(globs: readonly string[]): string | undefined {
  const alternatives = [...new Set(globs.flatMap(alternativesOf).map((alternative) => (alternative.includes('/') ? alternative : `**/${alternative}`)))];
  if (alternatives.length === 0) return undefined;
  return alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(',')}}`;
}

// Settings and command lines hold a handful of patterns, each tested against every document.
const compiled = new Map<string, RegExp>();

/** The regular expression a glob stands for, anchored at both ends of a relative path. */
export function globToRegExp(glob: string): RegExp {
  let regExp = compiled.get(glob);
  if (!regExp) {
    regExp = compile(alternativesOf(glob).map((alternative) => (alternative.includes('/') ? '' : '(?:.*/)?') + alternativeSource(alternative)));
    compiled.set(glob, regExp);
  }
  return regExp;
}

function compile(sources: readonly string[]): RegExp {
  try {
    if (sources.length > 0) return new RegExp(`^(?:${sources.join('|')})$`);
  } catch {
    // A class such as [z-a]: one setting that is no pattern must not break every check.
  }
  return NEVER;
}

const NEVER = /(?!)/;

/**
 * The brace-free alternatives a glob stands for: `a/{b,c{d,e}}` → `a/b`, `a/cd`, `a/ce`. A "{"
 * with no matching "}" is a plain character, and braces inside a `[...]` class are the class's.
 * Throws a RangeError beyond MAX_ALTERNATIVES.
 */
export function expandBraces(glob: string): string[] {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '[') {
      i = classEnd(glob, i) ?? i;
      continue;
    }
    if (glob[i] !== '{') continue;
    const group = braceGroup(glob, i);
    if (!group) continue;
    const prefix = glob.slice(0, i);
    const suffix = glob.slice(group.end + 1);
    const expanded = group.alternatives.flatMap((alternative) => expandBraces(alternative + suffix).map((rest) => prefix + rest));
    if (expanded.length > MAX_ALTERNATIVES) throw new RangeError(`${glob}: more than ${MAX_ALTERNATIVES} alternatives`);
    return expanded;
  }
  return [glob];
}

/**
 * Ten groups of two braces already make 1,024 alternatives; a pattern written to make millions
 * (a workspace's settings are not to be trusted) matches nothing rather than stall the host.
 */
const MAX_ALTERNATIVES = 1024;

/** The glob's alternatives, none for a glob with too many to match. */
function alternativesOf(glob: string): string[] {
  try {
    return expandBraces(glob);
  } catch {
    return [];
  }
}

/** The top-level alternatives of the group opened at `open` and the index of its "}", if it closes. */
function braceGroup(glob: string, open: number): { alternatives: string[]; end: number } | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '[') i = classEnd(glob, i) ?? i;
    else if (ch === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (ch === '}') {
      alternatives.push(glob.slice(start, i));
      return { alternatives, end: i };
    } else if (ch === ',' && depth === 0) {
      alternatives.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** The index of the "]" closing the class opened at `open` (a "]" first in the class is a member), if any. */
function classEnd(glob: string, open: number): number | undefined {
  let first = open + 1;
  if (glob[first] === '!' || glob[first] === '^') first++;
  const close = glob.indexOf(']', first + 1);
  return close === -1 ? undefined : close;
}

/** Regular-expression source of one brace-free alternative. */
function alternativeSource(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    const segmentStart = i === 0 || glob[i - 1] === '/';
    if (ch === '*' && glob[i + 1] === '*' && segmentStart && (i + 2 === glob.length || glob[i + 2] === '/')) {
      // A whole-segment "**": any folders (with the "/" after it), or anything at the end.
      source += i + 2 === glob.length ? '.*' : '(?:.*/)?';
      i += 2;
    } else if (ch === '/' && glob.slice(i) === '/**') {
      // "folder/**" also matches the folder itself, so an exclude of it prunes the folder.
      source += '(?:/.*)?';
      i += 2;
    } else if (ch === '*') {
      source += '[^/]*';
      while (glob[i + 1] === '*') i++;
    } else if (ch === '?') source += '[^/]';
    else if (ch === '[' && classEnd(glob, i) !== undefined) {
      const close = classEnd(glob, i)!;
      const negated = glob[i + 1] === '!' || glob[i + 1] === '^';
      // "\" and a leading "]" are members like any other; a class never matches "/".
      const members = glob
        .slice(negated ? i + 2 : i + 1, close)
        .replace(/\//g, '')
        .replace(/[\\\]]/g, '\\$&');
      source += negated ? `[^/${members}]` : `[${members}]`;
      i = close;
    } else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return source;
}
