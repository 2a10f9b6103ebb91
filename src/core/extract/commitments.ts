// Removed at merge: extract/index.ts and paragraphCache.ts (not this branch's to edit) import the
// entry from here; once they import it from ./commitments/extractCommitments this file goes.
export { extractCommitments, type CommitmentCarry, type FoundFacts } from './commitments/extractCommitments';
