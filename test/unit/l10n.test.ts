import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';

const root = resolve(__dirname, '..', '..', '..');
const editorLayer = join(root, 'src', 'vscode');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Bundle = Record<string, string | { message: string; comment: string[] }>;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const manifest = readJson<{ [key: string]: Json }>(join(root, 'package.json'));
const nls = readJson<Record<string, string>>(join(root, 'package.nls.json'));
const bundle = readJson<Bundle>(join(root, 'l10n', 'bundle.l10n.json'));

/** Every string in a JSON value with where it is ("contributes.commands.3.title"). */
function* strings(value: Json, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, `${path}.${index}`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

const PLACEHOLDER = /^%([\w.-]+)%$/;
const manifestStrings = [...strings(manifest, '')];

/**
 * Where the manifest holds words people read: VS Code replaces a `%key%` there with the
 * package.nls.json of the display language. Command categories stay the product name, and the
 * language's second alias ("seed") is an identifier people type, so neither is translated.
 */
const USER_FACING = /^(displayName|description|capabilities\.\w+\.description|contributes\.(commands\.\d+\.title|configuration\.(title|properties\.[\w.]+\.(description|markdownDescription|enumDescriptions\.\d+|markdownEnumDescriptions\.\d+))|colors\.\d+\.description|languages\.\d+\.aliases\.0|submenus\.\d+\.label|viewsContainers\.\w+\.\d+\.title|views\.[\w.]+\.\d+\.(name|contextualTitle)|viewsWelcome\.\d+\.contents|walkthroughs\.\d+\.(title|description|steps\.\d+\.(title|description))))$/;

interface L10nCall {
  file: string;
  line: number;
  /** The bundle key VS Code looks the message up by: the message, then `/` and the comment when there is one. */
  key: string;
  message: string;
  args: number;
}

/** Every `vscode.l10n.t(...)` call of the editor layer, read with the TypeScript parser. */
function l10nCalls(): { calls: L10nCall[]; unreadable: string[] } {
  const calls: L10nCall[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(editorLayer).filter((file) => file.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(join(editorLayer, name), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const call = readCall(node);
        if (call) calls.push({ file: name, line, ...call });
        else unreadable.push(`${name}:${line}: ${node.getText().slice(0, 120)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, unreadable };
}

function isL10nT(expression: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(expression) && expression.name.text === 't' && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'l10n';
}

function literal(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * The message, comment and argument count of a call, or undefined when the bundle exporter
 * could not read it: it reads `vscode.l10n.t` on the `vscode` namespace import, and only
 * literal messages and literal comments (a comment held in a variable is silently dropped, and
 * then the key VS Code looks up is not in the bundle).
 */
function readCall(node: ts.CallExpression): Omit<L10nCall, 'file' | 'line'> | undefined {
  if (node.expression.getText() !== 'vscode.l10n.t') return undefined;
  const [first, ...rest] = node.arguments;
  const message = literal(first);
  if (message !== undefined) return { key: message, message, args: rest.length };
  if (!first || !ts.isObjectLiteralExpression(first)) return undefined;
  const property = (name: string) => first.properties.find((candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && candidate.name.getText() === name);
  if (first.properties.some((candidate) => !ts.isPropertyAssignment(candidate))) return undefined;
  const objectMessage = literal(property('message')?.initializer);
  const commentNode = property('comment')?.initializer;
  const argsNode = property('args')?.initializer;
  if (objectMessage === undefined) return undefined;
  let comment = '';
  if (commentNode) {
    const parts = ts.isArrayLiteralExpression(commentNode) ? commentNode.elements.map(literal) : [literal(commentNode)];
    if (parts.some((part) => part === undefined)) return undefined;
    comment = parts.join('');
  }
  if (argsNode && !ts.isArrayLiteralExpression(argsNode)) return undefined;
  const args = argsNode && ts.isArrayLiteralExpression(argsNode) ? argsNode.elements.length : 0;
  return { key: comment ? `${objectMessage}/${comment}` : objectMessage, message: objectMessage, args };
}

/**
 * The timeline webview cannot call `vscode.l10n.t`: this file hands it templates whose
 * placeholders the webview fills (media/timeline.js), so its calls have no arguments.
 */
const WEBVIEW_TEMPLATES = 'timelineStrings.ts';

describe('localisation', () => {
  describe('package.json and package.nls.json', () => {
    const used = new Map(manifestStrings.flatMap(([path, value]) => (PLACEHOLDER.test(value) ? [[PLACEHOLDER.exec(value)![1], path] as const] : [])));

    it('names only keys package.nls.json defines', () => {
      assert.deepEqual([...used].filter(([key]) => !(key in nls)).map(([key, path]) => `${path}: %${key}%`), []);
    });

    it('uses every key package.nls.json defines, each with English text', () => {
      assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
      for (const [key, text] of Object.entries(nls)) assert.ok(typeof text === 'string' && text.trim() !== '' && !/%[\w.-]+%/.test(text), `${key}: ${JSON.stringify(text)}`);
    });

    it('leaves no placeholder unreplaced once the English text is put in', () => {
      const resolved = JSON.stringify(manifest, (_key, value: Json) => (typeof value === 'string' ? value.replace(PLACEHOLDER, (whole, key: string) => nls[key] ?? whole) : value));
      assert.deepEqual(resolved.match(/"%[\w.-]+%"/g) ?? [], []);
    });

    it('takes every word people read from package.nls.json', () => {
      const literal = manifestStrings.filter(([path, value]) => USER_FACING.test(path) && !PLACEHOLDER.test(value));
      assert.deepEqual(literal.map(([path, value]) => `${path}: ${value}`), []);
      assert.ok(used.size >= 60, `only ${used.size} placeholders: has the pattern of user-facing fields stopped matching?`);
    });

    it('keeps one literal command category, the product name', () => {
      const categories = manifestStrings.filter(([path]) => /^contributes\.commands\.\d+\.category$/.test(path)).map(([, value]) => value);
      assert.deepEqual([...new Set(categories)], ['Seedmark']);
    });

    it('points VS Code at the bundles, and the package ships them', () => {
      assert.equal(manifest.l10n, './l10n');
      const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split(/\r?\n/).map((line) => line.trim());
      assert.ok(shipped.includes('!package.nls*.json'), '.vscodeignore keeps package.nls.json (and its translations)');
      assert.ok(shipped.includes('!l10n/**'), '.vscodeignore keeps the l10n bundles');
    });
  });

  describe('vscode.l10n.t in the editor layer', () => {
    const { calls, unreadable } = l10nCalls();

    it('passes only literal messages and comments, which the bundle exporter can read', () => {
      assert.deepEqual(unreadable, []);
      assert.ok(calls.length >= 100, `only ${calls.length} calls found`);
    });

    it('gives each placeholder {0}, {1} … an argument and each argument a placeholder', () => {
      const wrong: string[] = [];
      for (const call of calls) {
        const indexes = new Set([...call.message.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1])));
        const expected = call.file === WEBVIEW_TEMPLATES ? indexes.size : call.args;
        const complete = indexes.size === expected && [...indexes].every((index) => index < expected);
        if (!complete || (call.file === WEBVIEW_TEMPLATES && call.args > 0)) wrong.push(`${call.file}:${call.line}: ${call.args} argument(s) for ${JSON.stringify(call.message)}`);
      }
      assert.deepEqual(wrong, []);
    });

    it('has every message in l10n/bundle.l10n.json, under the key VS Code looks it up by', () => {
      const keys = new Set(calls.map((call) => call.key));
      assert.deepEqual([...keys].filter((key) => !(key in bundle)).sort(), []);
      assert.deepEqual(Object.keys(bundle).filter((key) => !keys.has(key)).sort(), []);
    });

    it('has an up-to-date l10n/bundle.l10n.json (run `npm run l10n` after changing a message)', function () {
      // The exporter parses with tree-sitter compiled to WebAssembly: a few seconds to start.
      this.timeout(60_000);
      const outDir = mkdtempSync(join(tmpdir(), 'seedmark-l10n-'));
      try {
        const exporter = join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
        const run = spawnSync(process.execPath, [exporter, 'export', '--outDir', outDir, './src/vscode'], { cwd: root, encoding: 'utf8' });
        assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
        assert.deepEqual(readJson<Bundle>(join(outDir, 'bundle.l10n.json')), bundle);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  });

  describe('the timeline webview', () => {
    it('reads only words the extension sends it (TimelineStrings)', () => {
      const source = ts.createSourceFile(WEBVIEW_TEMPLATES, readFileSync(join(editorLayer, WEBVIEW_TEMPLATES), 'utf8'), ts.ScriptTarget.ES2022, true);
      const declared = new Set<string>();
      ts.forEachChild(source, (node) => {
        if (ts.isInterfaceDeclaration(node) && node.name.text === 'TimelineStrings') for (const member of node.members) if (member.name) declared.add(member.name.getText(source));
      });
      const script = readFileSync(join(root, 'media', 'timeline.js'), 'utf8');
      const read = new Set([...script.matchAll(/\bstrings\.(\w+)/g)].map((match) => match[1]));
      assert.ok(read.size >= 20, `the webview reads ${read.size} strings`);
      assert.deepEqual([...read].filter((name) => !declared.has(name)), []);
      assert.deepEqual([...declared].filter((name) => !read.has(name)), [], 'every string sent is shown');
    });
  });
});
