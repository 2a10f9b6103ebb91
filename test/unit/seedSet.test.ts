import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SEED_GLOBS, isSeedPath, literalGlob, seedGlobFor, stopTreatingAsSeed, treatAsSeed } from '../../src/core/seedSet';
import { matchesAnyGlob } from '../../src/core/globs';

const defaults = { include: [...DEFAULT_SEED_GLOBS], exclude: ['**/node_modules/**'] };

describe('the seed set', () => {
  describe('which documents are seeds by default', () => {
    it('reads files in a seeds folder at any depth', () => {
      assert.ok(isSeedPath('seeds/budget.txt', defaults, false));
      assert.ok(isSeedPath('archive/2023/seeds/minutes.md', defaults, false));
    });

    it('reads files named .seed, .seed.txt and .seed.md anywhere', () => {
      for (const path of ['a.seed', 'notes/b.seed.txt', 'c.seed.md']) assert.ok(isSeedPath(path, defaults, false), path);
    });

    it('leaves a README, source code and loose notes alone', () => {
      for (const path of ['README.md', 'src/index.ts', 'notes.txt', 'docs/seedling.md']) assert.ok(!isSeedPath(path, defaults, false), path);
    });

    it('never takes a sidecar in a seeds folder for a seed', () => {
      assert.ok(!isSeedPath('seeds/budget.txt.annotations.yaml', defaults, false));
    });

    it('reads any document that has a sidecar', () => {
      assert.ok(isSeedPath('notes.txt', defaults, true));
    });

    it('lets an exclude win over a sidecar', () => {
      assert.ok(!isSeedPath('node_modules/x/seeds/a.txt', defaults, true));
    });

    it('matches the default of seedmark.include in package.json', () => {
      const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
      assert.deepEqual(manifest.contributes.configuration.properties['seedmark.include'].default, DEFAULT_SEED_GLOBS);
    });
  });

  describe('globs for one path', () => {
    it('matches a name holding pattern characters only literally', () => {
      const glob = literalGlob('drafts/notes[1] {v2}*.txt');
      assert.ok(matchesAnyGlob('drafts/notes[1] {v2}*.txt', [glob]));
      assert.ok(!matchesAnyGlob('drafts/notes1 v2x.txt', [glob]));
    });

    it('writes a folder as the folder and all it holds', () => {
      assert.equal(seedGlobFor('press/', true), 'press/**');
      assert.ok(matchesAnyGlob('press/2024/a.txt', [seedGlobFor('press', true)]));
    });
  });

  describe('Treat as Seed Document', () => {
    it('adds a file to the includes', () => {
      const edit = treatAsSeed(defaults, 'notes.txt', false);
      assert.ok(edit.changed);
      assert.ok(isSeedPath('notes.txt', edit, false));
      assert.deepEqual(edit.include, [...DEFAULT_SEED_GLOBS, 'notes.txt']);
    });

    it('adds a folder so that its files become seeds', () => {
      const edit = treatAsSeed(defaults, 'press', true);
      assert.ok(isSeedPath('press/release.md', edit, false));
    });

    it('changes nothing for a file already selected', () => {
      assert.equal(treatAsSeed(defaults, 'seeds/a.txt', false).changed, false);
    });

    it('takes back an exclude it wrote before', () => {
      const stopped = stopTreatingAsSeed(defaults, 'seeds/a.txt', false);
      const again = treatAsSeed(stopped, 'seeds/a.txt', false);
      assert.deepEqual(again.exclude, defaults.exclude);
      assert.ok(isSeedPath('seeds/a.txt', again, false));
    });
  });

  describe('Stop Treating as Seed Document', () => {
    it('removes the include written for the file', () => {
      const added = treatAsSeed(defaults, 'notes.txt', false);
      const removed = stopTreatingAsSeed(added, 'notes.txt', false);
      assert.deepEqual(removed.include, defaults.include);
      assert.deepEqual(removed.exclude, defaults.exclude);
      assert.ok(!isSeedPath('notes.txt', removed, false));
    });

    it('excludes a file a wider include still selects', () => {
      const edit = stopTreatingAsSeed(defaults, 'seeds/old.txt', false);
      assert.ok(!isSeedPath('seeds/old.txt', edit, false));
      assert.ok(isSeedPath('seeds/new.txt', edit, false));
    });

    it('excludes a whole seeds folder', () => {
      const edit = stopTreatingAsSeed(defaults, 'seeds', true);
      assert.ok(!isSeedPath('seeds/a/b.txt', edit, false));
    });

    it('excludes an annotated file, which a sidecar alone would keep', () => {
      const edit = stopTreatingAsSeed(defaults, 'notes.txt', false, true);
      assert.ok(edit.changed);
      assert.ok(!isSeedPath('notes.txt', edit, true));
    });
  });
});
