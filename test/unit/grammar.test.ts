import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The seed grammar's scopes, checked with vscode-tmgrammar-test fixtures under test/grammar. */
describe('seed TextMate grammar', function () {
  this.timeout(30_000);
  const root = resolve(__dirname, '..', '..', '..');
  const fixtures = readdirSync(join(root, 'test', 'grammar')).filter((name) => name.endsWith('.seed.txt'));

  it('has fixtures', () => assert.ok(fixtures.length > 0));

  for (const fixture of fixtures) {
    it(`scopes ${fixture} as its assertions say`, () => {
      const run = spawnSync(
        process.execPath,
        [join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js'), '--compact', '-g', join(root, 'syntaxes', 'seed.tmLanguage.json'), join(root, 'test', 'grammar', fixture)],
        { cwd: root, encoding: 'utf8' },
      );
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    });
  }
});
