// Exports from the editor for the whole workspace: a calendar of open commitments and one brat
// file per document, written where the command is told.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { SAMPLE, removeWorkspaceFiles, workspaceUri, writeSample } = require('./workspaceFiles');

const decoder = new TextDecoder();
const CALENDAR = 'export-test.ics';
const BRAT_FOLDER = 'export-test-brat';

describe('Workspace exports in a real VS Code', function () {
  this.timeout(60_000);

  before(async () => {
    await writeSample();
  });

  after(async () => {
    await removeWorkspaceFiles([SAMPLE, CALENDAR, BRAT_FOLDER]);
  });

  it('writes an iCalendar of every open dated commitment, and brat files per document', async () => {
    const calendarUri = workspaceUri(CALENDAR);
    const written = await vscode.commands.executeCommand('seedmark.exportWorkspace', 'ics', calendarUri);
    assert.equal(written.toString(), calendarUri.toString());
    const calendar = decoder.decode(await vscode.workspace.fs.readFile(calendarUri));
    assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), calendar.slice(0, 80));
    assert.ok(calendar.trimEnd().endsWith('END:VCALENDAR'));
    const events = calendar.split('BEGIN:VEVENT').length - 1;
    assert.ok(events >= 2, `${events} events`);
    assert.match(calendar.replace(/\r\n /g, ''), /DESCRIPTION:.*harbour-authority-2024-03-14\.txt:\d+/, 'each event names its source document and line');

    // A document in a folder is named by its path, folders joined by "__", so two folders' files never collide.
    const BRAT_SAMPLE = 'seeds__harbour-authority-2024-03-14.txt.ann';
    const bratFolder = workspaceUri(BRAT_FOLDER);
    await vscode.workspace.fs.createDirectory(bratFolder);
    await vscode.commands.executeCommand('seedmark.exportWorkspace', 'brat', bratFolder);
    const files = (await vscode.workspace.fs.readDirectory(bratFolder)).map(([name]) => name);
    assert.ok(files.includes(BRAT_SAMPLE), files.join(', '));
    const ann = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(bratFolder, BRAT_SAMPLE)));
    assert.match(ann, /^T\d+\t/m);
  });
});
