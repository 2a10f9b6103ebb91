import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from './cliRun';

const SAMPLE = resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'harbour-authority-2024-03-14.txt');

describe('sidecars from the command line', () => {
  let folder: string;
  let document: string;
  let sidecar: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'seedmark-sidecar-'));
    document = join(folder, 'harbour.txt');
    sidecar = `${document}.annotations.yaml`;
    copyFileSync(SAMPLE, document);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  describe('extract --write', () => {
    it('creates a sidecar with every fact as a suggestion and the reference date', async () => {
      const run = await cli('extract', '--write', document);
      assert.equal(run.code, 0, run.err.join('\n'));
      const text = readFileSync(sidecar, 'utf8');
      assert.match(text, /^# Annotations for harbour\.txt/);
      assert.match(text, /referenceDate: 2024-03-14\n {2}referenceDateFrom: byline/);
      assert.match(text, /review: suggested/);
      assert.doesNotMatch(text, /review: accepted/);
    });

    it('never changes what a person decided, and adds only new suggestions', async () => {
      await cli('extract', '--write', document);
      const first = readFileSync(sidecar, 'utf8');
      const decided = first.replace(/(id: (f-[0-9a-z]+)\n\s+kind: figure\n\s+)review: suggested/, '$1review: rejected').replace('seedmark: 1', '# my comment\nseedmark: 1');
      writeFileSync(sidecar, decided);
      writeFileSync(document, `${readFileSync(document, 'utf8')}\nThe port will also buy 3 tugboats within two years.\n`);
      const run = await cli('extract', '--write', document);
      assert.equal(run.code, 0, run.err.join('\n'));
      const after = readFileSync(sidecar, 'utf8');
      assert.ok(after.startsWith(decided.slice(0, decided.indexOf('document:'))), 'the header and the comment are kept');
      assert.match(after, /sha256: [0-9a-f]{64}/, 'the hash follows the new text once every anchor is found');
      assert.equal((after.match(/review: rejected/g) ?? []).length, 1, 'the rejection is kept');
      assert.match(after, /exact: 3 tugboats/);
    });

    it('is idempotent: a second run on the same text changes nothing', async () => {
      await cli('extract', '--write', document);
      const first = readFileSync(sidecar, 'utf8');
      const run = await cli('extract', '--write', document);
      assert.match(run.out.join('\n'), /is up to date/);
      assert.equal(readFileSync(sidecar, 'utf8'), first);
    });

    it('refuses to touch a sidecar that does not parse, and says where it is broken', async () => {
      writeFileSync(sidecar, 'seedmark: 1\ndocument: [\n');
      const run = await cli('extract', '--write', document);
      assert.equal(run.code, 1);
      assert.match(run.err.join('\n'), /harbour\.txt\.annotations\.yaml:\d+:\d+: .*fix the file first/);
      assert.equal(readFileSync(sidecar, 'utf8'), 'seedmark: 1\ndocument: [\n');
    });
  });

  describe('check', () => {
    it('passes when every annotation is found, and counts moved ones', async () => {
      await cli('extract', '--write', document);
      writeFileSync(document, `Preface added later.\n\n${readFileSync(document, 'utf8')}`);
      const run = await cli('check', folder);
      assert.equal(run.code, 0, run.out.join('\n'));
      assert.match(run.out.at(-1) ?? '', /checked 1 sidecar with \d+ annotations: 0 broken, 0 orphaned, 0 stale, \d+ moved/);
    });

    it('fails listing an orphaned annotation when its text is gone', async () => {
      await cli('extract', '--write', document);
      writeFileSync(document, readFileSync(document, 'utf8').replace('€5.5 million', 'some money'));
      const run = await cli('check', folder);
      assert.equal(run.code, 1);
      assert.match(run.out.join('\n'), /error: annotation \S+ \(figure\) is orphaned: "€5\.5 million"/);
    });

    it('checks a sidecar against the document it is named after, never a path written inside it', async () => {
      writeFileSync(sidecar, 'seedmark: 1\ndocument:\n  file: ../../../../etc/passwd\nannotations:\n  - {id: p, kind: claim, review: accepted, anchor: {exact: "root:x:0:0", start: 0, end: 10}}\n');
      const run = await cli('check', folder);
      assert.equal(run.code, 1);
      assert.match(run.out.join('\n'), /annotation p \(claim\) is orphaned/);
    });

    it('fails on a broken sidecar with file:line:column', async () => {
      writeFileSync(sidecar, 'seedmark: 1\ndocument:\n  file: harbour.txt\nannotations:\n  - id: a\n    kind: opinion\n    review: accepted\n    anchor: {exact: x, start: 0, end: 1}\n');
      const run = await cli('check', folder);
      assert.equal(run.code, 1);
      assert.match(run.out[0], /harbour\.txt\.annotations\.yaml:6:11: error: annotations\[1\]\.kind: must be one of/);
    });

    describe('--exclude', () => {
      /** A copy of the sample in `subfolder`, with its sidecar. */
      async function annotatedCopy(subfolder: string): Promise<string> {
        mkdirSync(join(folder, subfolder), { recursive: true });
        const copy = join(folder, subfolder, 'harbour.txt');
        copyFileSync(SAMPLE, copy);
        await cli('extract', '--write', copy);
        return copy;
      }
      const checked = (run: { out: string[] }) => /checked (\d+) sidecar/.exec(run.out.at(-1) ?? '')?.[1];

      it('skips sidecars a glob matches, relative to the PATH searched', async () => {
        await cli('extract', '--write', document);
        await annotatedCopy('drafts/2024');
        assert.equal(checked(await cli('check', folder)), '2');
        assert.equal(checked(await cli('check', '--exclude', 'drafts/**', folder)), '1');
        assert.equal(checked(await cli('check', '--exclude', 'drafts', folder)), '1', 'a folder named leaves out what it holds');
        assert.equal(checked(await cli('check', '--exclude', '2024/**', folder)), '2', 'drafts/2024 is not 2024 at the top');
      });

      it('matches the document a sidecar is named after, in the settings dialect', async () => {
        await cli('extract', '--write', document);
        assert.equal(checked(await cli('check', '--exclude', '**/*.{md,txt}', folder)), '0');
        assert.equal(checked(await cli('check', '--exclude', '*.md', '--exclude', 'x', folder)), '1', 'repeatable, and only what matches');
      });

      it('always skips dependency and build folders beneath a PATH, never the PATH itself', async () => {
        await annotatedCopy('node_modules/pkg');
        assert.equal(checked(await cli('check', folder)), '0');
        assert.equal(checked(await cli('check', join(folder, 'node_modules'))), '1');
      });

      it('needs a GLOB after --exclude', async () => {
        const run = await cli('check', folder, '--exclude');
        assert.equal(run.code, 2);
        assert.equal(run.err[0].split('\n')[0], 'seedmark check: --exclude needs a value');
      });
    });
  });

  describe('export', () => {
    it('exports W3C JSON-LD, CSV, brat and JSON from the sidecar merged with suggestions', async () => {
      await cli('extract', '--write', document);
      const w3c = await cli('export', '--format', 'w3c', document);
      assert.equal((JSON.parse(w3c.out.join('\n')) as { type: string }).type, 'AnnotationCollection');
      const csv = await cli('export', '--format', 'csv', document);
      assert.match(csv.out[0], /^file,id,kind/);
      const brat = await cli('export', '--format', 'brat', document);
      assert.match(brat.out.join('\n'), /^T1\t\w+ \d+ \d+/);
      const json = await cli('export', '--format', 'json', document);
      assert.equal((JSON.parse(json.out[0]) as { file: string }).file, document);
    });

    it('leaves rejected annotations out and keeps only reviewed ones with --reviewed-only', async () => {
      await cli('extract', '--write', document);
      writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('review: suggested', 'review: accepted'));
      const reviewed = await cli('export', '--format', 'json', '--reviewed-only', document);
      const { annotations } = JSON.parse(reviewed.out[0]) as { annotations: Array<{ review: string }> };
      assert.equal(annotations.length, 1);
      assert.equal(annotations[0].review, 'accepted');
    });

    it('resolves a document that gives no date against --today', async () => {
      const undated = join(folder, 'undated.txt');
      writeFileSync(undated, 'The board will cut fees by 5% within a year.\n');
      const run = await cli('export', '--format', 'json', '--today', '2026-01-01', undated);
      assert.equal(run.code, 0, run.err.join('\n'));
      assert.equal((JSON.parse(run.out[0]) as { referenceDate: string }).referenceDate, '2026-01-01');
      assert.equal((await cli('export', '--format', 'json', '--today', '2026-13-01', undated)).code, 2);
    });

    it('needs --out-dir for brat with several files, and writes one .ann per document', async () => {
      const second = join(folder, 'second.txt');
      writeFileSync(second, 'The board will cut fees by 5% in March.\n');
      assert.equal((await cli('export', '--format', 'brat', document, second)).code, 2);
      const run = await cli('export', '--format', 'brat', '--out-dir', folder, document, second);
      assert.equal(run.code, 0, run.err.join('\n'));
      assert.match(readFileSync(join(folder, 'second.txt.ann'), 'utf8'), /Figure/);
    });
  });
});
