import { strict as assert } from 'node:assert';
import { plainText } from '../../src/vscode/notificationText';

describe('text from documents and sidecars in notifications', () => {
  it('cannot form a command link, whatever an annotation id says', () => {
    const hostileId = '[Repair](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)';
    const message = plainText(`the id ${hostileId} is used twice`);
    assert.doesNotMatch(message, /\[[^\]]*\]\([^)]*\)/);
    assert.doesNotMatch(message, /[[\]()]/);
  });

  it('stays readable: the look-alikes keep the words and their order', () => {
    assert.equal(plainText('note (draft) [2]'), 'note （draft） ［2］');
  });

  it('leaves text without link syntax as it is', () => {
    assert.equal(plainText('in six months, said Ana'), 'in six months, said Ana');
  });
});
