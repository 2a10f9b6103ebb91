import { strict as assert } from 'node:assert';
import { Disposable, toDisposable } from '../../src/vscode/disposable';

class Owner extends Disposable {
  own(name: string, log: string[]) {
    return this._register(toDisposable(() => log.push(name)));
  }
}

describe('the disposal pattern', () => {
  it('disposes what an object registered, newest first', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.own('listener', log);
    owner.own('watcher', log);
    owner.dispose();
    assert.deepEqual(log, ['watcher', 'listener']);
  });

  it('disposes each registration once, however often the owner is disposed', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.own('item', log);
    owner.dispose();
    owner.dispose();
    assert.deepEqual(log, ['item']);
  });

  it('disposes a registration made after disposal at once', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.dispose();
    owner.own('late', log);
    assert.deepEqual(log, ['late']);
  });
});
