/** The part of `vscode.CancellationTokenSource` a run needs; no `vscode` import, so plain Node can test it. */
export interface CancellationSource {
  readonly token: { readonly isCancellationRequested: boolean };
  cancel(): void;
  dispose(): void;
}

/**
 * Long work of which only the newest run matters (indexing the workspace after a setting change):
 * starting a run cancels the one before, so two never read the workspace side by side and an old
 * run's results never land after a newer one's.
 */
export class LatestRun<Source extends CancellationSource> {
  private current: Source | undefined;

  constructor(private readonly makeSource: () => Source) {}

  /** A new run's cancellation; the previous run's is cancelled. */
  start(): Source {
    this.current?.cancel();
    this.current = this.makeSource();
    return this.current;
  }

  /** Ends a run (cancelled or not); a finished older run leaves the newer one alone. */
  finish(source: Source): void {
    source.dispose();
    if (this.current === source) this.current = undefined;
  }

  /** Cancels the run in progress, if any (on disposal). */
  cancel(): void {
    this.current?.cancel();
  }
}
