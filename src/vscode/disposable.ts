/** Anything that holds a resource until disposed: VS Code's own disposables fit this shape. */
export interface DisposableLike {
  dispose(): unknown;
}

/**
 * The one disposal pattern of the editor layer: a long-lived object registers what it owns
 * (listeners, emitters, watchers, status-bar items) and disposing it disposes them, newest first.
 * A registration after disposal is disposed at once, so a late callback cannot leak a listener.
 * No `vscode` import, so the unit tests can check it in plain Node.
 */
export abstract class Disposable implements DisposableLike {
  private readonly owned: DisposableLike[] = [];
  private disposedAlready = false;

  protected get isDisposed(): boolean {
    return this.disposedAlready;
  }

  protected _register<T extends DisposableLike>(value: T): T {
    if (this.disposedAlready) value.dispose();
    else this.owned.push(value);
    return value;
  }

  dispose(): void {
    if (this.disposedAlready) return;
    this.disposedAlready = true;
    for (const value of this.owned.splice(0).reverse()) value.dispose();
  }
}

/** A disposable that runs a function once, for timers and other cleanup that is not an object. */
export function toDisposable(dispose: () => void): DisposableLike {
  let done = false;
  return {
    dispose: () => {
      if (done) return;
      done = true;
      dispose();
    },
  };
}
