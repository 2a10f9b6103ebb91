import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS } from '../../src/vscode/commandIds';

const root = resolve(__dirname, '..', '..', '..');

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string }>;
    menus: Record<string, Array<{ command?: string }>>;
    keybindings: Array<{ command: string }>;
    walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }> }>;
  };
}

// The manifest's own shape, read as JSON: the fields these checks use. Its words are `%key%`
// placeholders for package.nls.json, put back here as VS Code does for English.
const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'), (_key, value: unknown) =>
  typeof value === 'string' ? value.replace(/^%([\w.-]+)%$/, (whole, key: string) => nls[key] ?? whole) : value,
) as Manifest;
const declared = new Set(manifest.contributes.commands.map((entry) => entry.command));
const commandLinks = (text: string) => [...text.matchAll(/\(command:([\w.]+)/g)].map((match) => match[1]);

describe('package.json contributions', () => {
  it('declares every command the extension registers, and names in commandIds.ts every command it declares', () => {
    const registered = Object.values(COMMANDS).filter((id) => !id.startsWith('seedmark.test.'));
    assert.deepEqual(registered.filter((id) => !declared.has(id)), []);
    assert.deepEqual([...declared].filter((id) => !registered.includes(id as (typeof registered)[number])), []);
  });

  it('contributes none of the test-only commands, in commands, menus, keybindings or words', () => {
    const testOnly = Object.values(COMMANDS).filter((id) => id.startsWith('seedmark.test.'));
    assert.ok(testOnly.length > 0, 'commandIds.ts names the test commands under seedmark.test.');
    const named = JSON.stringify(manifest.contributes);
    assert.deepEqual(testOnly.filter((id) => named.includes(id)), []);
    assert.deepEqual(Object.keys(nls).filter((key) => /(^|\.)test\./.test(key)), []);
  });

  it('has menus and keybindings only for declared commands', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) if (entry.command) assert.ok(declared.has(entry.command), `${menu}: ${entry.command}`);
    }
    for (const binding of manifest.contributes.keybindings) assert.ok(declared.has(binding.command), binding.command);
  });

  it('has a four-step walkthrough whose media exist and whose links run declared commands', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 4);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(resolve(root, media)), `${step.id}: media ${media}`);
      const links = [...commandLinks(step.description), ...(step.media.markdown ? commandLinks(readFileSync(resolve(root, step.media.markdown), 'utf8')) : [])];
      assert.ok(links.length > 0, `${step.id} offers a button`);
      for (const link of links) assert.ok(declared.has(link) || link.startsWith('workbench.'), `${step.id}: ${link}`);
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(declared.has(command), `${step.id}: ${event}`);
      }
    }
    assert.ok(existsSync(resolve(root, 'media', 'walkthrough', 'harbour-authority-2024-03-14.txt')), 'the sample seed ships with the walkthrough');
  });
});
