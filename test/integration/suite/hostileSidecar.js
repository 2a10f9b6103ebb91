'use strict';
// A sidecar whose free-text fields carry hostile markup, for the tests that check hovers show it
// as text: the review suite (in the extension host) and the code-server lane's on-screen check.

/**
 * @param {string} file the document the sidecar belongs to; its text starts "The council will publish"
 * @param {{ actor: string, action: string, who: string, cue: string, note: string }} hostile
 */
function hostileSidecarYaml(file, hostile) {
  return [
    'seedmark: 1',
    'document:',
    `  file: ${file}`,
    'annotations:',
    '  - id: hostile-1',
    '    kind: commitment',
    '    review: accepted',
    '    status: open',
    '    anchor: {exact: "The council", prefix: "", suffix: " will publish", start: 0, end: 11}',
    `    actor: ${JSON.stringify(hostile.actor)}`,
    `    action: ${JSON.stringify(hostile.action)}`,
    `    source: {who: ${JSON.stringify(hostile.who)}, cue: ${JSON.stringify(hostile.cue)}}`,
    `    note: ${JSON.stringify(hostile.note)}`,
    '',
  ].join('\n');
}

/** Free text imitating a setext heading, an indented code block, a command link, a heading, a quote, a theme icon and HTML. */
const HOSTILE_FIELDS = Object.freeze({
  actor: 'Harbour report\n===',
  action: '    rm -rf / [x](command:workbench.action.terminal.new)',
  who: '# Desk',
  cue: '> quoted $(alert)',
  note: '<img src=x onerror=alert(1)>\n===\n    four spaces\n1. listed',
});

module.exports = { HOSTILE_FIELDS, hostileSidecarYaml };
