// Removed at merge: extract/index.ts and paragraphCache.ts (not this branch's to edit) import the
// entry from here; once they import it from ./claims/extractClaims this file goes.
export { extractClaims, type ClaimCarry } from './claims/extractClaims';
