/**
 * The figure extractor moved to `./figures/`; this file remains only until `index.ts` and
 * `paragraphCache.ts` import `./figures/extractFigures`, and should then be deleted.
 */
export { extractFigures } from './figures/extractFigures';
