import type * as Engine from '../core/engine';

let loaded: typeof Engine | undefined;

/**
 * The core's heavy half, loaded from its own bundle (dist/engine.js) the first time it is used:
 * activation then evaluates only the editor layer, and extraction, YAML and anchoring code is
 * read when the first document is. The browser bundle replaces this module with engine.web.ts.
 */
export function engine(): typeof Engine {
  // A runtime require of the bundle beside this one, on purpose not followed by esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(`${__dirname}/engine.js`) as typeof Engine;
  return loaded;
}
