import { readFileSync } from 'node:fs';
import { benchSidecar } from './sidecarBench';

/**
 * `node sidecarBenchChild.js <corpus file>`: the sidecar figures measured in a fresh process, so
 * the bench's own heap (the 10 MB corpus, the earlier runs) does not tax their garbage
 * collection; prints the result as one JSON line.
 */
const [corpusFile] = process.argv.slice(2);
if (!corpusFile) throw new Error('usage: node sidecarBenchChild.js <corpus file>');
console.log(JSON.stringify(benchSidecar(readFileSync(corpusFile, 'utf8'))));
