import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { placesOf } from '../../src/core/annotationPlaces';
import { collectCrossDocumentInput, type CrossDocumentInput } from '../../src/core/crossDocument/crossDocumentInput';
import { refKey, type CrossDocumentAnnotation } from '../../src/core/crossDocument/documentAnnotation';
import { findConflicts } from '../../src/core/crossDocument/findConflicts';
import { matchCommitments } from '../../src/core/crossDocument/matchCommitments';
import { rehydrateAnalysis } from '../../src/core/crossDocument/rehydrateAnalysis';
import { analyseAcross } from '../../src/core/crossDocument/workspaceAnalysis';
import { collectDocumentProblems } from '../../src/core/documentProblems';
import { buildDocumentModelInSteps } from '../../src/core/documentModel';
import { ParagraphFactCache } from '../../src/core/extract/incremental/paragraphCache';
import { buildIndexModel } from '../../src/core/indexModel';
import { SuggestionMemo } from '../../src/core/sidecar/suggestionMemo';
import { LineIndex } from '../../src/core/lineIndex';
import type { MergedAnnotation } from '../../src/core/sidecar/mergeAnnotations';
import { CrossDocumentThread } from '../../src/node/crossDocumentThread';
import { ModelWorkerPool } from '../../src/node/modelWorkerPool';
import { runInSlices, SliceClock } from '../../src/vscode/timeSlices';

/** As the extension's WorkspaceIndex: this many documents read and modelled at once. */
const IN_FLIGHT = 8;
const TODAY = '2026-01-01';

interface Document {
  key: string;
  label: string;
  text: string;
  merged: MergedAnnotation[];
}

/** Wall time and the longest block of this thread (the event loop's largest delay) while `work` ran. */
export interface Phase {
  wallMs: number;
  longestBlockMs: number;
}

export interface LargeWorkspaceChildResult {
  documents: number;
  characters: number;
  annotations: number;
  commitments: number;
  figures: number;
  conflicts: number;
  largestConflict: number;
  relatedLinksBefore: number;
  /**
   * Opening the long seed in an editor: its model built on the host in slices, as SeedStore does,
   * and when the first screen's preview was ready to draw (the first highlight).
   */
  open: Phase & { firstHighlightMs: number };
  /** A keystroke in the long seed: the paragraph read again and the model merged again, in slices. */
  reread: Phase;
  /** Reading the files and building the models on the worker pool; the host takes each model in. */
  index: Phase;
  /** Cross-document analysis as the editor does it now: collected in slices, matched on a worker, joined back. */
  analysis: Phase & { workerMs: number };
  /** Problems entries of every document, with positions and related links, pausing between documents. */
  problems: Phase & { entries: number };
  /** Positions of every annotation of the long seed, as a whole-document decoration pass builds them (in slices). */
  decoration: Phase;
  /** After an edit that moves every later offset of the long seed: collect again, same signature, no new matching. */
  typing: Phase & { reanalysed: boolean };
  /** The same steps as the editor did them before the fix, on the host's thread. */
  before: { analysisMs: number; problems: { ms: number; linksBuilt: number; linksTotal: number; gaveUp: boolean } };
}

/**
 * Wall time and the longest block of this thread while `work` ran: the largest gap between two
 * turns of a 1 ms timer, the block still under way when the work ends included (a step that
 * never lets the loop turn is one block).
 */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; phase: Phase }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const value = await work();
  const ended = performance.now();
  clearInterval(timer);
  // Less the timer's own millisecond.
  return { value, phase: { wallMs: ended - started, longestBlockMs: Math.max(0, Math.max(longest, ended - last) - 1) } };
}

/** An offset near the middle of a text, inside a line, at least 200 characters from every annotation. */
function quietPlace(document: Document): number {
  const spans = document.merged.filter((item) => item.start !== undefined).map((item) => [item.start! - 200, item.end! + 200] as const).sort((a, b) => a[0] - b[0]);
  let reach = 0;
  let best = -1;
  for (const [start, end] of spans) {
    if (start > reach && Math.abs((start + reach) / 2 - document.text.length / 2) < Math.abs(best - document.text.length / 2)) best = Math.floor((start + reach) / 2);
    reach = Math.max(reach, end);
  }
  return best >= 0 ? best : Math.floor(document.text.length / 2);
}

/** An editor's first screen of a document opened at its top: 60 lines, and the 100 below it a preview covers too (SeedStore). */
const FIRST_SCREEN_LINES = 160;

/**
 * A first reading as SeedStore does it: in slices, a preview asked for the first screen. Resolves
 * with the milliseconds until that screen's highlights could be drawn: its preview, and the
 * positions of the annotations on it.
 */
async function firstReading(text: string, cache: ParagraphFactCache, memo: SuggestionMemo): Promise<number> {
  const started = performance.now();
  const lines = new LineIndex(text);
  let screenEnd = -1;
  for (let line = 0; line <= FIRST_SCREEN_LINES && screenEnd < text.length; line++) {
    const next = text.indexOf('\n', screenEnd + 1);
    screenEnd = next === -1 ? text.length : next;
  }
  const steps = buildDocumentModelInSteps({ text, today: TODAY, cache, memo }, { wantedThrough: screenEnd });
  const clock = new SliceClock();
  let firstHighlightMs: number | undefined;
  for (;;) {
    const step = steps.next();
    if (step.done) return firstHighlightMs ?? performance.now() - started;
    if (step.value && firstHighlightMs === undefined) {
      for (const item of step.value.model.merged) if (item.start !== undefined && item.start < screenEnd) lines.positionAt(item.start);
      firstHighlightMs = performance.now() - started;
    }
    await clock.breathe();
  }
}

async function collect(documents: readonly Document[]): Promise<CrossDocumentInput[]> {
  const inputs: CrossDocumentInput[] = [];
  const clock = new SliceClock();
  for (const document of documents) {
    inputs.push((await runInSlices(collectCrossDocumentInput(document.key, document.label, document.text, document.merged)))!);
    await runInSlices(placesOf(document).prepare());
    await clock.breathe();
  }
  return inputs;
}

async function main(folder: string, modelWorker: string, crossDocumentWorker: string, beforeBudgetMs: number): Promise<void> {
  // 1. Index: read every document and build its model on the worker pool, several in flight.
  const pool = new ModelWorkerPool(modelWorker, buildIndexModel);
  const names = (await readdir(folder)).sort();
  const documents: Document[] = [];
  const indexed = await timed(async () => {
    let next = 0;
    const lane = async () => {
      while (next < names.length) {
        const name = names[next++];
        const text = new TextDecoder('utf-8').decode(await readFile(join(folder, name)));
        const model = await pool.build({ text, today: TODAY });
        documents.push({ key: `file:///${name}`, label: name, text, merged: model.merged });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  });
  pool.dispose();
  documents.sort((a, b) => a.key.localeCompare(b.key));

  // 1b. The long seed opened in an editor: its model built on the host's thread in slices, with
  //     the paragraph cache and suggestion memo the store keeps; then one keystroke, read again.
  const seed = documents.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const cache = new ParagraphFactCache();
  const memo = new SuggestionMemo();
  const opened = await timed(() => firstReading(seed.text, cache, memo));
  const typedAt = quietPlace(seed);
  const reread = await timed(() => runInSlices(buildDocumentModelInSteps({ text: `${seed.text.slice(0, typedAt)}x${seed.text.slice(typedAt)}`, today: TODAY, cache, memo })));

  // 2. Cross-document analysis, as CrossDocumentIndex does it.
  const thread = new CrossDocumentThread(crossDocumentWorker, analyseAcross);
  let workerMs = 0;
  const analysed = await timed(async () => {
    const inputs = await collect(documents);
    const workerStarted = performance.now();
    const compact = (await thread.analyse(inputs, { isCancellationRequested: false }))!;
    workerMs = performance.now() - workerStarted;
    return { inputs, compact, result: rehydrateAnalysis(inputs, compact) };
  });
  const { result } = analysed.value;

  // 3. Problems entries, as SeedDiagnostics does them (every kind on, overdue too): the problems
  //    collected in slices, then turned into positions and links in slices.
  const byKey = new Map(documents.map((document) => [document.key, document]));
  const entriesOf = async (document: Document, conflicts: typeof result.conflictsByDocument) => {
    const places = placesOf(document);
    const problems = (await runInSlices(collectDocumentProblems(document, document.key, conflicts.get(document.key), { conflicts: true, orphans: true, overdue: true, today: TODAY })))!;
    const clock = new SliceClock();
    for (let index = 0; index < problems.length; index++) {
      const problem = problems[index];
      places.positionAt(problem.start);
      places.positionAt(problem.end);
      if (problem.kind === 'conflict') {
        for (const member of problem.links.shown) {
          const other = byKey.get(member.documentKey);
          const placed = other && placesOf(other).find(member.annotationId);
          if (other && placed?.start !== undefined) placesOf(other).positionAt(placed.start);
        }
      }
      if (index % 128 === 127) await clock.breathe();
    }
    return problems.length;
  };
  const problems = await timed(async () => {
    let entries = 0;
    const clock = new SliceClock();
    for (const document of documents) {
      entries += await entriesOf(document, result.conflictsByDocument);
      await clock.breathe();
    }
    return entries;
  });

  // 4. One decoration pass over the long seed: every annotation's start and end as a position,
  //    in slices as decorations.ts builds them (256 annotations, then a pause once 10 ms are used).
  const longest = documents.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const decoration = await timed(async () => {
    const fresh = placesOf({ text: longest.text, merged: [...longest.merged] });
    const clock = new SliceClock();
    for (let index = 0; index < longest.merged.length; index++) {
      const item = longest.merged[index];
      if (item.start !== undefined) {
        fresh.positionAt(item.start);
        fresh.positionAt(item.end!);
      }
      if (index % 256 === 255) await clock.breathe();
    }
  });

  // 5. Typing in the long seed: a character inserted in the middle of a sentence, away from any
  //    annotation and its stored context (an edit next to a fact changes the fact), moves every
  //    later annotation.
  const middle = quietPlace(longest);
  const edited: Document = {
    ...longest,
    text: `${longest.text.slice(0, middle)}x${longest.text.slice(middle)}`,
    merged: longest.merged.map((item) => (item.start !== undefined && item.start >= middle ? { ...item, start: item.start + 1, end: item.end! + 1 } : item)),
  };
  const signatures = new Map(analysed.value.inputs.map((input) => [input.documentKey, input.signature]));
  const typing = await timed(async () => {
    const after = documents.map((document) => (document === longest ? edited : document));
    const inputs = await collect([edited]);
    const unchanged = inputs[0].signature === signatures.get(edited.key);
    const all = analysed.value.inputs.map((input) => (input.documentKey === edited.key ? inputs[0] : input));
    const compact = unchanged ? analysed.value.compact : (await thread.analyse(all, { isCancellationRequested: false }))!;
    const joined = rehydrateAnalysis(all, compact);
    await entriesOf(edited, joined.conflictsByDocument);
    return { reanalysed: !unchanged, after };
  });
  thread.dispose();

  // 6. Before the fix: the analysis in one block, then every conflict member's links through a
  //    line index of the other document's whole text, given up after `beforeBudgetMs`.
  const beforeStarted = performance.now();
  const commitments: CrossDocumentAnnotation[] = [];
  const figures: CrossDocumentAnnotation[] = [];
  for (const input of analysed.value.inputs) {
    commitments.push(...input.commitments);
    figures.push(...input.figures);
  }
  const matching = matchCommitments(commitments);
  const conflicts = findConflicts({ clusters: matching.clusters, figures });
  const analysisMs = performance.now() - beforeStarted;
  const linksTotal = conflicts.reduce((total, conflict) => total + conflict.members.length * (conflict.members.length - 1), 0);
  let linksBuilt = 0;
  let gaveUp = false;
  const problemsStarted = performance.now();
  outer: for (const conflict of conflicts) {
    for (const self of conflict.members) {
      for (const member of conflict.members) {
        if (member === self) continue;
        const other = byKey.get(member.documentKey)!;
        const placed = other.merged.find((item) => item.annotation.id === member.annotationId);
        if (placed?.start === undefined) continue;
        const lines = new LineIndex(other.text);
        lines.positionAt(placed.start);
        lines.positionAt(placed.end!);
        linksBuilt++;
        if (performance.now() - problemsStarted > beforeBudgetMs) {
          gaveUp = true;
          break outer;
        }
      }
    }
  }
  const beforeProblemsMs = performance.now() - problemsStarted;

  const largestConflict = Math.max(0, ...result.conflicts.map((conflict) => conflict.members.length));
  const report: LargeWorkspaceChildResult = {
    documents: documents.length,
    characters: documents.reduce((total, document) => total + document.text.length, 0),
    annotations: documents.reduce((total, document) => total + document.merged.length, 0),
    commitments: commitments.length,
    figures: figures.length,
    conflicts: result.conflicts.length,
    largestConflict,
    relatedLinksBefore: linksTotal,
    open: { ...opened.phase, firstHighlightMs: opened.value },
    reread: reread.phase,
    index: indexed.phase,
    analysis: { ...analysed.phase, workerMs },
    problems: { ...problems.phase, entries: problems.value },
    decoration: decoration.phase,
    typing: { ...typing.phase, reanalysed: typing.value.reanalysed },
    before: { analysisMs, problems: { ms: beforeProblemsMs, linksBuilt, linksTotal, gaveUp } },
  };
  // The set of conflict references must be the same either way.
  const keys = (list: typeof conflicts) => list.flatMap((conflict) => conflict.members.map((member) => refKey(member))).sort().join('\n');
  if (keys(conflicts) !== keys(result.conflicts)) throw new Error('the analysis on the worker differs from the analysis in place');
  console.log(JSON.stringify(report));
}

const [folder, modelWorker, crossDocumentWorker, budget] = process.argv.slice(2);
if (!folder || !modelWorker || !crossDocumentWorker) throw new Error('usage: node largeWorkspaceChild.js <folder> <modelWorker.js> <crossDocumentWorker.js> [before budget ms]');
main(folder, modelWorker, crossDocumentWorker, Number(budget) || 20_000).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
