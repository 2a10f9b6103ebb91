import * as Engine from '../core/engine';

/** The browser bundle's engine: bundled in, since a web worker cannot load a second CommonJS file (see engine.ts). */
export function engine(): typeof Engine {
  return Engine;
}
