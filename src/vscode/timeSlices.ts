/**
 * Work on the extension host's thread in slices: the host handles editor events (keystrokes,
 * hovers, a closed editor) between two slices, so no Seedmark computation holds it for long.
 * Issue #20's target is no block over 100 ms; a slice is a tenth of that.
 */
export const SLICE_MS = 10;

/**
 * Lets the host's thread handle what is waiting. In Node, `setImmediate` runs after the pending
 * I/O: a message from the window (a keystroke, a hover, an editor closed) that arrived during
 * the slice is handled first, which an expired `setTimeout` would not guarantee. A web worker
 * host has no `setImmediate` (read off `globalThis`, so the web bundle holds no Node global).
 */
export function pauseHost(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/** Tells a loop when its slice is used up. */
export class SliceClock {
  private started = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Pauses the host when the slice is used up; resolves at once otherwise. Resolves with whether it paused. */
  async breathe(): Promise<boolean> {
    if (performance.now() - this.started < this.budgetMs) return false;
    await pauseHost();
    this.started = performance.now();
    return true;
  }
}

/**
 * Runs a computation written as a generator that yields at safe points, pausing the host between
 * slices. Resolves with its result, or `undefined` when `cancelled()` says so at a pause.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, cancelled: () => boolean = () => false): Promise<T | undefined> {
  const clock = new SliceClock();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await clock.breathe();
    if (cancelled()) return undefined;
  }
}
