import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The core runs in a web worker and the CLI: it may import only itself and pure packages. */
const ALLOWED_PACKAGES = ['chrono-node/en', 'yaml', 'approx-string-match'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const coreDirectory = resolve(__dirname, '..', '..', '..', 'src', 'core');
  const files = sourceFiles(coreDirectory);

  it('finds the core sources', () => {
    assert.ok(files.length > 5, `expected core files under ${coreDirectory}`);
  });

  it('imports neither vscode nor Node built-ins nor unlisted packages', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        const target = match[1];
        if (target.startsWith('.')) continue;
        if (!ALLOWED_PACKAGES.includes(target)) offenders.push(`${file}: ${target}`);
      }
      if (/\bprocess\.|\brequire\(/.test(source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) offenders.push(`${file}: uses process or require`);
    }
    assert.deepEqual(offenders, []);
  });
});
