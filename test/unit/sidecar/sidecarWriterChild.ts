import { writeSync } from 'node:fs';
import type { Annotation } from '../../../src/core/model';
import { SidecarDocument } from '../../../src/core/sidecar/sidecarDocument';
import { updateSidecarFile } from '../../../src/cli/sidecarFiles';

/**
 * `node sidecarWriterChild.js SIDECAR NAME COUNT`: one of several processes adding annotations
 * to the same sidecar at once, each through the CLI's update path. Prints one line per write
 * the update reported done (`ok ID`) or refused (`refused REASON`): the parent counts every
 * acknowledged id in the final file.
 */
const [sidecar, name, countText] = process.argv.slice(2);
if (!sidecar || !name || !countText) throw new Error('usage: node sidecarWriterChild.js SIDECAR NAME COUNT');

const annotationNamed = (id: string): Annotation => ({ id, kind: 'figure', review: 'accepted', note: `written by ${name}`, anchor: { exact: 'seven', prefix: '', suffix: '', start: 0, end: 5 } });

async function writeAll(): Promise<void> {
  for (let i = 0; i < Number(countText); i++) {
    const id = `${name}-${i}`;
    const update = await updateSidecarFile(sidecar, (current) =>
      current ? { operations: [{ op: 'add', annotation: annotationNamed(id) }] } : { create: SidecarDocument.create({ file: 'doc.txt' }, [annotationNamed(id)]) },
    );
    // Synchronous, so a line is out before the next write starts and none is lost at exit.
    writeSync(1, update.ok ? `ok ${id}\n` : `refused ${update.reason.split('\n')[0]}\n`);
  }
}

void writeAll();
