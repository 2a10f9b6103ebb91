/**
 * Work on the extension host's thread in slices: the host handles editor events (keystrokes,
 * hovers, a closed editor) between two slices, so no Seedmark computation holds it for long.
 * Issue #20's target is no block over 100 ms; a slice is a tenth of that.
 */
export const SLICE_MS = 10;

/** Lets the host's thread handle what is waiting (a macrotask, so events queued meanwhile run first). */
export function pauseHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells a loop when its slice is used up. */
export class SliceClock {
  private started = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Pauses the host when the slice is used up; resolves at once otherwise. */
  async breathe(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await pauseHost();
    this.started = performance.now();
  }
}

/**
 * Runs a computation written as a generator that yields at safe points, pausing the host between
 * slices. Resolves with its result, or `undefined` when `cancelled()` says so at a pause.
 */
export async function runInSlices<T>(steps: Generator<void, T>, cancelled: () => boolean = () => false): Promise<T | undefined> {
  const clock = new SliceClock();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await clock.breathe();
    if (cancelled()) return undefined;
  }
}
