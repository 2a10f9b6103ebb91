import { strict as assert } from 'node:assert';
import { matchesAnyGlob } from '../../src/core/globs';

describe('include and exclude globs', () => {
  it('matches ** across folders, including none', () => {
    assert.ok(matchesAnyGlob('seeds/2024/a.txt', ['**/*.txt']));
    assert.ok(matchesAnyGlob('a.txt', ['**/*.txt']));
    assert.ok(!matchesAnyGlob('a.txt.bak', ['**/*.txt']));
  });

  it('keeps * and ? inside one name', () => {
    assert.ok(matchesAnyGlob('notes/a1.md', ['notes/a?.md']));
    assert.ok(!matchesAnyGlob('notes/deep/a1.md', ['notes/*.md']));
  });

  it('reads {a,b} alternatives and [..] classes', () => {
    assert.ok(matchesAnyGlob('x/report.seed', ['**/*.{txt,seed}']));
    assert.ok(matchesAnyGlob('x/v2.txt', ['**/v[0-9].txt']));
  });

  it('matches a pattern without a slash against the file name anywhere', () => {
    assert.ok(matchesAnyGlob('deep/folder/CHANGELOG.md', ['CHANGELOG.md']));
  });

  it('excludes node_modules at any depth', () => {
    assert.ok(matchesAnyGlob('a/node_modules/pkg/readme.md', ['**/node_modules/**']));
  });
});
