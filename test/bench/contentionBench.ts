import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SidecarDocument } from '../../src/core/sidecar/sidecarDocument';

/** Several processes adding annotations to one sidecar at once (issue 18): every acknowledged write must be in the final file. */
export interface ContentionBenchResult {
  writers: number;
  writesPerWriter: number;
  acknowledged: number;
  refused: number;
  /** Acknowledged writes missing from the final file: must be 0. */
  lost: number;
  seconds: number;
}

export async function benchContendingWriters(writerEntry: string, writers = 4, writesPerWriter = 50): Promise<ContentionBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'seedmark-contention-'));
  const sidecar = join(folder, 'doc.txt.annotations.yaml');
  const started = performance.now();
  try {
    const outputs = await Promise.all(
      Array.from(
        { length: writers },
        (_, index) =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, [writerEntry, sidecar, `w${index}`, String(writesPerWriter)], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
            child.on('error', reject);
            child.on('close', () => resolve(out));
          }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const lines = outputs.flatMap((out) => out.split('\n').filter(Boolean));
    const acknowledged = lines.filter((line) => line.startsWith('ok ')).map((line) => line.slice(3));
    const parsed = SidecarDocument.parse(readFileSync(sidecar, 'utf8'));
    const kept = new Set(parsed.ok ? parsed.sidecar.annotations.map((annotation) => annotation.id) : []);
    return {
      writers,
      writesPerWriter,
      acknowledged: acknowledged.length,
      refused: lines.length - acknowledged.length,
      lost: acknowledged.filter((id) => !kept.has(id)).length,
      seconds,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
