import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';

/** Runs `writers` processes adding `each` annotations to one sidecar at once; returns every id they were told was written. */
export async function runContendingWriters(sidecar: string, writers: number, each: number): Promise<{ acknowledged: string[]; refused: string[] }> {
  const child = join(__dirname, 'sidecarWriterChild.js');
  const runs = Array.from({ length: writers }, (_, index) =>
    new Promise<string>((resolve, reject) => {
      const process = spawn(globalThis.process.execPath, [child, sidecar, `w${index}`, String(each)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      process.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      process.on('error', reject);
      process.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer ${index} exited with ${code}`))));
    }),
  );
  const lines = (await Promise.all(runs)).flatMap((out) => out.split('\n').filter(Boolean));
  return {
    acknowledged: lines.filter((line) => line.startsWith('ok ')).map((line) => line.slice(3)),
    refused: lines.filter((line) => line.startsWith('refused ')),
  };
}

/** The annotation ids in a sidecar file. */
export function idsIn(sidecar: string): Set<string> {
  const parsed = SidecarDocument.parse(readFileSync(sidecar, 'utf8'));
  if (!parsed.ok) throw new Error(`the final sidecar is broken: ${parsed.problems[0].message}`);
  return new Set(parsed.sidecar.annotations.map((annotation) => annotation.id));
}

describe('several processes writing one sidecar at once', function () {
  // Process start-up and file system work, not a timing assertion: the default 2 s is too short on a busy machine.
  this.timeout(120_000);
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'seedmark-writers-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps every write a writer was told succeeded', async () => {
    const sidecar = join(folder, 'doc.txt.annotations.yaml');
    const { acknowledged } = await runContendingWriters(sidecar, 3, 25);
    const kept = idsIn(sidecar);
    const lost = acknowledged.filter((id) => !kept.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged writes are missing`);
    assert.ok(acknowledged.length > 0);
  });
});
