import type { FactKind } from '../core/model';

/**
 * How an annotation's hover becomes Markdown, kept free of `vscode` so its one rule is tested in
 * plain Node: every word from a document, a sidecar or a translation goes in through
 * `appendText`, which VS Code escapes (Markdown syntax, leading spaces, `>`, and `$(icon)` when
 * theme icons are on); `appendMarkdown` receives only this module's own syntax — the kind's
 * icon, bold, separators and links to the extension's commands.
 */

/** The two ways into a Markdown string; `vscode.MarkdownString` is one. */
export interface MarkdownSink {
  appendMarkdown(value: string): unknown;
  appendText(value: string): unknown;
}

/** A link that runs one of the extension's commands with the hover's argument. */
export interface CommandLink {
  label: string;
  command: string;
  /** Shown when the pointer rests on the link (VS Code shows the command URI when there is none). */
  title?: string;
}

/** What a hover says about one annotation, its words already localised. */
export interface AnnotationHoverText {
  kind: FactKind;
  heading: string;
  /** Short facts after the heading: the review state, a status, re-anchoring. */
  badges: readonly string[];
  /** One paragraph each: the value, how a date was resolved, who said it; they quote the document and the sidecar. */
  lines: readonly string[];
  note?: { label: string; text: string };
  links: readonly CommandLink[];
  /** What each link's command receives, as JSON in the link. */
  argument: unknown;
}

/** The codicon before each kind's heading: the only `$(…)` a hover may render as an icon. */
export const KIND_ICONS: Readonly<Record<FactKind, string>> = {
  claim: 'quote',
  figure: 'symbol-number',
  date: 'calendar',
  deadline: 'watch',
  commitment: 'tasklist',
};

/**
 * Writes a hover in two parts. `heading` (the kind's icon and its localised name) is the only
 * part that may render theme icons; `body` gets everything that quotes the document or the
 * sidecar and must be made with theme icons off, so a `$(…)` there stays text however
 * `appendText` treats it.
 */
export function writeAnnotationHover(heading: MarkdownSink, body: MarkdownSink, hover: AnnotationHoverText): void {
  heading.appendMarkdown(`$(${KIND_ICONS[hover.kind]}) `);
  writeBold(heading, hover.heading);
  const markdown = body;
  hover.badges.forEach((badge, index) => {
    if (index > 0) markdown.appendMarkdown(' · ');
    markdown.appendText(badge);
  });
  // A paragraph per line rather than line breaks: a line of document text reading "===" would
  // otherwise turn the line above it into a heading.
  for (const line of hover.lines) {
    markdown.appendMarkdown('\n\n');
    markdown.appendText(line);
  }
  if (hover.note) {
    markdown.appendMarkdown('\n\n');
    writeBold(markdown, hover.note.label);
    markdown.appendMarkdown(' ');
    markdown.appendText(hover.note.text);
  }
  markdown.appendMarkdown('\n\n---\n\n');
  hover.links.forEach((link, index) => {
    if (index > 0) markdown.appendMarkdown(' · ');
    writeCommandLink(markdown, link, hover.argument);
  });
}

function writeBold(markdown: MarkdownSink, text: string): void {
  markdown.appendMarkdown('**');
  markdown.appendText(text);
  markdown.appendMarkdown('**');
}

/**
 * `[label](command:id?args (title))`. The title is in parentheses because `appendText` escapes
 * those but not a double quote, which would end a quoted title.
 */
function writeCommandLink(markdown: MarkdownSink, link: CommandLink, argument: unknown): void {
  markdown.appendMarkdown('[');
  markdown.appendText(link.label);
  markdown.appendMarkdown(`](command:${link.command}?${commandArgument(argument)}`);
  if (link.title) {
    markdown.appendMarkdown(' (');
    // A blank line would end the link; a title is one line.
    markdown.appendText(link.title.replace(/\s+/g, ' '));
    markdown.appendMarkdown(')');
  }
  markdown.appendMarkdown(')');
}

/**
 * The argument list of a command link. `encodeURIComponent` leaves `(`, `)`, `'`, `!` and `*`
 * as they are; an id from a sidecar holding `)` would end the link early, so they are encoded too.
 */
export function commandArgument(argument: unknown): string {
  return encodeURIComponent(JSON.stringify([argument])).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
