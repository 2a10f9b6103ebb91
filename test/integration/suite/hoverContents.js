// A Seedmark hover gives two Markdown strings per annotation: a heading (the kind's icon and name,
// theme icons on, no document text) and a body (all document and sidecar text, theme icons off,
// the review links). The suites read them as one annotation's hover.
const vscode = require('vscode');

const HEADING = /\*\*(Figure|Deadline|Date|Claim|Commitment)\*\*/;

/** Each Seedmark annotation's hover at `position`: `{ value, heading, body }`, `value` the two joined. */
async function annotationHovers(document, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
  const contents = hovers.flatMap((hover) => hover.contents).filter((content) => typeof content.value === 'string');
  const found = [];
  for (let index = 0; index < contents.length; index++) {
    const heading = contents[index];
    if (!HEADING.test(heading.value) || index + 1 >= contents.length) continue;
    const body = contents[index + 1];
    found.push({ value: `${heading.value}\n\n${body.value}`, heading, body });
    index++;
  }
  return found;
}

/** Document text as the hover's body writes it: `appendText` in a string with theme icons off. */
function asBodyText(text) {
  return new vscode.MarkdownString(undefined, false).appendText(text).value;
}

/** The body's Markdown read back as plain text: escapes and non-breaking spaces undone. */
function plainBody(value) {
  return value.replace(/\\/g, '').replace(/&nbsp;/g, ' ');
}

module.exports = { annotationHovers, asBodyText, plainBody };
