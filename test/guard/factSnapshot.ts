import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../../src/core/extract';

/**
 * The refactoring guard: every fact the extractor gives on every text at hand, one JSON line a
 * text, so that a change meant to keep behaviour can be diffed against the build before it.
 *
 *   node out/test/guard/factSnapshot.js OUT.jsonl          record
 *   node out/test/guard/factSnapshot.js OUT.jsonl BEFORE   record and list the texts that differ
 *
 * Texts: the MEANTIME dev set, the full commitments-dev articles, the shared samples, the
 * project's fixtures, the README of every installed package, and seeded mutations of all of
 * them (cut, joined, re-cased, with emoji, CRLF, odd letters), so that rare paths are run too.
 */
const root = resolve(__dirname, '..', '..', '..');
const shared = resolve(root, '..', 'shared');
const REFERENCE = { referenceDate: '2022-02-26', today: '2026-01-15' };

function corpus(): Array<{ name: string; text: string }> {
  const texts: Array<{ name: string; text: string }> = [];
  readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .forEach((line, index) => texts.push({ name: `meantime#${index}`, text: (JSON.parse(line) as { text: string }).text }));
  for (const file of ['airbus.json', 'apple.json']) {
    const data = JSON.parse(readFileSync(resolve(shared, 'eval', 'commitments-dev', file), 'utf8')) as { documents: Array<{ doc: string; text: string }> };
    for (const document of data.documents) texts.push({ name: `${file}:${document.doc}`, text: document.text });
  }
  for (const folder of [resolve(shared, 'samples'), resolve(root, 'test', 'fixtures')]) {
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.txt')).sort()) texts.push({ name, text: readFileSync(resolve(folder, name), 'utf8') });
  }
  // Mutations are drawn from the texts above only, which do not change with the installed packages.
  const random = seeded(20261206);
  const originals = texts.slice();
  for (let round = 0; round < 600; round++) {
    const base = originals[Math.floor(random() * originals.length)].text;
    texts.push({ name: `mutation#${round}`, text: mutate(base, random) });
  }
  const modules = resolve(root, 'node_modules');
  for (const name of readdirSync(modules).sort()) {
    const readme = resolve(modules, name, 'README.md');
    if (existsSync(readme)) texts.push({ name: `readme:${name}`, text: readFileSync(readme, 'utf8') });
  }
  return texts;
}

const INSERTS = ['ſ', 'K', '😀', '\r\n', '\u00a0', ' ', '’', '-', '.', '\n\n', 'İ', '2024', 'Friday', ' said ', ' will ', '%', '$'];

function mutate(text: string, random: () => number): string {
  let out = text.length > 4000 ? text.slice(Math.floor(random() * (text.length - 4000))).slice(0, 4000) : text;
  const edits = 1 + Math.floor(random() * 12);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (out.length + 1));
    const choice = random();
    if (choice < 0.4) out = out.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + out.slice(at);
    else if (choice < 0.6) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 8));
    else if (choice < 0.8) out = out.slice(0, at) + out.slice(at, at + 40).toUpperCase() + out.slice(at + 40);
    else out = out.slice(0, at) + out.slice(at, at + 40).toLowerCase() + out.slice(at + 40);
  }
  return out;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const [out, before] = process.argv.slice(2);
  if (!out) throw new Error('usage: factSnapshot OUT.jsonl [BEFORE.jsonl]');
  const lines: string[] = [];
  for (const { name, text } of corpus()) {
    const detected = extract(text, { today: REFERENCE.today });
    const fixed = extract(text, REFERENCE);
    lines.push(JSON.stringify({ name, referenceDate: detected.referenceDate, detected: detected.facts, facts: fixed.facts, sentences: fixed.sentences }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} texts recorded in ${out}`);
  if (!before) return;
  // Compared by name: the package READMEs come and go with the installed packages.
  const old = new Map(
    readFileSync(before, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [(JSON.parse(line) as { name: string }).name, line]),
  );
  let differing = 0;
  let compared = 0;
  for (const line of lines) {
    const name = (JSON.parse(line) as { name: string }).name;
    const previous = old.get(name);
    if (previous === undefined) continue;
    compared++;
    if (previous === line) continue;
    differing++;
    console.log(`differs: ${name}`);
  }
  console.log(`${differing} of ${compared} texts found in both differ`);
}

main();
