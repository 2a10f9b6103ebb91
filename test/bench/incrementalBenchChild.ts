import { readFileSync } from 'node:fs';
import type { BenchDocument } from './corpora';
import { benchIncremental } from './incrementalBench';

/**
 * `node incrementalBenchChild.js <document.json> <full extraction ms>`: the typing figures measured
 * in a fresh process holding only the 1 MB document, as an editor with that document open does,
 * not the bench's heap with the 10 MB corpus and everything the throughput runs left, whose
 * garbage collection put pauses into the p95; prints the result as one JSON line.
 */
const [documentFile, fullExtractionMs] = process.argv.slice(2);
if (!documentFile || !fullExtractionMs) throw new Error('usage: node incrementalBenchChild.js <document.json> <full extraction ms>');
const document = JSON.parse(readFileSync(documentFile, 'utf8')) as BenchDocument;
console.log(JSON.stringify(benchIncremental(document, Number(fullExtractionMs))));
