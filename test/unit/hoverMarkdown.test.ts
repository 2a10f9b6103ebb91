import { strict as assert } from 'node:assert';
import { commandArgument, KIND_ICONS, writeAnnotationHover, type AnnotationHoverText } from '../../src/vscode/hoverMarkdown';

/** Records what goes in as Markdown and what as text, as vscode.MarkdownString would receive it. */
class RecordingSink {
  readonly calls: Array<{ as: 'markdown' | 'text'; value: string }> = [];
  appendMarkdown(value: string): this {
    this.calls.push({ as: 'markdown', value });
    return this;
  }
  appendText(value: string): this {
    this.calls.push({ as: 'text', value });
    return this;
  }
  get markdown(): string[] {
    return this.calls.filter((call) => call.as === 'markdown').map((call) => call.value);
  }
  get text(): string[] {
    return this.calls.filter((call) => call.as === 'text').map((call) => call.value);
  }
}

/** What a seed or a sidecar may hold that Markdown, HTML or VS Code would read as something else. */
const HOSTILE = {
  commandLink: 'the audit [run](command:workbench.action.terminal.new)',
  html: '<img src=x onerror=alert(1)>',
  themeIcon: '$(alert) urgent',
  setextHeading: 'Harbour report\n===',
  indentedCode: '    rm -rf /',
  emphasis: '**not bold** _nor this_ `nor code`',
  quoteAndList: '> quoted\n1. listed\n- bullet',
};

function hostileHover(overrides: Partial<AnnotationHoverText> = {}): AnnotationHoverText {
  return {
    kind: 'commitment',
    heading: 'Commitment',
    badges: ['suggested', HOSTILE.emphasis],
    lines: [`${HOSTILE.html} — ${HOSTILE.commandLink}`, HOSTILE.setextHeading, HOSTILE.indentedCode, `Source: ${HOSTILE.themeIcon}`],
    note: { label: 'Note:', text: HOSTILE.quoteAndList },
    links: [
      { label: 'Accept', command: 'seedmark.accept', title: 'Keep this in the sidecar as accepted' },
      { label: 'Edit note', command: 'seedmark.editNote' },
    ],
    argument: { uri: 'file:///w/a.txt', id: 'c-1' },
    ...overrides,
  };
}

/** Every shape this module writes as Markdown: icon, bold, separators, paragraphs, its command links. */
const OWN_SYNTAX = [/^\$\([a-z-]+\) $/, /^\*\*$/, /^ · $/, /^ $/, /^\n\n$/, /^\n\n---\n\n$/, /^\[$/, /^\]\(command:seedmark\.[a-zA-Z]+\?[A-Za-z0-9%._~-]+$/, /^ \($/, /^\)$/];

describe('hover Markdown', () => {
  it('hands every piece of document and sidecar text to appendText whole', () => {
    const sink = new RecordingSink();
    const hover = hostileHover();
    writeAnnotationHover(sink, sink, hover);
    for (const piece of [...hover.badges, ...hover.lines, hover.note!.text]) assert.ok(sink.text.includes(piece), `appended as text: ${JSON.stringify(piece)}`);
  });

  it('writes only its own syntax through appendMarkdown, never a piece of the text', () => {
    const sink = new RecordingSink();
    writeAnnotationHover(sink, sink, hostileHover());
    for (const value of sink.markdown) {
      assert.ok(OWN_SYNTAX.some((shape) => shape.test(value)), `not the module's own syntax: ${JSON.stringify(value)}`);
      for (const piece of Object.values(HOSTILE)) assert.ok(!value.includes(piece.slice(0, 6)), `${JSON.stringify(value)} holds document text`);
    }
  });

  it('appends translations as text too: the heading, labels, link words and titles', () => {
    const sink = new RecordingSink();
    const translated = hostileHover({ heading: 'Zusage *', note: { label: '[Notiz]', text: 'n' }, links: [{ label: 'Annehmen (ja)', command: 'seedmark.accept', title: 'Als "angenommen"\nbehalten' }] });
    writeAnnotationHover(sink, sink, translated);
    assert.ok(sink.text.includes('Zusage *'));
    assert.ok(sink.text.includes('[Notiz]'));
    assert.ok(sink.text.includes('Annehmen (ja)'));
    assert.ok(sink.text.includes('Als "angenommen" behalten'), 'a title is folded onto one line, since a blank line would end the link');
    for (const value of sink.markdown) assert.ok(OWN_SYNTAX.some((shape) => shape.test(value)), JSON.stringify(value));
  });

  it('keeps document and sidecar text out of the heading, the one part rendered with theme icons', () => {
    const heading = new RecordingSink();
    const body = new RecordingSink();
    writeAnnotationHover(heading, body, hostileHover());
    assert.deepEqual(heading.text, ['Commitment']);
    for (const value of Object.values(HOSTILE)) assert.ok(!heading.calls.some((call) => call.value.includes(value)));
    assert.ok(body.text.some((text) => text.includes(HOSTILE.themeIcon)));
  });

  it('starts with the icon of the kind from its own table', () => {
    for (const kind of Object.keys(KIND_ICONS) as Array<keyof typeof KIND_ICONS>) {
      const sink = new RecordingSink();
      writeAnnotationHover(sink, sink, hostileHover({ kind }));
      assert.deepEqual(sink.calls[0], { as: 'markdown', value: `$(${KIND_ICONS[kind]}) ` });
    }
  });

  it('gives each detail line a paragraph of its own, so a line of "===" cannot underline the one above', () => {
    const sink = new RecordingSink();
    const hover = hostileHover();
    writeAnnotationHover(sink, sink, hover);
    for (const line of hover.lines) {
      const at = sink.calls.findIndex((call) => call.as === 'text' && call.value === line);
      assert.deepEqual(sink.calls[at - 1], { as: 'markdown', value: '\n\n' }, JSON.stringify(line));
    }
  });

  it('links to the extension\'s commands with the argument percent-encoded, brackets and parentheses included', () => {
    const target = { uri: 'file:///w/a b.txt', id: 'x) [run](command:workbench.action.terminal.new "t" \'q\' !*' };
    const encoded = commandArgument(target);
    assert.match(encoded, /^[A-Za-z0-9%._~-]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(encoded)), [target]);
    const sink = new RecordingSink();
    writeAnnotationHover(sink, sink, hostileHover({ argument: target }));
    const links = sink.markdown.filter((value) => value.startsWith(']('));
    assert.deepEqual(links, [`](command:seedmark.accept?${encoded}`, `](command:seedmark.editNote?${encoded}`]);
  });
});
