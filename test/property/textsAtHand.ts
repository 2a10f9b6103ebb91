import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

/** The MEANTIME dev texts, the shared samples and the project's fixtures: real text to run checks over. */
export function textsAtHand(): string[] {
  const shared = resolve(root, '..', 'shared');
  const textFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(resolve(folder, name), 'utf8'));
  return [
    ...readFileSync(resolve(shared, 'eval', 'meantime-dev.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
    ...textFiles(resolve(shared, 'samples')),
    ...textFiles(resolve(root, 'test', 'fixtures')),
  ];
}
