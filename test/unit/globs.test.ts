import { strict as assert } from 'node:assert';
import { expandBraces, findFilesPattern, isExcludedBy, isSelectedByGlobs, matchesAnyGlob } from '../../src/core/globs';

describe('the glob dialect', () => {
  describe('** and *', () => {
    it('matches ** across folders, including none', () => {
      assert.ok(matchesAnyGlob('seeds/2024/a.txt', ['**/*.txt']));
      assert.ok(matchesAnyGlob('a.txt', ['**/*.txt']));
      assert.ok(!matchesAnyGlob('a.txt.bak', ['**/*.txt']));
    });

    it('matches ** between folders, including none', () => {
      assert.ok(matchesAnyGlob('notes/a.md', ['notes/**/a.md']));
      assert.ok(matchesAnyGlob('notes/2024/03/a.md', ['notes/**/a.md']));
      assert.ok(!matchesAnyGlob('notesx/a.md', ['notes/**/a.md']));
    });

    it('matches a folder and everything under it with a trailing /**', () => {
      assert.ok(matchesAnyGlob('drafts/old/a.md', ['drafts/**']));
      assert.ok(matchesAnyGlob('drafts', ['drafts/**']));
      assert.ok(!matchesAnyGlob('drafts-2024/a.md', ['drafts/**']));
    });

    it('keeps * and ? inside one name', () => {
      assert.ok(matchesAnyGlob('notes/a1.md', ['notes/a?.md']));
      assert.ok(!matchesAnyGlob('notes/deep/a1.md', ['notes/*.md']));
      assert.ok(!matchesAnyGlob('notes/a/.md', ['notes/a?.md']));
    });

    it('reads ** inside a name as *', () => {
      assert.ok(matchesAnyGlob('notes/report.md', ['notes/re**.md']));
      assert.ok(!matchesAnyGlob('notes/re/port.md', ['notes/re**.md']));
    });

    it('lets * match names that start with a dot', () => {
      assert.ok(matchesAnyGlob('.drafts/a.md', ['*/a.md']));
    });
  });

  describe('{a,b} alternatives', () => {
    it('matches either alternative', () => {
      assert.ok(matchesAnyGlob('x/report.seed', ['**/*.{txt,seed}']));
      assert.ok(!matchesAnyGlob('x/report.md', ['**/*.{txt,seed}']));
    });

    it('reads nested groups and alternatives that hold a /', () => {
      assert.deepEqual(expandBraces('a/{b,c{d,e}}.md'), ['a/b.md', 'a/cd.md', 'a/ce.md']);
      assert.ok(matchesAnyGlob('docs/x/a.md', ['{docs/**,notes}/*.md']));
    });

    it('takes a { without its } and a , outside braces as plain characters', () => {
      assert.deepEqual(expandBraces('a{b,c'), ['a{b,c']);
      assert.ok(matchesAnyGlob('a{b,c', ['a{b,c']));
      assert.ok(matchesAnyGlob('x,y.md', ['x,y.md']));
    });

    it('matches nothing when a pattern makes too many alternatives, instead of stalling', () => {
      const explosive = '{a,b}'.repeat(30);
      assert.ok(!matchesAnyGlob('ab'.repeat(15), [explosive]));
      assert.equal(findFilesPattern([explosive]), undefined);
    });
  });

  describe('[..] classes', () => {
    it('matches one character of a class or range', () => {
      assert.ok(matchesAnyGlob('x/v2.txt', ['**/v[0-9].txt']));
      assert.ok(!matchesAnyGlob('x/vb.txt', ['**/v[0-9].txt']));
    });

    it('negates a class with ! or ^, and never matches /', () => {
      assert.ok(matchesAnyGlob('vb.txt', ['v[!0-9].txt']));
      assert.ok(matchesAnyGlob('vb.txt', ['v[^0-9].txt']));
      assert.ok(!matchesAnyGlob('v/.txt', ['v[!0-9].txt']));
    });

    it('keeps braces and commas inside a class as members', () => {
      assert.deepEqual(expandBraces('a[{,]b'), ['a[{,]b']);
      assert.ok(matchesAnyGlob('a,b', ['a[{,]b']));
    });

    it('matches nothing for a class that is no class, rather than throwing', () => {
      assert.ok(!matchesAnyGlob('a.md', ['[z-a].md']));
    });
  });

  it('matches a pattern without a slash against a name anywhere', () => {
    assert.ok(matchesAnyGlob('deep/folder/CHANGELOG.md', ['CHANGELOG.md']));
    assert.ok(matchesAnyGlob('CHANGELOG.md', ['CHANGELOG.md']));
    assert.ok(!matchesAnyGlob('deep/NOT-CHANGELOG.md', ['CHANGELOG.md']));
  });

  it('takes regular-expression characters literally', () => {
    assert.ok(matchesAnyGlob('a+b (1).md', ['a+b (1).md']));
    assert.ok(!matchesAnyGlob('aab (1)xmd', ['a+b (1).md']));
  });

  describe('excludes', () => {
    it('excludes node_modules at any depth', () => {
      assert.ok(isExcludedBy('a/node_modules/pkg/readme.md', ['**/node_modules/**']));
    });

    it('leaves out everything in a folder an exclude names', () => {
      assert.ok(isExcludedBy('a/node_modules/pkg/readme.md', ['**/node_modules']));
      assert.ok(isExcludedBy('archive/2019/a.md', ['archive']));
      assert.ok(!isExcludedBy('notes/archive.md', ['archive']));
    });

    it('selects a document that an include matches and no exclude does', () => {
      const selection = { include: ['**/*.md'], exclude: ['**/CHANGELOG.md', 'drafts/**'] };
      assert.ok(isSelectedByGlobs('notes/a.md', selection));
      assert.ok(!isSelectedByGlobs('notes/CHANGELOG.md', selection));
      assert.ok(!isSelectedByGlobs('drafts/a.md', selection));
      assert.ok(!isSelectedByGlobs('notes/a.txt', selection));
    });
  });

  describe('the pattern for findFiles', () => {
    it('joins the settings in one group with no nested braces', () => {
      assert.equal(findFilesPattern(['**/*.{txt,md}', '**/*.seed']), '{**/*.txt,**/*.md,**/*.seed}');
    });

    it('gives a name-only pattern its leading ** so it matches at any depth there too', () => {
      assert.equal(findFilesPattern(['CHANGELOG.md']), '**/CHANGELOG.md');
    });

    it('has no pattern for no globs', () => {
      assert.equal(findFilesPattern([]), undefined);
    });

    it('stands for the same paths as the settings it came from', () => {
      const settings = ['**/*.{txt,md}', 'LICENSE*', 'notes/{a,b/**}/*.seed'];
      const paths = ['a.txt', 'x/y.md', 'LICENSE', 'x/LICENSE.txt', 'notes/a/n.seed', 'notes/b/c/d/n.seed', 'notes/c/n.seed', 'x.seed'];
      const pattern = findFilesPattern(settings)!;
      for (const path of paths) assert.equal(matchesAnyGlob(path, [pattern]), matchesAnyGlob(path, settings), path);
    });
  });
});
