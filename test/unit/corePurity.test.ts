import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The core runs in a web worker and the CLI: it may import only itself and pure packages. */
const ALLOWED_PACKAGES = ['yaml', 'js-yaml', 'approx-string-match', '@noble/hashes/sha2', '@noble/hashes/utils'];

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`. */
const IMPORT_TARGETS = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/gm;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

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
      const source = withoutComments(readFileSync(file, 'utf8'));
      for (const match of source.matchAll(IMPORT_TARGETS)) {
        const target = match[1] ?? match[2] ?? match[3];
        if (target.startsWith('.')) continue;
        if (!ALLOWED_PACKAGES.includes(target)) offenders.push(`${file}: ${target}`);
      }
      if (/\bprocess\.|\brequire\(/.test(source)) offenders.push(`${file}: uses process or require`);
    }
    assert.deepEqual(offenders, []);
  });
});
